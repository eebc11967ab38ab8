import { loadScriptRuntime, runScript } from '../../support/runtime';

const sh = 'const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getActiveSheet();';

describe('data validation (contract 3)', () => {
  test('a new rule warns by default (allowInvalid true) and has no help text (null)', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `const r = SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).build(); return [r.getAllowInvalid(), r.getHelpText(), r.getCriteriaType(), r.getCriteriaValues()];`,
      ),
    ).toEqual([true, null, 'NUMBER_BETWEEN', [1, 5]]);
  });

  test('requireValueInRange gives back the Range among its criteria values', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${sh} const r = SpreadsheetApp.newDataValidation().requireValueInRange(sh.getRange('Z1:Z5'), true).build(); const v = r.getCriteriaValues(); return [v[0].getA1Notation(), v[1], r.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_RANGE];`,
      ),
    ).toEqual(['Z1:Z5', true, true]);
  });

  test('setDataValidation applies to every cell; getDataValidations has null where there is none', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${sh} sh.getRange('A1:A2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b']).build());
        return sh.getRange('A1:B2').getDataValidations().map((r) => r.map((v) => (v ? v.getCriteriaType() : null)));`,
      ),
    ).toEqual([
      ['VALUE_IN_LIST', null],
      ['VALUE_IN_LIST', null],
    ]);
  });

  test('a script write violating a rejecting rule throws the Apps Script message', () => {
    const rt = loadScriptRuntime();
    expect(() =>
      runScript(
        rt,
        `${sh} sh.getRange('U2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['a']).setAllowInvalid(false).build()); sh.getRange('U2').setValue('zzz');`,
      ),
    ).toThrow('The data you entered in cell U2 violates the data validation rules set on this cell.');
    expect(rt.workbook.value('Sheet1!U2')).toBe('');
  });

  test('with allowInvalid the write succeeds and the cell is only flagged (inferred)', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).build()); sh.getRange('A1').setValue(9);`,
    );
    expect(rt.workbook.value('Sheet1!A1')).toBe(9);
    expect(rt.workbook.isFlagged('Sheet1!A1')).toBe(true);
  });

  test('a user edit is rejected with the help text and the cell keeps its value', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('B2').setValue('Adopts').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Adopts', 'Specializes']).setAllowInvalid(false).setHelpText('Pick a fluency from the list.').build());`,
    );
    expect(rt.userEdit('Sheet1!B2', 'Nope')).toEqual({ ok: false, message: 'Pick a fluency from the list.' });
    expect(rt.workbook.value('Sheet1!B2')).toBe('Adopts');
    expect(rt.userEdit('Sheet1!B2', 'Specializes')).toEqual({ ok: true, flagged: false });
  });

  test('number-between is inclusive; dates must be dates', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 3).setAllowInvalid(false).build());
       sh.getRange('B1').setDataValidation(SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).build());`,
    );
    expect(rt.userEdit('Sheet1!A1', 3).ok).toBe(true);
    expect(rt.userEdit('Sheet1!A1', 4).ok).toBe(false);
    expect(rt.userEdit('Sheet1!B1', '2025-02-01').ok).toBe(true);
    expect(rt.userEdit('Sheet1!B1', 'soon')).toEqual({ ok: false, message: 'Input must be a valid date' });
  });

  test('setDataValidations sets one rule per cell from a 2-D array, null meaning none', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${sh} const list = SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b']).build();
         const num = SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).build();
         sh.getRange('A1:B2').setDataValidations([[list, num], [null, list]]);
         return sh.getRange('A1:B2').getDataValidations().map((r) => r.map((v) => v && String(v.getCriteriaType())));`,
      ),
    ).toEqual([
      ['VALUE_IN_LIST', 'NUMBER_BETWEEN'],
      [null, 'VALUE_IN_LIST'],
    ]);
    expect(rt.userEdit('Sheet1!B1', 9).ok).toBe(true);
    expect(rt.workbook.isFlagged('Sheet1!B1')).toBe(true);
  });

  test('a rejected edit changes nothing, so nothing that depends on the cell recalculates', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1').setValue(2).setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 3).setAllowInvalid(false).build());
       sh.getRange('B1').setFormula('=DOUBLE(A1)');`,
    );
    const before = rt.calls.all.length;
    expect(rt.userEdit('Sheet1!A1', 9).ok).toBe(false);
    expect(rt.calls.all.slice(before)).toEqual([]);
    expect(rt.workbook.values('Sheet1!A1:B1')).toEqual([[2, 4]]);
  });

  test('a custom-formula rule is evaluated relative to each cell', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1:A3').setValues([[10], [20], [30]]);
       sh.getRange('B1:B3').setDataValidation(SpreadsheetApp.newDataValidation().requireFormulaSatisfied('=B1<=A1').setAllowInvalid(false).build());`,
    );
    expect(rt.userEdit('Sheet1!B3', 25).ok).toBe(true);
    expect(rt.userEdit('Sheet1!B2', 25).ok).toBe(false);
  });

  test('a dropdown from a range lists that range for the preview', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('Z1:Z3').setValues([['D1'], ['D2'], ['']]); sh.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInRange(sh.getRange('Z1:Z3')).build());`,
    );
    expect(rt.workbook.validation('Sheet1!A1')).toMatchObject({
      criteria: 'VALUE_IN_RANGE',
      dropdown: ['D1', 'D2'],
      values: ['Sheet1!Z1:Z3', true],
    });
  });

  test('insertCheckboxes stores false; check/uncheck toggle; a custom unchecked value alone is ""', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${sh} const r = sh.getRange('A1:A2').insertCheckboxes(); const before = r.getValues(); sh.getRange('A1').check(); return [before, r.getValues(), sh.getRange('A1').isChecked()];`,
      ),
    ).toEqual([[[false], [false]], [[true], [false]], true]);
    expect(runScript(rt, `${sh} return sh.getRange('B1').insertCheckboxes('yes').getValue();`)).toBe('');
  });

  test('check() skips cells holding neither configured value', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${sh} const r = sh.getRange('A1:A2').insertCheckboxes(); sh.getRange('A2').setValue('x'); r.check(); return r.getValues();`,
      ),
    ).toEqual([[true], ['x']]);
  });
});
