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
  /** The spreadsheet owner's email ('' when it has none, e.g. on a shared drive). */
  owner?: string;
}

/**
 * Makes sure the whole sheet is protected for editing. A protection set-up creates (the sheet had
 * none, or it was deleted) is narrowed to the owner and the person running set-up (Sheets never
 * removes those two) and closed to the domain; an existing one is left exactly as the owner set it,
 * editors they added included. The editor list is always narrowed on creation: until it changes, a
 * new protection mirrors the file's editors, so people shared later could still edit. The person
 * running set-up is made an editor first unless already listed or the owner, who always can edit (if
 * their right came from a group, removing the group would otherwise fail); calls that would change
 * nothing are not made.
 */
export function protectSheet(sheet: Sheet, created: boolean, fresh: NewProtections): void {
  const existing = created ? [] : sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (existing.length > 0) return;
  const protection = sheet.protect();
  const me = Session.getEffectiveUser();
  const email = me.getEmail().toLowerCase();
  fresh.editors ??= protection.getEditors();
  const isMe = (user: User) => user.getEmail().toLowerCase() === email;
  if (!fresh.editors.some(isMe)) {
    fresh.owner ??= (sheet.getParent().getOwner()?.getEmail() ?? '').toLowerCase();
    if (fresh.owner !== email) protection.addEditor(me);
  }
  const others = fresh.editors.filter((user) => !isMe(user));
  if (others.length > 0) protection.removeEditors(others);
  fresh.domainEdit ??= protection.canDomainEdit();
  if (fresh.domainEdit) protection.setDomainEdit(false);
}
