import { loadScriptRuntime, runScript } from '../../support/runtime';

const sh = 'const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getActiveSheet();';

describe('formulas (HyperFormula engine, contract 8)', () => {
  test('open-ended ranges (B2:B, A2:2, quoted sheet prefixes) are bounded by the sheet size', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} ss.insertSheet('Team Data'); const t = ss.getSheetByName('Team Data');
       t.getRange('B2:B4').setValues([[1], [2], [3]]); t.getRange('C2:E2').setValues([[10, 20, 30]]);
       const s1 = ss.getSheetByName('Sheet1');
       s1.getRange('A1:C1').setFormulas([["=SUM('Team Data'!B2:B)", "=SUM('Team Data'!C2:2)", "=COUNTA('Team Data'!B:B)"]]);`,
    );
    expect(rt.workbook.values('Sheet1!A1:C1')).toEqual([[6, 60, 3]]);
    expect(rt.workbook.formula('Sheet1!A1')).toBe("=SUM('Team Data'!B2:B)");
  });

  test('editing a cell recalculates what depends on it', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${sh} sh.getRange('A1:A2').setValues([[2], ['=A1*10']]);`);
    expect(rt.userEdit('Sheet1!A1', 5)).toEqual({ ok: true, flagged: false });
    expect(rt.workbook.value('Sheet1!A2')).toBe(50);
  });

  test('INDEX/MATCH compute as in Sheets', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1:B3').setValues([['D1', 100], ['D2', 200], ['=INDEX(B1:B2, MATCH("D2", A1:A2, 0))', '']]);`,
    );
    expect(rt.workbook.value('Sheet1!A3')).toBe(200);
  });

  test('a custom function over a range receives a 2-D array and its array result spills', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1:A3').setValues([[1], [''], [3]]); sh.getRange('B1').setFormula('=DOUBLE(A1:A3)');`,
    );
    expect(rt.workbook.values('Sheet1!B1:B3')).toEqual([[2], [''], [6]]);
    expect(rt.workbook.formulas('Sheet1!B1:B2')).toEqual([['=DOUBLE(A1:A3)'], ['']]);
  });

  test('custom function names are case-insensitive', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${sh} sh.getRange('A1').setFormula('=double(21)');`);
    expect(rt.workbook.value('Sheet1!A1')).toBe(42);
  });

  test('a custom function whose result shape is not predictable from its arguments still spills fully', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${sh} sh.getRange('A1').setFormula('=SHAPE(2, 3)');`);
    expect(rt.workbook.values('Sheet1!A1:C2')).toEqual([
      [0, 1, 2],
      [10, 11, 12],
    ]);
  });

  test('a spill onto occupied cells makes the function error (#REF!, inferred)', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A2').setValue('occupied'); sh.getRange('A1').setFormula('=SHAPE(2, 1)');`,
    );
    expect(rt.workbook.value('Sheet1!A1')).toBe('#REF!');
  });

  test('single cells arrive as values, blanks as "", dates as Dates of the realm', () => {
    const rt = loadScriptRuntime({ spreadsheetTimeZone: 'America/New_York' });
    runScript(
      rt,
      `${sh} sh.getRange('A1:A2').setValues([['2024-08-31'], ['']]); sh.getRange('B1:B2').setFormulas([['=ADD_DAYS(A1, 1)'], ['=ECHO(A2)']]);`,
    );
    expect((rt.workbook.value('Sheet1!B1') as Date).toISOString()).toBe('2024-09-01T04:00:00.000Z');
    expect(rt.workbook.displayValue('Sheet1!B1')).toBe('9/1/2024');
    expect(rt.workbook.value('Sheet1!B2')).toBe('');
  });

  test('a thrown error shows #ERROR! with the message retrievable (inferred tooltip)', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1').setFormula('=FAIL("NEXT_REVIEW: position ""X9"" is not on the ladder")');`,
    );
    expect(rt.workbook.value('Sheet1!A1')).toBe('#ERROR!');
    expect(rt.workbook.error('Sheet1!A1')).toBe('NEXT_REVIEW: position "X9" is not on the ladder');
  });

  test('custom functions are read-only: a set call fails with a permission error (inferred wording)', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${sh} sh.getRange('B1').setFormula('=WRITE()');`);
    expect(rt.workbook.value('Sheet1!B1')).toBe('#ERROR!');
    expect(rt.workbook.error('Sheet1!B1')).toBe('You do not have permission to call setValue');
  });

  test('custom functions can read the spreadsheet time zone', () => {
    const rt = loadScriptRuntime({ spreadsheetTimeZone: 'Europe/Paris' });
    runScript(rt, `${sh} sh.getRange('A1').setFormula('=TZNAME()');`);
    expect(rt.workbook.value('Sheet1!A1')).toBe('Europe/Paris');
  });

  test('named ranges work inside formulas', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1:A3').setValues([[1], [2], [3]]); ss.setNamedRange('Amounts', sh.getRange('A1:A3')); sh.getRange('B1').setFormula('=SUM(Amounts)');`,
    );
    expect(rt.workbook.value('Sheet1!B1')).toBe(6);
  });

  test('functions the engine lacks (e.g. REGEXMATCH) show #NAME?', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${sh} sh.getRange('A1').setFormula('=REGEXMATCH("a", "a")');`);
    expect(rt.workbook.value('Sheet1!A1')).toBe('#NAME?');
  });

  test('every custom-function recalculation is its own execution', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${sh} sh.getRange('A1').setFormula('=TZNAME()');`);
    const cf = rt.calls.all.filter((c) => c.kind === 'customFunction');
    expect(cf).toHaveLength(1);
    expect(cf[0]?.byMethod).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSpreadsheetTimeZone': 1,
    });
    expect(rt.calls.last?.name).toBe('script');
  });
});
