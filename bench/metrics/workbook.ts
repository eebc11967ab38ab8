/**
 * Calls of one "Set up workbook" on a spreadsheet whose Team sheet already lists 10, 100 or 1000
 * engineers, and of one "Check workbook" right after, as the local runtime counts them.
 * setupCalls / checkCalls: spreadsheet calls (SpreadsheetApp, Spreadsheet, Sheet, Range, RangeList,
 * Protection, NamedRange, EmbeddedChart; tests/support/serviceCalls.ts), what the budgets count.
 * setupAllCalls / checkAllCalls: every counted call, local rule and chart builders included.
 */
import { measureWorkbookCalls } from '../../tests/support/workbookRuntime';

const TEAM_SIZES = [10, 100, 1000] as const;

export const name = 'Workbook set-up and check';
export const about = 'calls per run with a team of 10, 100 and 1000 engineers; none may grow with the team';
/**
 * The budgets: set-up ≤ 150 spreadsheet calls; check ≤ 3 per sheet it touches (Ladder, Team,
 * Fluency, Salary Bands, Problems), so 15.
 */
export const budgets = { setupCalls: 150, checkCalls: 15 };

export async function measure(): Promise<Record<string, Record<string, number>>> {
  const figures = { setupCalls: {}, setupAllCalls: {}, checkCalls: {}, checkAllCalls: {} } as Record<
    'setupCalls' | 'setupAllCalls' | 'checkCalls' | 'checkAllCalls',
    Record<string, number>
  >;
  for (const size of TEAM_SIZES) {
    const { setup, check } = measureWorkbookCalls(size);
    figures.setupCalls[size] = setup.spreadsheet;
    figures.setupAllCalls[size] = setup.all;
    figures.checkCalls[size] = check.spreadsheet;
    figures.checkAllCalls[size] = check.all;
  }
  return figures;
}
