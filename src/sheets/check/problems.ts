import { columnLetter, sheetRef } from '../../tables/layout';
import type { Problem } from '../../tables/reader';

/** `Team!C7`, `'Salary Bands'!H3` */
export function problemAddress(problem: Problem): string {
  return sheetRef(problem.sheet, `${columnLetter(problem.column - 1)}${problem.row}`);
}

export function describeProblem(problem: Problem): string {
  return `${problemAddress(problem)}: ${problem.message}`;
}

/** A problem Check workbook finds beyond what the readers refuse, at a cell of a sheet. */
export function problemAt(sheet: string, row: number, column: number, message: string): Problem {
  return { sheet, row, column, message, sentence: message };
}
