import { isValidTimeZone } from './zonedDates';

/** A spreadsheet's zone as dates in its cells are read: UTC when it is not one Intl knows. */
export function usableTimeZone(zone: string): string {
  return isValidTimeZone(zone) ? zone : 'Etc/UTC';
}

/** The active spreadsheet's time zone: dates in its cells are midnights there, whatever the script's zone. */
export function spreadsheetTimeZone(): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return usableTimeZone(spreadsheet ? spreadsheet.getSpreadsheetTimeZone() : Session.getScriptTimeZone());
}
