import { readBandsTable } from '../../tables/bands';
import { SHEET_NAMES } from '../../tables/layout';
import { strictly } from '../../tables/reader';
import { readSheet, type Workbook } from './workbook';

/**
 * Band amounts per position code (index 0 = step 1, null where a step has no amount) from Salary
 * Bands; none when the sheet is missing. A problem in the table throws, naming its row.
 */
export function readBands(workbook: Workbook): Record<string, (number | null)[]> {
  const values = readSheet(workbook, SHEET_NAMES.salaryBands);
  if (!values) return {};
  const rows = strictly(readBandsTable(values, 'sheet'));
  return Object.fromEntries(rows.map((row) => [row.code, row.amounts.map((amount) => amount ?? null)]));
}
