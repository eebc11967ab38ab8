import { SHEET_NAMES } from './layout';

/** A named range over whole columns of a sheet, from row 1 to the sheet's last row at set-up time. */
export interface NamedTableSpec {
  readonly name: string;
  readonly sheet: string;
  /** 1-based first column and number of columns. */
  readonly column: number;
  readonly columns: number;
}

export const NAMED_TABLES = {
  ladder: { name: 'LadderTable', sheet: SHEET_NAMES.ladder, column: 1, columns: 11 },
  bands: { name: 'BandTable', sheet: SHEET_NAMES.salaryBands, column: 1, columns: 16 },
  bandParameters: { name: 'BandParameters', sheet: SHEET_NAMES.salaryBands, column: 18, columns: 4 },
} as const satisfies Record<string, NamedTableSpec>;

/** `'Salary Bands'!A2:A`: a sheet-qualified reference, quoted when the name needs it. */
export function sheetRef(sheet: string, a1: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!${a1}` : `'${sheet.replace(/'/g, "''")}'!${a1}`;
}
