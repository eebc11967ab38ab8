/** Small conversions shared by the host view. */
import type { Core } from './core';
import type { RangeSpec } from './model';

/** Criteria values as plain host data: ranges as 'Sheet!A1:B2', dates as Date. */
export function criteriaValuesPlain(
  _core: Core,
  values: unknown[],
  rangeText: (r: RangeSpec) => string,
): unknown[] {
  const conv = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(conv);
    if (v && typeof v === 'object' && 'range' in v) return rangeText((v as { range: RangeSpec }).range);
    if (v && typeof v === 'object' && 'date' in v) return new Date((v as { date: number }).date);
    return v;
  };
  return values.map(conv);
}
