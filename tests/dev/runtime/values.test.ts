import { loadScriptRuntime, runScript } from '../../support/runtime';

const sh = 'const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getActiveSheet();';

describe('values (contract 2)', () => {
  test('getValues is a rectangular row-major array; empty cells read as ""', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(rt, `${sh} sh.getRange('B2').setValue(5); return sh.getRange('A1:C2').getValues();`),
    ).toEqual([
      ['', '', ''],
      ['', 5, ''],
    ]);
  });

  test('numbers read as numbers, booleans as booleans, text as text; getValue is the top-left cell', () => {
    const rt = loadScriptRuntime();
    const r = runScript(
      rt,
      `${sh} sh.getRange('A1:C1').setValues([[1.5, true, 'x']]); return [sh.getRange('A1:C1').getValues()[0], sh.getRange('A1:C1').getValue()];`,
    );
    expect(r).toEqual([[1.5, true, 'x'], 1.5]);
  });

  test('a string starting with "=" becomes a formula, in setValue and setValues', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1').setValue('=1+2'); sh.getRange('A2:B2').setValues([['=A1*2', 'plain']]);`,
    );
    expect(rt.workbook.formulas('Sheet1!A1:B2')).toEqual([
      ['=1+2', ''],
      ['=A1*2', ''],
    ]);
    expect(rt.workbook.values('Sheet1!A1:A2')).toEqual([[3], [6]]);
  });

  test('a leading apostrophe stores text without the apostrophe (inferred)', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${sh} sh.getRange('A1:A2').setValues([["'0012"], ["'=not a formula"]]);`);
    expect(rt.workbook.values('Sheet1!A1:A2')).toEqual([['0012'], ['=not a formula']]);
    expect(rt.workbook.formula('Sheet1!A2')).toBe('');
  });

  test('strings are parsed as typed: "1,000,000", "$2.99", "10%" become numbers (inferred coercions)', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${sh} sh.getRange('A1:D1').setValues([['1,000,000', '$2.99', '10%', '2.000']]);`);
    expect(rt.workbook.values('Sheet1!A1:D1')).toEqual([[1000000, 2.99, 0.1, 2]]);
  });

  test('setValues reports a column mismatch as Apps Script words it', () => {
    const rt = loadScriptRuntime();
    expect(() => runScript(rt, `${sh} sh.getRange('A1:D1').setValues([[1, 2, 3, 4, 5]]);`)).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
  });

  test('setValues checks rows before columns (inferred wording)', () => {
    const rt = loadScriptRuntime();
    expect(() => runScript(rt, `${sh} sh.getRange('A1:B2').setValues([[1, 2, 3]]);`)).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  test('getFormulas is "" where there is no formula', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${sh} sh.getRange('A1').setValue(1); return [sh.getRange('A1').getFormula(), sh.getRange('A1:B1').getFormulas()];`,
      ),
    ).toEqual(['', [['', '']]]);
  });

  test('error cells read back as their error strings (inferred)', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${sh} sh.getRange('A1:B1').setValues([['=1/0', '=NA()']]); return sh.getRange('A1:B1').getValues();`,
      ),
    ).toEqual([['#DIV/0!', '#N/A']]);
  });

  test('display values follow the number format', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1:D1').setValues([[1234.5, 0.256, 45678, true]]);
       sh.getRange('A1').setNumberFormat('#,##0.00'); sh.getRange('B1').setNumberFormat('0.0%'); sh.getRange('C1').setNumberFormat('yyyy-mm-dd');`,
    );
    expect(rt.workbook.displayValues('Sheet1!A1:D1')).toEqual([['1,234.50', '25.6%', '2025-01-21', 'TRUE']]);
  });

  test('a date cell reads as a Date at midnight in the spreadsheet time zone, whatever the script zone', () => {
    const rt = loadScriptRuntime({ spreadsheetTimeZone: 'America/New_York', scriptTimeZone: 'Asia/Tokyo' });
    runScript(rt, `${sh} sh.getRange('A1').setValue('2025-03-10');`);
    const d = rt.workbook.value('Sheet1!A1') as Date;
    expect(d.toISOString()).toBe('2025-03-10T04:00:00.000Z');
    expect(
      runScript(
        rt,
        `${sh} const d = sh.getRange('A1').getValue(); return [d instanceof Date, d.toISOString()];`,
      ),
    ).toEqual([true, '2025-03-10T04:00:00.000Z']);
  });

  test('a written Date keeps its instant and shows its wall clock in the spreadsheet zone', () => {
    const rt = loadScriptRuntime({ spreadsheetTimeZone: 'Asia/Tokyo' });
    runScript(rt, `${sh} sh.getRange('A1').setValue(new Date('2025-01-01T00:00:00Z'));`);
    expect(rt.workbook.displayValue('Sheet1!A1')).toBe('1/1/2025 9:00:00');
    expect((rt.workbook.value('Sheet1!A1') as Date).toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  test('a Date at spreadsheet-zone midnight gets a date format and reads back identical', () => {
    const rt = loadScriptRuntime({ spreadsheetTimeZone: 'Pacific/Kiritimati' });
    const r = runScript(
      rt,
      `${sh} const d = new Date('2024-02-28T10:00:00Z'); sh.getRange('A1').setValue(d); return sh.getRange('A1').getValue().getTime() === d.getTime();`,
    );
    expect(r).toBe(true);
    expect(rt.workbook.numberFormat('Sheet1!A1')).toBe('M/d/yyyy');
    expect(rt.workbook.displayValue('Sheet1!A1')).toBe('2/29/2024');
  });

  test('values handed to the script are created in its realm (arrays and Dates pass instanceof)', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${sh} sh.getRange('A1:B1').setValues([[new Date(0), 1]]); const v = sh.getRange('A1:B1').getValues(); return [Array.isArray(v), v instanceof Array, v[0][0] instanceof Date];`,
      ),
    ).toEqual([true, true, true]);
  });

  test('notes, backgrounds and font colours are stored per cell', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1:B1').setBackground('#FF0000').setFontColor('#00ff00'); sh.getRange('A1').setNote('hello');`,
    );
    expect([
      rt.workbook.background('Sheet1!B1'),
      rt.workbook.fontColor('Sheet1!A1'),
      rt.workbook.note('Sheet1!A1'),
    ]).toEqual(['#ff0000', '#00ff00', 'hello']);
  });

  test('clear options remove contents, formats or both', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1:B1').setValues([[1, 2]]).setBackground('#ff0000'); sh.getRange('A1').clear({ contentsOnly: true }); sh.getRange('B1').clearFormat();`,
    );
    expect(rt.workbook.values('Sheet1!A1:B1')).toEqual([['', 2]]);
    expect([rt.workbook.background('Sheet1!A1'), rt.workbook.background('Sheet1!B1')]).toEqual([
      '#ff0000',
      '#ffffff',
    ]);
  });
});
