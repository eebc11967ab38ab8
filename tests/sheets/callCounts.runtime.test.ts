import { measureWorkbookCalls, type WorkbookCalls } from '../support/workbookRuntime';

const CHECKED_SHEETS = 4;
const calls = new Map<number, WorkbookCalls>(
  [10, 100, 1000].map((size) => [size, measureWorkbookCalls(size)]),
);
const at = (size: number) => calls.get(size) as WorkbookCalls;

describe('Spreadsheet calls do not grow with the team', () => {
  test('set-up makes as many calls for 1,000 engineers as for 10', () => {
    expect(at(100).setup).toBe(at(10).setup);
    expect(at(1000).setup).toBe(at(10).setup);
  });

  test('check makes as many calls for 1,000 engineers as for 10', () => {
    expect(at(100).check).toBe(at(10).check);
    expect(at(1000).check).toBe(at(10).check);
  });

  test('check reads each checked sheet with one lookup, one range and one read', () => {
    const byMethod = at(1000).checkByMethod;
    expect(byMethod['Sheet.getDataRange']).toBe(CHECKED_SHEETS);
    expect(byMethod['Range.getValues']).toBe(CHECKED_SHEETS);
    expect(byMethod['Spreadsheet.getSheetByName']).toBe(CHECKED_SHEETS + 1);
  });
});
