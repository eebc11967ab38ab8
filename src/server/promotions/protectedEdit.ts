import { SHEET_NAMES } from '../../tables/layout';

export const PROTECTED_EDIT_MESSAGE =
  `Your account is not an editor of the protected ${SHEET_NAMES.promotionLog} sheet (or of this ${SHEET_NAMES.team} row), so the move could not be recorded. Nothing was changed: the ${SHEET_NAMES.team} row is as it was. ` +
  `Ask the spreadsheet owner to add you as an editor of the ${SHEET_NAMES.promotionLog} and ${SHEET_NAMES.team} protections ` +
  '(Data ▸ Protect sheets and ranges), then record the move again.';

/** A write of an approval refused when Sheets applied them together: any of its three sheets. */
export const APPROVAL_PROTECTED_MESSAGE =
  `Your account is not an editor of one of the protected sheets an approval writes (${SHEET_NAMES.proposals}, ${SHEET_NAMES.promotionLog}, or this ${SHEET_NAMES.team} row), so the move could not be recorded. Nothing was changed. ` +
  `Ask the spreadsheet owner to add you as an editor of the ${SHEET_NAMES.proposals} and ${SHEET_NAMES.promotionLog} protections ` +
  '(Data ▸ Protect sheets and ranges), then approve again.';
