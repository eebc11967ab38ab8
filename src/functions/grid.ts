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

export function isGrid(value: unknown): value is Grid {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

/** An argument as the cell loop reads it: a single value, or a range with its size. */
type Operand =
  | { readonly single: true; readonly value: unknown }
  | { readonly single: false; readonly grid: Grid; readonly rows: number; readonly cols: number };

function operandOf(fnName: string, arg: Argument): Operand {
  if (!isGrid(arg.value)) return { single: true, value: arg.value };
  const grid = arg.value;
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  if (rows === 1 && cols === 1) return { single: true, value: (grid[0] as unknown[])[0] };
  if (arg.scalarOnly) {
    throw new Error(`${fnName}: ${arg.name} must be a single cell or value, not a ${rows}×${cols} range`);
  }
  return { single: false, grid, rows, cols };
}

/**
 * The shape of the result: ranges must agree, except that a one-row range repeats down every row
 * and a one-column range repeats across every column (a position per row against five axis cells).
 */
function resultShape(
  fnName: string,
  args: readonly Argument[],
  operands: readonly Operand[],
): { rows: number; cols: number } | undefined {
  let shape: { rows: number; cols: number; from: string } | undefined;
  operands.forEach((operand, i) => {
    if (operand.single) return;
    const name = (args[i] as Argument).name;
    if (!shape) {
      shape = { rows: operand.rows, cols: operand.cols, from: name };
      return;
    }
    const rows = fit(shape.rows, operand.rows);
    const cols = fit(shape.cols, operand.cols);
    if (rows === undefined || cols === undefined) {
      throw new Error(
        `${fnName}: ${name} is a ${operand.rows}×${operand.cols} range but ${shape.from} is ${shape.rows}×${shape.cols} (ranges must have the same size; only a single row or column is repeated to fit)`,
      );
    }
    shape = { rows, cols, from: rows === shape.rows && cols === shape.cols ? shape.from : name };
  });
  return shape;
}

function fit(a: number, b: number): number | undefined {
  if (a === b || b === 1) return a;
  return a === 1 ? b : undefined;
}

/**
 * Applies `compute` cell by cell across arguments that are single values or ranges.
 * Returns a single value when every argument is a single cell (a bad value throws), otherwise a
 * grid of the ranges' shape where a bad cell shows its error message as text and the others compute.
 */
export function mapCells(
  fnName: string,
  args: readonly Argument[],
  compute: (...cells: unknown[]) => unknown,
): unknown {
  const operands = args.map((arg) => operandOf(fnName, arg));
  const requiredIndexes = args.flatMap((arg, i) => (arg.required ? [i] : []));
  const cells = operands.map((operand) => (operand.single ? operand.value : undefined));
  const computeCell = (): unknown => {
    for (let k = 0; k < requiredIndexes.length; k += 1) {
      if (isBlank(cells[requiredIndexes[k] as number])) return '';
    }
    return compute(...cells);
  };
  const shape = resultShape(fnName, args, operands);
  if (!shape) {
    try {
      return computeCell();
    } catch (error) {
      throw asFunctionError(fnName, error);
    }
  }
  // Single values stay in place; only the ranges' cells change from one cell to the next.
  const ranges = operands.flatMap((operand, index) => (operand.single ? [] : [{ index, ...operand }]));
  const out: unknown[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r += 1) {
    const row: unknown[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c += 1) {
      for (let k = 0; k < ranges.length; k += 1) {
        const range = ranges[k] as (typeof ranges)[number];
        cells[range.index] = (range.grid[range.rows === 1 ? 0 : r] as unknown[])[range.cols === 1 ? 0 : c];
      }
      try {
        row[c] = computeCell();
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
