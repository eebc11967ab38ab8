/** A bad argument value; the custom-function wrapper prefixes the function's name. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export function fail(message: string): never {
  throw new InputError(message);
}

/** How a cell value is quoted in messages: text in quotes, everything else as written. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Object.prototype.toString.call(value) === '[object Date]') return 'a date';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
