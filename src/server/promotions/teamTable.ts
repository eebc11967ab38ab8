import { TEAM_INPUT_WIDTH, nameIn } from './teamRow';
import { readRequiredSheet, startsWithHeaders, type Workbook } from './workbook';
import { FIRST_DATA_ROW, SHEET_NAMES } from '../../tables/layout';
import { TEAM_HEADERS } from '../../tables/team';
import { locateColumns } from '../../tables/headers';

export interface TeamTableRow {
  /** Sheet row number (FIRST_DATA_ROW is the first engineer). */
  readonly row: number;
  readonly values: readonly unknown[];
}

export interface TeamTable {
  readonly rows: readonly TeamTableRow[];
  /** 0-based column of Salary, when the sheet has one. */
  readonly salaryColumn: number | undefined;
}

const INPUT_HEADERS = Object.values(TEAM_HEADERS).slice(0, TEAM_INPUT_WIDTH);

/**
 * The Team sheet's engineers (rows with a name). Recording writes columns A–H by position, so the
 * sheet must still have its input columns in the set-up order.
 */
export function readTeamTable(workbook: Workbook): TeamTable {
  const [header = [], ...body] = readRequiredSheet(workbook, SHEET_NAMES.team);
  if (!startsWithHeaders(header, INPUT_HEADERS)) {
    throw new Error(
      `The Team sheet's first columns must be ${INPUT_HEADERS.join(', ')}. Run Career Ladder ▸ Set up workbook to repair it.`,
    );
  }
  const rows = body
    .map((values, index) => ({ row: FIRST_DATA_ROW + index, values }))
    .filter(({ values }) => nameIn(values) !== '');
  return { rows, salaryColumn: locateColumns(header, { salary: TEAM_HEADERS.salary }).columns.salary };
}
