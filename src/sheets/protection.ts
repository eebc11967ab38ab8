type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Restricts editing of a whole sheet to the owner and the person running set-up. `protect()` returns
 * the sheet's existing protection when there is one, so running this again adds nothing; editors are
 * removed only when someone else is listed (Sheets never removes the owner or the current user).
 */
export function protectSheet(sheet: Sheet): void {
  const protection = sheet.protect();
  const me = Session.getEffectiveUser().getEmail();
  const others = protection
    .getEditors()
    .map((editor) => editor.getEmail())
    .filter((email) => email !== me);
  if (others.length > 0) protection.removeEditors(others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}
