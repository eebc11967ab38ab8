import {
  AXES,
  FLUENCY_NAMES,
  axisGap,
  axisNamed,
  fluencyLevelFrom,
  fluencyLevelOf,
  fluencyName,
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
  });
});

describe('fluency gap', () => {
  test('on one axis is negative below expectation and positive above it', () => {
    expect(axisGap(2, 4)).toBe(-2);
    expect(axisGap(5, 3)).toBe(2);
  });
});
