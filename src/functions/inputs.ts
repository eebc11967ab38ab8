import * as z from 'zod/mini';
import { parseIsoDate, type CalendarDate } from '../domain/dates';
import { AXES, axisNamed, type Axis } from '../domain/fluency';
import {
  describeCodes,
  describeLevels,
  findPosition,
  positionForLevel,
  type Ladder,
  type Position,
  type ReviewKind,
} from '../domain/ladder';
import { REVIEW_KINDS } from '../domain/cadence';
import { fail, quote } from './inputError';
import { calendarDateAt } from './zonedDates';

const textOrNumber = z.union([z.string(), z.number()]);

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A position code (`D3`, ` em4 `) or, where `allowLevel`, a level number standing for its cadence. */
export function readPosition(value: unknown, ladder: Ladder, options: { allowLevel: boolean }): Position {
  const accepted = options.allowLevel
    ? `${describeCodes(ladder)}, or a level number ${describeLevels(ladder)}`
    : describeCodes(ladder);
  const parsed = textOrNumber.safeParse(value);
  if (!parsed.success) fail(`position ${quote(value)} is not on the ladder (${accepted})`);
  const raw = parsed.data;
  const asNumber = typeof raw === 'number' ? raw : /^\s*\d+\s*$/.test(raw) ? Number(raw) : undefined;
  if (asNumber !== undefined) {
    const byLevel =
      options.allowLevel && Number.isInteger(asNumber) ? positionForLevel(ladder, asNumber) : undefined;
    if (byLevel) return byLevel;
    fail(`position ${quote(value)} is not on the ladder (${accepted})`);
  }
  const found = findPosition(ladder, String(raw));
  if (!found) fail(`position ${quote(value)} is not on the ladder (${accepted})`);
  return found;
}

/** A date cell (a Date at midnight in the spreadsheet zone) or ISO `YYYY-MM-DD` text. */
export function readDate(name: string, value: unknown, timeZone: string): CalendarDate {
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) fail(`${name} is an invalid date`);
    return calendarDateAt(value, timeZone);
  }
  if (typeof value === 'string') {
    const parsed = parseIsoDate(value);
    if (parsed) return parsed;
  }
  fail(`${name} ${quote(value)} is not a date (enter a date, e.g. 2025-03-31)`);
}

const kindSchema = z.pipe(
  z.string(),
  z.transform((text: string) => text.trim().toLowerCase()),
);

/** `"step"` (the default when blank) or `"level"`, case-insensitive. */
export function readKind(value: unknown): ReviewKind {
  if (value === '' || value === undefined || value === null) return 'step';
  const parsed = kindSchema.safeParse(value);
  const kind = parsed.success ? REVIEW_KINDS.find((candidate) => candidate === parsed.data) : undefined;
  if (!kind) fail(`kind ${quote(value)} is not a review kind (accepted: "step" or "level")`);
  return kind;
}

export function readAxis(value: unknown): Axis {
  const axis = typeof value === 'string' ? axisNamed(value) : undefined;
  if (!axis) fail(`axis ${quote(value)} is not an axis (accepted: ${AXES.join(', ')})`);
  return axis;
}

/** A whole step within the position's steps; text such as "2" is accepted. */
export function readStep(value: unknown, position: Position): number {
  const step = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > position.steps) {
    fail(
      `step ${quote(value)} is not a step of ${position.code} (accepted: a whole number 1–${position.steps})`,
    );
  }
  return step;
}

export function readAmount(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(`${name} ${quote(value)} is not an amount (accepted: a number above 0)`);
  }
  return value;
}
