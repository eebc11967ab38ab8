import * as z from 'zod/mini';
import type { BandMatrix } from '../domain/bands';
import { MAX_STEPS } from '../domain/ladder';
import { amountCell, blankAs, isBlank, positionCodeCell, shown } from './cells';
import { normalizeHeader } from './headers';
import { SHEET_NAMES } from './layout';
import { readTable, strictly, type Field, type RowCells, type Source, type TableRead } from './reader';

/** Salary Bands: one row per position; amounts of steps beyond the position's step count stay blank. */
export const SALARY_BAND_HEADERS = {
  position: 'Position',
  track: 'Track',
  level: 'Level',
  min: 'Min',
  mid: 'Mid',
  max: 'Max',
  step1: 'Step 1',
  step2: 'Step 2',
  step3: 'Step 3',
  step4: 'Step 4',
  step5: 'Step 5',
  step6: 'Step 6',
  step7: 'Step 7',
  step8: 'Step 8',
  step9: 'Step 9',
  step10: 'Step 10',
} as const;

export type SalaryBandColumn = keyof typeof SALARY_BAND_HEADERS;

/** One position's amounts; index 0 is step 1, undefined where the table has no amount. */
export interface BandRow {
  readonly code: string;
  readonly amounts: readonly (number | undefined)[];
}

const STEP_HEADER = /^step(\d+)$/;
const codeOf = (row: RowCells) =>
  String(row.position ?? '')
    .trim()
    .toUpperCase();
const optionalAmount = z.union([blankAs(undefined), amountCell]);

const stepField = (header: string, step: number): Field<number | undefined, void> => ({
  header,
  schema: optionalAmount,
  problem: (value, row) =>
    `Step ${step} ${shown(value)} of ${codeOf(row)} is not an amount (a number above 0, or blank)`,
});

const positionField: Field<string, void> = {
  header: SALARY_BAND_HEADERS.position,
  schema: positionCodeCell,
  problem: (value) =>
    isBlank(value)
      ? 'position is empty (letters then digits, e.g. D3)'
      : `position ${shown(value)} is not a position code (letters then digits, e.g. D3)`,
};

type BandFields = Readonly<Record<string, Field<string | number | undefined, void>>>;

/**
 * Position and the "Step N" columns the header row has, found by header in any order; Min, Mid and
 * Max are derived from the step amounts (domain/bands), never read.
 */
function bandFields(header: readonly unknown[], name: string): BandFields | string {
  const fields: Record<string, Field<string | number | undefined, void>> = { position: positionField };
  for (const cell of header) {
    const step = Number(STEP_HEADER.exec(normalizeHeader(cell))?.[1] ?? NaN);
    if (Number.isNaN(step)) continue;
    if (step < 1 || step > MAX_STEPS)
      return `${name}'s "${String(cell)}" column is not a step 1–${MAX_STEPS}`;
    if (fields[`step${step}`]) return `${name} has two "Step ${step}" columns`;
    fields[`step${step}`] = stepField(String(cell), step);
  }
  return Object.keys(fields).length > 1 ? fields : `${name} has no "Step 1" column`;
}

const BANDS_TABLE = {
  sheet: SHEET_NAMES.salaryBands,
  title: 'bands',
  fields: bandFields,
  unique: {
    key: 'position',
    problem: (code: string, first: number) => `position ${code} appears twice (also row ${first})`,
  },
  build: (values: Readonly<Record<string, string | number | undefined>>): BandRow => {
    const steps = Object.keys(values).flatMap((key) =>
      key.startsWith('step') ? [Number(key.slice(4))] : [],
    );
    const amounts = Array.from(
      { length: Math.max(...steps) },
      (_, i) => values[`step${i + 1}`] as number | undefined,
    );
    return { code: values.position as string, amounts };
  },
} as const;

/** Every row of a Salary Bands table and every problem in it (Check workbook, the sidebar). */
export function readBandsTable(values: readonly (readonly unknown[])[], source: Source): TableRead<BandRow> {
  return readTable(BANDS_TABLE, values, { source, context: undefined });
}

/** A Salary Bands table as a band matrix; its first problem throws a TableError. */
export function parseBands(values: readonly (readonly unknown[])[], source: Source): BandMatrix {
  return { amounts: new Map(strictly(readBandsTable(values, source)).map((row) => [row.code, row.amounts])) };
}
