/**
 * Where the workbook's tables are: sheet names, and the rows every table uses (header in row 1, data
 * from row 2). Each table's columns are its headers record (key → header, in sheet order).
 */
export const SHEET_NAMES = {
  ladder: 'Ladder',
  team: 'Team',
  fluency: 'Fluency',
  fluencyChart: 'Fluency Chart',
  salaryBands: 'Salary Bands',
  reviewCalendar: 'Review Calendar',
  promotionLog: 'Promotion Log',
  problems: 'Problems',
  settings: 'Settings',
  proposals: 'Proposals',
} as const;

export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

/** 0-based index of a column in a header record (its position in sheet order). */
export function columnIndex<K extends string>(headers: Readonly<Record<K, string>>, key: K): number {
  return Object.keys(headers).indexOf(key);
}

/** Column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Column letter of a key in a header record: columnOf(TEAM_HEADERS, 'step') → 'C'. */
export function columnOf<K extends string>(headers: Readonly<Record<K, string>>, key: K): string {
  return columnLetter(columnIndex(headers, key));
}

/** `'Salary Bands'!A2:A`: a sheet-qualified reference, quoted when the name needs it. */
export function sheetRef(sheet: string, a1: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!${a1}` : `'${sheet.replace(/'/g, "''")}'!${a1}`;
}
