/**
 * What set-up does so the workbook reads well on a laptop screen: Team's Name column frozen, the
 * Review Calendar's status in full, a colour legend beside the coloured tables (never moving them), and
 * no empty stray "Sheet1" in a new spreadsheet — while a Sheet1 anyone touched is kept.
 */
import { loadWorkbookRuntime, runMenu, tamper } from '../support/workbookRuntime';
import { SHEET_NAMES } from '../../src/tables/layout';
import { TEAM_HEADERS } from '../../src/tables/team';

const SETUP_BUDGET = 150;

/** The column of text one blank column right of a table: the legend's lines, top to bottom. */
function legendOf(rt: ReturnType<typeof loadWorkbookRuntime>, sheet: string, column: string): string[] {
  return rt.workbook
    .values(`'${sheet}'!${column}1:${column}6`)
    .map(([line]) => String(line))
    .filter((line) => line !== '');
}

describe('set-up on a new spreadsheet, for a laptop screen', () => {
  const rt = loadWorkbookRuntime();
  const setup = runMenu(rt, 'Set up workbook');
  const setUpState = rt.save();

  test('removes the untouched default Sheet1 and stays within the call budget', () => {
    expect(rt.workbook.sheetNames()).not.toContain('Sheet1');
    expect(setup.spreadsheet).toBeLessThanOrEqual(SETUP_BUDGET);
  });

  test('freezes Team’s header row and Name column', () => {
    const team = rt.workbook.sheet(SHEET_NAMES.team);
    expect([team.frozenRows, team.frozenColumns]).toEqual([1, 1]);
  });

  test('gives the Review Calendar’s status column room for “Due within 30 days”', () => {
    expect(rt.workbook.sheet(SHEET_NAMES.reviewCalendar).columnWidths[5]).toBeGreaterThanOrEqual(150);
  });

  test.each([
    [SHEET_NAMES.team, 'Q', ['Red', 'Amber']],
    [SHEET_NAMES.fluency, 'X', ['Red', 'Amber', 'Green', 'Blue']],
    [SHEET_NAMES.reviewCalendar, 'V', ['Red', 'Amber', 'Yellow']],
    [SHEET_NAMES.salaryBands, 'W', ['Red', 'Green shading']],
  ])(
    '%s explains its colours in column %s, right of the table, starting in row 1',
    (sheet, column, colours) => {
      const legend = legendOf(rt, sheet, column);
      expect(legend[0]).toMatch(/colours/i);
      expect(legend.slice(1).map((line) => line.split(':')[0])).toEqual(colours);
      // the column left of the legend is blank, one of the table's hidden helpers, or Team's Email
      // column, appended after the legend's place was fixed (so an upgraded workbook keeps one legend)
      const before = column.charCodeAt(0) - 64 - 1;
      const letter = String.fromCharCode(64 + before);
      const blank = rt.workbook
        .values(`'${sheet}'!${letter}1:${letter}6`)
        .flat()
        .every((cell) => cell === '');
      const email = rt.workbook.values(`'${sheet}'!${letter}1`)[0]?.[0] === TEAM_HEADERS.email;
      expect(blank || email || rt.workbook.sheet(sheet).hiddenColumns.includes(before)).toBe(true);
    },
  );

  test('a second set-up neither doubles the legend nor writes over a line a user changed', () => {
    const own = loadWorkbookRuntime({ state: setUpState });
    own.userEdit('Team!Q2', 'Red: late');
    runMenu(own, 'Set up workbook');
    expect(legendOf(own, SHEET_NAMES.team, 'Q')).toEqual([
      'Colours (Next step and level review)',
      'Red: late',
      'Amber: due within 30 days',
    ]);
  });
});

describe('the default Sheet1 is removed only when nobody touched it', () => {
  test.each([
    ['a value', `s.getRange('C3').setValue('kept')`],
    ['a note', `s.getRange('Z1000').setNote('kept')`],
    [
      'a validation',
      `s.getRange('B2').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build())`,
    ],
    ['a fill', `s.getRange('D4').setBackground('#fce8b2')`],
    [
      'a conditional format',
      `s.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenCellNotEmpty().setBackground('#f4c7c3').setRanges([s.getRange('A1:A9')]).build()])`,
    ],
    ['fewer rows than a new sheet', `s.deleteRows(900, 101)`],
  ])('a Sheet1 with %s is kept', (_what, touch) => {
    const rt = loadWorkbookRuntime();
    tamper(rt, `const s = ss.getSheetByName('Sheet1'); ${touch};`);
    runMenu(rt, 'Set up workbook');
    expect(rt.workbook.sheetNames()[0]).toBe('Sheet1');
  });

  test('an untouched Sheet1 is kept when the spreadsheet already had another sheet', () => {
    const rt = loadWorkbookRuntime();
    tamper(rt, `ss.insertSheet('Budget')`);
    runMenu(rt, 'Set up workbook');
    expect(rt.workbook.sheetNames().slice(0, 2)).toEqual(['Sheet1', 'Budget']);
  });
});
