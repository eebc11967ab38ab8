/** The active sheet as one HTML string: an accessible grid with frozen headers, built in a single pass. */
import type { CellView, SheetView } from '../protocol';
import { cellA1, columnLetter } from './a1';
import { escapeHtml, safeColor } from './escapeHtml';

/** Sheets' default row height, so charts anchored to cells land where they do in Sheets. */
export const ROW_HEIGHT = 21;
export const ROW_HEADER_WIDTH = 46;

function cellStyle(cell: CellView, top: number | null, left: number | null): string {
  const style: string[] = [];
  const background = safeColor(cell.background);
  const color = safeColor(cell.color);
  if (background) style.push(`background:${background}`);
  if (color) style.push(`color:${color}`);
  if (cell.bold) style.push('font-weight:bold');
  if (cell.italic) style.push('font-style:italic');
  const align =
    cell.align && /^(left|center|right)$/.test(cell.align) ? cell.align : cell.numeric ? 'right' : '';
  if (align) style.push(`text-align:${align}`);
  if (top !== null) style.push(`top:${top}px`);
  if (left !== null) style.push(`left:${left}px`);
  return style.length ? ` style="${style.join(';')}"` : '';
}

/**
 * How a cell's text shows past its right edge, as in Sheets: left-aligned text wider than its cell runs
 * on over the empty cells to its right. `width`: the pixels the text may use (on the cell it starts in);
 * `over`: the text runs over this (empty) cell; `through`: and on past its right edge, so that gridline
 * is not drawn.
 */
export interface Spill {
  readonly width?: number;
  readonly over?: boolean;
  readonly through?: boolean;
}

/** Average width of a character of the grid's 13 px Arial, to tell text that does not fit. */
const CHAR_WIDTH = 7;
const CELL_PADDING = 8;

function canRunOn(cell: CellView): boolean {
  return (
    cell.text !== '' && !cell.numeric && !cell.checkbox && !cell.dropdown && (cell.align ?? 'left') === 'left'
  );
}

function isEmpty(cell: CellView | undefined): boolean {
  return !!cell && cell.text === '' && !cell.checkbox && !cell.dropdown;
}

/** The spill of every cell of a row of the view (frozen columns keep their text to themselves). */
export function rowSpills(view: SheetView, cells: readonly CellView[]): Spill[] {
  const spills: Spill[] = cells.map(() => ({}));
  cells.forEach((cell, col) => {
    if (col < view.frozenCols || !canRunOn(cell)) return;
    const needed = cell.text.length * CHAR_WIDTH + CELL_PADDING;
    let width = view.columns[col]?.width ?? 100;
    let next = col + 1;
    while (width < needed && isEmpty(cells[next]) && view.columns[next]) {
      width += view.columns[next]?.width ?? 100;
      next++;
    }
    if (next === col + 1) return;
    spills[col] = { width: width - CELL_PADDING, through: true };
    for (let covered = col + 1; covered < next; covered++) {
      spills[covered] = { over: true, through: covered < next - 1 };
    }
  });
  return spills;
}

function cellHtml(
  cell: CellView,
  address: string,
  top: number | null,
  left: number | null,
  spill: Spill = {},
): string {
  const classes: string[] = [];
  if (top !== null) classes.push('frozen-row');
  if (left !== null) classes.push('frozen-col');
  if (spill.width !== undefined) classes.push('run-from');
  if (spill.over) classes.push('run-over');
  if (spill.through) classes.push('run-through');
  if (cell.dropdown) classes.push('dropdown');
  if (cell.checkbox) classes.push(cell.text === 'TRUE' ? 'checkbox checked' : 'checkbox');
  if (cell.flagged) classes.push('flagged');
  if (cell.note) classes.push('has-note');
  const tip = cell.error ?? cell.note;
  return (
    `<td role="gridcell" data-cell="${address}"` +
    (classes.length ? ` class="${classes.join(' ')}"` : '') +
    (cell.dropdown ? ' aria-haspopup="listbox"' : '') +
    (cell.flagged ? ' aria-invalid="true"' : '') +
    (tip ? ` title="${escapeHtml(tip)}"` : '') +
    cellStyle(cell, top, left) +
    (spill.width === undefined
      ? `>${escapeHtml(cell.text)}</td>`
      : `><span class="run-on" style="width:${spill.width}px">${escapeHtml(cell.text)}</span></td>`)
  );
}

/** Left offsets (px) of the frozen columns, after the row-number column. */
export function frozenLefts(view: SheetView): number[] {
  const lefts: number[] = [];
  let left = ROW_HEADER_WIDTH;
  for (const column of view.columns.slice(0, view.frozenCols)) {
    lefts.push(left);
    left += column.width;
  }
  return lefts;
}

/** One cell of the view (row and column 0-based in the view) as it sits in the grid. */
export function viewCellHtml(
  view: SheetView,
  lefts: readonly number[],
  row: number,
  col: number,
  cell: CellView,
  spill?: Spill,
): string {
  const top = row < view.frozenRows ? ROW_HEIGHT * (row + 1) : null;
  return cellHtml(cell, cellA1(row, view.columns[col]?.index ?? col), top, lefts[col] ?? null, spill);
}

export function gridHtml(view: SheetView): string {
  const lefts = frozenLefts(view);
  const width = ROW_HEADER_WIDTH + view.columns.reduce((sum, column) => sum + column.width, 0);
  const out: string[] = [
    `<table role="grid" aria-label="${escapeHtml(view.name)}" data-sheet="${escapeHtml(view.name)}" style="width:${width}px">`,
    `<colgroup><col style="width:${ROW_HEADER_WIDTH}px">`,
  ];
  for (const column of view.columns) out.push(`<col style="width:${column.width}px">`);
  out.push('</colgroup><thead><tr role="row"><th role="columnheader" class="corner" aria-label="Row"></th>');
  view.columns.forEach((column, col) => {
    const frozen = col < view.frozenCols ? ` class="frozen-col" style="left:${lefts[col]}px"` : '';
    out.push(`<th role="columnheader"${frozen}>${columnLetter(column.index)}</th>`);
  });
  out.push('</tr></thead><tbody>');
  view.cells.forEach((cells, row) => {
    const top = row < view.frozenRows ? ROW_HEIGHT * (row + 1) : null;
    const frozenRow =
      top === null ? '' : ` class="frozen-row${row === view.frozenRows - 1 ? ' frozen-edge' : ''}"`;
    out.push(
      `<tr role="row"${frozenRow}><th role="rowheader"${top === null ? '' : ` style="top:${top}px"`}>${row + 1}</th>`,
    );
    const spills = rowSpills(view, cells);
    cells.forEach((cell, col) => out.push(viewCellHtml(view, lefts, row, col, cell, spills[col])));
    out.push('</tr>');
  });
  out.push('</tbody></table>');
  return out.join('');
}
