import { formatGrid, validationGrid } from './cellGrids';
import { applyConditionalFormats } from './conditionalFormats';
import { NEW_SHEET_SIZE } from './layout';
import { protectSheet, type NewProtections } from './protection';
import { ensureRadarChart } from './radarChart';
import { columnRuns, formulaValidations } from './sheetPlan';
import type { SheetSpec, ValidationSpec } from './spec';
import { writeCells } from './writeCells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** A sheet found or created, grown to its spec's size. */
export interface OpenedSheet {
  readonly sheet: Sheet;
  readonly created: boolean;
  readonly maxRows: number;
}

export interface SetupTools {
  readonly spreadsheet: Spreadsheet;
  readonly validation: (spec: ValidationSpec) => DataValidation;
  /** Shared by the protections this set-up creates. */
  readonly protections: NewProtections;
}

/** Grows the grid to the spec's size; never shrinks it. Returns the number of rows. */
function ensureGrid(sheet: Sheet, spec: SheetSpec, created: boolean): number {
  const rows = created ? NEW_SHEET_SIZE.rows : sheet.getMaxRows();
  if (rows < spec.minRows) sheet.insertRowsAfter(rows, spec.minRows - rows);
  const columns = created ? NEW_SHEET_SIZE.columns : sheet.getMaxColumns();
  if (columns < spec.columns.length) sheet.insertColumnsAfter(columns, spec.columns.length - columns);
  return Math.max(rows, spec.minRows);
}

/**
 * Finds the spec's sheet among `existing` (the workbook's sheets by lower-cased name, listed once per
 * set-up; names clash ignoring case) or inserts it at `insertIndex` (0-based tab position), and grows
 * its grid.
 */
export function openSheet(
  spec: SheetSpec,
  spreadsheet: Spreadsheet,
  existing: ReadonlyMap<string, Sheet>,
  insertIndex: number,
): OpenedSheet {
  const found = existing.get(spec.name.toLowerCase());
  const sheet = found ?? spreadsheet.insertSheet(spec.name, insertIndex);
  const created = !found;
  return { sheet, created, maxRows: ensureGrid(sheet, spec, created) };
}

/**
 * Widths only on a new sheet (afterwards they are the user's to change); a sheet with a header has
 * its header rows (and its name column, if the spec says so) frozen, set only when they differ (a new
 * sheet has none frozen).
 */
function layColumns(sheet: Sheet, spec: SheetSpec, created: boolean): void {
  if (created) {
    for (const run of columnRuns(spec.columns.map((column) => column.width))) {
      sheet.setColumnWidths(run.start, run.count, run.value);
    }
  }
  if (spec.frozenRows > 0 && (created ? 0 : sheet.getFrozenRows()) !== spec.frozenRows) {
    sheet.setFrozenRows(spec.frozenRows);
  }
  const frozenColumns = spec.frozenColumns ?? 0;
  if (frozenColumns > 0 && (created ? 0 : sheet.getFrozenColumns()) !== frozenColumns) {
    sheet.setFrozenColumns(frozenColumns);
  }
  for (const run of columnRuns(spec.columns.map((column) => (column.hidden ? true : undefined)))) {
    sheet.hideColumns(run.start, run.count);
  }
}

/**
 * Number formats and validations of the whole sheet in one range (plain and none above the data rows
 * unless the spec says otherwise); a custom-formula validation is set on its column's data rows.
 */
function formatSheet(sheet: Sheet, range: Range, spec: SheetSpec, maxRows: number, tools: SetupTools): void {
  range.setNumberFormats(formatGrid(spec, maxRows));
  const validations = validationGrid(spec, maxRows, tools.validation);
  if (validations) range.setDataValidations(validations);
  const rows = maxRows - spec.firstDataRow + 1;
  for (const { column, validation } of formulaValidations(spec.columns)) {
    sheet.getRange(spec.firstDataRow, column, rows, 1).setDataValidation(tools.validation(validation));
  }
}

/**
 * Brings an opened sheet to its spec: headers with notes, owned formulas, seeds into blank blocks,
 * widths, formats, validations, conditional formats, protection and chart. Values users entered are
 * never overwritten.
 */
export function fillSheet(opened: OpenedSheet, spec: SheetSpec, tools: SetupTools): void {
  const { sheet, created, maxRows } = opened;
  const range = sheet.getRange(1, 1, maxRows, spec.columns.length);
  writeCells(sheet, spec, created, { range, rows: maxRows, columns: spec.columns.length });
  layColumns(sheet, spec, created);
  formatSheet(sheet, range, spec, maxRows, tools);
  applyConditionalFormats(sheet, spec, created);
  if (spec.protect) protectSheet(sheet, created, tools.protections);
  if (spec.radarChart) ensureRadarChart(sheet, spec.radarChart, created);
}
