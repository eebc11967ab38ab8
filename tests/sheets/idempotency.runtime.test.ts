import type { Runtime } from '../../dev/runtime';
import { loadWorkbookRuntime, plantRows, runMenu, tamper } from '../support/workbookRuntime';

/** Everything the runtime saves about the workbook, without the time of saving. */
function workbookState(rt: Runtime): string {
  const { workbook, validations } = rt.save();
  return JSON.stringify({ workbook, validations });
}

describe('Running set-up again', () => {
  test('gives the identical workbook on an empty spreadsheet', () => {
    const rt = loadWorkbookRuntime();
    runMenu(rt, 'Set up workbook');
    const once = workbookState(rt);
    runMenu(rt, 'Set up workbook');
    expect(workbookState(rt)).toBe(once);
  });

  test('gives the identical workbook with the sample team and keeps every entry', () => {
    const rt = loadWorkbookRuntime();
    runMenu(rt, 'Set up with a sample team');
    expect(rt.userEdit('Team!N3', 'Moved to the platform team')).toMatchObject({ ok: true });
    expect(rt.userEdit("'Salary Bands'!G2", 56_000)).toMatchObject({ ok: true });
    const once = workbookState(rt);
    runMenu(rt, 'Set up workbook');
    expect(workbookState(rt)).toBe(once);
    expect(rt.workbook.value('Team!N3')).toBe('Moved to the platform team');
    expect(rt.workbook.value("'Salary Bands'!G2")).toBe(56_000);
  });

  test('does not add the sample team twice', () => {
    const rt = loadWorkbookRuntime();
    runMenu(rt, 'Set up with a sample team');
    const once = workbookState(rt);
    runMenu(rt, 'Set up with a sample team');
    expect(workbookState(rt)).toBe(once);
    expect(rt.ui.toasts[rt.ui.toasts.length - 1]?.message).toContain('was not added');
  });
});

describe('Set-up repairs what was removed', () => {
  const rt = loadWorkbookRuntime();
  runMenu(rt, 'Set up workbook');
  const intact = workbookState(rt);
  tamper(
    rt,
    `
    var team = ss.getSheetByName('Team');
    team.getRange('C1').setValue('');
    team.getRange('I2').setValue('');
    team.setConditionalFormatRules([]);
    ss.removeNamedRange('LadderTable');
    var chart = ss.getSheetByName('Fluency Chart');
    chart.getCharts().forEach(function (c) { chart.removeChart(c); });
    ss.getSheetByName('Salary Bands').protect().remove();
    `,
  );
  runMenu(rt, 'Set up workbook');

  test('a removed header, formula, rule, named range, chart and protection come back as they were', () => {
    const byName = (state: string) =>
      (JSON.parse(state).workbook.namedRanges as { name: string }[]).sort((a, b) =>
        a.name.localeCompare(b.name),
      );
    expect(byName(workbookState(rt))).toEqual(byName(intact));
    expect(rt.workbook.value('Team!C1')).toBe('Step');
    expect(rt.workbook.formula('Team!I2')).toBe('=NEXT_REVIEW(B2:B,G2:G,"step",LadderTable)');
    expect(rt.workbook.conditionalFormatRules('Team')).toHaveLength(2);
    expect(rt.workbook.charts('Fluency Chart')).toHaveLength(1);
    expect(rt.workbook.protections().map((p) => p.sheet)).toEqual([
      'Ladder',
      'Promotion Log',
      'Settings',
      'Proposals',
      'Salary Bands',
    ]);
  });
});

describe('A conditional-format rule a user added to an add-on sheet', () => {
  const rt = loadWorkbookRuntime();
  runMenu(rt, 'Set up workbook');
  tamper(
    rt,
    `
    var team = ss.getSheetByName('Team');
    var mine = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('Maya Chen')
      .setBackground('#d9d2e9')
      .setRanges([team.getRange('E2:E')])
      .build();
    team.setConditionalFormatRules(team.getConditionalFormatRules().concat([mine]));
    `,
  );
  const withUsersRule = rt.workbook.conditionalFormatRules('Team');
  const withUsersRuleState = rt.save();
  runMenu(rt, 'Set up workbook');
  runMenu(rt, 'Set up workbook');

  test('survives set-up twice, after the add-on’s own rules, which are not doubled', () => {
    expect(withUsersRule).toHaveLength(3);
    expect(rt.workbook.conditionalFormatRules('Team')).toEqual(withUsersRule);
  });

  test('is kept when set-up repairs a deleted rule of its own', () => {
    const own = loadWorkbookRuntime({ state: withUsersRuleState });
    tamper(
      own,
      `
      var team = ss.getSheetByName('Team');
      team.setConditionalFormatRules(team.getConditionalFormatRules().slice(1));
      `,
    );
    runMenu(own, 'Set up workbook');
    expect(own.workbook.conditionalFormatRules('Team')).toEqual(withUsersRule);
  });
});

describe('Set-up on a spreadsheet that already holds other sheets', () => {
  const rt = loadWorkbookRuntime();
  plantRows(rt, 'Budget', 1, 1, [
    ['Item', 'Amount'],
    ['=Travel', 1200],
  ]);
  const before = JSON.stringify(rt.save().workbook.sheets.find((sheet) => sheet.name === 'Budget'));
  runMenu(rt, 'Set up workbook');

  test('leaves them exactly as they were', () => {
    const after = JSON.stringify(rt.save().workbook.sheets.find((sheet) => sheet.name === 'Budget'));
    expect(after).toBe(before);
  });
});
