import { loadScriptRuntime, runScript } from '../../support/runtime';

const sh = 'const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getActiveSheet();';
const data = `sh.getRange('A1:B3').setValues([[1, false], [2, false], [3, false]]);`;

describe('array results (spills) of built-in and custom functions', () => {
  test('FILTER with no match shows #N/A in its own cell only; the area below reads empty', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${sh} ${data} sh.getRange('C1').setFormula('=FILTER(A1:A3, B1:B3)');`);
    expect(rt.workbook.values('Sheet1!C1:C3')).toEqual([['#N/A'], [''], ['']]);
  });

  test('a formula over exactly the area of a failed array computes instead of aborting the write', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} ${data} sh.getRange('C1').setFormula('=FILTER(A1:A3, B1:B3)');
       sh.getRange('E1').setFormula('=ARRAYFORMULA(IF(ISERROR(C1:C3), "err", IF(C1:C3 = "", "empty", "value")))');`,
    );
    expect(rt.workbook.values('Sheet1!E1:E3')).toEqual([['err'], ['empty'], ['empty']]);
  });

  test('a custom function that throws over a range shows #ERROR! in its cell only (inferred)', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} ${data} sh.getRange('C1').setFormula('=DOUBLE(A1:A3) + FAIL("no ladder")');
       sh.getRange('E1').setFormula('=ARRAYFORMULA(ISNUMBER(C1:C3))');`,
    );
    expect(rt.workbook.values('Sheet1!C1:C3')).toEqual([['#ERROR!'], [''], ['']]);
    expect(rt.workbook.values('Sheet1!E1:E3')).toEqual([[false], [false], [false]]);
  });

  test('a custom function whose result grows or shrinks after an edit spills its new shape', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${sh} sh.getRange('A1').setValue(2); sh.getRange('B1').setFormula('=SHAPE(A1, 1)');`);
    expect(rt.userEdit('Sheet1!A1', 4)).toEqual({ ok: true, flagged: false });
    expect(rt.workbook.values('Sheet1!B1:B5')).toEqual([[0], [10], [20], [30], ['']]);
    rt.userEdit('Sheet1!A1', 1);
    expect(rt.workbook.values('Sheet1!B1:B3')).toEqual([[0], [''], ['']]);
  });

  test('a rejected edit leaves a spilled custom-function result as it was', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1').setValue(2).setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 3).setAllowInvalid(false).build());
       sh.getRange('B1').setFormula('=SHAPE(A1, 1)');`,
    );
    expect(rt.userEdit('Sheet1!A1', 6).ok).toBe(false);
    expect(rt.userEdit('Sheet1!A1', 3).ok).toBe(true);
    expect(rt.workbook.values('Sheet1!B1:B4')).toEqual([[0], [10], [20], ['']]);
  });

  test('recalc() recomputes spilled arrays in place and reruns custom functions', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} ${data} sh.getRange('C1').setFormula('=DOUBLE(A1:A3)'); sh.getRange('D1').setFormula('=ARRAYFORMULA(A1:A3 * 10)');`,
    );
    const before = rt.calls.all.length;
    rt.recalc();
    expect(rt.workbook.values('Sheet1!C1:D3')).toEqual([
      [2, 10],
      [4, 20],
      [6, 30],
    ]);
    expect(rt.calls.all.slice(before).map((c) => c.name)).toEqual(['DOUBLE']);
  });
});
