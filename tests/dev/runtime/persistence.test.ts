import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadWorkbookFile } from '../../../dev/runtime';
import { loadScriptRuntime, runScript } from '../../support/runtime';

const SETUP = `const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.insertSheet('Team');
  sh.getRange('A1:C2').setValues([['Name', 'Since', 'x2'], ['Ada', new Date('2024-03-01T00:00:00Z'), '=DOUBLE(4)']]);
  sh.getRange('A1:C1').setBackground('#cccccc').setFontWeight('bold'); sh.getRange('B2').setNumberFormat('yyyy-mm-dd'); sh.getRange('A2').setNote('first');
  sh.getRange('A2:A5').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Ada', 'Bob']).setAllowInvalid(false).setHelpText('Pick one').build());
  sh.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('#ff0000').setRanges([sh.getRange('C2:C5')]).build()]);
  sh.insertChart(sh.newChart().setChartType(Charts.ChartType.RADAR).addRange(sh.getRange('A1:C2')).setPosition(1, 5, 0, 0).build());
  sh.protect().setDescription('Team is locked').setWarningOnly(true); sh.setFrozenRows(1);
  ss.setNamedRange('TeamNames', sh.getRange('A2:A5'));
  PropertiesService.getDocumentProperties().setProperty('schema', '3');`;

describe('persistence', () => {
  test('save and load round-trip everything: values, formulas, formats, validations, rules, charts, protections, names, properties', () => {
    const rt = loadScriptRuntime();
    runScript(rt, SETUP);
    const saved = rt.save();
    expect(saved).toMatchObject({ format: 'career-ladder-runtime', version: 3 });
    const back = loadScriptRuntime({ state: JSON.parse(JSON.stringify(saved)) });
    const w = back.workbook;
    expect(w.sheetNames()).toEqual(['Sheet1', 'Team']);
    expect(w.displayValues('Team!A1:C2')).toEqual([
      ['Name', 'Since', 'x2'],
      ['Ada', '2024-03-01', '8'],
    ]);
    expect(w.formula('Team!C2')).toBe('=DOUBLE(4)');
    expect([w.background('Team!A1'), w.format('Team!A1').bold, w.note('Team!A2')]).toEqual([
      '#cccccc',
      true,
      'first',
    ]);
    expect(back.userEdit('Team!A3', 'Eve')).toEqual({ ok: false, message: 'Pick one' });
    expect(w.format('Team!C3').background).toBe('#ff0000');
    expect(w.charts('Team')[0]?.type).toBe('RADAR');
    expect(w.protections()[0]).toMatchObject({
      type: 'SHEET',
      sheet: 'Team',
      description: 'Team is locked',
      warningOnly: true,
    });
    expect(w.namedRanges()).toEqual([{ name: 'TeamNames', range: 'Team!A2:A5' }]);
    expect(w.sheet('Team').frozenRows).toBe(1);
    expect(back.properties.document).toEqual({ schema: '3' });
    expect(back.save().workbook).toEqual(saved.workbook);
  });

  test('one saved state loaded into two runtimes gives each its own workbook, and stays as saved', () => {
    const rt = loadScriptRuntime();
    runScript(rt, SETUP);
    const saved = rt.save();
    const copy = JSON.stringify(saved);
    const first = loadScriptRuntime({ state: saved });
    runScript(
      first,
      `const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getSheetByName('Team');
       sh.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].setDescription('changed');
       sh.setConditionalFormatRules([]); sh.getRange('A2:A5').clearDataValidations();
       PropertiesService.getDocumentProperties().setProperty('schema', '4');`,
    );
    const second = loadScriptRuntime({ state: saved });
    expect(second.workbook.protections()[0]?.description).toBe('Team is locked');
    expect(second.workbook.conditionalFormatRules('Team')).toHaveLength(1);
    expect(second.workbook.validation('Team!A2')?.criteria).toBe('VALUE_IN_LIST');
    expect(second.properties.document).toEqual({ schema: '3' });
    expect(JSON.stringify(saved)).toBe(copy);
  });

  test('formats of a 1,000-row sheet are stored as runs: bytes follow the number of runs, not of cells', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `const sh = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
       sh.getRange('A1:Z1000').setNumberFormat('0');
       sh.getRange('B2:B1000').setNumberFormat('yyyy-mm-dd').setBackground('#eeeeee');
       const list = SpreadsheetApp.newDataValidation().requireValueInList(['D1', 'D2']).build();
       sh.getRange('C2:C1000').setDataValidations(Array.from({ length: 999 }, () => [list]));
       sh.getRange('A1:C1').setFontWeight('bold'); sh.getRange('A2').setValue('Ada');`,
    );
    const saved = rt.save();
    const sheet = saved.workbook.sheets[0];
    expect(sheet?.formats?.length).toBeLessThanOrEqual(8);
    expect(saved.validations).toHaveLength(1);
    expect(sheet?.cells).toEqual([{ r: 2, c: 1, v: 'Ada' }]);
    expect(JSON.stringify(saved).length).toBeLessThan(3000);
    const back = loadScriptRuntime({ state: JSON.parse(JSON.stringify(saved)) });
    expect([back.workbook.numberFormat('Sheet1!Z1000'), back.workbook.numberFormat('Sheet1!B500')]).toEqual([
      '0',
      'yyyy-mm-dd',
    ]);
    expect([back.workbook.background('Sheet1!B1000'), back.workbook.format('Sheet1!C1').bold]).toEqual([
      '#eeeeee',
      true,
    ]);
    expect(back.workbook.validation('Sheet1!C999')?.values).toEqual([['D1', 'D2'], true]);
    expect(back.save().workbook).toEqual(saved.workbook);
  });

  test('a version 1 file (every attribute cell by cell) still loads', () => {
    const v1 = {
      format: 'career-ladder-runtime',
      version: 1,
      savedAt: '2025-01-15T09:00:00.000Z',
      workbook: {
        ...loadScriptRuntime().save().workbook,
        sheets: [
          {
            ...loadScriptRuntime().save().workbook.sheets[0],
            formats: undefined,
            cells: [
              { r: 1, c: 1, v: 45000, nf: 'yyyy-mm-dd', bold: true },
              { r: 2, c: 1, nf: '0', dv: 0 },
            ],
          },
        ],
      },
      validations: [
        { criteria: 'VALUE_IN_LIST', values: [['a', 'b'], true], allowInvalid: false, helpText: 'a or b' },
      ],
    };
    const rt = loadScriptRuntime({ state: JSON.parse(JSON.stringify(v1)) });
    expect(rt.workbook.displayValue('Sheet1!A1')).toBe('2023-03-15');
    expect(rt.workbook.format('Sheet1!A1').bold).toBe(true);
    expect(rt.userEdit('Sheet1!A2', 'c')).toEqual({ ok: false, message: 'a or b' });
    expect(rt.save().version).toBe(3);
  });

  test('saveToFile and loadWorkbookFile round-trip through disk', () => {
    const rt = loadScriptRuntime();
    runScript(rt, SETUP);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rt-')), 'wb.json');
    rt.saveToFile(file);
    const back = loadScriptRuntime({ state: loadWorkbookFile(file) });
    expect(back.workbook.value('Team!A2')).toBe('Ada');
  });

  test('a damaged, foreign or newer file gives a clear error, not a crash', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-'));
    const write = (name: string, text: string): string => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, text);
      return f;
    };
    expect(() => loadWorkbookFile(write('a.json', '{"format": "career-ladder-runtime", "vers'))).toThrow(
      /is damaged: not valid JSON/,
    );
    expect(() => loadWorkbookFile(write('b.json', '{"hello": 1}'))).toThrow(
      /is not a saved Career Ladder workbook/,
    );
    expect(() =>
      loadWorkbookFile(write('c.json', '{"format": "career-ladder-runtime", "version": 99}')),
    ).toThrow(/saved by a newer runtime/);
    expect(() =>
      loadWorkbookFile(
        write('d.json', '{"format": "career-ladder-runtime", "version": 1, "workbook": {"sheets": []}}'),
      ),
    ).toThrow(/is damaged: it has no sheets/);
    expect(() => loadWorkbookFile(path.join(dir, 'missing.json'))).toThrow(/Cannot read workbook file/);
  });
});
