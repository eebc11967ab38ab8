import { problemAddress, type Problem } from '../sheets/check/problems';
import { SHEET_NAMES } from '../sheets/layout';
import { literalText } from './literalText';

const PROBLEM_HEADERS = ['Where', 'Problem'] as const;
export const NO_PROBLEMS = 'No problems found.';

/** The Problems sheet's rows: header, then one row per problem (or a single "no problems" row). */
export function problemRows(problems: readonly Problem[]): string[][] {
  const rows = problems.length
    ? problems.map((problem) => [problemAddress(problem), problem.message])
    : [['', NO_PROBLEMS]];
  return [[...PROBLEM_HEADERS], ...rows.map((row) => row.map(literalText))];
}

/** Rewrites the Problems sheet (created on first use) with this check's findings. */
export function writeProblemsSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  problems: readonly Problem[],
): void {
  const existing = spreadsheet.getSheetByName(SHEET_NAMES.problems);
  const sheet = existing ?? spreadsheet.insertSheet(SHEET_NAMES.problems);
  if (existing) sheet.clearContents();
  else {
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, 1, 160);
    sheet.setColumnWidths(2, 1, 620);
  }
  const rows = problemRows(problems);
  const maxRows = sheet.getMaxRows();
  if (rows.length > maxRows) sheet.insertRowsAfter(maxRows, rows.length - maxRows);
  sheet.getRange(1, 1, rows.length, PROBLEM_HEADERS.length).setValues(rows);
}
