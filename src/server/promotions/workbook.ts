import type { CalendarDate } from '../../domain/dates';
import { NO_APPROVALS, type ApprovalPolicy } from '../../domain/approvals';
import { DEFAULT_LADDER, type Ladder } from '../../domain/ladder';
import { usableTimeZone } from '../../time/spreadsheetZone';
import { calendarDateAt } from '../../time/zonedDates';
import { normalizeHeader } from '../../tables/headers';
import { LADDER_HEADERS, parseLadder } from '../../tables/ladder';
import { TableError } from '../../tables/reader';
import { readSettingsTable, SETTINGS_HEADERS } from '../../tables/settings';
import { Refused } from '../refusal';
import { columnLetter, SHEET_NAMES, sheetRef } from '../../tables/layout';

const LADDER_WIDTH = Object.keys(LADDER_HEADERS).length;
const SETTINGS_WIDTH = Object.keys(SETTINGS_HEADERS).length;

export interface Workbook {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly timeZone: string;
  readonly today: CalendarDate;
}

/** The active spreadsheet, its time zone (cell dates are midnights there) and today in that zone. */
export function openWorkbook(): Workbook {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = usableTimeZone(spreadsheet.getSpreadsheetTimeZone());
  return { spreadsheet, timeZone, today: calendarDateAt(new Date(), timeZone) };
}

/** A sheet's whole data range (header row first), or undefined when the sheet does not exist. */
export function readSheet(workbook: Workbook, name: string): unknown[][] | undefined {
  const sheet = workbook.spreadsheet.getSheetByName(name);
  return sheet ? sheet.getDataRange().getValues() : undefined;
}

/** A sheet that must exist; its absence is explained in the user's terms. */
export function readRequiredSheet(workbook: Workbook, name: string): unknown[][] {
  const rows = readSheet(workbook, name);
  if (!rows) {
    throw new Refused(
      'not-set-up',
      `This spreadsheet has no "${name}" sheet. Run Career Ladder ▸ Set up workbook first.`,
    );
  }
  return rows;
}

/**
 * The Ladder table's columns (A:K, as LadderTable and Check workbook read them) in one range and one
 * read; the whole sheet when it is narrower; undefined when there is no Ladder sheet.
 */
function readLadderRows(workbook: Workbook): unknown[][] | undefined {
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = workbook.spreadsheet.getRange(
      sheetRef(SHEET_NAMES.ladder, `A1:${columnLetter(LADDER_WIDTH - 1)}`),
    );
  } catch {
    return readSheet(workbook, SHEET_NAMES.ladder);
  }
  return range.getValues();
}

/** The Ladder sheet as a ladder; the built-in ladder when the sheet is missing. */
export function readLadder(workbook: Workbook): Ladder {
  const rows = readLadderRows(workbook);
  if (!rows) return DEFAULT_LADDER;
  try {
    return parseLadder(rows, 'sheet');
  } catch (error) {
    if (error instanceof TableError) {
      throw new Refused('unreadable', `The Ladder sheet cannot be read: ${error.message}.`);
    }
    throw error;
  }
}

/** Whether a header row starts with exactly these headers (compared ignoring case and punctuation). */
export function startsWithHeaders(header: readonly unknown[], expected: readonly string[]): boolean {
  return expected.every((text, index) => normalizeHeader(header[index]) === normalizeHeader(text));
}

/**
 * Who approves what, from the Settings sheet's columns (one range, one read; its readable rows; a kind
 * whose cell is blank or not yes/no keeps its default). A workbook set up before approvals existed has
 * no Settings sheet: every move is then recorded directly, as before, until Set up workbook adds it.
 */
export function readPolicy(workbook: Workbook): ApprovalPolicy {
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = workbook.spreadsheet.getRange(
      sheetRef(SHEET_NAMES.settings, `A1:${columnLetter(SETTINGS_WIDTH - 1)}`),
    );
  } catch {
    return NO_APPROVALS;
  }
  return readSettingsTable(range.getValues()).policy;
}
