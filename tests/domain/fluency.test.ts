import {
  AXES,
  FLUENCY_DESCRIPTIONS,
  FLUENCY_NAMES,
  axisGap,
  axisNamed,
  axisStanding,
  fluencyGap,
  fluencyLevelFrom,
  fluencyLevelOf,
  fluencyName,
  isAxis,
  type FluencyProfile,
} from '../../src/domain/fluency';

describe('axes and fluencies', () => {
  test('the five axes each name five fluencies from lowest to highest, as PRODUCT.md lists them', () => {
    expect(AXES).toEqual(['Technology', 'System', 'People', 'Process', 'Influence']);
    expect(FLUENCY_NAMES).toEqual({
      Technology: ['Adopts', 'Specializes', 'Evangelizes', 'Masters', 'Creates'],
      System: ['Enhances', 'Designs', 'Owns', 'Evolves', 'Leads'],
      People: ['Learns', 'Supports', 'Mentors', 'Coordinates', 'Manages'],
      Process: ['Follows', 'Enforces', 'Challenges', 'Adjusts', 'Defines'],
      Influence: ['Subsystem', 'Team', 'Multiple Teams', 'Company', 'Community'],
    });
  });

  test('every fluency has its own description', () => {
    const descriptions = AXES.flatMap((axis) => FLUENCY_DESCRIPTIONS[axis]);
    expect(descriptions).toHaveLength(25);
    expect(new Set(descriptions).size).toBe(25);
    expect(descriptions.every((text) => text.trim().length > 20)).toBe(true);
  });

  test('a level names its fluency and the name gives the level back', () => {
    expect(fluencyName('System', 3)).toBe('Owns');
    expect(fluencyLevelOf('System', ' owns ')).toBe(3);
    expect(fluencyLevelOf('Influence', 'multiple teams')).toBe(3);
  });

  test('a fluency of another axis is not a fluency of this one', () => {
    expect(fluencyLevelOf('Technology', 'Owns')).toBeUndefined();
  });

  test.each([
    [3, 3],
    ['Evangelizes', 3],
    [0, undefined],
    [6, undefined],
    [2.5, undefined],
    ['3', undefined],
    [true, undefined],
  ])('%j on Technology reads as %s', (value, level) => {
    expect(fluencyLevelFrom('Technology', value)).toBe(level);
  });

  test('axes are named ignoring case and spaces', () => {
    expect(axisNamed(' people ')).toBe('People');
    expect(axisNamed('Culture')).toBeUndefined();
    expect(isAxis('Process')).toBe(true);
    expect(isAxis('process')).toBe(false);
  });
});

describe('fluency gap', () => {
  const d4: FluencyProfile = { Technology: 3, System: 3, People: 3, Process: 3, Influence: 2 };

  test('is assessed minus expected on each axis', () => {
    const assessed: FluencyProfile = { Technology: 4, System: 2, People: 3, Process: 1, Influence: 2 };
    expect(fluencyGap(assessed, d4)).toEqual({
      Technology: 1,
      System: -1,
      People: 0,
      Process: -2,
      Influence: 0,
    });
  });

  test('on one axis is negative below expectation and positive above it', () => {
    expect(axisGap(2, 4)).toBe(-2);
    expect(axisGap(5, 3)).toBe(2);
  });
});

describe('axis standing', () => {
  test.each([
    [1, 3, undefined, 'far-below'],
    [2, 3, undefined, 'below'],
    [3, 3, undefined, 'meets'],
    [4, 3, 4, 'ready-for-next'],
    [4, 3, 3, 'meets'],
    [5, 5, undefined, 'meets'],
  ] as const)('assessed %i against expected %i (next %s) is %s', (assessed, expected, next, standing) => {
    expect(axisStanding(assessed, expected, next)).toBe(standing);
  });
});
