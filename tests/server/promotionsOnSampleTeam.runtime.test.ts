/**
 * The sidebar's endpoints on the workbook the add-on sets up itself (Career Ladder ▸ Set up with a
 * sample team): its validation rules, live formulas and protected Promotion Log accept what a move writes.
 */
import { loadBuiltRuntime } from '../support/runtime';
import type { Runtime, SavedWorkbook } from '../../dev/runtime';
import type { DecideOutcome, EngineerCard, ProposeOutcome, TeamList } from '../../src/server/rpc';
import { sampleApprovers, sampleEmail } from '../../src/sheets/sampleTeam';
import { loadWorkbookRuntime, tamper } from '../support/workbookRuntime';
import { columnOf, SHEET_NAMES } from '../../src/tables/layout';
import { TEAM_HEADERS } from '../../src/tables/team';

jest.setTimeout(120_000);

const MANAGER = sampleEmail('Maya Chen');
const APPROVER = sampleApprovers()[1] as string;

describe('promotions on the set-up sample workbook', () => {
  const setUp = loadBuiltRuntime();
  setUp.trigger('onOpen');
  setUp.runMenuItem('Set up with a sample team');
  const team = setUp.run('promotionsTeam', {}) as TeamList;
  const sample: SavedWorkbook = setUp.save();
  /**
   * Each test that records a move does so on its own copy of the set-up workbook, where the owner has
   * made a manager and an approver of the sample team editors of the protected Promotion Log and
   * Proposals (Data ▸ Protect sheets and ranges).
   */
  const ownCopy = (): Runtime => {
    const rt = loadWorkbookRuntime({ state: sample, now: new Date('2025-01-15T09:00:00Z') });
    tamper(
      rt,
      `['${SHEET_NAMES.promotionLog}', '${SHEET_NAMES.proposals}'].forEach(function (name) {
         ss.getSheetByName(name).getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]
           .addEditors(${JSON.stringify([MANAGER, APPROVER])});
       });`,
    );
    return rt;
  };

  /** Proposes the move as a manager of the sample team, then approves it as one of its approvers. */
  function promote(
    rt: Runtime,
    position: string,
    step: number,
    nextPosition: string,
    nextStep: number,
  ): EngineerCard {
    const member = team.members.find((m) => m.position === position && m.step === step);
    if (!member) throw new Error(`the sample team has nobody at ${position} step ${step}`);
    rt.setActiveUser(MANAGER);
    const card = rt.run('promotionsEngineer', { row: member.row, name: member.name }) as EngineerCard;
    const proposed = rt.run('promotionsPropose', {
      requestId: `sample-${member.row}`,
      row: card.row,
      name: card.name,
      version: card.version,
      from: { position: card.position, step: card.step },
      action: { type: 'promote', to: { position: nextPosition, step: nextStep }, justification: '' },
      effectiveDate: '2025-01-15',
    }) as ProposeOutcome;
    expect(proposed.outcome).toBe('proposed');
    rt.setActiveUser(APPROVER);
    const approved = rt.run('promotionsDecide', {
      requestId: `approve-${member.row}`,
      proposalId: `sample-${member.row}`,
      engineer: card.name,
      decision: 'approve',
      reason: '',
    }) as DecideOutcome;
    expect(approved).toMatchObject({ outcome: 'decided', state: 'approved' });
    return rt.run('promotionsEngineer', { row: member.row, name: member.name }) as EngineerCard;
  }

  test('lists the whole sample team with nothing unreadable', () => {
    expect(team.members.length).toBeGreaterThan(5);
    expect(team.problems).toEqual([]);
  });

  test('a level promotion, proposed and approved, passes the Team validations and the live columns follow it', () => {
    const rt = ownCopy();
    const after = promote(rt, 'D4', 3, 'D5', 1);
    const row = after.row;
    expect([after.position, after.step, after.inPositionSince]).toEqual(['D5', 1, '2025-01-15']);
    expect(rt.workbook.displayValue(`Team!${columnOf(TEAM_HEADERS, 'nextStepReview')}${row}`)).toBe(
      '2026-01-15',
    );
    expect(rt.workbook.value(`Team!${columnOf(TEAM_HEADERS, 'bandSalary')}${row}`)).toBe(after.bands.D5?.[0]);
    expect(rt.workbook.isFlagged(`Team!${columnOf(TEAM_HEADERS, 'step')}${row}`)).toBe(false);
  });

  test('the protected Promotion Log receives the row, recorded by the manager and approved by the approver', () => {
    const rt = ownCopy();
    promote(rt, 'D4', 3, 'D5', 1);
    expect(rt.workbook.protections().map((protection) => protection.sheet)).toContain(
      SHEET_NAMES.promotionLog,
    );
    expect(rt.workbook.values(`'${SHEET_NAMES.promotionLog}'!B2:G2`)).toEqual([
      [expect.any(String), 'D4', 3, 'D5', 1, 'level'],
    ]);
    expect(rt.workbook.values(`'${SHEET_NAMES.promotionLog}'!J2:M2`)).toEqual([
      [MANAGER, 'approve-9', APPROVER, 'sample-9'],
    ]);
  });
});
