type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Clears the last row of `sheet` when it is the row this request appended (its `requestId` in the
 * 0-based column `requestIdIndex` of the first `width` columns): the undo of an `appendRow` made under
 * the document lock whose recording then failed. Cleared rather than deleted, so the row's formats
 * stay and the next append fills it again.
 */
export function undoAppend(sheet: Sheet, requestIdIndex: number, width: number, requestId: string): void {
  const last = sheet.getLastRow();
  if (last < 2) return;
  const row = sheet.getRange(last, 1, 1, width);
  const cells = row.getValues()[0] ?? [];
  if (String(cells[requestIdIndex] ?? '').trim() === requestId) row.clearContent();
}

/** Runs one step of an undo; a step that fails (a write still refused) must not hide the error being undone. */
export function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // the error that made the undo necessary is the one to report
  }
}
