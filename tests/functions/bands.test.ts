import { BAND_SALARY, COMPA_RATIO } from '../../src/functions/bands';
import { ladderTable } from '../support/ladderTables';

const BANDS = [
  ['Position', 'Step 1', 'Step 2', 'Step 3', 'Step 4', 'Min', 'Mid', 'Max'],
  ['D1', 50_000, 52_000, 54_000, '', 50_000, 52_000, 54_000],
  ['EM4', 90_000, 93_000, 96_000, '', 90_000, 93_000, 96_000],
  ['D3', 70_000, 72_000, 74_000, 76_000, 70_000, 73_000, 76_000],
];

const LADDER_TABLE = ladderTable({
  code: 'D3',
  track: 'Developer',
  level: 3,
  Technology: 2,
  System: 2,
  People: 2,
  Process: 3,
  Influence: 2,
  steps: 4,
});

describe('BAND_SALARY', () => {
  test('gives the amount of a position at a step', () => {
    expect(BAND_SALARY('D1', 2, BANDS)).toBe(52_000);
    expect(BAND_SALARY('em4', '3', BANDS)).toBe(96_000);
  });

  test('works on ranges, leaving blank rows blank', () => {
    expect(BAND_SALARY([['D1'], [''], ['EM4']], [[1], [2], [2]], BANDS)).toEqual([[50_000], [''], [93_000]]);
  });

  test('a ladder with more steps makes the extra step column usable', () => {
    expect(BAND_SALARY('D3', 4, BANDS, LADDER_TABLE)).toBe(76_000);
  });
});

describe('COMPA_RATIO', () => {
  test('divides a salary by the midpoint of its position’s band', () => {
    expect(COMPA_RATIO(52_000, 'D1', BANDS)).toBe(1);
    expect(COMPA_RATIO(83_700, 'EM4', BANDS)).toBeCloseTo(0.9, 10);
  });

  test('works on ranges, leaving blank rows blank', () => {
    expect(COMPA_RATIO([[57_200], ['']], [['D1'], ['D1']], BANDS)).toEqual([[1.1], ['']]);
  });

  test('the midpoint spans every step the bands table fills', () => {
    expect(COMPA_RATIO(73_000, 'D3', BANDS, LADDER_TABLE)).toBe(1);
  });
});
