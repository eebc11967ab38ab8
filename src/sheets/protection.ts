type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type User = GoogleAppsScript.Base.User;

/**
 * What every protection created in one set-up starts with: until its editors change, a new protection
 * mirrors the file's editors and domain setting (contracts 6.7), so they are asked of the first one
 * only and reused for the others.
 */
export interface NewProtections {
  editors?: User[];
  domainEdit?: boolean;
}

/**
 * Makes sure the whole sheet is protected for editing. A protection set-up creates (the sheet had
 * none, or it was deleted) is narrowed to the owner and the person running set-up (Sheets never
 * removes those two) and closed to the domain; an existing one is left exactly as the owner set it,
 * editors they added included. The editor list is always rewritten on creation: until it changes, a
 * new protection mirrors the file's editors, so people shared later could still edit.
 */
export function protectSheet(sheet: Sheet, created: boolean, fresh: NewProtections): void {
  const existing = created ? [] : sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (existing.length > 0) return;
  const protection = sheet.protect();
  protection.addEditor(Session.getEffectiveUser());
  fresh.editors ??= protection.getEditors();
  protection.removeEditors(fresh.editors);
  fresh.domainEdit ??= protection.canDomainEdit();
  if (fresh.domainEdit) protection.setDomainEdit(false);
}
