import { boxGrids, headerWeights } from './cellGrids';
import {
  allBlocks,
  blocksToWrite,
  blockWidth,
  boundingBox,
  joinOverBlanks,
  type Box,
  type BoxContent,
} from './sheetPlan';
import type { CellBlock, SheetSpec } from './spec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

function boxRange(sheet: Sheet, box: Box): Range {
  return sheet.getRange(box.row, box.column, box.rows, box.columns);
}

function blockRange(sheet: Sheet, block: CellBlock): Range {
  return sheet.getRange(block.row, block.column, block.cells.length, blockWidth(block));
}

const copyRows = <T>(rows: readonly (readonly T[])[]) => rows.map((row) => [...row]);

/** A grid grown to `rows` × `columns`, new cells `fill`. */
function padded<T>(grid: readonly (readonly T[])[], rows: number, columns: number, fill: T): T[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => grid[r]?.[c] ?? fill),
  );
}

/** The sheet's whole range from A1 (what formats and validations are set on) and its size. */
export interface WholeRange {
  readonly range: Range;
  readonly rows: number;
  readonly columns: number;
}

/**
 * A new sheet: every block in one range, with one call each for values, notes and weights. When the
 * blocks sit inside the sheet's whole range, that range is used, padded with blank cells, so the
 * formats and validations set on it afterwards need no range of their own.
 */
function fillNewSheet(sheet: Sheet, spec: SheetSpec, box: Box, whole: WholeRange): void {
  const grids = boxGrids(spec, box);
  const inside = box.row === 1 && box.column === 1 && box.rows <= whole.rows && box.columns <= whole.columns;
  if (!inside) {
    boxRange(sheet, box).setValues(grids.values).setNotes(grids.notes).setFontWeights(grids.weights);
    return;
  }
  const { rows, columns } = whole;
  whole.range
    .setValues(padded(grids.values, rows, columns, ''))
    .setNotes(padded(grids.notes, rows, columns, ''))
    .setFontWeights(padded(grids.weights, rows, columns, 'normal'));
}

/**
 * An existing sheet: one read of the box (its notes only when a header's text is intact and they
 * decide whether it is rewritten), then only the blocks that are missing or differ.
 */
function repairSheet(sheet: Sheet, spec: SheetSpec, box: Box): void {
  const range = boxRange(sheet, box);
  let notes: string[][] | undefined;
  const current: BoxContent = {
    box,
    values: range.getValues(),
    formulas: range.getFormulas(),
    get notes() {
      notes ??= range.getNotes();
      return notes;
    },
  };
  const writes = blocksToWrite(spec, current);
  for (const header of writes.headers) {
    const written = blockRange(sheet, header)
      .setValues(copyRows(header.cells))
      .setNotes(copyRows(header.notes));
    if (header.boldRows) written.setFontWeights(headerWeights(header));
    else written.setFontWeight('bold');
  }
  for (const block of joinOverBlanks(writes.cells, current))
    blockRange(sheet, block).setValues(copyRows(block.cells));
}

/**
 * Headers with notes, owned formulas and seeds: all written at once on a new sheet; on an existing
 * one only what is missing or wrong, and seeds only into blank blocks (never over user values).
 */
export function writeCells(sheet: Sheet, spec: SheetSpec, created: boolean, whole: WholeRange): void {
  const box = boundingBox(allBlocks(spec));
  if (!box) return;
  if (created) fillNewSheet(sheet, spec, box, whole);
  else repairSheet(sheet, spec, box);
}
