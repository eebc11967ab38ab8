/**
 * The sidebar's endpoints on the workbook the add-on sets up itself (Career Ladder ▸ Set up with a
 * sample team): its validation rules, live formulas and protected Promotion Log accept what a move writes.
 */
import { loadBuiltRuntime, type Runtime } from '../support/runtime';
import type { SavedWorkbook } from '../../dev/runtime';
import type { EngineerCard, RecordOutcome, TeamList } from '../../src/server/rpc';
import { columnOf, SHEET_NAMES } from '../../src/tables/layout';
import { TEAM_HEADERS } from '../../src/tables/team';

jest.setTimeout(120_000);

describe('promotions on the set-up sample workbook', () => {
  const setUp = loadBuiltRuntime();
  setUp.trigger('onOpen');
  setUp.runMenuItem('Set up with a sample team');
  const team = setUp.run('promotionsTeam', {}) as TeamList;
  const sample: SavedWorkbook = setUp.save();
  /** Each test that records a move does so on its own copy of the set-up workbook. */
  const ownCopy = (): Runtime => loadBuiltRuntime({ state: sample });

  function promote(
    rt: Runtime,
    position: string,
    step: number,
    nextPosition: string,
    nextStep: number,
  ): EngineerCard {
    const member = team.members.find((m) => m.position === position && m.step === step);
    if (!member) throw new Error(`the sample team has nobody at ${position} step ${step}`);
    const card = rt.run('promotionsEngineer', { row: member.row, name: member.name }) as EngineerCard;
    const outcome = rt.run('promotionsRecord', {
      requestId: `sample-${member.row}`,
      row: card.row,
      name: card.name,
      version: card.version,
      from: { position: card.position, step: card.step },
      action: { type: 'promote', to: { position: nextPosition, step: nextStep }, justification: '' },
      effectiveDate: '2025-01-15',
    }) as RecordOutcome;
    expect(outcome.outcome).toBe('recorded');
    return rt.run('promotionsEngineer', { row: member.row, name: member.name }) as EngineerCard;
  }

  test('lists the whole sample team with nothing unreadable', () => {
    expect(team.members.length).toBeGreaterThan(5);
    expect(team.problems).toEqual([]);
  });

  test('a level promotion passes the Team validations and the live columns follow it', () => {
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

  test('the protected Promotion Log receives the row', () => {
    const rt = ownCopy();
    promote(rt, 'D4', 3, 'D5', 1);
    expect(rt.workbook.protections().map((protection) => protection.sheet)).toContain(
      SHEET_NAMES.promotionLog,
    );
    expect(rt.workbook.values(`'${SHEET_NAMES.promotionLog}'!B2:G2`)).toEqual([
      [expect.any(String), 'D4', 3, 'D5', 1, 'level'],
    ]);
  });
});
