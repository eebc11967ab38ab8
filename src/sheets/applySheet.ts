import { protectSheet } from './protection';
import { ensureRadarChart } from './radarChart';
import { conditionalFormatRule } from './rules';
import {
  allBlocks,
  batchValidation,
  blocksToWrite,
  blockWidth,
  boundingBox,
  columnRuns,
  columnSpan,
  definedRuns,
  spans,
  formulaValidations,
  type Box,
  type BoxContent,
} from './sheetPlan';
import type { CellBlock, SheetSpec, ValidationSpec } from './spec';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** A sheet found or created, grown to its spec's size. */
export interface OpenedSheet {
  readonly sheet: Sheet;
  readonly created: boolean;
  readonly maxRows: number;
}

/** The size of a sheet made by insertSheet (Sheets' default grid). */
const NEW_SHEET_SIZE = { rows: 1000, columns: 26 } as const;

export interface SetupTools {
  readonly spreadsheet: Spreadsheet;
  readonly validation: (spec: ValidationSpec) => DataValidation;
}

function readBox(sheet: Sheet, box: Box): BoxContent {
  const range = sheet.getRange(box.row, box.column, box.rows, box.columns);
  return { box, values: range.getValues(), formulas: range.getFormulas(), notes: range.getNotes() };
}

function blockRange(sheet: Sheet, block: CellBlock) {
  return sheet.getRange(block.row, block.column, block.cells.length, blockWidth(block));
}

/** Grows the grid to the spec's size; never shrinks it. Returns the number of rows. */
function ensureGrid(sheet: Sheet, spec: SheetSpec, created: boolean): number {
  const rows = created ? NEW_SHEET_SIZE.rows : sheet.getMaxRows();
  if (rows < spec.minRows) sheet.insertRowsAfter(rows, spec.minRows - rows);
  const columns = created ? NEW_SHEET_SIZE.columns : sheet.getMaxColumns();
  if (columns < spec.columns.length) sheet.insertColumnsAfter(columns, spec.columns.length - columns);
  return Math.max(rows, spec.minRows);
}

/** Finds the spec's sheet or inserts it at `insertIndex` (0-based tab position), and grows its grid. */
export function openSheet(spec: SheetSpec, spreadsheet: Spreadsheet, insertIndex: number): OpenedSheet {
  const existing = spreadsheet.getSheetByName(spec.name);
  const sheet = existing ?? spreadsheet.insertSheet(spec.name, insertIndex);
  const created = !existing;
  return { sheet, created, maxRows: ensureGrid(sheet, spec, created) };
}

function writeBlocks(sheet: Sheet, spec: SheetSpec, current: BoxContent | undefined): void {
  const writes = blocksToWrite(spec, current);
  for (const header of writes.headers) {
    const range = blockRange(sheet, header)
      .setValues(header.cells.map((row) => [...row]))
      .setNotes(header.notes.map((row) => [...row]));
    if (header.boldRows) {
      const width = blockWidth(header);
      range.setFontWeights(
        header.cells.map((_, r) =>
          Array<GoogleAppsScript.Spreadsheet.FontWeight>(width).fill(
            header.boldRows?.includes(r) ? 'bold' : 'normal',
          ),
        ),
      );
    } else range.setFontWeight('bold');
  }
  for (const block of writes.cells) blockRange(sheet, block).setValues(block.cells.map((row) => [...row]));
}

/** Widths and frozen rows only on a new sheet: afterwards they are the user's to change. */
function layColumns(sheet: Sheet, spec: SheetSpec, created: boolean): void {
  if (created) {
    for (const run of columnRuns(spec.columns.map((column) => column.width))) {
      sheet.setColumnWidths(run.start, run.count, run.value);
    }
    if (spec.frozenRows > 0) sheet.setFrozenRows(spec.frozenRows);
  }
  for (const run of columnRuns(spec.columns.map((column) => (column.hidden ? true : undefined)))) {
    sheet.hideColumns(run.start, run.count);
  }
}

/**
 * Number formats and validations of the data rows: one range per run of formatted columns, the
 * validations set on the same range when it spans them (a column without one gets none).
 */
function formatDataRows(sheet: Sheet, spec: SheetSpec, maxRows: number, tools: SetupTools): void {
  const rows = maxRows - spec.firstDataRow + 1;
  if (rows < 1) return;
  const repeat = <T>(row: T[]) => Array.from({ length: rows }, () => row);
  const validations = columnSpan(spec.columns.map(batchValidation));
  let validated = !validations;
  for (const run of definedRuns(spec.columns.map((column) => column.numberFormat))) {
    const range = sheet.getRange(spec.firstDataRow, run.start, rows, run.values.length);
    range.setNumberFormats(repeat(run.values));
    if (validations && spans(run, validations)) {
      const row = spec.columns
        .slice(run.start - 1, run.start - 1 + run.values.length)
        .map((column) => batchValidation(column));
      range.setDataValidations(repeat(row.map((v) => (v ? tools.validation(v) : null))));
      validated = true;
    }
  }
  if (validations && !validated) {
    const row = validations.values.map((validation) => (validation ? tools.validation(validation) : null));
    sheet.getRange(spec.firstDataRow, validations.start, rows, row.length).setDataValidations(repeat(row));
  }
  for (const { column, validation } of formulaValidations(spec.columns)) {
    sheet.getRange(spec.firstDataRow, column, rows, 1).setDataValidation(tools.validation(validation));
  }
  for (const { range, format } of spec.rangeFormats ?? []) sheet.getRange(range).setNumberFormat(format);
  for (const { range, validation } of spec.rangeValidations ?? []) {
    sheet.getRange(range).setDataValidation(tools.validation(validation));
  }
}

/** Replaces the sheet's conditional formats with the spec's, so they are never doubled. */
function applyConditionalFormats(sheet: Sheet, spec: SheetSpec): void {
  if (spec.conditionalFormats.length === 0) return;
  const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  const rangeOf = (a1: string) => {
    let range = ranges.get(a1);
    if (!range) ranges.set(a1, (range = sheet.getRange(a1)));
    return range;
  };
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  spec.conditionalFormats.forEach((rule, index) => {
    const previous = spec.conditionalFormats[index - 1];
    const sameRanges =
      previous?.kind !== 'gradient' &&
      rule.kind !== 'gradient' &&
      previous?.ranges.join() === rule.ranges.join();
    rules.push(
      conditionalFormatRule(rule, rule.ranges.map(rangeOf), sameRanges ? rules[index - 1] : undefined),
    );
  });
  sheet.setConditionalFormatRules(rules);
}

/**
 * Brings an opened sheet to its spec: headers with notes, owned formulas, seeds into blank blocks,
 * widths, formats, validations, conditional formats, protection and chart. Values users entered are
 * never overwritten.
 */
export function fillSheet(opened: OpenedSheet, spec: SheetSpec, tools: SetupTools): void {
  const { sheet, created, maxRows } = opened;
  const box = boundingBox(allBlocks(spec));
  const current = created || !box ? undefined : readBox(sheet, box);
  writeBlocks(sheet, spec, current);
  layColumns(sheet, spec, created);
  formatDataRows(sheet, spec, maxRows, tools);
  applyConditionalFormats(sheet, spec);
  if (spec.protect) protectSheet(sheet);
  if (spec.radarChart) ensureRadarChart(sheet, spec.radarChart);
}
