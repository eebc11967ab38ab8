import { polygonPoints, radarPoint, type RadarFrame } from '../../src/sidebar/radarGeometry';

const FRAME: RadarFrame = { axes: 4, maxValue: 5, radius: 50, centerX: 100, centerY: 100 };

describe('radar geometry', () => {
  test('the first axis points up and the rest follow clockwise', () => {
    expect([0, 1, 2, 3].map((axis) => radarPoint(FRAME, axis, 5))).toEqual([
      [100, 50],
      [150, 100],
      [100, 150],
      [50, 100],
    ]);
  });

  test('values scale from the centre and are clamped to the chart', () => {
    expect(radarPoint(FRAME, 0, 0)).toEqual([100, 100]);
    expect(radarPoint(FRAME, 1, 2.5)).toEqual([125, 100]);
    expect(radarPoint(FRAME, 1, 9)).toEqual([150, 100]);
  });

  test('a polygon passes through one point per axis', () => {
    expect(polygonPoints(FRAME, [5, 5, 5, 5])).toBe('100,50 150,100 100,150 50,100');
  });
});
