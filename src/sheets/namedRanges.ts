import { SHEET_NAMES } from '../tables/layout';

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
