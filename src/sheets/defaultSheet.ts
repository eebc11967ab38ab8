type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet a new spreadsheet starts with, and its grid (contracts 1.11: 1000 × 26). */
const DEFAULT_SHEET = 'Sheet1';
const DEFAULT_GRID = 'A1:Z1000';
const NO_FILL = '#ffffff';

const allBlank = <T>(grid: T[][], blank: (cell: T) => boolean) => grid.every((row) => row.every(blank));

/**
 * Whether nobody has touched the sheet: no values or formulas, and over its default grid no notes,
 * validations or fills, and no conditional formats. Cheapest checks first; a grid smaller than the
 * default has been changed.
 */
function untouched(sheet: Sheet): boolean {
  if (sheet.getLastRow() !== 0 || sheet.getConditionalFormatRules().length > 0) return false;
  let grid: GoogleAppsScript.Spreadsheet.Range;
  try {
    grid = sheet.getRange(DEFAULT_GRID);
  } catch {
    return false;
  }
  return (
    allBlank(grid.getNotes(), (note) => note === '') &&
    allBlank(grid.getDataValidations(), (rule) => rule === null) &&
    allBlank(grid.getBackgrounds(), (fill) => fill.toLowerCase() === NO_FILL)
  );
}

/**
 * After set-up added its sheets to a spreadsheet that held a single sheet, removes that sheet when it
 * is the untouched default "Sheet1", so a new workbook has no empty stray tab. A sheet with anything
 * in it is kept, and so is the only sheet (set-up calls this only once it has added its own).
 */
export function removeUntouchedDefaultSheet(spreadsheet: Spreadsheet): void {
  const sheet = spreadsheet.getSheetByName(DEFAULT_SHEET);
  if (sheet && untouched(sheet)) spreadsheet.deleteSheet(sheet);
}
