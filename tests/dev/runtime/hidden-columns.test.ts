import { loadRuntime } from '../../../dev/runtime';
import { loadScriptRuntime, runScript } from '../../support/runtime';

const sh = 'const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getActiveSheet();';

describe('hidden columns (Sheet.hideColumns / showColumns / isColumnHiddenByUser)', () => {
  test('hideColumns(index) hides one column and hideColumns(index, n) hides n consecutive 1-based columns', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${sh} sh.hideColumns(2); sh.hideColumns(4, 3);
         return [1, 2, 3, 4, 5, 6, 7].map((c) => sh.isColumnHiddenByUser(c));`,
      ),
    ).toEqual([false, true, false, true, true, true, false]);
    expect(rt.workbook.sheet('Sheet1').hiddenColumns).toEqual([2, 4, 5, 6]);
  });

  test('hideColumns returns nothing (void), so it does not chain', () => {
    const rt = loadScriptRuntime();
    expect(runScript(rt, `${sh} return sh.hideColumns(1) === undefined;`)).toBe(true);
  });

  test('showColumns unhides; hiding an already hidden column changes nothing', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${sh} sh.hideColumns(1, 3); sh.hideColumns(2); sh.showColumns(1); sh.showColumns(3, 1);`);
    expect(rt.workbook.sheet('Sheet1').hiddenColumns).toEqual([2]);
  });

  test('hideColumn(range) and unhideColumn(range) act on the columns the range spans', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${sh} sh.hideColumn(sh.getRange('C5:E9')); sh.unhideColumn(sh.getRange('D1'));`);
    expect(rt.workbook.sheet('Sheet1').hiddenColumns).toEqual([3, 5]);
  });

  test('columns past the grid are out of bounds', () => {
    const rt = loadScriptRuntime();
    expect(() => runScript(rt, `${sh} sh.hideColumns(26, 2);`)).toThrow('Those columns are out of bounds.');
    expect(() => runScript(rt, `${sh} sh.hideColumns(0);`)).toThrow('Those columns are out of bounds.');
  });

  test('hidden columns keep their values, survive save/load and show in the preview snapshot', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${sh} sh.getRange('A1:C1').setValues([[1, 2, 3]]); sh.hideColumns(2);`);
    expect(rt.workbook.values('Sheet1!A1:C1')).toEqual([[1, 2, 3]]);
    const reopened = loadRuntime({ bundleSource: 'function noop() {}', state: rt.save() });
    expect(reopened.workbook.sheet('Sheet1').hiddenColumns).toEqual([2]);
    expect(reopened.workbook.snapshot('Sheet1').hiddenColumns).toEqual([2]);
  });
});
