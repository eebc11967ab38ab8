import { loadScriptRuntime, runScript } from '../../support/runtime';

const ss = 'const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getActiveSheet();';

describe('ranges (contract 1)', () => {
  test('getRange accepts (row, col), (row, col, numRows), (row, col, numRows, numCols) and A1, 1-based', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${ss} return [sh.getRange(2, 3).getA1Notation(), sh.getRange(2, 3, 4).getA1Notation(),
          sh.getRange(2, 3, 4, 2).getA1Notation(), sh.getRange('b2:c3').getA1Notation()];`,
      ),
    ).toEqual(['C2', 'C2:C5', 'C2:D5', 'B2:C3']);
  });

  test('Spreadsheet.getRange resolves the sheet from a quoted prefix', () => {
    const rt = loadScriptRuntime();
    const r = runScript(
      rt,
      `${ss} ss.insertSheet('My Sheet'); const r = ss.getRange("'My Sheet'!A1:B2"); return [r.getSheet().getName(), r.getA1Notation()];`,
    );
    expect(r).toEqual(['My Sheet', 'A1:B2']);
  });

  test('open-ended A1 (A5:A, A:A, 1:2, A2:2) ends at the grid size at call time (inferred)', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${ss} return ['A5:A', 'A:A', '1:2', 'A2:2'].map((a) => sh.getRange(a).getA1Notation());`,
      ),
    ).toEqual(['A5:A1000', 'A1:A1000', 'A1:Z2', 'A2:Z2']);
  });

  test('a bare column letter is not a range', () => {
    const rt = loadScriptRuntime();
    expect(() => runScript(rt, `${ss} sh.getRange('B');`)).toThrow('Range not found');
  });

  test.each([
    ['sh.getRange(1, 0)', 'The starting column of the range is too small.'],
    ['sh.getRange(0, 1)', 'The starting row of the range is too small.'],
    ['sh.getRange(1, 1, 0, 1)', 'The number of rows in the range must be at least 1.'],
    ['sh.getRange(1, 1, 1, 0)', 'The number of columns in the range must be at least 1.'],
    ['sh.getRange(1000, 26, 2, 1)', 'The coordinates of the range are outside the dimensions of the sheet.'],
    ["sh.getRange('AA1')", 'The coordinates of the range are outside the dimensions of the sheet.'],
  ])('%s throws an Exception: %s (row-too-small wording inferred)', (code, message) => {
    const rt = loadScriptRuntime();
    let err: Error | undefined;
    try {
      runScript(rt, `${ss} ${code};`);
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).toBe(message);
    expect(err?.name).toBe('Exception');
  });

  test('the script sees service errors as Errors of its own realm named Exception', () => {
    const rt = loadScriptRuntime();
    const r = runScript(
      rt,
      `${ss} try { sh.getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, String(e)]; }`,
    );
    expect(r).toEqual([true, 'Exception', 'Exception: The starting row of the range is too small.']);
  });

  test('an empty sheet has getLastRow 0 and a 1x1 data range reading [[""]]; a new sheet is 1000 x 26', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${ss} return [sh.getLastRow(), sh.getLastColumn(), sh.getDataRange().getA1Notation(), sh.getDataRange().getValues(), sh.getMaxRows(), sh.getMaxColumns()];`,
      ),
    ).toEqual([0, 0, 'A1', [['']], 1000, 26]);
  });

  test('getLastRow/getLastColumn and getDataRange follow the content', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${ss} sh.getRange('C4').setValue('x'); sh.getRange('B7').setValue(1); return [sh.getLastRow(), sh.getLastColumn(), sh.getDataRange().getA1Notation()];`,
      ),
    ).toEqual([7, 3, 'A1:C7']);
  });

  test('cleared trailing rows and columns are no longer content: getLastRow/getLastColumn shrink, appendRow fills the row again', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${ss} sh.appendRow(['a', 1]); sh.appendRow(['b', 2, 'x']); sh.getRange('A2:C2').clearContent();
         var after = [sh.getLastRow(), sh.getLastColumn()]; sh.appendRow(['c']); return after.concat([sh.getLastRow()]);`,
      ),
    ).toEqual([1, 2, 2]);
    expect(rt.workbook.values('Sheet1!A2:B2')).toEqual([['c', '']]);
  });

  test('getRange never grows the grid; insertRowsAfter at the end does', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${ss} sh.insertRowsAfter(1000, 5); sh.insertColumnsAfter(26, 2); return [sh.getMaxRows(), sh.getMaxColumns(), sh.getRange(1005, 28).getA1Notation()];`,
      ),
    ).toEqual([1005, 28, 'AB1005']);
  });

  test('appendRow writes after the last content row, treats "=" strings as formulas and grows a full grid (inferred)', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${ss} sh.getRange('A2').setValue('first'); sh.appendRow(['second', '=1+1']); sh.deleteRows(4, 997); sh.appendRow(['third']);`,
    );
    expect(rt.workbook.values('Sheet1!A2:B4')).toEqual([
      ['first', ''],
      ['second', 2],
      ['third', ''],
    ]);
    expect(rt.workbook.sheet('Sheet1').maxRows).toBe(4);
  });

  test('appendRow([]) throws', () => {
    const rt = loadScriptRuntime();
    expect(() => runScript(rt, `${ss} sh.appendRow([]);`)).toThrow(/don't match the method signature/);
  });

  test('sheet names clash case-insensitively and getSheetByName is case-insensitive (inferred) or null', () => {
    const rt = loadScriptRuntime();
    expect(() => runScript(rt, `${ss} ss.insertSheet('Team'); ss.insertSheet('team');`)).toThrow(
      'A sheet with the name "team" already exists. Please enter another name.',
    );
    expect(
      runScript(rt, `${ss} return [ss.getSheetByName('TEAM').getName(), ss.getSheetByName('Nope')];`),
    ).toEqual(['Team', null]);
  });

  test('insertSheet(name, index) places the sheet and makes it active', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${ss} ss.insertSheet('First', 0); return [ss.getSheets().map((s) => s.getName()), ss.getActiveSheet().getName()];`,
      ),
    ).toEqual([['First', 'Sheet1'], 'First']);
  });

  test('the only sheet cannot be deleted', () => {
    const rt = loadScriptRuntime();
    expect(() => runScript(rt, `${ss} ss.deleteSheet(sh);`)).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  test('per-dimension calls past the grid say the rows/columns are out of bounds', () => {
    const rt = loadScriptRuntime();
    expect(() => runScript(rt, `${ss} sh.getColumnWidth(27);`)).toThrow('Those columns are out of bounds.');
    expect(() => runScript(rt, `${ss} sh.deleteRows(1001, 1);`)).toThrow('Those rows are out of bounds.');
  });

  test('frozen rows/columns and column widths are kept', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `${ss} sh.setFrozenRows(1); sh.setFrozenColumns(2); sh.setColumnWidth(3, 240);`);
    expect(rt.workbook.sheet('Sheet1')).toMatchObject({
      frozenRows: 1,
      frozenColumns: 2,
      columnWidths: { 3: 240 },
    });
  });

  test('a member the runtime does not model throws "not implemented", never does nothing', () => {
    const rt = loadScriptRuntime();
    expect(() => runScript(rt, `${ss} sh.getRange('A1').setBorder(true);`)).toThrow(
      'not implemented: Range.setBorder',
    );
    expect(() => runScript(rt, `DriveApp.getFiles();`)).toThrow('not implemented: DriveApp.getFiles');
  });
});
