import type { BandMatrix } from '../domain/bands';
import { DEFAULT_LADDER, type Ladder } from '../domain/ladder';
import { parseBands } from '../tables/bands';
import { parseLadder } from '../tables/ladder';
import { TableError } from '../tables/reader';
import { isBlank, isGrid } from './grid';

interface TableKind<T> {
  readonly argument: string;
  readonly title: string;
  readonly example: string;
  readonly parse: (rows: unknown[][], source: 'argument') => T;
}

const LADDER_TABLE: TableKind<Ladder> = {
  argument: 'ladder',
  title: 'Ladder',
  example: 'Ladder!A1:K',
  parse: parseLadder,
};

const BANDS_TABLE: TableKind<BandMatrix> = {
  argument: 'bands',
  title: 'Salary Bands',
  example: "'Salary Bands'!A1:H",
  parse: parseBands,
};

/** Parses a whole-table argument; a problem in the table throws, naming the function. */
function tableArgument<T>(fnName: string, value: unknown, table: TableKind<T>): T {
  if (!isGrid(value)) {
    const got = isBlank(value) ? '' : ', not a single value';
    throw new Error(
      `${fnName}: ${table.argument} must be the ${table.title} table range including its header row (e.g. ${table.example})${got}`,
    );
  }
  try {
    return table.parse(value, 'argument');
  } catch (error) {
    if (error instanceof TableError) throw new Error(`${fnName}: ${error.message}`);
    throw error;
  }
}

/** The ladder a formula passed as its trailing argument, or the built-in default when omitted. */
export function ladderArgument(fnName: string, value: unknown): Ladder {
  if (isBlank(value)) return DEFAULT_LADDER;
  return tableArgument(fnName, value, LADDER_TABLE);
}

/** The Salary Bands table a formula passed (required: the add-on has no built-in amounts). */
export function bandsArgument(fnName: string, value: unknown): BandMatrix {
  return tableArgument(fnName, value, BANDS_TABLE);
}
