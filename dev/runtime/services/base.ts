/** Base of every Apps Script object the script sees, and the service error type. */
import type { Core } from '../core';

/** An Apps Script service error: reaches the script as an Error named 'Exception'. */
export class ServiceException extends Error {
  constructor(message: string, name = 'Exception') {
    super(message);
    this.name = name;
  }
}

export function fail(message: string): never {
  throw new ServiceException(message);
}

/**
 * Every modelled Apps Script class extends Service. Its public methods are the script-visible API;
 * members whose name starts with `_` are internal and invisible to the script.
 */
export abstract class Service {
  /** Apps Script class name used in accounting and `not implemented` messages */
  abstract readonly _className: string;
  constructor(readonly _core: Core) {}
  toString(): string {
    return this._className;
  }
}

/** Typed signature check as Apps Script words it (`The parameters (null) don't match …`). */
export function checkArgs(qualified: string, args: unknown[], types: string[]): void {
  const ok = types.every((t, i) => {
    const a = args[i];
    if (t.endsWith('?')) return a === undefined || typeOfArg(a) === t.slice(0, -1);
    return typeOfArg(a) === t;
  });
  if (!ok) signatureMismatch(qualified, args);
}

/** Arguments no overload of the method takes. */
export function signatureMismatch(qualified: string, args: unknown[]): never {
  const list = args.map(typeOfArg).join(',');
  return fail(`The parameters (${list}) don't match the method signature for ${qualified}.`);
}

function typeOfArg(a: unknown): string {
  if (a === null) return 'null';
  if (Array.isArray(a)) return 'Object[]';
  if (a === undefined) return 'undefined';
  if (typeof a === 'number') return 'number';
  if (typeof a === 'string') return 'String';
  if (typeof a === 'boolean') return 'Boolean';
  return 'Object';
}
