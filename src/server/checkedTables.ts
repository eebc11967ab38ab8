import type { CheckedTables } from '../sheets/check/checkWorkbook';
import { LADDER_HEADERS } from '../tables/ladder';
import { columnLetter, SHEET_NAMES, sheetRef } from '../tables/layout';
import { FLUENCY_HEADERS } from '../tables/fluency';
import { SALARY_BAND_HEADERS } from '../tables/bands';
import { TEAM_HEADERS } from '../tables/team';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((cell) => cell === '' || cell === null);
}

/** The rows up to the last one holding anything. */
function withoutTrailingBlankRows(values: unknown[][]): unknown[][] {
  let end = values.length;
  while (end > 0 && isBlankRow(values[end - 1] as unknown[])) end -= 1;
  return values.slice(0, end);
}

/**
 * A table's values, header row first: its columns as set-up lays them out, every row, in one range
 * and one read. A missing sheet gives undefined; a sheet narrower than the table is read whole.
 */
function readTable(spreadsheet: Spreadsheet, sheet: string, headers: object): unknown[][] | undefined {
  const columns = `A1:${columnLetter(Object.keys(headers).length - 1)}`;
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = spreadsheet.getRange(sheetRef(sheet, columns));
  } catch {
    return spreadsheet.getSheetByName(sheet)?.getDataRange().getValues();
  }
  return withoutTrailingBlankRows(range.getValues());
}

/** Ladder, Team, Fluency and Salary Bands as Check workbook reads them: two calls per table. */
export function readCheckedTables(spreadsheet: Spreadsheet): CheckedTables {
  return {
    ladder: readTable(spreadsheet, SHEET_NAMES.ladder, LADDER_HEADERS),
    team: readTable(spreadsheet, SHEET_NAMES.team, TEAM_HEADERS),
    fluency: readTable(spreadsheet, SHEET_NAMES.fluency, FLUENCY_HEADERS),
    salaryBands: readTable(spreadsheet, SHEET_NAMES.salaryBands, SALARY_BAND_HEADERS),
  };
}
