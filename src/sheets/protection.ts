type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Restricts editing of a whole sheet to the owner and the person running set-up. `protect()` returns
 * the sheet's existing protection when there is one, so running this again adds nothing.
 */
export function protectSheet(sheet: Sheet): void {
  const protection = sheet.protect();
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}
