import { loadScriptRuntime, runScript } from '../../support/runtime';

describe('executions and call accounting', () => {
  test('every service call counts once per execution, by Class.method', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getSheetByName('Sheet1');
       sh.getRange(1, 1, 2, 2).setValues([[1, 2], [3, 4]]); sh.getRange('A1:B2').getValues(); sh.getRange('A1').getValue();`,
    );
    expect(rt.calls.last).toMatchObject({
      name: 'script',
      kind: 'run',
      total: 8,
      byMethod: {
        'SpreadsheetApp.getActiveSpreadsheet': 1,
        'Spreadsheet.getSheetByName': 1,
        'Sheet.getRange': 3,
        'Range.setValues': 1,
        'Range.getValues': 1,
        'Range.getValue': 1,
      },
    });
  });

  test('writes without reads in between recalculate a custom function once, also after the grid grew', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `SpreadsheetApp.getActiveSheet().getRange('B1').setFormula('=DOUBLE(A1)');`);
    const before = rt.calls.all.length;
    runScript(
      rt,
      `const sh = SpreadsheetApp.getActiveSheet(); sh.insertRowsAfter(sh.getMaxRows(), 10);
       sh.getRange('A1').setValue(1); sh.getRange('A1').setValue(2); sh.getRange('A1').setValue(3);`,
    );
    expect(rt.calls.all.slice(before).map((c) => c.name)).toEqual(['script', 'DOUBLE']);
    expect(rt.workbook.value('Sheet1!B1')).toBe(6);
  });

  test('each execution has its own record, in order', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `SpreadsheetApp.getActiveSpreadsheet();`);
    runScript(rt, `SpreadsheetApp.flush(); SpreadsheetApp.flush();`);
    expect(rt.calls.all.map((c) => c.total)).toEqual([1, 2]);
  });

  test('onServiceCall observes every call with its execution', () => {
    const rt = loadScriptRuntime();
    const seen: string[] = [];
    const stop = rt.onServiceCall((c) => seen.push(`${c.execution.name}:${c.method}`));
    runScript(rt, `Session.getActiveUser().getEmail();`);
    stop();
    runScript(rt, `Session.getActiveUser();`);
    expect(seen).toEqual(['script:Session.getActiveUser', 'script:User.getEmail']);
  });

  test('a batch set-up of 1,000 x 14 cells is one setValues call whose formulas compute', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `const data = Array.from({ length: 1000 }, (_, i) => Array.from({ length: 14 }, (_, j) => (j === 13 ? '=A' + (i + 1) + '*2' : i * 14 + j)));
       SpreadsheetApp.getActiveSheet().getRange(1, 1, 1000, 14).setValues(data);`,
    );
    expect(rt.workbook.value('Sheet1!N1000')).toBe(999 * 14 * 2);
    expect(rt.calls.last?.byMethod['Range.setValues']).toBe(1);
  });
});
