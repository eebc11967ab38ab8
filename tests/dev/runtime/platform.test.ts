import { DEFAULT_PLATFORM, FLIPPED_PLATFORM, PLATFORM_SWITCHES } from '../../../dev/runtime';
import { normalizedFormulaText } from '../../../dev/runtime/platform';
import { loadScriptRuntime, runScript } from '../../support/runtime';
import type { Runtime } from '../../support/runtime';

const sh = 'const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getActiveSheet();';
const PROTECTED_EDIT =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

describe('platform switches (contracts section 14)', () => {
  test('every switch has a default and a flipped value that differ', () => {
    expect(PLATFORM_SWITCHES).toHaveLength(6);
    for (const key of PLATFORM_SWITCHES) expect(FLIPPED_PLATFORM[key]).not.toEqual(DEFAULT_PLATFORM[key]);
  });

  test('an unknown switch or value is refused when the runtime loads', () => {
    expect(() => loadScriptRuntime({ platform: { plainTextApostrophe: 'maybe' } as never })).toThrow(
      /invalid platform option \(plainTextApostrophe/,
    );
    expect(() => loadScriptRuntime({ platform: { apostrophe: 'kept' } as never })).toThrow(
      /invalid platform option/,
    );
  });

  test('the runtime reports the switches it plays', () => {
    expect(loadScriptRuntime().platform).toEqual(DEFAULT_PLATFORM);
    expect(loadScriptRuntime({ platform: { intlTimeZones: false } }).platform).toEqual({
      ...DEFAULT_PLATFORM,
      intlTimeZones: false,
    });
  });
});

describe('14.1 a leading apostrophe written into a plain-text (@) cell', () => {
  const write = `${sh} sh.getRange('A1:B1').setNumberFormats([['@', 'General']]);
    sh.getRange('A1:B1').setValues([["'abc", "'=1+1"]]); return sh.getRange('A1:B1').getValues()[0];`;

  test('dropped (default): reads back without it', () => {
    expect(runScript(loadScriptRuntime(), write)).toEqual(['abc', '=1+1']);
  });

  test('kept: reads back with it in @ cells; General cells drop it either way', () => {
    const rt = loadScriptRuntime({ platform: { plainTextApostrophe: 'kept' } });
    expect(runScript(rt, write)).toEqual(["'abc", '=1+1']);
    expect(rt.workbook.formula('Sheet1!B1')).toBe('');
  });
});

describe('14.2 a rejecting custom-formula rule whose input is written in the same setValues', () => {
  const setUp = `${sh} sh.getRange('C1').setFormula('=A1');
    sh.getRange('B1').setDataValidation(SpreadsheetApp.newDataValidation().requireFormulaSatisfied('=C1="go"').setAllowInvalid(false).build());`;

  test('sees the whole write (default): accepted', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${setUp} sh.getRange('A1:B1').setValues([['go', 'x']]);`);
    expect(rt.workbook.values('Sheet1!A1:B1')).toEqual([['go', 'x']]);
  });

  test('sees the sheet before the write: refused, nothing written', () => {
    const rt = loadScriptRuntime({ platform: { validationSeesSameWrite: false } });
    expect(() => runScript(rt, `${setUp} sh.getRange('A1:B1').setValues([['go', 'x']]);`)).toThrow(
      'The data you entered in cell B1 violates the data validation rules set on this cell.',
    );
    expect(rt.workbook.values('Sheet1!A1:C1')).toEqual([['', '', '']]);
  });

  test('sees the sheet before the write: the input written first, the checked cell next, is accepted', () => {
    const rt = loadScriptRuntime({ platform: { validationSeesSameWrite: false } });
    runScript(rt, `${setUp} sh.getRange('A1').setValue('go'); sh.getRange('B1').setValue('x');`);
    expect(rt.workbook.values('Sheet1!A1:C1')).toEqual([['go', 'x', 'go']]);
  });
});

describe('14.3 "is not empty" colours on a formula returning ""', () => {
  const colour = (rt: Runtime) => {
    runScript(
      rt,
      `${sh} sh.getRange('A1').setFormula('=""'); sh.getRange('A2').setValue('x');
       sh.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenCellNotEmpty().setBackground('#ff0000').setRanges([sh.getRange('A1:A3')]).build()]);`,
    );
    return ['A1', 'A2', 'A3'].map((a1) => rt.workbook.format(`Sheet1!${a1}`).background);
  };

  test('counts it as empty (default)', () => {
    expect(colour(loadScriptRuntime())).toEqual(['#ffffff', '#ff0000', '#ffffff']);
  });

  test('or as not empty', () => {
    expect(colour(loadScriptRuntime({ platform: { notEmptyOnFormulaBlank: true } }))).toEqual([
      '#ff0000',
      '#ff0000',
      '#ffffff',
    ]);
  });
});

describe('14.4 formula text read back', () => {
  const readBack = `${sh} sh.getRange('A1').setFormula('=if(and(B1>=1,B1<>2),"a, b",sum(b2:B3))');
    sh.getRange('A2').setDataValidation(SpreadsheetApp.newDataValidation().requireFormulaSatisfied('=len(A2)>0').build());
    sh.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=A1&"x"="1x"').setBackground('#ff0000').setRanges([sh.getRange('A1')]).build()]);
    return [sh.getRange('A1').getFormula(), sh.getRange('A1:A2').getFormulas()[0][0],
      sh.getRange('A2').getDataValidation().getCriteriaValues()[0],
      sh.getConditionalFormatRules()[0].getBooleanCondition().getCriteriaValues()[0]];`;

  test('verbatim (default): as written', () => {
    expect(runScript(loadScriptRuntime(), readBack)).toEqual([
      '=if(and(B1>=1,B1<>2),"a, b",sum(b2:B3))',
      '=if(and(B1>=1,B1<>2),"a, b",sum(b2:B3))',
      '=len(A2)>0',
      '=A1&"x"="1x"',
    ]);
  });

  test('normalized: functions and references upper-cased, spaced out, strings untouched', () => {
    expect(
      runScript(loadScriptRuntime({ platform: { formulaTextReadBack: 'normalized' } }), readBack),
    ).toEqual([
      '=IF(AND(B1 >= 1, B1 <> 2), "a, b", SUM(B2:B3))',
      '=IF(AND(B1 >= 1, B1 <> 2), "a, b", SUM(B2:B3))',
      '=LEN(A2) > 0',
      '=A1 & "x" = "1x"',
    ]);
  });

  test('a rule the script built is not reformatted until it is read back from the sheet', () => {
    const rt = loadScriptRuntime({ platform: { formulaTextReadBack: 'normalized' } });
    expect(
      runScript(
        rt,
        `return SpreadsheetApp.newDataValidation().requireFormulaSatisfied('=len(A2)>0').build().getCriteriaValues()[0];`,
      ),
    ).toBe('=len(A2)>0');
  });

  test('quoted sheet names lose quotes they do not need; names of ranges keep their case', () => {
    expect(normalizedFormulaText("=VLOOKUP('Team'!A2,LadderTable,2,0)&'Salary Bands'!A1")).toBe(
      "=VLOOKUP(Team!A2, LadderTable, 2, 0) & 'Salary Bands'!A1",
    );
    expect(normalizedFormulaText('plain text')).toBe('plain text');
  });
});

describe('14.5 a write a protection refuses', () => {
  /** Sheet1 protected for the owner only; the runtime then runs as someone else. */
  function protectedRuntime(protectedWriteFails: 'at-call' | 'at-flush'): Runtime {
    const rt = loadScriptRuntime({ activeUser: 'owner@example.com', platform: { protectedWriteFails } });
    runScript(
      rt,
      `${sh} const p = sh.protect(); p.removeEditors(p.getEditors()); p.setDomainEdit(false);
      ss.insertSheet('Open');`,
    );
    rt.setActiveUser('manager@example.com');
    return rt;
  }
  const attempt = `const ss = SpreadsheetApp.getActiveSpreadsheet();
    const log = []; const open = ss.getSheetByName('Open'); const sh = ss.getSheetByName('Sheet1');
    open.getRange('A1').setValue('before');
    try { sh.getRange('A1').setValue('refused'); log.push('accepted at the call'); } catch (e) { log.push('call: ' + e.message); }
    open.getRange('A2').setValue('after');
    try { SpreadsheetApp.flush(); log.push('flushed'); } catch (e) { log.push('flush: ' + e.message); }
    return log;`;

  test('at the call (default)', () => {
    const rt = protectedRuntime('at-call');
    expect(runScript(rt, attempt)).toEqual([`call: ${PROTECTED_EDIT}`, 'flushed']);
    expect(rt.workbook.value('Sheet1!A1')).toBe('');
  });

  test('at flush: the call returns, the refused write is never applied, the others are', () => {
    const rt = protectedRuntime('at-flush');
    expect(runScript(rt, attempt)).toEqual(['accepted at the call', `flush: ${PROTECTED_EDIT}`]);
    expect(rt.workbook.value('Sheet1!A1')).toBe('');
    expect(rt.workbook.values('Open!A1:A2')).toEqual([['before'], ['after']]);
  });

  test('at flush: the next read of cells surfaces it too', () => {
    const rt = protectedRuntime('at-flush');
    expect(() =>
      runScript(
        rt,
        `const ss = SpreadsheetApp.getActiveSpreadsheet(); ss.getSheetByName('Sheet1').getRange('A1').setValue('x');
         ss.getSheetByName('Open').getRange('A1').getValues();`,
      ),
    ).toThrow(PROTECTED_EDIT);
  });

  test('at flush: an execution that never flushes nor reads fails when it ends', () => {
    const rt = protectedRuntime('at-flush');
    expect(() =>
      runScript(
        rt,
        `SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange('A1').setValue('x'); return 'done';`,
      ),
    ).toThrow(PROTECTED_EDIT);
    expect(rt.workbook.value('Sheet1!A1')).toBe('');
  });

  test('a person typing is refused at once whatever the platform does with scripts', () => {
    const rt = protectedRuntime('at-flush');
    expect(rt.userEdit('Sheet1!A1', 'typed')).toEqual({ ok: false, message: PROTECTED_EDIT });
  });
});

describe('14.6 Intl time zones', () => {
  const probe = `const out = [];
    try { out.push(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', hour: 'numeric', hourCycle: 'h23' }).format(new Date(Date.UTC(2025, 0, 1)))); } catch (e) { out.push(e.name + ': ' + e.message); }
    try { out.push(new Date(Date.UTC(2025, 0, 1)).toLocaleDateString('en-US', { timeZone: 'Asia/Tokyo' })); } catch (e) { out.push(e.name); }
    out.push(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric' }).format(new Date(Date.UTC(2025, 0, 1))));
    out.push(Utilities.formatDate(new Date(Date.UTC(2025, 0, 1)), 'Asia/Tokyo', 'HH'));
    return out;`;

  test('work with full ICU (default)', () => {
    expect(runScript(loadScriptRuntime(), probe)).toEqual(['09', '1/1/2025', '2025', '09']);
  });

  test('without: a non-UTC zone throws RangeError; UTC and Utilities.formatDate still work', () => {
    expect(runScript(loadScriptRuntime({ platform: { intlTimeZones: false } }), probe)).toEqual([
      'RangeError: Invalid time zone specified: Asia/Tokyo',
      'RangeError',
      '2025',
      '09',
    ]);
  });
});
