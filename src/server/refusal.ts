import { TableError } from '../tables/reader';
import { PROTECTED_EDIT_MESSAGE } from './promotions/protectedEdit';
import type { Refusal, RefusalCode } from './rpc';

/** A request turned down for a reason the sidebar acts on by its code. */
export class Refused extends Error {
  override readonly name = 'Refused';
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
  }
}

/** Apps Script's error for a write by someone who is not an editor of a protected sheet or range. */
const PROTECTED_EDIT = /you are trying to edit a protected cell or object/i;

/**
 * The refusal an error stands for, or undefined for a fault: a Refused, a table that cannot be read,
 * or a write a protection stopped (explained with what the owner must do).
 */
export function refusalOf(error: unknown): Refusal | undefined {
  if (error instanceof Refused) return { outcome: error.code, message: error.message };
  if (error instanceof TableError) return { outcome: 'unreadable', message: error.message };
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message === 'string' && PROTECTED_EDIT.test(message)) {
    return { outcome: 'protected', message: PROTECTED_EDIT_MESSAGE };
  }
  return undefined;
}
