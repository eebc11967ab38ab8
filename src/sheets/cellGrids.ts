import { FORMATS } from './formats';
import { batchValidation, type Box } from './sheetPlan';
import type { CellBlock, CellContent, HeaderBlock, SheetSpec, ValidationSpec } from './spec';

type FontWeight = 'bold' | 'normal';

/** A header block's rows are bold unless `boldRows` lists the ones that are. */
function rowWeight(header: HeaderBlock, row: number): FontWeight {
  return !header.boldRows || header.boldRows.includes(row) ? 'bold' : 'normal';
}

/** The font weight of each cell of a header block. */
export function headerWeights(header: HeaderBlock): FontWeight[][] {
  return header.cells.map((cells, row) => cells.map(() => rowWeight(header, row)));
}

/** What a new sheet's box of blocks holds, row-major: '' and normal weight where no block is. */
export interface BoxGrids {
  readonly values: CellContent[][];
  readonly notes: string[][];
  readonly weights: FontWeight[][];
}

function grid<T>(rows: number, columns: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array<T>(columns).fill(fill));
}

/** Calls `each` with every cell of a block, at its 0-based position within the box. */
function eachCell(
  block: CellBlock,
  box: Box,
  each: (row: number, column: number, content: CellContent, blockRow: number, blockColumn: number) => void,
): void {
  block.cells.forEach((cells, r) =>
    cells.forEach((content, c) =>
      each(block.row - box.row + r, block.column - box.column + c, content, r, c),
    ),
  );
}

/** Every block of a new sheet in one grid: headers with their notes and bold rows, owned cells and seeds. */
export function boxGrids(spec: SheetSpec, box: Box): BoxGrids {
  const values = grid<CellContent>(box.rows, box.columns, '');
  const notes = grid(box.rows, box.columns, '');
  const weights = grid<FontWeight>(box.rows, box.columns, 'normal');
  const put = <T>(target: T[][], row: number, column: number, value: T) => {
    (target[row] as T[])[column] = value;
  };
  for (const block of [...spec.owned, ...spec.seeds]) {
    eachCell(block, box, (row, column, content) => put(values, row, column, content));
  }
  for (const header of spec.headers) {
    eachCell(header, box, (row, column, content, r, c) => {
      put(values, row, column, content);
      put(notes, row, column, header.notes[r]?.[c] ?? '');
      put(weights, row, column, rowWeight(header, r));
    });
  }
  return { values, notes, weights };
}

/** Rows 1 to `maxRows` of a top-rows grid: rows above the data rows from `top`, data rows all `data`. */
function sheetGrid<T>(spec: SheetSpec, maxRows: number, top: T[][], data: T[]): T[][] {
  return Array.from(
    { length: maxRows },
    (_, index) => (index + 1 < spec.firstDataRow ? top[index] : data) as T[],
  );
}

function topGrid<T>(
  spec: SheetSpec,
  fill: T,
  cells: readonly { row: number; column: number; columns: number; value: T }[],
): T[][] {
  const top = grid(spec.firstDataRow - 1, spec.columns.length, fill);
  for (const { row, column, columns, value } of cells) {
    (top[row - 1] as T[]).fill(value, column - 1, column - 1 + columns);
  }
  return top;
}

/** Number formats of the whole sheet: the columns' on data rows; plain above them unless given. */
export function formatGrid(spec: SheetSpec, maxRows: number): string[][] {
  const top = topGrid(
    spec,
    FORMATS.plain as string,
    (spec.topFormats ?? []).map(({ format, ...cells }) => ({ ...cells, value: format })),
  );
  return sheetGrid(
    spec,
    maxRows,
    top,
    spec.columns.map((column) => column.numberFormat),
  );
}

/**
 * Validations of the whole sheet, built with `build`: the columns' on data rows (none for a custom
 * formula, which is set per column), none above them unless given. Undefined when the sheet has none.
 */
export function validationGrid<T>(
  spec: SheetSpec,
  maxRows: number,
  build: (validation: ValidationSpec) => T,
): (T | null)[][] | undefined {
  const data = spec.columns.map((column) => {
    const validation = batchValidation(column);
    return validation ? build(validation) : null;
  });
  const tops = spec.topValidations ?? [];
  if (tops.length === 0 && data.every((rule) => rule === null)) return undefined;
  const top = topGrid<T | null>(
    spec,
    null,
    tops.map(({ validation, ...cells }) => ({ ...cells, value: build(validation) })),
  );
  return sheetGrid(spec, maxRows, top, data);
}
