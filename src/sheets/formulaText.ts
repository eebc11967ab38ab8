import { FLUENCY_NAMES, type Axis } from '../domain/fluency';

/** A string as a formula literal: "Multiple Teams" → `"Multiple Teams"`. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The axis' five fluency names as an inline array, lowest first: `{"Adopts","Specializes",…}`. */
export function fluencyNameArray(axis: Axis): string {
  return `{${FLUENCY_NAMES[axis].map(quoted).join(',')}}`;
}
