import { columnLetter, sheetRef } from '../../tables/layout';

/** One thing wrong in the workbook, at a cell (1-based row and column). */
export interface Problem {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly message: string;
}

/** `Team!C7`, `'Salary Bands'!H3` */
export function problemAddress(problem: Problem): string {
  return sheetRef(problem.sheet, `${columnLetter(problem.column - 1)}${problem.row}`);
}

export function describeProblem(problem: Problem): string {
  return `${problemAddress(problem)}: ${problem.message}`;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A cell value as messages show it: text in quotes, numbers and booleans as written. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (isDate(value)) return 'a date';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function isBlankCell(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}
