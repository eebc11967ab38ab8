import { InputError } from './inputError';

/** What Sheets passes a custom function: a single value, or a 2-D array for a range. */
export type CellInput = unknown;
export type Grid = unknown[][];

export interface Argument {
  readonly name: string;
  readonly value: CellInput;
  /** A blank required cell gives a blank result instead of an error. */
  readonly required: boolean;
  /** Passed whole to every cell (e.g. a kind written once), never spread over the range. */
  readonly scalarOnly?: boolean;
}

export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

function isGrid(value: unknown): value is Grid {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

function shapeOf(grid: Grid): string {
  return `${grid.length}×${grid[0]?.length ?? 0}`;
}

/**
 * Applies `compute` cell by cell across arguments that are single values or same-shaped ranges.
 * Returns a single value when every argument is a single cell, otherwise a same-shaped grid where a
 * bad row shows its error message as text and the other rows still compute.
 */
export function mapCells(
  fnName: string,
  args: readonly Argument[],
  compute: (cells: unknown[]) => unknown,
): unknown {
  let shape: { rows: number; cols: number; from: string } | undefined;
  const unwrapped = args.map((arg) => {
    if (!isGrid(arg.value)) return arg.value;
    const grid = arg.value;
    if (grid.length === 1 && grid[0]?.length === 1) return grid[0][0];
    if (arg.scalarOnly) {
      throw new Error(`${fnName}: ${arg.name} must be a single cell or value, not a ${shapeOf(grid)} range`);
    }
    const rows = grid.length;
    const cols = grid[0]?.length ?? 0;
    if (!shape) shape = { rows, cols, from: arg.name };
    else if (shape.rows !== rows || shape.cols !== cols) {
      throw new Error(
        `${fnName}: ${arg.name} is a ${shapeOf(grid)} range but ${shape.from} is ${shape.rows}×${shape.cols}; ranges must have the same shape (or be a single cell)`,
      );
    }
    return grid;
  });
  const computeCell = (cells: unknown[]): unknown => {
    if (args.some((arg, i) => arg.required && isBlank(cells[i]))) return '';
    return compute(cells);
  };
  if (!shape) {
    try {
      return computeCell(unwrapped);
    } catch (error) {
      throw asFunctionError(fnName, error);
    }
  }
  const gridShape = shape;
  const out: unknown[][] = new Array(gridShape.rows);
  const cells: unknown[] = new Array(args.length);
  for (let r = 0; r < gridShape.rows; r += 1) {
    const row: unknown[] = new Array(gridShape.cols);
    for (let c = 0; c < gridShape.cols; c += 1) {
      for (let i = 0; i < unwrapped.length; i += 1) {
        const value = unwrapped[i];
        cells[i] = isGrid(value) ? (value[r] as unknown[])[c] : value;
      }
      try {
        row[c] = computeCell(cells);
      } catch (error) {
        row[c] = asFunctionError(fnName, error).message;
      }
    }
    out[r] = row;
  }
  return out;
}

/** Prefixes an input problem with the function's name; other errors pass through unchanged. */
export function asFunctionError(fnName: string, error: unknown): Error {
  if (error instanceof InputError) return new Error(`${fnName}: ${error.message}`);
  return error instanceof Error ? error : new Error(String(error));
}
