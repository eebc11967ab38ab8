import {
  loadWorkbookRuntime,
  measureWorkbookCalls,
  plantRows,
  runMenu,
  syntheticTeam,
  type WorkbookCalls,
} from '../support/workbookRuntime';

const CHECKED_SHEETS = 4;
/** The budget for one set-up, in spreadsheet calls (tests/support/serviceCalls.ts). */
const SETUP_BUDGET = 150;
/** The budget for one check: 3 per sheet it touches (the four it reads and Problems). */
const CHECK_BUDGET = 3 * (CHECKED_SHEETS + 1);
const calls = new Map<number, WorkbookCalls>(
  [10, 100, 1000].map((size) => [size, measureWorkbookCalls(size)]),
);
const at = (size: number) => calls.get(size) as WorkbookCalls;

describe('Spreadsheet calls do not grow with the team', () => {
  test('set-up makes at most 150 spreadsheet calls', () => {
    expect(at(1000).setup.spreadsheet).toBeLessThanOrEqual(SETUP_BUDGET);
  });

  test('set-up makes as many calls for 1,000 engineers as for 10', () => {
    expect(at(100).setup.all).toBe(at(10).setup.all);
    expect(at(1000).setup.all).toBe(at(10).setup.all);
  });

  test('check makes as many calls for 1,000 engineers as for 10', () => {
    expect(at(100).check.all).toBe(at(10).check.all);
    expect(at(1000).check.all).toBe(at(10).check.all);
  });

  test('check makes at most 3 spreadsheet calls per sheet it touches when it creates the Problems sheet', () => {
    expect(at(1000).check.spreadsheet).toBeLessThanOrEqual(CHECK_BUDGET);
  });

  test('check makes at most 3 spreadsheet calls per sheet it touches when it rewrites the Problems sheet', () => {
    const rt = loadWorkbookRuntime();
    plantRows(rt, 'Team', 2, 1, syntheticTeam(rt, 1000));
    runMenu(rt, 'Set up workbook');
    runMenu(rt, 'Check workbook');
    expect(runMenu(rt, 'Check workbook').spreadsheet).toBeLessThanOrEqual(CHECK_BUDGET);
  });

  test('check reads each checked sheet with one range and one read', () => {
    const byMethod = at(1000).check.byMethod;
    expect(byMethod['Spreadsheet.getRange']).toBe(CHECKED_SHEETS);
    expect(byMethod['Range.getValues']).toBe(CHECKED_SHEETS);
    expect(byMethod['Spreadsheet.getSheetByName']).toBeUndefined();
  });
});
