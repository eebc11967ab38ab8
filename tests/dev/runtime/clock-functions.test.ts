import { loadRuntime } from '../../../dev/runtime';
import { loadScriptRuntime, runScript } from '../../support/runtime';

const sh = 'const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getActiveSheet();';
/** 12:00 UTC: already March 11 at UTC+14, still March 10 at UTC-11 */
const NOON_UTC = new Date('2026-03-10T12:00:00Z');
const DAY_MS = 86400000;

/** the serial number of a calendar date (days since 1899-12-30) */
const serial = (isoDate: string): number =>
  (Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / DAY_MS;

describe('TODAY() and NOW() read the virtual clock in the spreadsheet time zone (inferred zone)', () => {
  test('TODAY() is the calendar date of the virtual clock in the spreadsheet zone, not the host zone', () => {
    const dates = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Etc/UTC'].map((spreadsheetTimeZone) => {
      const rt = loadScriptRuntime({ now: NOON_UTC, spreadsheetTimeZone });
      runScript(rt, `${sh} sh.getRange('A1:B1').setFormulas([['=TODAY()', '=N(TODAY())']]);`);
      return [rt.workbook.displayValue('Sheet1!A1'), rt.workbook.value('Sheet1!B1')];
    });
    expect(dates).toEqual([
      ['3/11/2026', serial('2026-03-11')],
      ['3/10/2026', serial('2026-03-10')],
      ['3/10/2026', serial('2026-03-10')],
    ]);
  });

  test('a TODAY() cell reads back as a Date at midnight in the spreadsheet zone', () => {
    const rt = loadScriptRuntime({ now: NOON_UTC, spreadsheetTimeZone: 'Pacific/Kiritimati' });
    runScript(rt, `${sh} sh.getRange('A1').setFormula('=TODAY()');`);
    expect(rt.workbook.value('Sheet1!A1')).toEqual(new Date('2026-03-10T10:00:00Z'));
  });

  test('NOW() is the instant of the virtual clock, read back as a Date (to the engine’s 10-digit precision)', () => {
    const rt = loadScriptRuntime({ now: NOON_UTC, spreadsheetTimeZone: 'Pacific/Pago_Pago' });
    runScript(rt, `${sh} sh.getRange('A1:B1').setFormulas([['=NOW()', '=NOW()-TODAY()']]);`);
    const now = rt.workbook.value('Sheet1!A1') as Date;
    expect(Math.abs(now.getTime() - NOON_UTC.getTime())).toBeLessThan(1000);
    expect(rt.workbook.value('Sheet1!B1')).toBeCloseTo(1 / 24, 9);
  });

  test('after the clock moves to another day, recalculating changes TODAY() (volatile, as documented)', () => {
    const rt = loadScriptRuntime({ now: NOON_UTC });
    runScript(rt, `${sh} sh.getRange('A1').setFormula('=N(TODAY())');`);
    rt.clock.advance(DAY_MS);
    expect(rt.workbook.value('Sheet1!A1')).toBe(serial('2026-03-10'));
    rt.recalc();
    expect(rt.workbook.value('Sheet1!A1')).toBe(serial('2026-03-11'));
  });

  test('any edit recalculates TODAY() cells, even ones that do not depend on the edited cell', () => {
    const rt = loadScriptRuntime({ now: NOON_UTC });
    runScript(rt, `${sh} sh.getRange('A1').setFormula('=N(TODAY())');`);
    rt.clock.advance(2 * DAY_MS);
    rt.userEdit('Sheet1!C5', 'x');
    expect(rt.workbook.value('Sheet1!A1')).toBe(serial('2026-03-12'));
  });

  test('changing the spreadsheet time zone moves TODAY() to that zone’s date on recalculation', () => {
    const rt = loadScriptRuntime({ now: NOON_UTC, spreadsheetTimeZone: 'Pacific/Pago_Pago' });
    runScript(
      rt,
      `${sh} sh.getRange('A1').setFormula('=N(TODAY())'); ss.setSpreadsheetTimeZone('Pacific/Kiritimati');`,
    );
    rt.recalc();
    expect(rt.workbook.value('Sheet1!A1')).toBe(serial('2026-03-11'));
  });

  test('a conditional-format formula using TODAY() follows the virtual clock', () => {
    const rt = loadScriptRuntime({ now: NOON_UTC });
    runScript(
      rt,
      `${sh} sh.getRange('A1').setValue(new Date('2026-03-12T00:00:00Z'));
       sh.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=A1<TODAY()')
         .setBackground('#f4cccc').setRanges([sh.getRange('A1')]).build()]);`,
    );
    expect(rt.workbook.format('Sheet1!A1').background).toBe('#ffffff');
    rt.clock.advance(3 * DAY_MS);
    expect(rt.workbook.format('Sheet1!A1').background).toBe('#f4cccc');
  });

  test('a validation formula using TODAY() judges user edits by the virtual date', () => {
    const rt = loadScriptRuntime({ now: NOON_UTC });
    runScript(
      rt,
      `${sh} sh.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation()
         .requireFormulaSatisfied('=A1>=TODAY()').setAllowInvalid(false).build());`,
    );
    expect(rt.userEdit('Sheet1!A1', '3/9/2026').ok).toBe(false);
    expect(rt.userEdit('Sheet1!A1', '3/10/2026').ok).toBe(true);
  });

  test('a reopened workbook computes TODAY() at the new virtual time', () => {
    const first = loadScriptRuntime({ now: NOON_UTC });
    runScript(first, `${sh} sh.getRange('A1').setFormula('=N(TODAY())');`);
    const reopened = loadRuntime({
      bundleSource: 'function noop() {}',
      state: first.save(),
      now: new Date(NOON_UTC.getTime() + 7 * DAY_MS),
    });
    expect(reopened.workbook.value('Sheet1!A1')).toBe(serial('2026-03-17'));
  });
});
