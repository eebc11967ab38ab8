/** Geometry of a radar chart with axes spread evenly clockwise from 12 o'clock. */
export interface RadarFrame {
  readonly axes: number;
  readonly maxValue: number;
  readonly radius: number;
  readonly centerX: number;
  readonly centerY: number;
}

export function radarPoint(frame: RadarFrame, axis: number, value: number): readonly [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / frame.axes;
  const distance = (frame.radius * Math.max(0, Math.min(value, frame.maxValue))) / frame.maxValue;
  const round = (n: number) => Math.round(n * 100) / 100;
  return [
    round(frame.centerX + distance * Math.cos(angle)),
    round(frame.centerY + distance * Math.sin(angle)),
  ];
}

/** The `points` attribute of a polygon through one value per axis. */
export function polygonPoints(frame: RadarFrame, values: readonly number[]): string {
  return values.map((value, axis) => radarPoint(frame, axis, value).join(',')).join(' ');
}
