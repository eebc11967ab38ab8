import type { CellBlock, ColumnSpec, HeaderBlock } from './spec';
import { FIRST_DATA_ROW, HEADER_ROW } from '../tables/layout';

/** A table's header row from A1: the headers in order, each with its note. */
export function headerRow<K extends string>(
  headers: Readonly<Record<K, string>>,
  notes: Readonly<Record<K, string>>,
): HeaderBlock {
  const keys = Object.keys(headers) as K[];
  return {
    row: HEADER_ROW,
    column: 1,
    cells: [keys.map((key) => headers[key])],
    notes: [keys.map((key) => notes[key])],
  };
}

/** The table's columns in header order. */
export function columnsInOrder<K extends string>(
  headers: Readonly<Record<K, string>>,
  columns: Readonly<Record<K, ColumnSpec>>,
): ColumnSpec[] {
  return (Object.keys(headers) as K[]).map((key) => columns[key]);
}

/** One formula in the first data row of a column (an array formula that fills the column). */
export function firstRowFormula(columnIndex: number, formula: string): CellBlock {
  return { row: FIRST_DATA_ROW, column: columnIndex + 1, cells: [[formula]] };
}

/**
 * Single-row blocks merged where they touch on the same row, so each run of adjacent cells is
 * written with one call.
 */
export function mergeAdjacent(blocks: readonly CellBlock[]): CellBlock[] {
  const sorted = [...blocks].sort((a, b) => a.row - b.row || a.column - b.column);
  const merged: CellBlock[] = [];
  for (const block of sorted) {
    const last = merged[merged.length - 1];
    const lastWidth = last?.cells[0]?.length ?? 0;
    if (
      last &&
      last.cells.length === 1 &&
      block.cells.length === 1 &&
      last.row === block.row &&
      last.column + lastWidth === block.column
    ) {
      merged[merged.length - 1] = { ...last, cells: [[...(last.cells[0] ?? []), ...(block.cells[0] ?? [])]] };
    } else merged.push(block);
  }
  return merged;
}
