/**
 * Set-up on a workbook an earlier version made: text columns formatted as plain text (@), where a
 * leading apostrophe's fate is unconfirmed (contracts 14.1), and the Review Calendar's Overdue colour
 * as "is not empty" (14.3). Set-up repairs both, once, and keeps every value.
 */
import type { Runtime } from '../../dev/runtime';
import { FORMATS } from '../../src/sheets/formats';
import { loadWorkbookRuntime, runMenu, tamper } from '../support/workbookRuntime';
import { SHEET_NAMES } from '../../src/tables/layout';
import { TEAM_HEADERS } from '../../src/tables/team';

const TEXT_COLUMNS = ['Team!A2', 'Team!B2', 'Team!E2', 'Team!N2', 'Fluency!A2', 'Fluency!D2', 'Fluency!I2'];
const LOG_TEXT = [`'${SHEET_NAMES.promotionLog}'!B2`, `'${SHEET_NAMES.promotionLog}'!K2`];
const RED = '#f4c7c3';

const state = (rt: Runtime) => {
  const { workbook, validations } = rt.save();
  return JSON.stringify({ workbook, validations });
};

describe('Set-up on a workbook made by an earlier version', () => {
  const rt = loadWorkbookRuntime();
  runMenu(rt, 'Set up with a sample team');
  const values = rt.workbook.values('Team!A2:N15');
  tamper(
    rt,
    `['Team!A2:B', 'Team!E2:E', 'Team!N2:N', 'Fluency!A2:I', "'Promotion Log'!B2:K"].forEach(function (a1) {
       ss.getRange(a1).setNumberFormat('@');
     });
     var calendar = ss.getSheetByName('Review Calendar');
     var rules = calendar.getConditionalFormatRules().filter(function (rule) {
       var condition = rule.getBooleanCondition();
       return !(condition && String(condition.getCriteriaValues()[0]).indexOf('=LEN(') === 0);
     });
     rules.push(SpreadsheetApp.newConditionalFormatRule().whenCellNotEmpty().setBackground('${RED}')
       .setRanges([calendar.getRange('H2:H')]).build());
     calendar.setConditionalFormatRules(rules);`,
  );
  const old = rt.workbook.conditionalFormatRules(SHEET_NAMES.reviewCalendar);
  runMenu(rt, 'Set up workbook');
  const repaired = state(rt);
  runMenu(rt, 'Set up workbook');

  test('replaces the old "is not empty" Overdue rule with the =LEN rule, keeping neither twice', () => {
    expect(old.map((rule) => rule.boolean?.type)).toContain('CELL_NOT_EMPTY');
    const rules = rt.workbook.conditionalFormatRules(SHEET_NAMES.reviewCalendar);
    expect(rules.map((rule) => rule.boolean?.type)).not.toContain('CELL_NOT_EMPTY');
    expect(rules.filter((rule) => rule.boolean?.values[0] === '=LEN(H2)>0')).toEqual([
      expect.objectContaining({
        ranges: ['Review Calendar!H2:H2000'],
        boolean: expect.objectContaining({ format: { background: RED } }),
      }),
    ]);
    expect(rules).toHaveLength(4);
  });

  test('gives the text columns scripts write into the General format again, values untouched', () => {
    expect([...TEXT_COLUMNS, ...LOG_TEXT].map((a1) => rt.workbook.numberFormat(a1))).toEqual(
      Array(TEXT_COLUMNS.length + LOG_TEXT.length).fill(FORMATS.general),
    );
    expect(rt.workbook.values('Team!A2:N15')).toEqual(values);
  });

  test('is then idempotent again', () => {
    expect(state(rt)).toBe(repaired);
  });
});

describe('Set-up on a Team made before the Email column', () => {
  const rt = loadWorkbookRuntime();
  runMenu(rt, 'Set up with a sample team');
  const values = rt.workbook.values('Team!A2:N15');
  tamper(rt, `ss.getSheetByName('Team').getRange('P1:P').clearContent().clearDataValidations();`);
  const before = rt.run('promotionsTeam', {}) as { members: unknown[]; problems: string[] };
  runMenu(rt, 'Set up workbook');

  test('an old Team without the column still lists every engineer', () => {
    expect(before.members).toHaveLength(14);
    expect(before.problems).toEqual([]);
  });

  test('adds the Email header in column P and keeps the one legend in column Q', () => {
    expect(rt.workbook.values('Team!P1:R1')).toEqual([
      [TEAM_HEADERS.email, expect.stringMatching(/colours/i), ''],
    ]);
    expect(rt.workbook.values('Team!A2:N15')).toEqual(values);
  });
});
