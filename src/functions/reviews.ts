import { cadenceMonths, nextReview } from '../domain/cadence';
import { spreadsheetTimeZone } from '../time/spreadsheetZone';
import { ladderArgument } from './context';
import { mapCells } from './grid';
import { CODES_OR_LEVELS, readDate, readKind, readPosition } from './inputs';
import { startOfDayIn } from '../time/zonedDates';

export function NEXT_REVIEW(
  position: unknown,
  lastReview: unknown,
  kind?: unknown,
  ladder?: unknown,
): unknown {
  const fn = 'NEXT_REVIEW';
  const table = ladderArgument(fn, ladder);
  const timeZone = spreadsheetTimeZone();
  return mapCells(
    fn,
    [
      { name: 'position', value: position, required: true },
      { name: 'last_review', value: lastReview, required: true },
      { name: 'kind', value: kind, required: false },
    ],
    (p, date, k) => {
      const found = readPosition(p, table, CODES_OR_LEVELS);
      const last = readDate('last_review', date, timeZone);
      return startOfDayIn(nextReview(found, last, readKind(k)), timeZone);
    },
  );
}

export function REVIEW_CADENCE(position: unknown, kind?: unknown, ladder?: unknown): unknown {
  const fn = 'REVIEW_CADENCE';
  const table = ladderArgument(fn, ladder);
  return mapCells(
    fn,
    [
      { name: 'position', value: position, required: true },
      { name: 'kind', value: kind, required: false },
    ],
    (p, k) => cadenceMonths(readPosition(p, table, CODES_OR_LEVELS), readKind(k)),
  );
}
