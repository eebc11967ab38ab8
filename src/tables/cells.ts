import * as z from 'zod/mini';
import { formatIsoDate, parseIsoDate, type CalendarDate } from '../domain/dates';
import { calendarDateAt } from '../time/zonedDates';

/**
 * What a cell of a table may hold, as zod schemas from the cell's value to a typed value. The table
 * readers and the custom functions' arguments use the same schemas, so a value one accepts the other
 * accepts too.
 */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Error values of a formula, which getValues reads back as this text (contracts 2.4). */
const ERROR_VALUE = /^#(NAME\?|N\/A|REF!|VALUE!|DIV\/0!|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

export function isErrorValue(value: unknown): value is string {
  return typeof value === 'string' && ERROR_VALUE.test(value);
}

/**
 * A cell value as a person reads it in a message: text in quotes, dates as YYYY-MM-DD (in the
 * spreadsheet's zone, when known), numbers and TRUE/FALSE as written.
 */
export function shown(value: unknown, timeZone?: string): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (isDate(value)) {
    return timeZone && !Number.isNaN(value.getTime())
      ? formatIsoDate(calendarDateAt(value, timeZone))
      : 'a date';
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

const trimmedText = z.pipe(
  z.string(),
  z.transform((text: string) => text.trim()),
);

/** A blank cell (empty text, or null as some reads give it) read as `value`. */
export const blankAs = <T>(value: T) =>
  z.pipe(
    z.union([z.literal(''), z.null()]),
    z.transform(() => value),
  );

/** Text with something in it, trimmed. */
export const textCell = z.pipe(trimmedText, z.string().check(z.minLength(1)));

/** Text or blank, trimmed ('' when blank). */
export const optionalTextCell = z.union([blankAs(''), trimmedText]);

/** The shape Sheets' "is valid email" rule accepts: something, @, a domain with a dot, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email address or blank, trimmed and lower-cased ('' when blank): accounts match whatever the case. */
export const optionalEmailCell = z.union([
  blankAs(''),
  z.pipe(
    z.pipe(
      trimmedText,
      z.transform((text: string) => text.toLowerCase()),
    ),
    z.union([z.literal(''), z.string().check(z.regex(EMAIL))]),
  ),
]);

const POSITION_CODE = /^[A-Z][A-Z0-9-]{0,15}$/;

/** Whether text (case and surrounding spaces ignored) has the shape of a position code: D3, EM4. */
export function isPositionCode(text: string): boolean {
  return POSITION_CODE.test(text.trim().toUpperCase());
}

/** A position code as typed: trimmed, upper-cased, letters first (D3, EM4). */
export const positionCodeCell = z.pipe(
  z.pipe(
    z.string(),
    z.transform((text: string) => text.trim().toUpperCase()),
  ),
  z.string().check(z.regex(POSITION_CODE)),
);

/** A whole number from min to max, as a number or as text of digits ("2"). */
export const wholeNumberCell = (min: number, max: number) =>
  z.pipe(
    z.union([
      z.number(),
      z.pipe(
        z.string().check(z.regex(/^\s*\d+\s*$/)),
        z.transform((text: string) => Number(text)),
      ),
    ]),
    z.int().check(z.gte(min), z.lte(max)),
  );

/** An amount: a number above 0. */
export const amountCell = z.number().check(z.refine((n: number) => Number.isFinite(n) && n > 0));

/** A checkbox: ticked, unticked or never touched (blank reads as unticked). */
export const checkboxCell = z.union([z.boolean(), blankAs(false)]);

const dateCells = new Map<string, z.ZodMiniType<CalendarDate>>();

/** A date cell (an instant at midnight in the spreadsheet's zone) or ISO `YYYY-MM-DD` text. */
export function dateCell(timeZone: string): z.ZodMiniType<CalendarDate> {
  let schema = dateCells.get(timeZone);
  if (!schema) {
    schema = z.union([
      z.pipe(
        z.date(),
        z.transform((date: Date): CalendarDate => calendarDateAt(date, timeZone)),
      ),
      z.pipe(
        z.pipe(
          z.string(),
          z.transform((text: string) => parseIsoDate(text)),
        ),
        z.custom<CalendarDate>((date) => date !== undefined),
      ),
    ]);
    dateCells.set(timeZone, schema);
  }
  return schema;
}

/** The schema's output, or undefined when the value does not fit it. */
export function parsed<T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}
