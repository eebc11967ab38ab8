/**
 * A sheet as the page draws it: the runtime's render-ready snapshot of the visible columns, cut to the
 * cells that show something (array formulas fill whole columns with blanks) plus room to type.
 */
import type { Runtime, SheetInfo } from '../runtime';
import { localeRules } from '../runtime/locale';
import { chartViews } from './chartView';
import { columnLetter, onSheet } from './page/a1';
import type { CellView, ColumnView, SheetView } from './protocol';

/** Empty rows and columns below and right of the content, so there is room to type. */
const ROOM_ROWS = 20;
const ROOM_COLUMNS = 1;
const DEFAULT_COLUMN_WIDTH = 100;
/** Average pixels per character of the grid's text (as the page's run-on estimate). */
const RUN_ON_CHAR_WIDTH = 7;

type Snapshot = ReturnType<Runtime['workbook']['snapshot']>;
type SnapshotCell = Snapshot['cells'][number][number];

/** A text value that, typed back as is, would become a formula or a number keeps Sheets' leading apostrophe. */
function typedText(value: string): string {
  const reparsed = /^[=+'-]/.test(value) || (value.trim() !== '' && !Number.isNaN(Number(value)));
  return reparsed ? `'${value}` : value;
}

/** What the editor starts with: typed back in the spreadsheet's locale, it gives the same value. */
function editorInput(cell: SnapshotCell, decimal: string): string {
  if (cell.formula) return cell.formula;
  const value = cell.value;
  if (value instanceof Date) return cell.display;
  if (typeof value === 'string') return typedText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).replace('.', decimal);
}

function cellView(cell: SnapshotCell, decimal: string): CellView {
  const view: { -readonly [K in keyof CellView]: CellView[K] } = {
    text: cell.display,
    input: editorInput(cell, decimal),
  };
  if (typeof cell.value === 'number' || cell.value instanceof Date) view.numeric = true;
  if (cell.background.toLowerCase() !== '#ffffff') view.background = cell.background;
  if (cell.fontColor.toLowerCase() !== '#000000') view.color = cell.fontColor;
  if (cell.bold) view.bold = true;
  if (cell.italic) view.italic = true;
  if (cell.align && /^(left|center|right)$/i.test(cell.align)) view.align = cell.align.toLowerCase();
  if (cell.note) view.note = cell.note;
  if (cell.error) view.error = cell.error;
  if (cell.dropdown) view.dropdown = cell.dropdown;
  if (cell.checkbox) view.checkbox = true;
  if (cell.flagged) view.flagged = true;
  return view;
}

/**
 * The last row and column with a value that is not blank (0 when the sheet shows nothing); array formulas
 * fill whole columns with "". (Values, not display values: formatting 16,000 cells twice was a third of
 * a 1,000-row view.)
 */
function shownExtent(
  rt: Runtime,
  name: string,
  lastRow: number,
  lastColumn: number,
): { rows: number; cols: number; longest: number } {
  if (lastRow === 0 || lastColumn === 0) return { rows: 0, cols: 0, longest: 0 };
  const shown = rt.workbook.values(onSheet(name, `A1:${columnLetter(lastColumn - 1)}${lastRow}`));
  let rows = 0;
  let cols = 0;
  shown.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === '') return;
      rows = r + 1;
      cols = Math.max(cols, c + 1);
    }),
  );
  // the longest text of the last column, which runs on over the empty columns right of it (as in Sheets)
  const longest = Math.max(
    0,
    ...shown.map((row) => (typeof row[cols - 1] === 'string' ? String(row[cols - 1]).length : 0)),
  );
  return { rows, cols, longest };
}

/** Columns right of the content: room to type, and room for the last column's text to run on. */
function roomColumns(info: SheetInfo, shownCols: number, longest: number): number {
  const needed = longest * RUN_ON_CHAR_WIDTH;
  let room = 0;
  let width = info.columnWidths[shownCols] ?? DEFAULT_COLUMN_WIDTH;
  while (shownCols + room < info.maxColumns && (room < ROOM_COLUMNS || width < needed)) {
    room++;
    width += info.columnWidths[shownCols + room] ?? DEFAULT_COLUMN_WIDTH;
  }
  return room;
}

/** The sheet as the page draws it; `version` tells this computation of it from earlier ones. */
export function sheetView(rt: Runtime, name: string, version: number): SheetView {
  const info = rt.workbook.sheet(name);
  const shown = shownExtent(rt, name, info.lastRow, info.lastColumn);
  const cols = Math.max(shown.cols, info.frozenColumns);
  const snapshot = rt.workbook.snapshot(name, {
    rows: Math.max(shown.rows, info.frozenRows) + ROOM_ROWS,
    cols: cols + roomColumns(info, cols, cols === shown.cols ? shown.longest : 0),
  });
  const { decimal } = localeRules(rt.workbook.locale());
  const hidden = new Set(snapshot.hiddenColumns.map((column) => column - 1));
  const visible = Array.from({ length: snapshot.cols }, (_c, index) => index).filter(
    (index) => !hidden.has(index),
  );
  const columns: ColumnView[] = visible.map((index) => ({
    index,
    width: snapshot.columnWidths[index + 1] ?? DEFAULT_COLUMN_WIDTH,
  }));
  return {
    name: snapshot.sheet,
    version,
    frozenRows: snapshot.frozenRows,
    frozenCols: visible.filter((index) => index < snapshot.frozenColumns).length,
    columns,
    cells: snapshot.cells.map((row) => visible.map((index) => cellView(row[index] as SnapshotCell, decimal))),
    charts: chartViews(rt, name),
  };
}
