/**
 * setupCalls and checkCalls: service calls of one "Set up workbook" on a spreadsheet whose Team
 * sheet already lists 10, 100 or 1000 engineers, and of one "Check workbook" right after, as the
 * local runtime counts them (every Spreadsheet, Sheet, Range and builder method call).
 */
import { measureWorkbookCalls } from '../../tests/support/workbookRuntime';

const TEAM_SIZES = [10, 100, 1000] as const;

export const name = 'Workbook set-up and check';
export const about = 'calls per run with a team of 10, 100 and 1000 engineers; none may grow with the team';
export const budgets = { setupCalls: 150 };

export async function measure(): Promise<Record<string, Record<string, number>>> {
  const setupCalls: Record<string, number> = {};
  const checkCalls: Record<string, number> = {};
  for (const size of TEAM_SIZES) {
    const calls = measureWorkbookCalls(size);
    setupCalls[String(size)] = calls.setup;
    checkCalls[String(size)] = calls.check;
  }
  return { setupCalls, checkCalls };
}
