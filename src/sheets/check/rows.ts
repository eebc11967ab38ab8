import * as z from 'zod/mini';
import { isBlankCell, type Problem } from './problems';
import { locateColumns } from '../../tables/headers';
import { FIRST_DATA_ROW, HEADER_ROW } from '../../tables/layout';

/** A field of a row: its zod schema and the message shown when a value fails it. */
export interface FieldCheck {
  readonly schema: z.ZodMiniType;
  readonly message: (value: unknown) => string;
}

export interface TableRow<K extends string> {
  /** 1-based sheet row. */
  readonly row: number;
  readonly cells: Readonly<Record<K, unknown>>;
}

export interface Table<K extends string> {
  readonly sheet: string;
  readonly columns: Readonly<Record<K, number>>;
  readonly rows: readonly TableRow<K>[];
}

/**
 * The table's rows by header name, blank rows skipped. Missing headers are problems at the header
 * row, and then the table is undefined.
 */
export function readTable<K extends string>(
  sheet: string,
  values: readonly (readonly unknown[])[],
  headers: Readonly<Record<K, string>>,
  problems: Problem[],
): Table<K> | undefined {
  const [header = [], ...body] = values;
  const { columns, missing } = locateColumns(header, headers);
  if (missing.length > 0) {
    problems.push({
      sheet,
      row: HEADER_ROW,
      column: 1,
      message: `the header row has no ${missing.map((m) => `"${m}"`).join(', ')} column; run Set up workbook to repair it`,
    });
    return undefined;
  }
  const located = columns as Record<K, number>;
  const keys = Object.keys(headers) as K[];
  const rows = body.flatMap((cells, index) => {
    const record = Object.fromEntries(keys.map((key) => [key, cells[located[key]]])) as Record<K, unknown>;
    if (keys.every((key) => isBlankCell(record[key]))) return [];
    return [{ row: FIRST_DATA_ROW + index, cells: record }];
  });
  return { sheet, columns: located, rows };
}

/**
 * Checks one row against its field schemas (one zod object) and reports each failing field at its
 * cell with the field's message.
 */
export function checkFields<K extends string>(
  table: Table<K>,
  row: TableRow<K>,
  fields: Partial<Readonly<Record<K, FieldCheck>>>,
  problems: Problem[],
): Set<K> {
  const keys = Object.keys(fields) as K[];
  const schema = z.object(Object.fromEntries(keys.map((key) => [key, (fields[key] as FieldCheck).schema])));
  const result = schema.safeParse(row.cells);
  const failed = new Set<K>();
  if (result.success) return failed;
  for (const issue of result.error.issues) {
    const key = issue.path[0] as K;
    if (failed.has(key)) continue;
    failed.add(key);
    problems.push({
      sheet: table.sheet,
      row: row.row,
      column: table.columns[key] + 1,
      message: (fields[key] as FieldCheck).message(row.cells[key]),
    });
  }
  return failed;
}

/** Schemas shared by the sheets' checks. */
export const blank = z.union([z.literal(''), z.null(), z.undefined()]);
export const text = z
  .pipe(
    z.string(),
    z.transform((value: string) => value.trim()),
  )
  .check(z.minLength(1));
export const wholeNumber = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
export const positiveAmount = z.number().check(z.gt(0));
export const date = z.date();
export const optional = <T extends z.ZodMiniType>(schema: T) => z.union([blank, schema]);
