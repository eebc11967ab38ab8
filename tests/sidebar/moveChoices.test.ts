import { cardModel } from '../../src/sidebar/cardModel';
import {
  bandPreview,
  destinationOf,
  jumpTargets,
  moveChoices,
  planForm,
  type MoveForm,
} from '../../src/sidebar/moveChoices';
import { cardAt } from './cardFixture';

const form = (changes: Partial<MoveForm>): MoveForm => ({
  choice: 'next-step',
  jumpPosition: '',
  jumpStep: 1,
  justification: '',
  effectiveDate: '2025-01-15',
  ...changes,
});

describe('the move form', () => {
  test('offers one step up, the next level, both reviews and a jump, labelled with where they lead', () => {
    expect(moveChoices(cardModel(cardAt('D2', 2))).map((c) => c.label)).toEqual([
      'Promote one step (to D2 step 3)',
      'Promote to the next level (D3 step 1)',
      'Step review, no change',
      'Level review, no change',
      'Another move (a jump)',
    ]);
  });

  test('offers no step up at the last step and no next level at the top of the track', () => {
    expect(moveChoices(cardModel(cardAt('D7', 3))).map((c) => c.id)).toEqual([
      'step-review',
      'level-review',
      'jump',
    ]);
  });

  test('lets a jump lead to any higher step or position, on either track, and nowhere lower', () => {
    expect(jumpTargets(cardModel(cardAt('D5', 2))).map((t) => [t.position.code, t.steps])).toEqual([
      ['D5', [3]],
      ['D6', [1, 2, 3]],
      ['D7', [1, 2, 3]],
      ['EM5', [1, 2, 3]],
      ['EM6', [1, 2, 3]],
      ['EM7', [1, 2, 3]],
    ]);
  });

  test('marks the next level before the last step as a jump, with the reason', () => {
    expect(destinationOf(cardModel(cardAt('D2', 2)), form({ choice: 'next-level' }))).toMatchObject({
      kind: 'jump',
      reasons: ['leaves D2 at step 2 of 3'],
    });
  });

  test('plans what the server will record, refusing a jump without a justification', () => {
    const model = cardModel(cardAt('D2', 1));
    const jump = form({ choice: 'jump', jumpPosition: 'D3', jumpStep: 2 });
    const refused = planForm(model, jump);
    expect(refused.ok ? refused.plan.kind : refused.problem).toMatch(/^a jump needs a written justification/);
    const accepted = planForm(model, { ...jump, justification: 'Owns the payments platform end to end.' });
    expect(accepted.ok && accepted.plan.kind).toBe('jump');
  });

  test('refuses an empty effective date', () => {
    expect(planForm(cardModel(cardAt('D2', 1)), form({ effectiveDate: '' }))).toEqual({
      ok: false,
      problem: 'enter the effective date as a date',
    });
  });

  test('previews the band amount and compa-ratio now and after the move', () => {
    const model = cardModel(cardAt('D2', 3));
    expect(bandPreview(model, destinationOf(model, form({ choice: 'next-level' }))?.to)).toEqual([
      'Band amount: 75,600 now → 80,000 after this move',
      'Compa-ratio: 1.06 now → 0.93 after',
    ]);
    expect(bandPreview(model, undefined)[0]).toBe('Band amount: 75,600 now → — after this move');
  });
});
