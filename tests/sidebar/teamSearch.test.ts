import type { DueStatus } from '../../src/domain/cadence';
import type { TeamMemberSummary } from '../../src/server/rpc';
import { filterMembers, urgentReview } from '../../src/sidebar/teamSearch';

function member(
  name: string,
  position: string,
  step: DueStatus | null = null,
  level: DueStatus | null = null,
): TeamMemberSummary {
  return {
    row: 2,
    name,
    position,
    step: 1,
    nextStepReview: { date: step && '2025-01-01', status: step },
    nextLevelReview: { date: level && '2025-01-01', status: level },
  };
}

describe('searching the team', () => {
  const team = [member('Ada Lovelace', 'D4'), member('Grace Hopper', 'EM5'), member('Alan Turing', 'D3')];

  test('matches every word against the name and position, ignoring case', () => {
    expect(filterMembers(team, 'a d').map((m) => m.name)).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(filterMembers(team, 'em5').map((m) => m.name)).toEqual(['Grace Hopper']);
    expect(filterMembers(team, 'HOPPER grace').map((m) => m.name)).toEqual(['Grace Hopper']);
  });

  test('an empty query shows everyone', () => {
    expect(filterMembers(team, '   ')).toBe(team);
  });
});

describe('the review badge', () => {
  test('shows the more urgent review, overdue before due soon', () => {
    expect(urgentReview(member('A', 'D1', 'due-soon', 'overdue'))).toEqual({
      kind: 'level',
      status: 'overdue',
    });
    expect(urgentReview(member('A', 'D1', 'overdue', 'due-soon'))).toEqual({
      kind: 'step',
      status: 'overdue',
    });
    expect(urgentReview(member('A', 'D1', 'due-soon', 'later'))).toEqual({
      kind: 'step',
      status: 'due-soon',
    });
  });

  test('shows nothing when no review is due within 30 days', () => {
    expect(urgentReview(member('A', 'D1', 'later', null))).toBeUndefined();
  });
});
