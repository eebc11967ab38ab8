import type { EngineerCard } from '../../src/server/rpc';
import { BANDS, loadPromotionRuntime } from '../support/promotionWorkbook';

describe('promotionsEngineer', () => {
  const rt = loadPromotionRuntime(
    [
      {
        name: 'Ada',
        position: 'D4',
        step: 3,
        techLead: true,
        manager: 'Mia',
        inPositionSince: '2023-11-20',
        lastStepReview: '2024-01-20',
        lastLevelReview: '2023-11-20',
        salary: 95000,
      },
      { name: 'Bo', position: 'D1', step: 1 },
    ],
    [
      { engineer: 'Ada', date: '2024-06-01', levels: [2, 2, 2, 2, 2] },
      { engineer: 'Ada', date: '2024-12-01', levels: [4, 3, 3, 3, 2] },
      { engineer: 'Ada', date: '2024-09-01', levels: [1, 1, 1, 1, 1] },
    ],
  );
  const card = rt.run('promotionsEngineer', { row: 2, name: 'Ada' }) as EngineerCard;

  test('shows the place, role, manager and time in position', () => {
    expect(card).toMatchObject({
      row: 2,
      name: 'Ada',
      position: 'D4',
      step: 3,
      techLead: true,
      manager: 'Mia',
      inPositionSince: '2023-11-20',
      monthsInPosition: 13,
      today: '2025-01-15',
    });
  });

  test('shows both next reviews with how due they are', () => {
    expect(card.nextStepReview).toEqual({ date: '2025-01-20', status: 'due-soon' });
    expect(card.nextLevelReview).toEqual({ date: '2025-11-20', status: 'later' });
  });

  test('carries the latest assessment, the ladder and the bands so the sidebar can draw and plan', () => {
    expect(card.assessment).toEqual({ date: '2024-12-01', assessor: 'Lead', levels: [4, 3, 3, 3, 2] });
    expect(card.ladder.find((p) => p.code === 'D5')).toEqual({
      code: 'D5',
      track: 'Developer',
      level: 5,
      steps: 3,
      expected: [4, 4, 3, 4, 3],
      stepCadenceMonths: 12,
      levelCadenceMonths: 24,
    });
    expect(card.bands.D4?.slice(0, 3)).toEqual(BANDS.amounts.get('D4'));
    expect(card.salary).toBe(95000);
  });

  test('has no assessment or salary when the sheets have none for the engineer', () => {
    const bo = rt.run('promotionsEngineer', { row: 3, name: 'Bo' }) as EngineerCard;
    expect([bo.assessment, bo.salary, bo.monthsInPosition]).toEqual([null, null, null]);
  });

  test('gives a version that changes when the row’s input cells change', () => {
    expect(card.version).toMatch(/^[0-9a-f]{16}$/);
    rt.userEdit('Team!E2', 'Noor');
    expect((rt.run('promotionsEngineer', { row: 2, name: 'Ada' }) as EngineerCard).version).not.toBe(
      card.version,
    );
  });

  test('refuses a row that no longer holds the engineer, asking for a reload', () => {
    expect(rt.run('promotionsEngineer', { row: 3, name: 'Ada' })).toEqual({
      outcome: 'row-changed',
      message:
        'Team row 3 does not hold "Ada" any more: the team changed since the list was loaded. Reload the list.',
    });
    expect(rt.run('promotionsEngineer', { row: 40, name: 'Ada' })).toMatchObject({
      outcome: 'row-changed',
      message: expect.stringMatching(/Team row 40 does not hold/),
    });
  });

  test('refuses a malformed request with what is wrong', () => {
    expect(rt.run('promotionsEngineer', { row: '2', name: 'Ada' })).toEqual({
      outcome: 'invalid-request',
      message: 'The request was refused (row must be a whole number). Nothing was changed.',
    });
    expect(rt.run('promotionsEngineer', { row: 1, name: 'x'.repeat(1_000_000) })).toEqual({
      outcome: 'invalid-request',
      message:
        'The request was refused (row must be 2 or more; name must be at most 200 characters). Nothing was changed.',
    });
  });
});
