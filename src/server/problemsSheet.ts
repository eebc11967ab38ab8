import { problemAddress } from '../sheets/check/problems';
import { NEW_SHEET_SIZE } from '../sheets/layout';
import { SHEET_NAMES, sheetRef } from '../tables/layout';
import { literalText } from '../tables/literalText';
import type { Problem } from '../tables/reader';

const PROBLEM_HEADERS = ['Where', 'Problem'] as const;
/** Wide enough for the longest address, `'Salary Bands'!H10`; messages run on over the empty columns. */
const WHERE_WIDTH = 160;
export const NO_PROBLEMS = 'No problems found.';
const ALREADY_EXISTS = /already exists/i;

/** The Problems sheet's rows: header, then one row per problem (or a single "no problems" row). */
export function problemRows(problems: readonly Problem[]): string[][] {
  const rows = problems.length
    ? problems.map((problem) => [problemAddress(problem), problem.message])
    : [['', NO_PROBLEMS]];
  return [[...PROBLEM_HEADERS], ...rows.map((row) => row.map(literalText))];
}

type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * The Problems sheet's Where and Problem columns, every row: a new sheet (its Where column widened)
 * on the first check. Creating it is tried first, and an existing one is opened when Sheets says it
 * already exists, so neither case costs a call to look for it.
 */
function problemColumns(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  range: Range;
  rows: number;
} {
  try {
    const sheet = spreadsheet.insertSheet(SHEET_NAMES.problems);
    sheet.setColumnWidth(1, WHERE_WIDTH);
    const rows = NEW_SHEET_SIZE.rows;
    return { range: sheet.getRange(1, 1, rows, PROBLEM_HEADERS.length), rows };
  } catch (error) {
    if (!ALREADY_EXISTS.test(String((error as { message?: unknown } | null)?.message))) throw error;
  }
  const range = spreadsheet.getRange(sheetRef(SHEET_NAMES.problems, 'A1:B'));
  return { range, rows: range.getNumRows() };
}

/**
 * Rewrites the Problems sheet with this check's findings in one write over its whole Where and
 * Problem columns: the rows, then blanks over whatever the last check left below them.
 */
export function writeProblemsSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  problems: readonly Problem[],
): void {
  const columns = problemColumns(spreadsheet);
  const rows = problemRows(problems);
  let { range } = columns;
  if (rows.length > columns.rows) {
    const sheet = range.getSheet();
    sheet.insertRowsAfter(columns.rows, rows.length - columns.rows);
    range = sheet.getRange(1, 1, rows.length, PROBLEM_HEADERS.length);
  }
  const blanks = Array.from({ length: columns.rows - rows.length }, () => PROBLEM_HEADERS.map(() => ''));
  range.setValues([...rows, ...blanks]);
}
