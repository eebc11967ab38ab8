import { SHEET_NAMES } from '../../tables/layout';

/** Apps Script's error for a write by someone who is not an editor of a protected sheet or range. */
const PROTECTED_EDIT = /you are trying to edit a protected cell or object/i;

export const PROTECTED_EDIT_MESSAGE =
  `Your account is not an editor of the protected ${SHEET_NAMES.promotionLog} sheet (or of this ${SHEET_NAMES.team} row), so the move could not be recorded. Nothing was changed: the ${SHEET_NAMES.team} row is as it was. ` +
  `Ask the spreadsheet owner to add you as an editor of the ${SHEET_NAMES.promotionLog} and ${SHEET_NAMES.team} protections ` +
  '(Data ▸ Protect sheets and ranges), then record the move again.';

/** A recording's error, with Apps Script's protected-range error replaced by what to do about it. */
export function explainProtectedEdit(error: unknown): unknown {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && PROTECTED_EDIT.test(message)
    ? new Error(PROTECTED_EDIT_MESSAGE)
    : error;
}
