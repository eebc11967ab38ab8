import { sameFormula } from './formulaText';
import type { CellBlock, CellContent, ColumnSpec, HeaderBlock, SheetSpec, ValidationSpec } from './spec';

/**
 * Pure planning for set-up: which blocks to (re)write given what the sheet holds, and the column
 * runs that let widths, formats and validations go out in a few batched calls.
 */
export interface Box {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** What the sheet holds inside a box: values, formulas ('' where none) and notes, row-major. */
export interface BoxContent {
  readonly box: Box;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly string[])[];
  readonly notes: readonly (readonly string[])[];
}

export function blockWidth(block: CellBlock): number {
  return Math.max(0, ...block.cells.map((row) => row.length));
}

export function boundingBox(blocks: readonly CellBlock[]): Box | undefined {
  if (blocks.length === 0) return undefined;
  const top = Math.min(...blocks.map((b) => b.row));
  const left = Math.min(...blocks.map((b) => b.column));
  const bottom = Math.max(...blocks.map((b) => b.row + b.cells.length - 1));
  const right = Math.max(...blocks.map((b) => b.column + blockWidth(b) - 1));
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function allBlocks(spec: SheetSpec): CellBlock[] {
  return [...spec.headers, ...spec.owned, ...spec.seeds];
}

function cellAt<T>(grid: readonly (readonly T[])[], box: Box, row: number, column: number): T | undefined {
  return grid[row - box.row]?.[column - box.column];
}

function isFormula(content: CellContent): content is string {
  return typeof content === 'string' && content.startsWith('=');
}

function sameCell(wanted: CellContent, current: BoxContent, row: number, column: number): boolean {
  if (isFormula(wanted)) return sameFormula(cellAt(current.formulas, current.box, row, column) ?? '', wanted);
  if (cellAt(current.formulas, current.box, row, column)) return false;
  const value = cellAt(current.values, current.box, row, column);
  if (wanted instanceof Date) return value instanceof Date && value.getTime() === wanted.getTime();
  return value === wanted;
}

function cellsOf(block: CellBlock): { row: number; column: number; content: CellContent }[] {
  return block.cells.flatMap((cells, r) =>
    cells.map((content, c) => ({ row: block.row + r, column: block.column + c, content })),
  );
}

function blockMatches(block: CellBlock, current: BoxContent): boolean {
  return cellsOf(block).every(({ row, column, content }) => sameCell(content, current, row, column));
}

function blockIsBlank(block: CellBlock, current: BoxContent): boolean {
  return cellsOf(block).every(
    ({ row, column }) =>
      !cellAt(current.formulas, current.box, row, column) &&
      [undefined, '', null].includes(cellAt(current.values, current.box, row, column) as null),
  );
}

function notesMatch(block: HeaderBlock, current: BoxContent): boolean {
  return block.notes.every((notes, r) =>
    notes.every((note, c) => cellAt(current.notes, current.box, block.row + r, block.column + c) === note),
  );
}

export interface BlockWrites {
  readonly headers: readonly HeaderBlock[];
  readonly cells: readonly CellBlock[];
}

/**
 * Blocks to write: headers and owned cells that differ (a header also when its notes differ),
 * and seeds whose whole block is blank. With no current content (a new sheet) everything is written.
 */
export function blocksToWrite(spec: SheetSpec, current: BoxContent | undefined): BlockWrites {
  if (!current) return { headers: spec.headers, cells: [...spec.owned, ...spec.seeds] };
  return {
    headers: spec.headers.filter((block) => !blockMatches(block, current) || !notesMatch(block, current)),
    cells: [
      ...spec.owned.filter((block) => !blockMatches(block, current)),
      ...spec.seeds.filter((block) => blockIsBlank(block, current)),
    ],
  };
}

export interface ColumnRun<T> {
  /** 1-based first column. */
  readonly start: number;
  readonly count: number;
  readonly value: T;
}

/** Consecutive columns sharing a value, for one call per run; undefined values are skipped. */
export function columnRuns<T>(values: readonly (T | undefined)[]): ColumnRun<T>[] {
  const runs: ColumnRun<T>[] = [];
  values.forEach((value, index) => {
    if (value === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.start + last.count === index + 1) {
      runs[runs.length - 1] = { ...last, count: last.count + 1 };
    } else runs.push({ start: index + 1, count: 1, value });
  });
  return runs;
}

/** Validations that can be set cell by cell in one batch (a custom formula is column-relative). */
export function batchValidation(column: ColumnSpec): ValidationSpec | undefined {
  return column.validation?.kind === 'formula' ? undefined : column.validation;
}

export function formulaValidations(
  columns: readonly ColumnSpec[],
): { column: number; validation: ValidationSpec }[] {
  return columns.flatMap((spec, index) =>
    spec.validation?.kind === 'formula' ? [{ column: index + 1, validation: spec.validation }] : [],
  );
}

/**
 * One-row blocks on the same row joined into one write when every cell between them is blank, the
 * gap written as blank (which changes nothing), so a row of formulas split by empty columns is one call.
 */
export function joinOverBlanks(blocks: readonly CellBlock[], current: BoxContent): CellBlock[] {
  const sorted = [...blocks].sort((a, b) => a.row - b.row || a.column - b.column);
  const joined: CellBlock[] = [];
  for (const block of sorted) {
    const last = joined[joined.length - 1];
    const end = last ? last.column + blockWidth(last) : 0;
    const gap: CellBlock = {
      row: block.row,
      column: end,
      cells: [Array<CellContent>(Math.max(0, block.column - end)).fill('')],
    };
    if (
      last &&
      last.cells.length === 1 &&
      block.cells.length === 1 &&
      last.row === block.row &&
      end <= block.column &&
      blockIsBlank(gap, current)
    ) {
      joined[joined.length - 1] = {
        ...last,
        cells: [[...(last.cells[0] ?? []), ...(gap.cells[0] ?? []), ...(block.cells[0] ?? [])]],
      };
    } else joined.push(block);
  }
  return joined;
}
