import { cadenceMonths, dueStatus, nextReview } from '../../src/domain/cadence';
import { formatIsoDate, parseIsoDate, type CalendarDate } from '../../src/domain/dates';
import { DEFAULT_LADDER, findPosition, type Position } from '../../src/domain/ladder';

const d = (iso: string): CalendarDate => parseIsoDate(iso) as CalendarDate;
const position = (code: string): Position => findPosition(DEFAULT_LADDER, code) as Position;

describe('the review cadence of the built-in ladder', () => {
  // PRODUCT.md: levels 1–3 step every 6 months, level every 12; levels 4–7 every 12 and 24.
  test.each([
    ['D1', 6, 12],
    ['D2', 6, 12],
    ['D3', 6, 12],
    ['D4', 12, 24],
    ['D5', 12, 24],
    ['D6', 12, 24],
    ['D7', 12, 24],
    ['EM4', 12, 24],
    ['EM5', 12, 24],
    ['EM6', 12, 24],
    ['EM7', 12, 24],
  ])('%s is reviewed for a step every %i months and for a level every %i', (code, step, level) => {
    expect(cadenceMonths(position(code), 'step')).toBe(step);
    expect(cadenceMonths(position(code), 'level')).toBe(level);
  });
});

describe('the next review date', () => {
  test.each([
    ['D2', 'step', '2025-01-15', '2025-07-15'],
    ['D2', 'level', '2025-01-15', '2026-01-15'],
    ['D4', 'step', '2025-01-15', '2026-01-15'],
    ['EM7', 'level', '2025-01-31', '2027-01-31'],
    ['D2', 'step', '2025-08-31', '2026-02-28'],
    ['D2', 'step', '2023-08-31', '2024-02-29'],
    ['D3', 'level', '2024-02-29', '2025-02-28'],
    ['D4', 'step', '2024-02-29', '2025-02-28'],
    ['D5', 'level', '2024-02-29', '2026-02-28'],
    ['EM6', 'level', '2026-02-28', '2028-02-28'],
  ] as const)('%s %s review after %s is due %s', (code, kind, last, due) => {
    expect(formatIsoDate(nextReview(position(code), d(last), kind))).toBe(due);
  });
});

describe('due status', () => {
  const today = d('2025-06-10');

  test.each([
    ['2025-06-09', 'overdue'],
    ['2025-06-10', 'due-soon'],
    ['2025-07-10', 'due-soon'],
    ['2025-07-11', 'later'],
  ] as const)('a review due %s is %s on 2025-06-10', (due, status) => {
    expect(dueStatus(d(due), today)).toBe(status);
  });
});
