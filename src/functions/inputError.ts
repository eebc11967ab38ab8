/** A bad argument value; the custom-function wrapper prefixes the function's name. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export function fail(message: string): never {
  throw new InputError(message);
}
