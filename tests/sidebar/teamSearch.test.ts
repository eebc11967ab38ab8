import type { DueStatus } from '../../src/domain/cadence';
import type { TeamMemberSummary } from '../../src/server/rpc';
import { dueReviews, filterMembers } from '../../src/sidebar/teamSearch';

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

describe('the review badges', () => {
  test('show every review overdue or due within 30 days, step before level, like the Review Calendar’s S+L', () => {
    expect(dueReviews(member('A', 'D1', 'overdue', 'overdue'))).toEqual([
      { kind: 'step', status: 'overdue' },
      { kind: 'level', status: 'overdue' },
    ]);
    expect(dueReviews(member('A', 'D1', 'due-soon', 'overdue'))).toEqual([
      { kind: 'step', status: 'due-soon' },
      { kind: 'level', status: 'overdue' },
    ]);
    expect(dueReviews(member('A', 'D1', 'later', 'due-soon'))).toEqual([
      { kind: 'level', status: 'due-soon' },
    ]);
  });

  test('show nothing when no review is due within 30 days', () => {
    expect(dueReviews(member('A', 'D1', 'later', null))).toEqual([]);
  });
});
