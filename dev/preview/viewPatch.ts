/**
 * The difference between two views of one sheet, so an edit's answer carries the cells that changed
 * rather than the whole sheet (a 1,000-engineer Team is 800 KB of JSON and 16,000 cells to redraw).
 */
import type { CellView, SheetPatch, SheetView } from './protocol';

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.every((item, i) => item === b[i]);
}

function sameCell(a: CellView, b: CellView): boolean {
  return (
    a.text === b.text &&
    a.input === b.input &&
    a.numeric === b.numeric &&
    a.background === b.background &&
    a.color === b.color &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.align === b.align &&
    a.note === b.note &&
    a.error === b.error &&
    a.checkbox === b.checkbox &&
    a.flagged === b.flagged &&
    sameList(a.dropdown, b.dropdown)
  );
}

/** Same frozen panes, columns, rows and charts: only cell contents may differ. */
function sameShape(a: SheetView, b: SheetView): boolean {
  return (
    a.name === b.name &&
    a.frozenRows === b.frozenRows &&
    a.frozenCols === b.frozenCols &&
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => c.index === b.columns[i]?.index && c.width === b.columns[i]?.width) &&
    a.cells.length === b.cells.length &&
    a.cells.every((row, i) => row.length === b.cells[i]?.length) &&
    JSON.stringify(a.charts) === JSON.stringify(b.charts)
  );
}

/** The cells that changed from `before` to `after`, or null when the sheet changed shape (send it whole). */
export function patchBetween(before: SheetView, after: SheetView): SheetPatch | null {
  if (!sameShape(before, after)) return null;
  const cells: [number, number, CellView][] = [];
  after.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const old = before.cells[r]?.[c];
      if (old === undefined || !sameCell(old, cell)) cells.push([r, c, cell]);
    }),
  );
  return { name: after.name, base: before.version, version: after.version, cells };
}
