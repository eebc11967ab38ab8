import { readBandsTable, type BandRow } from '../../tables/bands';
import { SHEET_NAMES } from '../../tables/layout';
import { strictly, TableError } from '../../tables/reader';
import { Refused } from '../refusal';
import { readSheet, type Workbook } from './workbook';

/**
 * Band amounts per position code (index 0 = step 1, null where a step has no amount) from Salary
 * Bands; none when the sheet is missing. A problem in the table throws, naming its row.
 */
export function readBands(workbook: Workbook): Record<string, (number | null)[]> {
  const values = readSheet(workbook, SHEET_NAMES.salaryBands);
  if (!values) return {};
  let rows: BandRow[];
  try {
    rows = strictly(readBandsTable(values, 'sheet'));
  } catch (error) {
    if (error instanceof TableError) {
      throw new Refused('unreadable', `The Salary Bands sheet cannot be read: ${error.message}.`);
    }
    throw error;
  }
  return Object.fromEntries(rows.map((row) => [row.code, row.amounts.map((amount) => amount ?? null)]));
}
