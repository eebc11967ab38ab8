import { asFunctionError, isBlank, isGrid, mapCells } from '../../src/functions/grid';
import { fail } from '../../src/functions/inputError';

/** Doubles a number; anything else is a bad value. */
const double = (value: unknown): unknown => {
  if (typeof value !== 'number') fail(`value ${String(value)} is not a number (accepted: a number)`);
  return value * 2;
};

const one = (value: unknown, required = true) => [{ name: 'value', value, required }];

describe('single cells', () => {
  test('a single value gives a single result', () => {
    expect(mapCells('FN', one(4), double)).toBe(8);
  });

  test('a 1×1 range counts as a single cell', () => {
    expect(mapCells('FN', one([[4]]), double)).toBe(8);
  });

  test('a bad single value throws with the function name in front', () => {
    expect(() => mapCells('FN', one('x'), double)).toThrow(
      new Error('FN: value x is not a number (accepted: a number)'),
    );
  });

  test('a blank required cell gives a blank result without computing', () => {
    expect(mapCells('FN', one(''), double)).toBe('');
    expect(mapCells('FN', one(null), double)).toBe('');
    expect(mapCells('FN', one(undefined), double)).toBe('');
  });

  test('a blank optional cell is passed on to compute', () => {
    expect(mapCells('FN', one('', false), (value) => `got ${JSON.stringify(value)}`)).toBe('got ""');
  });

  test('errors that are not about the input pass through unchanged', () => {
    const bug = new TypeError('broken');
    expect(() =>
      mapCells('FN', one(1), () => {
        throw bug;
      }),
    ).toThrow(bug);
  });
});

describe('ranges', () => {
  test('a range gives a result of the same shape', () => {
    expect(
      mapCells(
        'FN',
        one([
          [1, 2],
          [3, 4],
          [5, 6],
        ]),
        double,
      ),
    ).toEqual([
      [2, 4],
      [6, 8],
      [10, 12],
    ]);
  });

  test('blank rows stay blank and a bad row shows its message while the others compute', () => {
    expect(mapCells('FN', one([[1], [''], ['x'], [4]]), double)).toEqual([
      [2],
      [''],
      ['FN: value x is not a number (accepted: a number)'],
      [8],
    ]);
  });

  test('single cells are repeated for every cell of a range', () => {
    const args = [
      { name: 'a', value: [[1], [2]], required: true },
      { name: 'b', value: 10, required: true },
    ];
    expect(mapCells('FN', args, (a, b) => (a as number) + (b as number))).toEqual([[11], [12]]);
  });

  test('a one-column range repeats across every column of a wider range of the same height', () => {
    const args = [
      { name: 'a', value: [[100], [200]], required: true },
      {
        name: 'b',
        value: [
          [1, 2, 3],
          [4, 5, 6],
        ],
        required: true,
      },
    ];
    expect(mapCells('FN', args, (a, b) => (a as number) + (b as number))).toEqual([
      [101, 102, 103],
      [204, 205, 206],
    ]);
  });

  test('a one-row range repeats down every row of a taller range of the same width', () => {
    const args = [
      { name: 'a', value: [[1, 2]], required: true },
      {
        name: 'b',
        value: [
          [10, 20],
          [30, 40],
          [50, 60],
        ],
        required: true,
      },
    ];
    expect(mapCells('FN', args, (a, b) => (a as number) * (b as number))).toEqual([
      [10, 40],
      [30, 80],
      [50, 120],
    ]);
  });

  test('ranges of different heights throw, naming both shapes', () => {
    const args = [
      { name: 'a', value: [[1], [2]], required: true },
      { name: 'b', value: [[1], [2], [3]], required: true },
    ];
    expect(() => mapCells('FN', args, double)).toThrow(
      'FN: b is a 3×1 range but a is 2×1 (ranges must have the same size; only a single row or column is repeated to fit)',
    );
  });

  test('ranges of different widths throw', () => {
    const args = [
      { name: 'a', value: [[1, 2]], required: true },
      { name: 'b', value: [[1, 2, 3]], required: true },
    ];
    expect(() => mapCells('FN', args, double)).toThrow('FN: b is a 1×3 range but a is 1×2');
  });

  test('a range where a single value is required throws', () => {
    const args = [{ name: 'kind', value: [['a'], ['b']], required: true, scalarOnly: true }];
    expect(() => mapCells('FN', args, double)).toThrow(
      'FN: kind must be a single cell or value, not a 2×1 range',
    );
  });
});

describe('helpers', () => {
  test('blank means empty text, null or undefined, not zero or false', () => {
    expect(['', null, undefined].every(isBlank)).toBe(true);
    expect([0, false, ' '].some(isBlank)).toBe(false);
  });

  test('a grid is an array of arrays', () => {
    expect(isGrid([[1], []])).toBe(true);
    expect(isGrid([1, 2])).toBe(false);
    expect(isGrid('A1:B2')).toBe(false);
  });

  test('a thrown value that is not an Error becomes one', () => {
    expect(asFunctionError('FN', 'oops')).toEqual(new Error('oops'));
  });
});
