import { loadWorkbookRuntime, runMenu } from '../support/workbookRuntime';
import { LADDER_HEADERS } from '../../src/tables/ladder';
import { FLUENCY_HEADERS } from '../../src/tables/fluency';
import { PROMOTION_LOG_HEADERS } from '../../src/tables/promotionLog';
import { SALARY_BAND_HEADERS } from '../../src/tables/bands';
import { SHEET_NAMES } from '../../src/tables/layout';
import { TEAM_HEADERS } from '../../src/tables/team';

const WORKBOOK_SHEETS = [
  SHEET_NAMES.ladder,
  SHEET_NAMES.team,
  SHEET_NAMES.fluency,
  SHEET_NAMES.fluencyChart,
  SHEET_NAMES.salaryBands,
  SHEET_NAMES.reviewCalendar,
  SHEET_NAMES.promotionLog,
  SHEET_NAMES.settings,
  SHEET_NAMES.proposals,
];

describe('Set up workbook on an empty spreadsheet', () => {
  const rt = loadWorkbookRuntime();
  runMenu(rt, 'Set up workbook');
  const setUpState = rt.save();
  const headersOf = (sheet: string, count: number) =>
    rt.workbook.values(`'${sheet}'!A1:${String.fromCharCode(64 + count)}1`)[0];

  test('the menu lists the workbook items around Promotions, in order', () => {
    expect(rt.ui.menus[0]?.items.flatMap((item) => (item.type === 'item' ? [item.caption] : []))).toEqual([
      'Set up workbook',
      'Set up with a sample team',
      'Promotions',
      'Check workbook',
      'Diagnose',
      'About and help',
      'Review reminders…',
      'Download review calendar',
    ]);
  });

  test('the nine sheets are there in product order, and the untouched default Sheet1 is gone', () => {
    expect(rt.workbook.sheetNames()).toEqual(WORKBOOK_SHEETS);
  });

  test('each table has its headers in row 1, frozen, each with a note', () => {
    const tables: [string, Record<string, string>][] = [
      [SHEET_NAMES.ladder, LADDER_HEADERS],
      [SHEET_NAMES.team, TEAM_HEADERS],
      [SHEET_NAMES.fluency, FLUENCY_HEADERS],
      [SHEET_NAMES.salaryBands, SALARY_BAND_HEADERS],
      [SHEET_NAMES.promotionLog, PROMOTION_LOG_HEADERS],
    ];
    for (const [sheet, headers] of tables) {
      const expected = Object.values(headers);
      expect(headersOf(sheet, expected.length)).toEqual(expected);
      expect(rt.workbook.sheet(sheet).frozenRows).toBe(1);
      expect(rt.workbook.note(`'${sheet}'!A1`)).not.toBe('');
    }
  });

  test('the Ladder is seeded with the default positions, fluencies named', () => {
    expect(rt.workbook.values('Ladder!A2:A12').map(([code]) => code)).toEqual([
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
      'D7',
      'EM4',
      'EM5',
      'EM6',
      'EM7',
    ]);
    expect(rt.workbook.values('Ladder!A9:K9')[0]).toEqual([
      'EM4',
      'Engineering Manager',
      4,
      'Evangelizes',
      'Owns',
      'Coordinates',
      'Challenges',
      'Team',
      3,
      12,
      24,
    ]);
  });

  test('the named tables cover their sheets’ columns', () => {
    expect(rt.workbook.namedRanges()).toEqual([
      { name: 'LadderTable', range: 'Ladder!A1:K1000' },
      { name: 'BandTable', range: 'Salary Bands!A1:P1000' },
      { name: 'BandParameters', range: 'Salary Bands!R1:U1000' },
    ]);
  });

  test('Ladder, Salary Bands, Promotion Log, Settings and Proposals are protected for editing, the others are not', () => {
    const protectedSheets = rt.workbook.protections().map((p) => p.sheet);
    expect(protectedSheets).toEqual([
      SHEET_NAMES.ladder,
      SHEET_NAMES.salaryBands,
      SHEET_NAMES.promotionLog,
      SHEET_NAMES.settings,
      SHEET_NAMES.proposals,
    ]);
    for (const protection of rt.workbook.protections()) {
      expect(protection).toMatchObject({ type: 'SHEET', warningOnly: false, editors: [], domainEdit: false });
    }
  });

  test('Fluency Chart holds one radar chart over the picked engineer’s profile table', () => {
    expect(rt.workbook.charts(SHEET_NAMES.fluencyChart)).toEqual([
      expect.objectContaining({ type: 'RADAR', ranges: ['Fluency Chart!A7:D12'] }),
    ]);
  });

  test('Team’s computed columns are one formula each in row 2', () => {
    expect(rt.workbook.formulas('Team!I2:L2')[0]).toEqual([
      '=NEXT_REVIEW(B2:B,G2:G,"step",LadderTable)',
      '=NEXT_REVIEW(B2:B,H2:H,"level",LadderTable)',
      '=BAND_SALARY(B2:B,C2:C,BandTable,LadderTable)',
      '=COMPA_RATIO(M2:M,B2:B,BandTable,LadderTable)',
    ]);
    expect(rt.workbook.formulas('Team!I3:L3')[0]).toEqual(['', '', '', '']);
  });

  test('the Review Calendar has room for two reviews per Team row', () => {
    expect(rt.workbook.sheet(SHEET_NAMES.reviewCalendar).maxRows).toBeGreaterThanOrEqual(
      2 * rt.workbook.sheet(SHEET_NAMES.team).maxRows,
    );
  });

  test('About and help explains the sheets and says plainly who can read salaries', () => {
    const own = loadWorkbookRuntime({ state: setUpState });
    runMenu(own, 'About and help');
    const dialog = own.ui.dialogs[own.ui.dialogs.length - 1];
    expect(dialog?.title).toBe('About Career Ladder');
    for (const sheet of WORKBOOK_SHEETS) expect(dialog?.html).toContain(`<b>${sheet}</b>`);
    expect(dialog?.html).toContain('anyone who can open this file can read Salary Bands and salaries');
  });
});
