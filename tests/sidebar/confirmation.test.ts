import { cardModel, bandAt } from '../../src/sidebar/cardModel';
import { confirmationOf } from '../../src/sidebar/confirmation';
import { planForm, type MoveForm } from '../../src/sidebar/moveChoices';
import { cardAt } from './cardFixture';

function confirm(position: string, step: number, changes: Partial<MoveForm>) {
  const model = cardModel(cardAt(position, step));
  const planned = planForm(model, {
    choice: 'next-step',
    jumpPosition: '',
    jumpStep: 1,
    justification: '',
    effectiveDate: '2025-01-15',
    ...changes,
  });
  if (!planned.ok) throw new Error(planned.problem);
  return confirmationOf(model, planned.plan);
}

describe('the confirmation', () => {
  test('a level promotion lists every cell it writes, the log row and what the formulas will show', () => {
    expect(confirm('D2', 3, { choice: 'next-level', effectiveDate: '2025-02-01' })).toEqual({
      title: 'Level promotion for Ada',
      writes: [
        'Team ▸ Position: D2 → D3',
        'Team ▸ Step: 3 → 1',
        'Team ▸ In position since: 1 Mar 2023 → 1 Feb 2025',
        'Team ▸ Last step review: 1 Mar 2024 → 1 Feb 2025',
        'Team ▸ Last level review: 1 Mar 2023 → 1 Feb 2025',
        'Promotion Log ▸ new row: Level promotion, D2 step 3 → D3 step 1, effective 1 Feb 2025',
      ],
      consequences: [
        'Next step review: 1 Sep 2024 → 1 Aug 2025',
        'Next level review: 1 Mar 2024 → 1 Feb 2026',
        'Band amount: 75,600 → 80,000',
      ],
    });
  });

  test('a jump names why it is one and quotes the justification', () => {
    const confirmation = confirm('D2', 1, {
      choice: 'jump',
      jumpPosition: 'D2',
      jumpStep: 3,
      justification: 'Took over the on-call rotation.',
    });
    expect(confirmation.title).toBe('Jump for Ada (skips 1 step(s) of D2)');
    expect(confirmation.writes).toContain(
      'Promotion Log ▸ new row: Jump, D2 step 1 → D2 step 3, effective 15 Jan 2025, justification “Took over the on-call rotation.”',
    );
  });

  test('a review with no change writes only its date and leaves the band alone', () => {
    const confirmation = confirm('D2', 2, { choice: 'level-review' });
    expect(confirmation.writes).toEqual([
      'Team ▸ Last level review: 1 Mar 2023 → 15 Jan 2025',
      'Promotion Log ▸ new row: Level review with no change, D2 step 2 → D2 step 2, effective 15 Jan 2025',
    ]);
    expect(confirmation.consequences).toEqual([
      'Next step review: 1 Sep 2024 → 1 Sep 2024',
      'Next level review: 1 Mar 2024 → 15 Jan 2026',
    ]);
  });

  test('the compa-ratio is the salary over the midpoint of the position’s band', () => {
    const model = cardModel(cardAt('D2', 2));
    expect(bandAt(model, model.state.place)).toEqual({ amount: 72800, compaRatio: 77000 / 72800 });
  });
});
