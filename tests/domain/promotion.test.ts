import { DEFAULT_LADDER, findPosition, type Position } from '../../src/domain/ladder';
import {
  MIN_JUSTIFICATION_LENGTH,
  classifyMove,
  justificationProblem,
  type LadderPlace,
} from '../../src/domain/promotion';

const at = (code: string, step: number): LadderPlace => ({
  position: findPosition(DEFAULT_LADDER, code) as Position,
  step,
});

describe('classifying a move', () => {
  test.each([
    ['D3', 1, 'D3', 2, 'step'],
    ['D3', 2, 'D3', 3, 'step'],
    ['D3', 3, 'D4', 1, 'level'],
    ['EM4', 3, 'EM5', 1, 'level'],
    ['D3', 1, 'D3', 3, 'jump'],
    ['D3', 2, 'D4', 1, 'jump'],
    ['D3', 3, 'D5', 1, 'jump'],
    ['D3', 3, 'D4', 2, 'jump'],
    ['D4', 3, 'EM5', 1, 'jump'],
    ['D4', 3, 'EM4', 1, 'jump'],
  ] as const)('%s step %i to %s step %i is a %s', (fromCode, fromStep, toCode, toStep, kind) => {
    const result = classifyMove(DEFAULT_LADDER, at(fromCode, fromStep), at(toCode, toStep));
    expect(result).toMatchObject({ ok: true, kind });
  });

  test('a jump says what makes it irregular', () => {
    expect(classifyMove(DEFAULT_LADDER, at('D3', 2), at('D5', 2))).toEqual({
      ok: true,
      kind: 'jump',
      reasons: ['skips D4', 'leaves D3 at step 2 of 3', 'enters D5 at step 2, not step 1'],
    });
    expect(classifyMove(DEFAULT_LADDER, at('D3', 1), at('D3', 3))).toEqual({
      ok: true,
      kind: 'jump',
      reasons: ['skips 1 step(s) of D3'],
    });
    expect(classifyMove(DEFAULT_LADDER, at('D4', 3), at('EM4', 1))).toMatchObject({
      reasons: ['changes track from Developer to Engineering Manager'],
    });
  });

  test.each([
    ['D3', 2, 'D3', 2, 'D3 step 2 is where they already are'],
    ['D3', 3, 'D3', 1, 'step 1 is below the current step 3; the ladder records promotions only'],
    ['D4', 1, 'D3', 3, 'D3 is below D4; the ladder records promotions only'],
    ['D3', 1, 'D3', 4, 'step 4 is not one of the 3 steps of D3'],
    ['D3', 1, 'D4', 0, 'step 0 is not one of the 3 steps of D4'],
    ['D3', 1, 'D3', 1.5, 'step 1.5 is not one of the 3 steps of D3'],
  ] as const)('%s step %i to %s step %s is refused: %s', (fromCode, fromStep, toCode, toStep, reason) => {
    expect(classifyMove(DEFAULT_LADDER, at(fromCode, fromStep), at(toCode, toStep))).toEqual({
      ok: false,
      reason,
    });
  });
});

describe('justifications', () => {
  test('regular moves need none', () => {
    expect(justificationProblem('step', '')).toBeUndefined();
    expect(justificationProblem('level', '')).toBeUndefined();
  });

  test('a jump needs one of at least the minimum length, not counting surrounding spaces', () => {
    const short = `  ${'x'.repeat(MIN_JUSTIFICATION_LENGTH - 1)}  `;
    expect(justificationProblem('jump', short)).toBe(
      `a jump needs a written justification of at least ${MIN_JUSTIFICATION_LENGTH} characters (got ${MIN_JUSTIFICATION_LENGTH - 1})`,
    );
    expect(justificationProblem('jump', 'x'.repeat(MIN_JUSTIFICATION_LENGTH))).toBeUndefined();
  });
});
