import type { CellBlock } from './spec';

/** A title and one line per colour, e.g. "Red: review overdue". */
export type Legend = readonly [title: string, ...lines: string[]];

/**
 * What a sheet's colours mean, as a column of text starting in the header row, right of the table
 * (`tableColumns` wide) after `gap` blank columns, so the table and the cells formulas, named ranges and
 * readers use never move. A seed: written into blank cells only, so set-up never writes over what a user
 * put there, and brings it back when it has been cleared. Sheets shows each line in full across the
 * empty columns to its right (keep lines short: a new sheet has 26 columns).
 */
export function legendBlock(tableColumns: number, legend: Legend, gap = 1): CellBlock {
  return { row: 1, column: tableColumns + gap + 1, cells: legend.map((line) => [line]) };
}
