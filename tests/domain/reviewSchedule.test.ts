import { DEFAULT_LADDER, findPosition, type Position } from '../../src/domain/ladder';
import { reviewSchedule } from '../../src/domain/reviewSchedule';

const position = (code: string) => findPosition(DEFAULT_LADDER, code) as Position;

describe('The review schedule', () => {
  test('lists each engineer’s next step and level review, earliest first', () => {
    const schedule = reviewSchedule([
      {
        name: 'Ana',
        position: position('D2'),
        lastStepReview: { year: 2025, month: 1, day: 31 },
        lastLevelReview: { year: 2024, month: 9, day: 1 },
      },
      {
        name: 'Ben',
        position: position('D5'),
        lastStepReview: { year: 2024, month: 3, day: 10 },
        lastLevelReview: { year: 2024, month: 3, day: 10 },
      },
    ]);
    expect(schedule).toEqual([
      { due: { year: 2025, month: 3, day: 10 }, name: 'Ben', position: 'D5', kind: 'step' },
      { due: { year: 2025, month: 7, day: 31 }, name: 'Ana', position: 'D2', kind: 'step' },
      { due: { year: 2025, month: 9, day: 1 }, name: 'Ana', position: 'D2', kind: 'level' },
      { due: { year: 2026, month: 3, day: 10 }, name: 'Ben', position: 'D5', kind: 'level' },
    ]);
  });

  test('orders reviews due the same day by name, step before level', () => {
    const same = { year: 2024, month: 6, day: 1 };
    const schedule = reviewSchedule([
      { name: 'Zoe', position: position('D1'), lastStepReview: same },
      {
        name: 'Ann',
        position: position('D1'),
        lastStepReview: same,
        lastLevelReview: { year: 2023, month: 12, day: 1 },
      },
    ]);
    expect(schedule.map((r) => `${r.name} ${r.kind}`)).toEqual(['Ann step', 'Ann level', 'Zoe step']);
  });

  test('leaves out a review whose last date is unknown', () => {
    expect(reviewSchedule([{ name: 'Ana', position: position('D2') }])).toEqual([]);
  });
});
