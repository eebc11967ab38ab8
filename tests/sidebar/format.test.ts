import { formatAmount, formatDate, formatMonths, formatRatio, formatReview } from '../../src/sidebar/format';

describe('sidebar formatting', () => {
  test('dates read as day, short month and year; missing ones as a dash', () => {
    expect([formatDate('2025-01-05'), formatDate(null), formatDate('not a date')]).toEqual([
      '5 Jan 2025',
      '—',
      '—',
    ]);
  });

  test('time in position reads in years and months', () => {
    expect([0, 1, 12, 14, 25].map(formatMonths)).toEqual([
      'less than a month',
      '1 month',
      '1 year',
      '1 year 2 months',
      '2 years 1 month',
    ]);
    expect(formatMonths(null)).toBe('—');
  });

  test('amounts are whole and grouped, ratios have two decimals', () => {
    expect([formatAmount(75600.4), formatAmount(null), formatRatio(1.05769), formatRatio(null)]).toEqual([
      '75,600',
      '—',
      '1.06',
      '—',
    ]);
  });

  test('a review reads as its date and how due it is', () => {
    expect(formatReview({ date: '2025-02-01', status: 'due-soon' })).toBe('1 Feb 2025 · Due soon');
    expect(formatReview({ date: null, status: null })).toBe('—');
  });
});
