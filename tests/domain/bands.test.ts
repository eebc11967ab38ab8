import { bandAmount, bandRange, compaRatio, stepsOutOfOrder, type BandMatrix } from '../../src/domain/bands';

const bands: BandMatrix = {
  amounts: new Map<string, (number | undefined)[]>([
    ['D1', [50_000, 52_000, 54_000]],
    ['D2', [60_000, undefined, 66_000]],
    ['D3', [undefined, undefined, undefined]],
  ]),
};

describe('band amounts', () => {
  test('are looked up by position and step', () => {
    expect(bandAmount(bands, 'D1', 2)).toBe(52_000);
  });

  test('are missing for a blank step, a step beyond the row or an unknown position', () => {
    expect(bandAmount(bands, 'D2', 2)).toBeUndefined();
    expect(bandAmount(bands, 'D1', 4)).toBeUndefined();
    expect(bandAmount(bands, 'D9', 1)).toBeUndefined();
  });
});

describe('band range and compa-ratio', () => {
  test('min and max span the defined steps and mid is halfway between them', () => {
    expect(bandRange(bands, 'D1')).toEqual({ min: 50_000, mid: 52_000, max: 54_000 });
    expect(bandRange(bands, 'D2')).toEqual({ min: 60_000, mid: 63_000, max: 66_000 });
  });

  test('a position without amounts has no range', () => {
    expect(bandRange(bands, 'D3')).toBeUndefined();
    expect(bandRange(bands, 'D9')).toBeUndefined();
  });

  test('compa-ratio is the salary over the midpoint', () => {
    const range = { min: 50_000, mid: 52_000, max: 54_000 };
    expect(compaRatio(52_000, range)).toBe(1);
    expect(compaRatio(46_800, range)).toBeCloseTo(0.9, 10);
  });
});

describe('band order', () => {
  test('flags each step whose amount does not rise above the last defined one', () => {
    expect(stepsOutOfOrder([100, 90, 120])).toEqual([2]);
    expect(stepsOutOfOrder([100, undefined, 100, 130])).toEqual([3]);
    expect(stepsOutOfOrder([100, 110, 120])).toEqual([]);
  });
});
