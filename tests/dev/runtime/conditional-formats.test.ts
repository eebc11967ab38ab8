import { loadScriptRuntime, runScript } from '../../support/runtime';

const sh = 'const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getActiveSheet();';

describe('conditional formatting (contract 4)', () => {
  test('setConditionalFormatRules replaces the list; callers append with get, push, set', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${sh} const mk = (c) => SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground(c).setRanges([sh.getRange('A1')]).build();
         sh.setConditionalFormatRules([mk('#ff0000')]); sh.setConditionalFormatRules([mk('#00ff00')]);
         const rules = sh.getConditionalFormatRules(); rules.push(mk('#0000ff')); sh.setConditionalFormatRules(rules);
         const n = sh.getConditionalFormatRules().length; sh.clearConditionalFormatRules(); return [n, sh.getConditionalFormatRules().length];`,
      ),
    ).toEqual([2, 0]);
  });

  test('a custom formula is written for the top-left cell: unanchored references shift, $ pins them', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1:B3').setValues([[1, 2], [5, 2], [3, 4]]); sh.getRange('D1').setValue(3);
       sh.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=A1>$D$1').setBackground('#F4CCCC').setRanges([sh.getRange('A1:B3')]).build()]);`,
    );
    expect(rt.workbook.format('Sheet1!A2').background).toBe('#f4cccc');
    expect(rt.workbook.format('Sheet1!A1').background).toBe('#ffffff');
    expect(rt.workbook.format('Sheet1!B3').background).toBe('#f4cccc');
    expect(rt.workbook.conditionalFormat('Sheet1!B1')).toBeNull();
  });

  test('the first matching rule supplies the format; formats are not merged (inferred)', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1').setValue(5); const r = sh.getRange('A1');
       sh.setConditionalFormatRules([
         SpreadsheetApp.newConditionalFormatRule().whenNumberGreaterThan(1).setBackground('#111111').setRanges([r]).build(),
         SpreadsheetApp.newConditionalFormatRule().whenNumberGreaterThan(2).setFontColor('#222222').setBold(true).setRanges([r]).build()]);`,
    );
    expect(rt.workbook.format('Sheet1!A1')).toEqual({
      background: '#111111',
      fontColor: '#000000',
      bold: false,
      italic: false,
    });
  });

  test('whenNumberBetween is inclusive and text rules compare text', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1:A3').setValues([[1], [3], ['overdue soon']]);
       sh.setConditionalFormatRules([
         SpreadsheetApp.newConditionalFormatRule().whenNumberBetween(1, 3).setBackground('#00ff00').setRanges([sh.getRange('A1:A2')]).build(),
         SpreadsheetApp.newConditionalFormatRule().whenTextContains('overdue').setFontColor('#ff0000').setRanges([sh.getRange('A3')]).build()]);`,
    );
    expect([
      rt.workbook.format('Sheet1!A1').background,
      rt.workbook.format('Sheet1!A2').background,
      rt.workbook.format('Sheet1!A3').fontColor,
    ]).toEqual(['#00ff00', '#00ff00', '#ff0000']);
  });

  test('a gradient interpolates between the min and max of its ranges', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1:A3').setValues([[0], [50], [100]]);
       sh.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().setGradientMinpoint('#FFFFFF').setGradientMaxpoint('#000000').setRanges([sh.getRange('A1:A3')]).build()]);`,
    );
    expect(['A1', 'A2', 'A3'].map((a) => rt.workbook.format(`Sheet1!${a}`).background)).toEqual([
      '#ffffff',
      '#808080',
      '#000000',
    ]);
  });

  test('gradient points with values and a midpoint', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1:A3').setValues([[0.8], [1], [1.2]]); const T = SpreadsheetApp.InterpolationType;
       sh.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule()
         .setGradientMinpointWithValue('#ff0000', T.NUMBER, '0.8').setGradientMidpointWithValue('#ffffff', T.NUMBER, '1')
         .setGradientMaxpointWithValue('#00ff00', T.NUMBER, '1.2').setRanges([sh.getRange('A1:A3')]).build()]);`,
    );
    expect(['A1', 'A2', 'A3'].map((a) => rt.workbook.format(`Sheet1!${a}`).background)).toEqual([
      '#ff0000',
      '#ffffff',
      '#00ff00',
    ]);
  });

  test('getBooleanCondition/getGradientCondition are null for the other kind of rule', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${sh} const g = SpreadsheetApp.newConditionalFormatRule().setGradientMaxpoint('#000000').setRanges([sh.getRange('A1')]).build();
         const b = SpreadsheetApp.newConditionalFormatRule().whenCellNotEmpty().setBackground('#ABCDEF').setRanges([sh.getRange('A1')]).build();
         return [g.getBooleanCondition(), b.getGradientCondition(), b.getBooleanCondition().getCriteriaType(), b.getBooleanCondition().getBackground(), g.getGradientCondition().getMaxColor(), b.getRanges()[0].getA1Notation()];`,
      ),
    ).toEqual([null, null, 'CELL_NOT_EMPTY', '#abcdef', '#000000', 'A1']);
  });
});
