import { MAX_STEPS, describeCodes, findPosition, type Ladder } from '../../domain/ladder';
import { stepsOutOfOrder } from '../../domain/bands';
import { isBlankCell, shown, type Problem } from './problems';
import { checkFields, optional, positiveAmount, readTable, type FieldCheck, type TableRow } from './rows';
import { SALARY_BAND_HEADERS, type SalaryBandColumn } from '../../tables/bands';
import { SHEET_NAMES } from '../../tables/layout';

const STEP_KEYS = Array.from({ length: MAX_STEPS }, (_, i) => `step${i + 1}` as SalaryBandColumn);
const INPUTS = Object.fromEntries(
  (['position', ...STEP_KEYS] as SalaryBandColumn[]).map((key) => [key, SALARY_BAND_HEADERS[key]]),
) as Record<SalaryBandColumn, string>;

const amountField = (step: number): FieldCheck => ({
  schema: optional(positiveAmount),
  message: (value) => `step ${step} amount ${shown(value)} must be an amount above 0`,
});
const FIELDS = Object.fromEntries(STEP_KEYS.map((key, i) => [key, amountField(i + 1)])) as Partial<
  Record<SalaryBandColumn, FieldCheck>
>;

const money = (amount: number) => Math.round(amount).toLocaleString('en-US');

function checkSteps(
  row: TableRow<SalaryBandColumn>,
  code: string,
  steps: number,
  column: (key: SalaryBandColumn) => number,
  problems: Problem[],
): void {
  const amounts = STEP_KEYS.slice(0, steps).map((key) => row.cells[key]);
  amounts.forEach((amount, index) => {
    if (isBlankCell(amount)) {
      problems.push({
        sheet: SHEET_NAMES.salaryBands,
        row: row.row,
        column: column(STEP_KEYS[index] as SalaryBandColumn),
        message: `${code} step ${index + 1} has no amount`,
      });
    }
  });
  const numbers = amounts.map((amount) => (typeof amount === 'number' ? amount : undefined));
  for (const step of stepsOutOfOrder(numbers)) {
    const previous = numbers
      .slice(0, step - 1)
      .filter((n): n is number => n !== undefined)
      .pop() as number;
    problems.push({
      sheet: SHEET_NAMES.salaryBands,
      row: row.row,
      column: column(STEP_KEYS[step - 1] as SalaryBandColumn),
      message: `${code} step ${step} (${money(numbers[step - 1] as number)}) is not above the step before (${money(previous)})`,
    });
  }
}

/**
 * Checks Salary Bands: each row's position is on the Ladder and appears once, every step of the
 * position has an amount above 0, amounts increase step by step, and every position has a row.
 */
export function checkSalaryBands(
  values: readonly (readonly unknown[])[],
  ladder: Ladder | undefined,
  problems: Problem[],
): void {
  const table = readTable(SHEET_NAMES.salaryBands, values, INPUTS, problems);
  if (!table) return;
  const column = (key: SalaryBandColumn) => (table.columns[key] as number) + 1;
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const failed = checkFields(table, row, FIELDS, problems);
    const code = String(row.cells.position ?? '')
      .trim()
      .toUpperCase();
    const position = ladder ? findPosition(ladder, code) : undefined;
    if (ladder && !position) {
      problems.push({
        sheet: table.sheet,
        row: row.row,
        column: column('position'),
        message: `position ${shown(row.cells.position)} is not on the Ladder (${describeCodes(ladder)})`,
      });
    }
    if (seen.has(code)) {
      problems.push({
        sheet: table.sheet,
        row: row.row,
        column: column('position'),
        message: `${code} appears twice (also row ${seen.get(code)})`,
      });
    } else seen.set(code, row.row);
    if (position && failed.size === 0) checkSteps(row, position.code, position.steps, column, problems);
  }
  for (const position of ladder?.positions ?? []) {
    if (!seen.has(position.code)) {
      problems.push({
        sheet: table.sheet,
        row: 1,
        column: column('position'),
        message: `${position.code} has no row; add one with its step amounts`,
      });
    }
  }
}
