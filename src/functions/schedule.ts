import type { CalendarDate } from '../domain/dates';
import type { Ladder } from '../domain/ladder';
import { reviewSchedule, type ScheduleInput } from '../domain/reviewSchedule';
import { spreadsheetTimeZone } from '../time/spreadsheetZone';
import { ladderArgument } from './context';
import { isBlank } from './grid';
import { InputError } from './inputError';
import { readDate, readPosition } from './inputs';
import { startOfDayIn } from '../time/zonedDates';

const FN = 'REVIEW_SCHEDULE';
const ARGUMENT_NAMES = ['names', 'positions', 'last_step', 'last_level'] as const;

/** A range (or a single cell) as one list of cells, row by row. */
function cellsOf(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [value];
  return (value as unknown[]).flatMap((row) => (Array.isArray(row) ? row : [row]));
}

/** The value read by `read`, or undefined when the cell is blank or not acceptable. */
function readOrSkip<T>(value: unknown, read: (value: unknown) => T): T | undefined {
  if (isBlank(value)) return undefined;
  try {
    return read(value);
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

function scheduleInputs(columns: unknown[][], ladder: Ladder, timeZone: string): ScheduleInput[] {
  const [names, positions, lastSteps, lastLevels] = columns as [unknown[], unknown[], unknown[], unknown[]];
  const inputs: ScheduleInput[] = [];
  names.forEach((name, index) => {
    if (isBlank(name)) return;
    const position = readOrSkip(positions[index], (v) => readPosition(v, ladder, { allowLevel: false }));
    if (!position) return;
    const date = (value: unknown): CalendarDate | undefined =>
      readOrSkip(value, (v) => readDate('date', v, timeZone));
    inputs.push({
      name: String(name).trim(),
      position,
      lastStepReview: date(lastSteps[index]),
      lastLevelReview: date(lastLevels[index]),
    });
  });
  return inputs;
}

/**
 * Everyone's next step and level reviews as rows [due date, name, position, "Step"|"Level"], earliest
 * first. Rows with a blank name, an unknown position or no last review date of a kind are left out.
 */
export function REVIEW_SCHEDULE(
  names: unknown,
  positions: unknown,
  lastStep: unknown,
  lastLevel: unknown,
  ladder?: unknown,
): unknown {
  const table = ladderArgument(FN, ladder);
  const timeZone = spreadsheetTimeZone();
  const columns = [names, positions, lastStep, lastLevel].map(cellsOf);
  const length = columns[0]?.length ?? 0;
  columns.forEach((column, index) => {
    if (column.length !== length) {
      throw new Error(
        `${FN}: ${ARGUMENT_NAMES[index]} has ${column.length} cells but names has ${length}; pass ranges of the same size (e.g. Team!A2:A and Team!B2:B)`,
      );
    }
  });
  const reviews = reviewSchedule(scheduleInputs(columns, table, timeZone));
  if (reviews.length === 0) return '';
  return reviews.map((review) => [
    startOfDayIn(review.due, timeZone),
    review.name,
    review.position,
    review.kind === 'step' ? 'Step' : 'Level',
  ]);
}
