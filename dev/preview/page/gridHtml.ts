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

function cellHtml(cell: CellView, address: string, top: number | null, left: number | null): string {
  const classes: string[] = [];
  if (top !== null) classes.push('frozen-row');
  if (left !== null) classes.push('frozen-col');
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
    `>${escapeHtml(cell.text)}</td>`
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
): string {
  const top = row < view.frozenRows ? ROW_HEIGHT * (row + 1) : null;
  return cellHtml(cell, cellA1(row, view.columns[col]?.index ?? col), top, lefts[col] ?? null);
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
    cells.forEach((cell, col) => out.push(viewCellHtml(view, lefts, row, col, cell)));
    out.push('</tr>');
  });
  out.push('</tbody></table>');
  return out.join('');
}
