import { problemAddress, type Problem } from '../sheets/check/problems';
import { NEW_SHEET_SIZE } from '../sheets/layout';
import { SHEET_NAMES } from '../tables/layout';
import { literalText } from '../tables/literalText';

const PROBLEM_HEADERS = ['Where', 'Problem'] as const;
/** Wide enough for the longest address, `'Salary Bands'!H10`; messages overflow into the empty columns. */
const WHERE_WIDTH = 160;
export const NO_PROBLEMS = 'No problems found.';

/** The Problems sheet's rows: header, then one row per problem (or a single "no problems" row). */
export function problemRows(problems: readonly Problem[]): string[][] {
  const rows = problems.length
    ? problems.map((problem) => [problemAddress(problem), problem.message])
    : [['', NO_PROBLEMS]];
  return [[...PROBLEM_HEADERS], ...rows.map((row) => row.map(literalText))];
}

/** The Problems sheet (created on first use, its Where column widened) and its number of rows. */
function openProblemsSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  maxRows: number;
} {
  const existing = spreadsheet.getSheetByName(SHEET_NAMES.problems);
  if (existing) return { sheet: existing, maxRows: existing.getMaxRows() };
  const sheet = spreadsheet.insertSheet(SHEET_NAMES.problems);
  sheet.setColumnWidth(1, WHERE_WIDTH);
  return { sheet, maxRows: NEW_SHEET_SIZE.rows };
}

/**
 * Rewrites the Problems sheet with this check's findings in one write over its whole Where and
 * Problem columns: the rows, then blanks over whatever the last check left below them.
 */
export function writeProblemsSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  problems: readonly Problem[],
): void {
  const { sheet, maxRows } = openProblemsSheet(spreadsheet);
  const rows = problemRows(problems);
  if (rows.length > maxRows) sheet.insertRowsAfter(maxRows, rows.length - maxRows);
  const blanks = Array.from({ length: maxRows - rows.length }, () => PROBLEM_HEADERS.map(() => ''));
  const grid = [...rows, ...blanks];
  sheet.getRange(1, 1, grid.length, PROBLEM_HEADERS.length).setValues(grid);
}
