import { loadWorkbookRuntime, runMenu, tamper } from '../support/workbookRuntime';
import { SHEET_NAMES } from '../../src/tables/layout';

const SETTINGS = `'${SHEET_NAMES.settings}'`;

describe('the Settings sheet set-up makes', () => {
  const rt = loadWorkbookRuntime();
  runMenu(rt, 'Set up workbook');
  const first = rt.workbook.values(`${SETTINGS}!A1:C6`);

  test('names the kinds of move with the default policy and no approver yet', () => {
    expect(first).toEqual([
      ['Approver email', 'Move kind', 'Needs approval'],
      ['', 'Step promotion', 'no'],
      ['', 'Level promotion', 'yes'],
      ['', 'Jump', 'yes'],
      ['', 'Step review with no change', 'no'],
      ['', 'Level review with no change', 'no'],
    ]);
  });

  test('is protected, and accepts only an email as an approver', () => {
    expect(rt.workbook.protections().map((p) => p.sheet)).toContain(SHEET_NAMES.settings);
    expect(rt.userEdit(`${SETTINGS}!A2`, 'not an email').ok).toBe(false);
  });

  test('running set-up again keeps the owner’s choices and approvers, and seeds only a cell emptied since', () => {
    tamper(
      rt,
      `var s = ss.getSheetByName('Settings');
       s.getRange('A2').setValue('ravi.patel@example.com');
       s.getRange('C3').setValue('no');
       s.getRange('C4').setValue('');
       s.getRange('B5').setValue('Typed over');`,
    );
    runMenu(rt, 'Set up workbook');
    expect(rt.workbook.values(`${SETTINGS}!A2:C5`)).toEqual([
      ['ravi.patel@example.com', 'Step promotion', 'no'],
      ['', 'Level promotion', 'no'],
      ['', 'Jump', 'yes'],
      ['', 'Step review with no change', 'no'],
    ]);
  });
});
