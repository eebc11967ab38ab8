import { loadScriptRuntime, runScript } from '../../support/runtime';

const ss = 'const ss = SpreadsheetApp.getActiveSpreadsheet();';

describe('host view of the active sheet', () => {
  test('workbook.activeSheet() is the sheet getActiveSheet() returns; insertSheet makes the new sheet active (contract 6.1)', () => {
    const rt = loadScriptRuntime();
    expect(rt.workbook.activeSheet()).toBe('Sheet1');
    runScript(rt, `${ss} ss.insertSheet('Team');`);
    expect(rt.workbook.activeSheet()).toBe('Team');
  });

  test('rt.activate(name) is a click on the tab: the next execution\u2019s getActiveSheet() is that sheet', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${ss} ss.insertSheet('Team');`);
    rt.activate('Sheet1');
    expect(runScript(rt, `${ss} return ss.getActiveSheet().getName();`)).toBe('Sheet1');
    expect(rt.workbook.activeSheet()).toBe('Sheet1');
    expect(() => rt.activate('Nope')).toThrow('runtime: no sheet named "Nope"');
  });

  test('the active sheet survives save/load', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${ss} ss.insertSheet('Team');`);
    rt.activate('Sheet1');
    expect(loadScriptRuntime({ state: rt.save() }).workbook.activeSheet()).toBe('Sheet1');
  });
});

describe('snapshot', () => {
  test('a VALUE_IN_RANGE dropdown list is read once per rule per snapshot, not once per cell', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${ss} const sh = ss.getActiveSheet(); ss.insertSheet('Lists').getRange('A1:A3').setValues([['D1'], ['D2'], ['D3']]);
       const rule = SpreadsheetApp.newDataValidation().requireValueInRange(ss.getRange('Lists!A1:A3'), true).build();
       sh.getRange('B1:B200').setDataValidation(rule); sh.getRange('A1:A200').setValue('x');`,
    );
    const lists = rt.core.model.sheets.find((s) => s.name === 'Lists');
    const engine = rt.core.engine;
    const read = engine.read.bind(engine);
    let listReads = 0;
    engine.read = (sheet, row, col) => {
      if (sheet === lists) listReads++;
      return read(sheet, row, col);
    };
    const snap = rt.workbook.snapshot('Sheet1', { rows: 200, cols: 2 });
    engine.read = read;
    expect(snap.cells[0]?.[1]?.dropdown).toEqual(['D1', 'D2', 'D3']);
    expect(snap.cells[199]?.[1]?.dropdown).toEqual(['D1', 'D2', 'D3']);
    expect(listReads).toBe(3);
  });

  test('italic and horizontal alignment set by the script are in the snapshot', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${ss} const sh = ss.getActiveSheet(); sh.getRange('A1').setValue('a').setFontStyle('italic').setHorizontalAlignment('center');
       sh.getRange('B1').setValue('b');`,
    );
    const [a, b] = rt.workbook.snapshot('Sheet1').cells[0] ?? [];
    expect([a?.italic, a?.align]).toEqual([true, 'center']);
    expect([b?.italic, b?.align]).toEqual([false, undefined]);
  });
});
