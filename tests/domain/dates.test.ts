import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  fromEpochDay,
  isLeapYear,
  isValidCalendarDate,
  parseIsoDate,
  toEpochDay,
  wholeMonthsBetween,
  type CalendarDate,
} from '../../src/domain/dates';

const d = (iso: string): CalendarDate => parseIsoDate(iso) as CalendarDate;

describe('leap years and month lengths', () => {
  test.each([
    [2024, true],
    [2025, false],
    [1900, false],
    [2000, true],
    [2100, false],
  ])('%i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  test('months have 31, 30 or 28 days, and February 29 in a leap year', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  test.each(['2025-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00'])(
    '%s is not a valid calendar date',
    (iso) => {
      const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
      expect(isValidCalendarDate({ year, month, day })).toBe(false);
    },
  );

  test('a fractional day is not a valid calendar date', () => {
    expect(isValidCalendarDate({ year: 2025, month: 1, day: 1.5 })).toBe(false);
  });
});

describe('adding calendar months', () => {
  test.each([
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 24, '2026-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-11-15', 2, '2026-01-15'],
    ['2025-12-31', 24, '2027-12-31'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', -13, '2023-12-15'],
  ])('%s plus %i months is %s', (from, months, to) => {
    expect(formatIsoDate(addMonths(d(from), months))).toBe(to);
  });
});

describe('day arithmetic', () => {
  test('epoch days count from 1970-01-01 and convert back for every spreadsheet date until 2200', () => {
    expect(toEpochDay(d('1970-01-01'))).toBe(0);
    expect(toEpochDay(d('2000-03-01'))).toBe(11017);
    const firstSerialDay = toEpochDay(d('1899-12-30'));
    const last = toEpochDay(d('2200-12-31'));
    const mismatches: number[] = [];
    for (let day = firstSerialDay; day <= last; day += 1) {
      if (toEpochDay(fromEpochDay(day)) !== day) mismatches.push(day);
    }
    expect(mismatches).toEqual([]);
  });

  test('adding days crosses month and year ends', () => {
    expect(formatIsoDate(addDays(d('2024-12-31'), 1))).toBe('2025-01-01');
    expect(formatIsoDate(addDays(d('2024-03-01'), -1))).toBe('2024-02-29');
  });

  test('days between two dates are negative when the second is earlier', () => {
    expect(daysBetween(d('2025-01-01'), d('2025-03-01'))).toBe(59);
    expect(daysBetween(d('2025-03-01'), d('2025-01-01'))).toBe(-59);
  });

  test('dates compare by their order in the calendar', () => {
    expect(compareDates(d('2025-01-02'), d('2025-01-01'))).toBeGreaterThan(0);
    expect(compareDates(d('2024-12-31'), d('2025-01-01'))).toBeLessThan(0);
    expect(compareDates(d('2025-01-01'), d('2025-01-01'))).toBe(0);
  });

  test.each([
    ['2025-01-15', '2025-02-14', 0],
    ['2025-01-15', '2025-02-15', 1],
    ['2025-01-31', '2025-02-28', 1],
    ['2024-02-29', '2025-02-28', 12],
    ['2025-06-01', '2025-01-01', 0],
  ])('from %s to %s is %i whole months', (from, to, months) => {
    expect(wholeMonthsBetween(d(from), d(to))).toBe(months);
  });
});

describe('ISO dates', () => {
  test('a date formats as YYYY-MM-DD with leading zeros', () => {
    expect(formatIsoDate({ year: 987, month: 3, day: 5 })).toBe('0987-03-05');
  });

  test('surrounding spaces are ignored when parsing', () => {
    expect(parseIsoDate(' 2025-03-31 ')).toEqual({ year: 2025, month: 3, day: 31 });
  });

  test.each(['2025-2-3', '31/03/2025', '2025-02-29', 'soon', ''])('%j is not an ISO date', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
});
