/**
 * Which counted calls are spreadsheet calls: calls on the objects that stand for the document
 * (SpreadsheetApp, Spreadsheet, Sheet, Range, RangeList, Protection, NamedRange, EmbeddedChart).
 * Builders and rule value objects (DataValidationBuilder, ConditionalFormatRule…) are local and so
 * are `SpreadsheetApp.newDataValidation` / `newConditionalFormatRule`, which only create a builder.
 * Budgets are stated in spreadsheet calls; the runtime's total counts every call.
 */
const SPREADSHEET_CLASSES =
  /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|Protection|NamedRange|EmbeddedChart)\./;
const LOCAL_BUILDER_FACTORIES = new Set([
  'SpreadsheetApp.newDataValidation',
  'SpreadsheetApp.newConditionalFormatRule',
]);

/** Whether a counted `Class.method` is a spreadsheet call. */
export function isSpreadsheetCall(method: string): boolean {
  return SPREADSHEET_CLASSES.test(method) && !LOCAL_BUILDER_FACTORIES.has(method);
}

/** The spreadsheet calls among an execution's calls by method. */
export function spreadsheetCalls(byMethod: Readonly<Record<string, number>>): number {
  return Object.entries(byMethod).reduce(
    (sum, [method, count]) => sum + (isSpreadsheetCall(method) ? count : 0),
    0,
  );
}
