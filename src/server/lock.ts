/** How long a recording waits for another one to finish before giving up. */
const LOCK_TIMEOUT_MS = 10_000;

/** The document lock could not be taken in time; nothing was read or written. */
export class LockBusyError extends Error {
  override readonly name = 'LockBusyError';
  constructor() {
    super(
      'Someone else is recording a change in this spreadsheet right now. Nothing was changed: try again in a moment.',
    );
  }
}

/**
 * Runs `critical` (read, compare, write) holding the document lock, flushes its writes and releases
 * the lock whatever happens, so a second execution waiting for the lock reads what this one wrote.
 * `critical` may call `commit()` after its last write: the flush then happens inside it, where a
 * write refused only when pending writes are applied (contracts 14.5) can still be undone, and is
 * not repeated on the way out.
 */
export function withDocumentLock<T>(critical: (commit: () => void) => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) throw new Error('The document lock is only available inside a spreadsheet.');
  if (!lock.tryLock(LOCK_TIMEOUT_MS)) throw new LockBusyError();
  let committed = false;
  try {
    return critical(() => {
      SpreadsheetApp.flush();
      committed = true;
    });
  } finally {
    try {
      if (!committed) SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}
