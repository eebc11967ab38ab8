import { DEFAULT_LADDER, type Ladder } from '../domain/ladder';
import { parseLadderTable, TableError } from '../sheets/ladderTable';
import { isBlank } from './grid';
import { isValidTimeZone } from './zonedDates';

/** The ladder a formula passed as its trailing argument, or the built-in default when omitted. */
export function ladderArgument(fnName: string, value: unknown): Ladder {
  if (isBlank(value)) return DEFAULT_LADDER;
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row))) {
    throw new Error(
      `${fnName}: ladder must be the Ladder table range including its header row (e.g. Ladder!A1:K), not a single value`,
    );
  }
  try {
    return parseLadderTable(value as unknown[][]);
  } catch (error) {
    if (error instanceof TableError) throw new Error(`${fnName}: ${error.message}`);
    throw error;
  }
}

/** The spreadsheet's time zone: dates in its cells are midnights there, whatever the script's zone. */
export function spreadsheetTimeZone(): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const zone = spreadsheet ? spreadsheet.getSpreadsheetTimeZone() : Session.getScriptTimeZone();
  return isValidTimeZone(zone) ? zone : 'Etc/UTC';
}
