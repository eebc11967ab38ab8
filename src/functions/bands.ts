import { bandAmount, bandRange, compaRatio } from '../domain/bands';
import { bandsArgument, ladderArgument } from './context';
import { mapCells } from './grid';
import { fail } from './inputError';
import { CODES_ONLY, readAmount, readPosition, readStep } from './inputs';

/** The salary of a position at a step, from the Salary Bands table. */
export function BAND_SALARY(position: unknown, step: unknown, bands: unknown, ladder?: unknown): unknown {
  const fn = 'BAND_SALARY';
  const table = ladderArgument(fn, ladder);
  const matrix = bandsArgument(fn, bands);
  return mapCells(
    fn,
    [
      { name: 'position', value: position, required: true },
      { name: 'step', value: step, required: true },
    ],
    (p, s) => {
      const found = readPosition(p, table, CODES_ONLY);
      const onStep = readStep(s, found);
      const amount = bandAmount(matrix, found.code, onStep);
      if (amount === undefined) {
        fail(`the bands table has no amount for ${found.code} step ${onStep} (fill its Step ${onStep} cell)`);
      }
      return amount;
    },
  );
}

/** A salary divided by the midpoint of its position's band: 1 is on the midpoint. */
export function COMPA_RATIO(salary: unknown, position: unknown, bands: unknown, ladder?: unknown): unknown {
  const fn = 'COMPA_RATIO';
  const table = ladderArgument(fn, ladder);
  const matrix = bandsArgument(fn, bands);
  return mapCells(
    fn,
    [
      { name: 'salary', value: salary, required: true },
      { name: 'position', value: position, required: true },
    ],
    (s, p) => {
      const amount = readAmount('salary', s);
      const found = readPosition(p, table, CODES_ONLY);
      const range = bandRange(matrix, found.code);
      if (!range) fail(`the bands table has no amounts for ${found.code} (fill its row of steps)`);
      return compaRatio(amount, range);
    },
  );
}
