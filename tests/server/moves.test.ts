import { parseIsoDate, type CalendarDate } from '../../src/domain/dates';
import { DEFAULT_LADDER, findPosition, type Position } from '../../src/domain/ladder';
import {
  nextReviewOf,
  planMove,
  stateAfter,
  type EngineerState,
  type MoveAction,
} from '../../src/domain/moves';

const date = (iso: string): CalendarDate => parseIsoDate(iso) as CalendarDate;
const position = (code: string): Position => findPosition(DEFAULT_LADDER, code) as Position;
const TODAY = date('2025-01-15');
const LONG_ENOUGH = 'Led the storage migration across three teams.';

function engineer(code: string, step: number): EngineerState {
  return {
    place: { position: position(code), step },
    inPositionSince: date('2023-03-01'),
    lastStepReview: date('2024-03-01'),
    lastLevelReview: date('2023-03-01'),
  };
}

const promote = (to: string, step: number, justification = ''): MoveAction => ({
  type: 'promote',
  to: { position: to, step },
  justification,
});

function plan(state: EngineerState, action: MoveAction, effective = '2025-01-15') {
  const result = planMove(DEFAULT_LADDER, state, action, date(effective), TODAY);
  if (!result.ok) throw new Error(result.problem);
  return result.plan;
}

function problem(state: EngineerState, action: MoveAction, effective = '2025-01-15'): string {
  const result = planMove(DEFAULT_LADDER, state, action, date(effective), TODAY);
  if (result.ok) throw new Error(`expected a refusal, got a ${result.plan.kind}`);
  return result.problem;
}

describe('planning a move', () => {
  test('one step up is a step promotion that restarts only the step clock', () => {
    const planned = plan(engineer('D2', 1), promote('D2', 2));
    expect(planned.kind).toBe('step');
    expect(planned.restarts).toEqual(['lastStepReview']);
  });

  test('the next level at step 1 from the last step is a level promotion that restarts every clock', () => {
    const planned = plan(engineer('D2', 3), promote('D3', 1));
    expect(planned.kind).toBe('level');
    expect(planned.restarts).toEqual(['inPositionSince', 'lastStepReview', 'lastLevelReview']);
  });

  test('skipping a step is a jump that needs a justification of at least 20 characters', () => {
    expect(problem(engineer('D2', 1), promote('D2', 3, 'too short'))).toMatch(
      /at least 20 characters \(got 9\): this move skips 1 step\(s\) of D2/,
    );
    expect(plan(engineer('D2', 1), promote('D2', 3, LONG_ENOUGH)).kind).toBe('jump');
  });

  test('entering the next level before the last step is a jump, and says why', () => {
    const planned = plan(engineer('D2', 2), promote('D3', 1, LONG_ENOUGH));
    expect(planned.kind).toBe('jump');
    expect(planned.reasons).toEqual(['leaves D2 at step 2 of 3']);
  });

  test('skipping a level or changing track is a jump', () => {
    expect(plan(engineer('D2', 3), promote('D4', 1, LONG_ENOUGH)).reasons).toEqual(['skips D3']);
    expect(plan(engineer('D4', 3), promote('EM5', 1, LONG_ENOUGH)).reasons).toEqual([
      'changes track from Developer to Engineering Manager',
    ]);
  });

  test('a justification of spaces does not count towards the 20 characters', () => {
    expect(problem(engineer('D2', 1), promote('D2', 3, ' '.repeat(30)))).toMatch(/\(got 0\)/);
  });

  test('staying put, moving down or an unknown position is refused', () => {
    expect(problem(engineer('D2', 2), promote('D2', 2))).toBe('D2 step 2 is where they already are');
    expect(problem(engineer('D2', 2), promote('D2', 1))).toMatch(/records promotions only/);
    expect(problem(engineer('D3', 1), promote('D2', 3, LONG_ENOUGH))).toMatch(/D2 is below D3/);
    expect(problem(engineer('D2', 2), promote('X9', 1, LONG_ENOUGH))).toBe(
      'position "X9" is not on the ladder',
    );
  });

  test('a step beyond the position or below 1 is refused', () => {
    expect(problem(engineer('D2', 2), promote('D2', 4, LONG_ENOUGH))).toMatch(/not one of the 3 steps of D2/);
    expect(problem(engineer('D2', 2), promote('D3', 0, LONG_ENOUGH))).toMatch(/not one of the 3 steps of D3/);
  });

  test('a review with no change keeps the place and restarts only its own clock', () => {
    const step = plan(engineer('D2', 2), { type: 'review', review: 'step', justification: '' });
    expect([step.kind, step.to, step.restarts]).toEqual(['step-review', step.from, ['lastStepReview']]);
    const level = plan(engineer('D2', 2), { type: 'review', review: 'level', justification: '' });
    expect([level.kind, level.restarts]).toEqual(['level-review', ['lastLevelReview']]);
  });

  test('an effective date before a clock it restarts is refused', () => {
    expect(problem(engineer('D2', 1), promote('D2', 2), '2024-02-29')).toBe(
      'the effective date 2024-02-29 is before last step review (2024-03-01); pick that day or later',
    );
    expect(plan(engineer('D2', 1), promote('D2', 2), '2024-03-01').effective).toEqual(date('2024-03-01'));
  });

  test('an effective date more than a year ahead is refused', () => {
    expect(problem(engineer('D2', 1), promote('D2', 2), '2026-01-17')).toMatch(/more than 366 days ahead/);
    expect(plan(engineer('D2', 1), promote('D2', 2), '2026-01-16').kind).toBe('step');
  });

  test('the justification is kept trimmed', () => {
    expect(plan(engineer('D2', 1), promote('D2', 2, '  =good work  ')).justification).toBe('=good work');
  });
});

describe('the state after a move', () => {
  test('a level promotion moves the engineer and sets every restarted clock to the effective date', () => {
    const before = engineer('D3', 3);
    const after = stateAfter(before, plan(before, promote('D4', 1), '2025-02-01'));
    expect(after.place).toEqual({ position: position('D4'), step: 1 });
    expect([after.inPositionSince, after.lastStepReview, after.lastLevelReview]).toEqual([
      date('2025-02-01'),
      date('2025-02-01'),
      date('2025-02-01'),
    ]);
  });

  test('next reviews follow the new position’s cadence and are absent without a last review', () => {
    const before = engineer('D3', 3);
    const after = stateAfter(before, plan(before, promote('D4', 1), '2024-08-31'));
    expect(nextReviewOf(before, 'step')).toEqual(date('2024-09-01'));
    expect(nextReviewOf(after, 'step')).toEqual(date('2025-08-31'));
    expect(nextReviewOf(after, 'level')).toEqual(date('2026-08-31'));
    expect(nextReviewOf({ place: before.place }, 'level')).toBeUndefined();
  });
});
