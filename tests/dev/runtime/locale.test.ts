/**
 * Typed input (userEdit) and strings written by scripts (parsed "as if typed", contracts 2.6) are read
 * by the spreadsheet's locale: en_US month first, en_GB and de_DE day first (de_DE with `.` and comma
 * decimals), ISO everywhere. A date that does not exist in the locale's reading stays text.
 */
import type { Runtime } from '../../../dev/runtime';
import { loadScriptRuntime, runScript } from '../../support/runtime';

/** The calendar date a cell holds (the runtime's spreadsheet zone is Etc/UTC), or its text. */
function stored(rt: Runtime, a1: string): string {
  const value = rt.workbook.value(a1);
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

function typed(locale: string, input: string): { value: string; display: string } {
  const rt = loadScriptRuntime({ locale });
  expect(rt.userEdit('Sheet1!A1', input).ok).toBe(true);
  return { value: stored(rt, 'Sheet1!A1'), display: rt.workbook.displayValue('Sheet1!A1') };
}

describe('typed input read by the spreadsheet locale', () => {
  test.each([
    ['en_US', '02/03/2026', '2026-02-03', '2/3/2026'],
    ['en_GB', '02/03/2026', '2026-03-02', '02/03/2026'],
    ['en_GB', '25-12-2012', '2012-12-25', '25/12/2012'],
    ['de_DE', '02.03.2026', '2026-03-02', '02.03.2026'],
    ['de_DE', '2.3.2026 14:30', '2026-03-02', '02.03.2026 14:30:00'],
  ])('%s reads %s as %s and shows it as %s', (locale, input, value, display) => {
    expect(typed(locale, input)).toEqual({ value, display });
  });

  test.each(['en_US', 'en_GB', 'de_DE'])('%s reads ISO 2026-03-02 as 2 March', (locale) => {
    expect(typed(locale, '2026-03-02').value).toBe('2026-03-02');
  });

  test.each([
    ['en_US', '13/02/2026'],
    ['en_GB', '02/13/2026'],
    ['de_DE', '02/03/2026'],
    ['en_US', '02.03.2026'],
  ])('%s keeps %s as text: the other reading is never tried', (locale, input) => {
    expect(typed(locale, input)).toEqual({ value: input, display: input });
  });

  test('de_DE reads comma decimals and dot grouping, and shows numbers the same way', () => {
    expect(typed('de_DE', '2,5')).toEqual({ value: '2.5', display: '2,5' });
    expect(typed('de_DE', '1.234,5')).toEqual({ value: '1234.5', display: '1234,5' });
    expect(typed('de_DE', '12,5%')).toEqual({ value: '0.125', display: '13%' });
    expect(typed('en_US', '1,234.5')).toEqual({ value: '1234.5', display: '1234.5' });
    expect(typed('en_US', '2,5').value).toBe('2,5');
  });

  test('a script-written string is parsed by the locale too, and setSpreadsheetLocale changes it', () => {
    const rt = loadScriptRuntime({ locale: 'en_GB' });
    runScript(
      rt,
      `const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getActiveSheet();
       sh.getRange('A1').setValue('02/03/2026'); ss.setSpreadsheetLocale('en_US'); sh.getRange('A2').setValue('02/03/2026');`,
    );
    expect([stored(rt, 'Sheet1!A1'), stored(rt, 'Sheet1!A2')]).toEqual(['2026-03-02', '2026-02-03']);
  });

  test('a Date written by a script takes the locale’s date format when its cell has none', () => {
    const rt = loadScriptRuntime({ locale: 'de_DE' });
    runScript(rt, `SpreadsheetApp.getActiveSheet().getRange('A1').setValue(new Date(Date.UTC(2026, 2, 2)));`);
    expect(rt.workbook.displayValue('Sheet1!A1')).toBe('02.03.2026');
    expect(rt.workbook.numberFormat('Sheet1!A1')).toBe('dd.MM.yyyy');
  });

  test('an explicit number format keeps its pattern; de_DE only swaps the separators', () => {
    const rt = loadScriptRuntime({ locale: 'de_DE' });
    runScript(
      rt,
      `const sh = SpreadsheetApp.getActiveSheet();
       sh.getRange('A1').setValue(81100).setNumberFormat('#,##0.00');
       sh.getRange('A2').setValue(new Date(Date.UTC(2026, 2, 2))).setNumberFormat('yyyy-mm-dd');`,
    );
    expect(rt.workbook.displayValues('Sheet1!A1:A2')).toEqual([['81.100,00'], ['2026-03-02']]);
  });
});
