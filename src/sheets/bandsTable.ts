import * as z from 'zod/mini';
import type { BandMatrix } from '../domain/bands';
import { MAX_STEPS } from '../domain/ladder';
import { locateColumns, normalizeHeader } from './headers';
import { positionCodeSchema, TableError } from './ladderTable';

/**
 * The Salary Bands sheet: "Position | Step 1 | Step 2 | … | Min | Mid | Max". Only the Position and
 * "Step N" columns are read; Min, Mid and Max are derived from the step amounts (see domain/bands).
 */
const BANDS_POSITION_HEADER = 'Position';
const STEP_HEADER = /^step(\d+)$/;
const PASS_WHOLE_TABLE = 'pass the whole Salary Bands table including its header row';

const amountSchema = z.number().check(z.refine((n: number) => Number.isFinite(n) && n > 0));

function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** Column index of each "Step N" header, by step number. */
function stepColumns(header: readonly unknown[]): Map<number, number> {
  const columns = new Map<number, number>();
  header.forEach((cell, column) => {
    const match = STEP_HEADER.exec(normalizeHeader(cell));
    if (!match) return;
    const step = Number(match[1]);
    if (step < 1 || step > MAX_STEPS) {
      throw new TableError(`the bands table's "${String(cell)}" column is not a step 1–${MAX_STEPS}`);
    }
    if (columns.has(step)) throw new TableError(`the bands table has two "Step ${step}" columns`);
    columns.set(step, column);
  });
  return columns;
}

/**
 * Reads a Salary Bands table (header row first, columns found by header name) into a band matrix.
 * Blank rows and blank amounts are skipped; a bad row throws a TableError naming the row and what is accepted.
 */
export function parseBandsTable(rows: readonly (readonly unknown[])[]): BandMatrix {
  const [header, ...body] = rows;
  if (!header) throw new TableError(`the bands table is empty; ${PASS_WHOLE_TABLE}`);
  const { columns } = locateColumns(header, { code: BANDS_POSITION_HEADER });
  if (columns.code === undefined) {
    throw new TableError(`the bands table has no "${BANDS_POSITION_HEADER}" column; ${PASS_WHOLE_TABLE}`);
  }
  const codeColumn = columns.code;
  const steps = stepColumns(header);
  if (steps.size === 0) throw new TableError(`the bands table has no "Step 1" column; ${PASS_WHOLE_TABLE}`);
  const lastStep = Math.max(...steps.keys());
  const amounts = new Map<string, (number | undefined)[]>();
  body.forEach((row, bodyIndex) => {
    if (row.every(isBlank)) return;
    const where = `bands row ${bodyIndex + 2}`;
    const code = positionCodeSchema.safeParse(row[codeColumn]);
    if (!code.success) {
      throw new TableError(
        `${where}: position ${JSON.stringify(row[codeColumn])} is not a position code (letters then digits, e.g. D3)`,
      );
    }
    if (amounts.has(code.data)) throw new TableError(`${where}: position ${code.data} appears twice`);
    const stepAmounts: (number | undefined)[] = new Array(lastStep).fill(undefined);
    for (const [step, column] of steps) {
      const raw = row[column];
      if (isBlank(raw)) continue;
      const amount = amountSchema.safeParse(raw);
      if (!amount.success) {
        throw new TableError(
          `${where}: Step ${step} ${JSON.stringify(raw)} of ${code.data} is not an amount (a number above 0, or blank)`,
        );
      }
      stepAmounts[step - 1] = amount.data;
    }
    amounts.set(code.data, stepAmounts);
  });
  return { amounts };
}
