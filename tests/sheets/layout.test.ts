import { TEAM_COMPUTED_COLUMNS } from '../../src/sheets/layout';
import { columnIndex, columnLetter, columnOf } from '../../src/tables/layout';
import { FLUENCY_HEADERS } from '../../src/tables/fluency';
import { PROMOTION_LOG_HEADERS } from '../../src/tables/promotionLog';
import { TEAM_HEADERS } from '../../src/tables/team';

describe('Column letters', () => {
  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column index %i is written %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });

  test('a key’s column is its place in the header record', () => {
    expect(columnIndex(TEAM_HEADERS, 'name')).toBe(0);
    expect(columnOf(TEAM_HEADERS, 'lastStepReview')).toBe('G');
    expect(columnOf(PROMOTION_LOG_HEADERS, 'requestId')).toBe('K');
  });
});

describe('The Team layout', () => {
  test('starts with the eight input columns the Promotions sidebar writes by position', () => {
    expect(Object.values(TEAM_HEADERS).slice(0, 8)).toEqual([
      'Name',
      'Position',
      'Step',
      'Tech lead',
      'Manager',
      'In position since',
      'Last step review',
      'Last level review',
    ]);
  });

  test('keeps the live next reviews and band columns together, right after the inputs', () => {
    expect(TEAM_COMPUTED_COLUMNS.map((key) => columnOf(TEAM_HEADERS, key))).toEqual([
      'I',
      'J',
      'K',
      'L',
      'O',
    ]);
  });
});

describe('The Fluency layout', () => {
  test('has the assessment inputs first and the computed columns after them', () => {
    expect(Object.keys(FLUENCY_HEADERS).slice(0, 10)).toEqual([
      'engineer',
      'date',
      'assessor',
      'Technology',
      'System',
      'People',
      'Process',
      'Influence',
      'evidence',
      'readiness',
    ]);
  });
});
