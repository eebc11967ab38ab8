import { readSheet, type Workbook } from './workbook';
import { locateColumns } from '../../tables/headers';
import { SALARY_BAND_HEADERS } from '../../tables/bands';
import { SHEET_NAMES } from '../../tables/layout';

const STEP_HEADERS = Object.entries(SALARY_BAND_HEADERS)
  .filter(([key]) => key.startsWith('step'))
  .map(([, header]) => header);

function amount(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

/** Band amounts per position code (index 0 = step 1) from Salary Bands; empty when it is missing. */
export function readBands(workbook: Workbook): Record<string, (number | null)[]> {
  const [header = [], ...body] = readSheet(workbook, SHEET_NAMES.salaryBands) ?? [];
  const { columns } = locateColumns(header, { position: SALARY_BAND_HEADERS.position });
  const stepColumns = STEP_HEADERS.map((text) => locateColumns(header, { step: text }).columns.step);
  const bands: Record<string, (number | null)[]> = {};
  if (columns.position === undefined) return bands;
  for (const row of body) {
    const code = String(row[columns.position] ?? '')
      .trim()
      .toUpperCase();
    if (code === '') continue;
    bands[code] = stepColumns.map((column) => (column === undefined ? null : amount(row[column])));
  }
  return bands;
}
