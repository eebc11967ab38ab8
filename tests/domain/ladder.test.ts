import { AXES } from '../../src/domain/fluency';
import {
  DEFAULT_LADDER,
  DEFAULT_STEPS,
  defaultCadence,
  describeCodes,
  describeLevels,
  findPosition,
  isTechnologyLead,
  levels,
  nextPosition,
  positionForLevel,
  type Ladder,
  type Position,
} from '../../src/domain/ladder';

const position = (code: string): Position => findPosition(DEFAULT_LADDER, code) as Position;

describe('the built-in ladder', () => {
  // PRODUCT.md's table: Position, Track, Level, then Technology, System, People, Process, Influence.
  test.each([
    ['D1', 'Developer', 1, [1, 1, 1, 1, 1]],
    ['D2', 'Developer', 2, [1, 2, 2, 2, 1]],
    ['D3', 'Developer', 3, [2, 2, 2, 3, 2]],
    ['D4', 'Developer', 4, [3, 3, 3, 3, 2]],
    ['D5', 'Developer', 5, [4, 4, 3, 4, 3]],
    ['D6', 'Developer', 6, [5, 5, 3, 4, 4]],
    ['D7', 'Developer', 7, [5, 5, 3, 4, 5]],
    ['EM4', 'Engineering Manager', 4, [3, 3, 4, 3, 2]],
    ['EM5', 'Engineering Manager', 5, [3, 3, 5, 4, 2]],
    ['EM6', 'Engineering Manager', 6, [3, 4, 5, 5, 2]],
    ['EM7', 'Engineering Manager', 7, [3, 4, 5, 5, 3]],
  ] as const)('%s is %s level %i expecting %j', (code, track, level, expected) => {
    const found = position(code);
    expect(found.track).toBe(track);
    expect(found.level).toBe(level);
    expect(AXES.map((axis) => found.expected[axis])).toEqual(expected);
  });

  test('has exactly the eleven positions, each with three steps', () => {
    expect(DEFAULT_LADDER.positions.map((p) => p.code)).toEqual([
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
      'D7',
      'EM4',
      'EM5',
      'EM6',
      'EM7',
    ]);
    expect(DEFAULT_LADDER.positions.every((p) => p.steps === DEFAULT_STEPS && DEFAULT_STEPS === 3)).toBe(
      true,
    );
  });

  test('levels 1–3 are reviewed every 6 and 12 months, levels 4 and above every 12 and 24', () => {
    expect(defaultCadence(3)).toEqual({ step: 6, level: 12 });
    expect(defaultCadence(4)).toEqual({ step: 12, level: 24 });
  });
});

describe('finding positions', () => {
  test('codes match ignoring case and surrounding spaces', () => {
    expect(findPosition(DEFAULT_LADDER, ' em4 ')?.code).toBe('EM4');
  });

  test.each(['EM3', 'D8', 'D0', 'TL', ''])('%j is not on the ladder', (code) => {
    expect(findPosition(DEFAULT_LADDER, code)).toBeUndefined();
  });

  test('a level number stands for the first track’s position at that level', () => {
    expect(positionForLevel(DEFAULT_LADDER, 4)?.code).toBe('D4');
    expect(positionForLevel(DEFAULT_LADDER, 0)).toBeUndefined();
    expect(positionForLevel(DEFAULT_LADDER, 8)).toBeUndefined();
  });

  test.each([
    ['D3', 'D4'],
    ['EM4', 'EM5'],
    ['D7', undefined],
    ['EM7', undefined],
  ])('the next level after %s is %s', (from, next) => {
    expect(nextPosition(DEFAULT_LADDER, position(from))?.code).toBe(next);
  });
});

describe('describing the ladder in messages', () => {
  test('codes are grouped into runs per track and levels into a range', () => {
    expect(describeCodes(DEFAULT_LADDER)).toBe('D1–D7, EM4–EM7');
    expect(describeLevels(DEFAULT_LADDER)).toBe('1–7');
    expect(levels(DEFAULT_LADDER)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('a ladder with one position names it alone', () => {
    const only = { ...position('D3'), code: 'SRE3' };
    const ladder: Ladder = { positions: [only] };
    expect(describeCodes(ladder)).toBe('SRE3');
    expect(describeLevels(ladder)).toBe('3');
  });

  test('a gap in a track splits its run', () => {
    const ladder: Ladder = { positions: DEFAULT_LADDER.positions.filter((p) => p.code !== 'D4') };
    expect(describeCodes(ladder)).toBe('D1–D3, D5–D7, EM4–EM7');
  });
});

describe('the Technology Lead role', () => {
  test('is a tech lead at level 4 or above', () => {
    expect(isTechnologyLead(position('D4'), true)).toBe(true);
    expect(isTechnologyLead(position('EM6'), true)).toBe(true);
  });

  test('is not held below level 4 or without the tech-lead flag', () => {
    expect(isTechnologyLead(position('D3'), true)).toBe(false);
    expect(isTechnologyLead(position('D5'), false)).toBe(false);
  });
});
