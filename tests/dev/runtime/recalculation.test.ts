/**
 * What an edit recalculates: only what depends on it; a custom function re-runs only when one of its
 * arguments changed; lookups give the same answers from the column index; and an edit recalculated for
 * its own sheet first never lets any read see a value that is not recalculated.
 */
import type { Runtime } from '../../../dev/runtime';
import { loadScriptRuntime, runScript } from '../../support/runtime';

const sh = 'const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getActiveSheet();';

/** How many times the custom function ran (one execution per evaluation of its cell). */
function runsOf(rt: Runtime, name: string): number {
  return rt.calls.all.filter((call) => call.kind === 'customFunction' && call.name === name).length;
}

describe('recalculation after an edit', () => {
  test('a custom function re-runs when a cell of its range argument changes, and not for an unrelated edit', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1:A3').setValues([[1], [2], [3]]); sh.getRange('C1').setFormula('=DOUBLE(A1:A3)');`,
    );
    const before = runsOf(rt, 'DOUBLE');

    rt.userEdit('Sheet1!E5', 'unrelated');
    expect(runsOf(rt, 'DOUBLE')).toBe(before);

    rt.userEdit('Sheet1!A2', 20);
    expect(runsOf(rt, 'DOUBLE')).toBe(before + 1);
    expect(rt.workbook.values('Sheet1!C1:C3')).toEqual([[2], [40], [6]]);
  });

  test('an array formula recomputed to the same values does not re-run the custom function that reads it', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1:A3').setValues([[1], [2], [3]]);
       sh.getRange('B1').setFormula('=ARRAYFORMULA(IF(A1:A3 > 0, "yes", "no"))');
       sh.getRange('C1').setFormula('=ECHO(B1:B3)');`,
    );
    const before = runsOf(rt, 'ECHO');

    rt.userEdit('Sheet1!A2', 7); // B still reads yes, yes, yes
    expect(runsOf(rt, 'ECHO')).toBe(before);

    rt.userEdit('Sheet1!A2', -7); // B2 turns to "no": the argument changed
    expect(runsOf(rt, 'ECHO')).toBe(before + 1);
    expect(rt.workbook.values('Sheet1!C1:C3')).toEqual([['yes'], ['no'], ['yes']]);
  });

  test('a date result recomputed to the same date counts as unchanged, a new date as changed', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1').setValue(new Date(2025, 0, 31)); sh.getRange('A2').setValue(1);
       sh.getRange('B1').setFormula('=EOMONTH(A1, 0) + 0 * A2');
       sh.getRange('C1').setFormula('=ECHO(B1)');`,
    );
    const before = runsOf(rt, 'ECHO');
    rt.userEdit('Sheet1!A2', 2);
    expect(runsOf(rt, 'ECHO')).toBe(before);
    rt.userEdit('Sheet1!A1', '2025-02-10');
    expect(runsOf(rt, 'ECHO')).toBe(before + 1);
  });
});

describe('exact-match lookups', () => {
  const table = `sh.getRange('A1:B5').setValues([['Position', 'Steps'], ['D1', 3], ['d2', 4], ['D3', 5], [7, 'seven']]);
    sh.getRange('A8:B8').setValues([['D9', 9]]);`;

  test('VLOOKUP and MATCH find keys case-insensitively, tell numbers from text, and miss what is not in the range', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} ${table}
       sh.getRange('D1:D7').setFormulas([['=VLOOKUP("D2", A2:B5, 2, 0)'], ['=VLOOKUP("D9", A2:B5, 2, 0)'],
         ['=MATCH("d3", A2:A5, 0)'], ['=VLOOKUP(7, A2:B5, 2, 0)'], ['=VLOOKUP("7", A2:B5, 2, 0)'],
         ['=IFERROR(VLOOKUP(E1, A2:B5, 2, 0), "none")'], ['=VLOOKUP("D9", A2:B8, 2, 0)']]);`,
    );
    expect(rt.workbook.values('Sheet1!D1:D7')).toEqual([
      [4],
      ['#N/A'],
      [3],
      ['seven'],
      ['#N/A'],
      ['none'],
      [9],
    ]);
  });

  test('a lookup over an array formula follows its results as they change', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1:A3').setValues([['x'], ['y'], ['z']]);
       sh.getRange('B1').setFormula('=ARRAYFORMULA(UPPER(A1:A3))');
       sh.getRange('D1').setFormula('=ARRAYFORMULA(IFERROR(MATCH({"Y";"Q"}, B1:B3, 0), 0))');`,
    );
    expect(rt.workbook.values('Sheet1!D1:D2')).toEqual([[2], [0]]);
    rt.userEdit('Sheet1!A3', 'q');
    expect(rt.workbook.values('Sheet1!D1:D2')).toEqual([[2], [3]]);
    rt.userEdit('Sheet1!A2', 'w');
    expect(rt.workbook.values('Sheet1!D1:D2')).toEqual([[0], [3]]);
  });
});

describe("an edit recalculated for its own sheet first ({ recalculate: 'sheet' })", () => {
  /** Sheet1!A1 → Other!A1 = DOUBLE(Sheet1!A1); Sheet1!B1 reads Other!A1; Other!B1 = ECHO(Other!A1) feeds nothing on Sheet1. */
  function twoSheets(): Runtime {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.getRange('A1').setValue(1); const other = ss.insertSheet('Other');
       other.getRange('A1').setFormula('=DOUBLE(Sheet1!A1)'); other.getRange('B1').setFormula('=ECHO(A1)');
       sh.getRange('B1').setFormula('=Other!A1 + 1');`,
    );
    return rt;
  }

  test('the edited sheet, and what its formulas read on other sheets, are current at once', () => {
    const rt = twoSheets();
    expect(rt.userEdit('Sheet1!A1', 5, { recalculate: 'sheet' })).toEqual({ ok: true, flagged: false });
    expect(rt.workbook.value('Sheet1!B1')).toBe(11);
  });

  test('a formula the edited sheet does not need waits, and reading it recalculates it first', () => {
    const rt = twoSheets();
    const before = runsOf(rt, 'ECHO');
    rt.userEdit('Sheet1!A1', 5, { recalculate: 'sheet' });
    expect(runsOf(rt, 'ECHO')).toBe(before);
    expect(rt.workbook.value('Other!B1')).toBe(10);
    expect(runsOf(rt, 'ECHO')).toBe(before + 1);
  });

  test('a script run after the edit reads every sheet recalculated', () => {
    const rt = twoSheets();
    rt.userEdit('Sheet1!A1', 6, { recalculate: 'sheet' });
    const read = runScript(
      rt,
      `return SpreadsheetApp.getActiveSpreadsheet().getRange('Other!B1').getValue();`,
    );
    expect(read).toBe(12);
  });

  test('edits that wait pile up in order: the last value wins everywhere', () => {
    const rt = twoSheets();
    for (const value of [2, 3, 4]) rt.userEdit('Sheet1!A1', value, { recalculate: 'sheet' });
    expect(rt.workbook.value('Sheet1!B1')).toBe(9);
    expect(rt.workbook.values('Other!A1:B1')).toEqual([[8, 8]]);
  });
});
