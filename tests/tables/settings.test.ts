import { DEFAULT_NEEDS_APPROVAL } from '../../src/domain/approvals';
import { readSettingsTable, SETTINGS_HEADERS } from '../../src/tables/settings';

const HEADER = Object.values(SETTINGS_HEADERS);

describe('reading the Settings sheet', () => {
  test('approvers are read trimmed and lower-cased, once each; the kinds keep their defaults when blank', () => {
    const { policy, problems } = readSettingsTable([
      HEADER,
      [' Ravi.Patel@Example.com ', 'Step promotion', ''],
      ['ravi.patel@example.com', 'Level promotion', 'no'],
      ['priya.natarajan@example.com', 'Jump', 'YES'],
      ['', 'Step review with no change', 'yes'],
    ]);
    expect(problems).toEqual([]);
    expect(policy.approvers).toEqual(['ravi.patel@example.com', 'priya.natarajan@example.com']);
    expect(policy.needsApproval).toEqual({
      ...DEFAULT_NEEDS_APPROVAL,
      level: false,
      jump: true,
      'step-review': true,
    });
  });

  test('an approver that is not an email and a yes/no that is neither are reported and ignored', () => {
    const { policy, problems } = readSettingsTable([
      HEADER,
      ['not an email', 'Level promotion', 'maybe'],
      ['=IMPORTRANGE("x")', '', ''],
    ]);
    expect(policy.approvers).toEqual([]);
    expect(policy.needsApproval).toEqual(DEFAULT_NEEDS_APPROVAL);
    expect(problems.map((p) => p.sentence)).toEqual([
      'Settings row 2: approver "not an email" is not an email address (accepted: name@domain, e.g. ana.souza@example.com)',
      'Settings row 3: approver "=IMPORTRANGE("x")" is not an email address (accepted: name@domain, e.g. ana.souza@example.com)',
      'Settings row 2: needs approval "maybe" must be "yes" or "no"',
    ]);
  });
});
