import { parseBands } from '../../src/tables/bands';
import { TableError } from '../../src/tables/reader';

const HEADER = ['Position', 'Step 1', 'Step 2', 'Step 3', 'Min', 'Mid', 'Max'];

function problem(rows: unknown[][]): string {
  try {
    parseBands(rows, 'argument');
  } catch (error) {
    if (error instanceof TableError) return error.message;
    throw error;
  }
  throw new Error('the table was accepted');
}

describe('reading the Salary Bands table', () => {
  test('each position row gives its step amounts; Min, Mid and Max are not read', () => {
    const rows = [
      HEADER,
      ['D1', 50_000, 52_000, 54_000, 1, 2, 3],
      [' em4 ', 80_000, 82_000, 84_000, '', '', ''],
    ];
    expect(parseBands(rows, 'argument').amounts).toEqual(
      new Map([
        ['D1', [50_000, 52_000, 54_000]],
        ['EM4', [80_000, 82_000, 84_000]],
      ]),
    );
  });

  test('step columns are found by header in any order and blank amounts stay missing', () => {
    const rows = [
      ['step 3', 'POSITION', 'Step 1', 'Notes', 'Step-2'],
      [54_000, 'D1', 50_000, 'new band', ''],
    ];
    expect(parseBands(rows, 'argument').amounts.get('D1')).toEqual([50_000, undefined, 54_000]);
  });

  test('blank rows are skipped', () => {
    expect([...parseBands([HEADER, [], ['', '', ''], ['D2', 1, 2, 3]], 'argument').amounts.keys()]).toEqual([
      'D2',
    ]);
  });
});

describe('a broken Salary Bands table', () => {
  test.each([
    [
      'an empty table',
      [],
      'the bands table is empty; pass the whole Salary Bands table including its header row',
    ],
    [
      'a table without a Position column',
      [['Level', 'Step 1']],
      'the bands table has no "Position" column; pass the whole Salary Bands table including its header row',
    ],
    [
      'a table without step columns',
      [['Position', 'Min', 'Mid']],
      'the bands table has no "Step 1" column; pass the whole Salary Bands table including its header row',
    ],
    [
      'a second Step 1 column',
      [['Position', 'Step 1', 'Step 1']],
      'the bands table has two "Step 1" columns; pass the whole Salary Bands table including its header row',
    ],
    [
      'a Step 0 column',
      [['Position', 'Step 0']],
      'the bands table\'s "Step 0" column is not a step 1–10; pass the whole Salary Bands table including its header row',
    ],
    [
      'an amount without a position',
      [HEADER, ['', 50_000]],
      'bands row 2: position is empty (letters then digits, e.g. D3)',
    ],
    [
      'a position listed twice',
      [HEADER, ['D1', 1], ['d1', 2]],
      'bands row 3: position D1 appears twice (also row 2)',
    ],
    [
      'an amount written as text',
      [HEADER, ['D1', 50_000, '52,000']],
      'bands row 2: Step 2 "52,000" of D1 is not an amount (a number above 0, or blank)',
    ],
    [
      'a negative amount',
      [HEADER, ['D1', -1]],
      'bands row 2: Step 1 -1 of D1 is not an amount (a number above 0, or blank)',
    ],
  ])('%s is refused', (_case, rows, message) => {
    expect(problem(rows as unknown[][])).toBe(message);
  });
});
