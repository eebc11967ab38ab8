import { checkWorkbook } from '../sheets/check/checkWorkbook';
import { describeProblem } from '../sheets/check/problems';
import type { Problem } from '../tables/reader';
import { usableTimeZone } from '../time/spreadsheetZone';
import { calendarDateAt } from '../time/zonedDates';
import { readCheckedTables } from './checkedTables';
import { escapeHtml, showDialog } from './dialog';
import { NO_PROBLEMS, writeProblemsSheet } from './problemsSheet';

const DIALOG_LIMIT = 100;

/** The dialog's body: a count and the first problems, each with its Sheet!A1 address. */
export function problemsHtml(problems: readonly Problem[]): string {
  if (problems.length === 0)
    return `<p>${NO_PROBLEMS} Ladder, Team, Fluency and Salary Bands are consistent.</p>`;
  const shown = problems.slice(0, DIALOG_LIMIT);
  const more =
    problems.length > shown.length
      ? `<p>…and ${problems.length - shown.length} more on the Problems sheet.</p>`
      : '';
  const items = shown.map((problem) => `<li>${escapeHtml(describeProblem(problem))}</li>`).join('');
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `<p>${count} found (also listed on the Problems sheet):</p><ul>${items}</ul>${more}`;
}

/**
 * Career Ladder ▸ Check workbook: reads Ladder, Team, Fluency and Salary Bands (one read each) as of
 * today in the spreadsheet's zone,
 * reports every problem in a dialog and on the Problems sheet, and changes nothing else.
 */
export function checkWorkbookFromMenu(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = usableTimeZone(spreadsheet.getSpreadsheetTimeZone());
  const today = calendarDateAt(new Date(), timeZone);
  const problems = checkWorkbook(readCheckedTables(spreadsheet), { timeZone, today });
  writeProblemsSheet(spreadsheet, problems);
  showDialog('Check workbook', problemsHtml(problems));
}
