import type * as z from 'zod/mini';
import { isBlank, isErrorValue } from './cells';
import { locateColumns } from './headers';
import { FIRST_DATA_ROW, HEADER_ROW } from './layout';

/** One thing wrong in a table, at a cell (1-based sheet row and column). */
export interface Problem {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly message: string;
  /** The problem as an error says it, where it is by table row then what: `ladder row 3: …`. */
  readonly sentence: string;
}

/** A table refused as a whole: the message of its first problem. */
export class TableError extends Error {
  override readonly name = 'TableError';
}

/** The cells of one row by field key, as read. */
export type RowCells = Readonly<Record<string, unknown>>;

/** One column of a table: where it is, what its cells may hold and how a bad cell is described. */
export interface Field<T, C> {
  readonly header: string;
  /** The sheet may lack this column; its cells then read as blank. */
  readonly optionalColumn?: boolean;
  readonly schema: z.ZodMiniType<T> | ((context: C) => z.ZodMiniType<T>);
  /** What is wrong with a value the schema refused, as a person reads it. */
  readonly problem: (value: unknown, row: RowCells, context: C) => string;
}

// Fields differ in their value types; each is read by its own schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Fields<C> = Readonly<Record<string, Field<any, C>>>;

export type Values<F> = { readonly [K in keyof F]: F[K] extends Field<infer T, infer _C> ? T : never };

/** A check across the fields of one row, made once all of `keys` are readable; reported at `at`. */
export interface RowRule<F, C> {
  readonly keys: readonly (keyof F & string)[];
  readonly at: keyof F & string;
  readonly check: (values: Values<F>, context: C) => string | undefined;
}

export interface TableSpec<F extends Fields<C>, Row, C> {
  readonly sheet: string;
  /** How a formula's argument names it: "the ladder table", "ladder row 3". */
  readonly title: string;
  /** The table's fields in order, or the ones its header row has (a string: what is wrong with it). */
  readonly fields: F | ((header: readonly unknown[], name: string) => F | string);
  readonly rules?: readonly RowRule<F, C>[];
  /** A field no two rows may share (compared ignoring case), and how a repeat is described. */
  readonly unique?: {
    readonly key: keyof F & string;
    readonly problem: (value: string, firstRow: number) => string;
  };
  /** What the rows are ("positions"), for a table that has none. */
  readonly rowsAre?: string;
  /** How an error names a row beside its number, e.g. the engineer's name. */
  readonly nameOf?: (row: RowCells) => string | undefined;
  readonly build: (values: Values<F>, context: C) => Row;
}

/** A table passed to a formula as an argument, or read from its sheet (set-up, the sidebar, Check workbook). */
export type Source = 'argument' | 'sheet';

export interface ReadOptions<C> {
  readonly source: Source;
  readonly context: C;
  /** The sheet row of the first row after the header (a single row read on its own: that row). */
  readonly firstRow?: number;
}

export interface ReadRow<Row> {
  readonly row: number;
  readonly value: Row;
}

export interface TableRead<Row> {
  /** 1-based column of each field the sheet has, by key. */
  readonly columns: Readonly<Record<string, number>>;
  /** The readable rows, in sheet order. */
  readonly rows: readonly ReadRow<Row>[];
  /** Every problem, in sheet order; a row with one is not among `rows`. */
  readonly problems: readonly Problem[];
  /** Every row with something in it (readable or not) and the fields of it that could be read. */
  readonly filled: readonly { readonly row: number; readonly fields: Readonly<Record<string, unknown>> }[];
}

const FILLED = (value: unknown) => !isBlank(value) && value !== false;

/**
 * Reads a table (header row first, columns found by header) in one pass: every readable row as a typed
 * value, and every problem at its cell. A row whose field cells are all blank is skipped.
 */
export function readTable<F extends Fields<C>, Row, C>(
  spec: TableSpec<F, Row, C>,
  values: readonly (readonly unknown[])[],
  { source, context, firstRow = FIRST_DATA_ROW }: ReadOptions<C>,
): TableRead<Row> {
  const name = source === 'argument' ? `the ${spec.title} table` : `the ${spec.sheet} sheet`;
  const remedy =
    source === 'argument'
      ? `pass the whole ${spec.sheet} table including its header row`
      : 'run Set up workbook to repair it';
  const problems: Problem[] = [];
  const rows: ReadRow<Row>[] = [];
  const located: Record<string, number> = {};
  const filled: { row: number; fields: Record<string, unknown> }[] = [];
  const tableProblem = (row: number, message: string) =>
    problems.push({ sheet: spec.sheet, row, column: 1, message, sentence: message });
  const [header, ...body] = values;
  const fields: F | string = !header
    ? `${name} is empty`
    : typeof spec.fields === 'function'
      ? spec.fields(header, name)
      : spec.fields;
  if (!header || typeof fields === 'string') {
    tableProblem(HEADER_ROW, `${fields as string}; ${remedy}`);
    return { columns: located, rows, problems, filled };
  }
  const keys = Object.keys(fields) as (keyof F & string)[];
  const headers = Object.fromEntries(keys.map((key) => [key, fields[key]?.header])) as Record<string, string>;
  const { columns } = locateColumns(header, headers);
  for (const key of keys) if (columns[key] !== undefined) located[key] = (columns[key] as number) + 1;
  const missing = keys.filter((key) => columns[key] === undefined && !fields[key]?.optionalColumn);
  if (missing.length > 0) {
    const list = missing.map((key) => `"${headers[key]}"`).join(', ');
    tableProblem(HEADER_ROW, `${name} has no ${list} column; ${remedy}`);
    return { columns: located, rows, problems, filled };
  }
  const schemas = Object.fromEntries(
    keys.map((key) => {
      const { schema } = fields[key] as Field<unknown, C>;
      return [key, typeof schema === 'function' ? schema(context) : schema];
    }),
  ) as Record<string, z.ZodMiniType>;
  const seen = new Map<string, number>();
  body.forEach((cells, index) => {
    const row = firstRow + index;
    const raw = Object.fromEntries(
      keys.map((key) => [key, columns[key] === undefined ? '' : (cells[columns[key] as number] ?? '')]),
    ) as RowCells;
    if (!keys.some((key) => FILLED(raw[key]))) return;
    const named = source === 'sheet' ? spec.nameOf?.(raw) : undefined;
    const where = `${source === 'argument' ? spec.title : spec.sheet} row ${row}${named ? ` (${named})` : ''}`;
    const before = problems.length;
    const problem = (key: string, message: string) =>
      problems.push({
        sheet: spec.sheet,
        row,
        column: (columns[key] ?? 0) + 1,
        message,
        sentence: `${where}: ${message}`,
      });
    const read: Record<string, unknown> = {};
    filled.push({ row, fields: read });
    const readable = new Set<string>();
    for (const key of keys) {
      const field = fields[key] as Field<unknown, C>;
      const value = raw[key];
      if (isErrorValue(value)) {
        problem(key, `${field.header} shows ${value}, the error of a formula; type the value itself`);
        continue;
      }
      const result = (schemas[key] as z.ZodMiniType).safeParse(value);
      if (!result.success) {
        problem(key, field.problem(value, raw, context));
        continue;
      }
      read[key] = result.data;
      readable.add(key);
      if (spec.unique?.key === key) {
        const text = String(result.data).toLowerCase();
        const first = seen.get(text);
        if (first === undefined) seen.set(text, row);
        else problem(key, spec.unique.problem(String(result.data), first));
      }
    }
    for (const rule of spec.rules ?? []) {
      if (!rule.keys.every((key) => readable.has(key))) continue;
      const message = rule.check(read as Values<F>, context);
      if (message) problem(rule.at, message);
    }
    if (problems.length === before) rows.push({ row, value: spec.build(read as Values<F>, context) });
  });
  if (filled.length === 0 && spec.rowsAre) tableProblem(firstRow, `${name} has no ${spec.rowsAre}`);
  return { columns: located, rows, problems, filled };
}

/** The rows of a table read in full, or the TableError of its first problem. */
export function strictly<Row>(read: TableRead<Row>): Row[] {
  const [first] = read.problems;
  if (first) throw new TableError(first.sentence);
  return read.rows.map((row) => row.value);
}
