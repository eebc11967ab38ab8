import type { CalendarDate } from '../domain/dates';
import {
  AXES,
  FLUENCY_NAMES,
  axisNamed,
  fluencyLevelFrom,
  type Axis,
  type FluencyLevel,
} from '../domain/fluency';
import {
  describeCodes,
  describeLevels,
  findPosition,
  MAX_STEPS,
  positionForLevel,
  type Ladder,
  type Position,
  type ReviewKind,
} from '../domain/ladder';
import { REVIEW_KINDS } from '../domain/cadence';
import { amountCell, dateCell, isDate, parsed, shown, wholeNumberCell } from '../tables/cells';
import { calendarDateAt } from '../time/zonedDates';
import { fail } from './inputError';

const LEVEL_OR_STEP = wholeNumberCell(0, Number.MAX_SAFE_INTEGER);
const STEP = wholeNumberCell(1, MAX_STEPS);

function positionOf(value: unknown, ladder: Ladder, allowLevel: boolean): Position | undefined {
  if (typeof value === 'number') {
    return allowLevel && Number.isInteger(value) ? positionForLevel(ladder, value) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const number = parsed(LEVEL_OR_STEP, value);
  if (number !== undefined) return positionOf(number, ladder, allowLevel);
  return findPosition(ladder, value);
}

/** Positions already read, per ladder, by cell value: [codes only, codes or levels]. */
const positionsByCell = new WeakMap<Ladder, [Map<unknown, Position>, Map<unknown, Position>]>();

function rememberedPositionOf(value: unknown, ladder: Ladder, allowLevel: boolean): Position | undefined {
  let memos = positionsByCell.get(ladder);
  if (!memos) positionsByCell.set(ladder, (memos = [new Map(), new Map()]));
  const memo = memos[allowLevel ? 1 : 0];
  let found = memo.get(value);
  if (!found) {
    found = positionOf(value, ladder, allowLevel);
    if (found && (typeof value === 'string' || typeof value === 'number')) memo.set(value, found);
  }
  return found;
}

/** readPosition's options: codes only, or codes and level numbers (where only the cadence matters). */
export const CODES_ONLY = { allowLevel: false } as const;
export const CODES_OR_LEVELS = { allowLevel: true } as const;

/** A position code (`D3`, ` em4 `) or, where `allowLevel`, a level number standing for its cadence. */
export function readPosition(value: unknown, ladder: Ladder, options: { allowLevel: boolean }): Position {
  const found = rememberedPositionOf(value, ladder, options.allowLevel);
  if (!found) {
    const accepted = options.allowLevel
      ? `${describeCodes(ladder)}, or a level number ${describeLevels(ladder)}`
      : describeCodes(ladder);
    fail(`position ${shown(value)} is not on the ladder (${accepted})`);
  }
  return found;
}

/** A date cell (a Date at midnight in the spreadsheet zone) or ISO `YYYY-MM-DD` text. */
export function readDate(name: string, value: unknown, timeZone: string): CalendarDate {
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) fail(`${name} is an invalid date`);
    // A date cell is the common case on every row of a column: skip the schema's union (10,000 rows).
    return calendarDateAt(value, timeZone);
  }
  const date = parsed(dateCell(timeZone), value);
  if (!date) fail(`${name} ${shown(value)} is not a date (enter a date, e.g. 2025-03-31)`);
  return date;
}

/** `"step"` (the default when blank) or `"level"`, case-insensitive. */
export function readKind(value: unknown): ReviewKind {
  if (value === '' || value === undefined || value === null) return 'step';
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  const kind = REVIEW_KINDS.find((candidate) => candidate === text);
  if (!kind) fail(`kind ${shown(value)} is not a review kind (accepted: "step" or "level")`);
  return kind;
}

export function readAxis(value: unknown): Axis {
  const axis = typeof value === 'string' ? axisNamed(value) : undefined;
  if (!axis) fail(`axis ${shown(value)} is not an axis (accepted: ${AXES.join(', ')})`);
  return axis;
}

/** A fluency on `axis`: its name (case and surrounding spaces ignored) or its level number 1–5. */
export function readFluency(axis: Axis, value: unknown): FluencyLevel {
  const level = fluencyLevelFrom(axis, value);
  if (level === undefined) {
    fail(`${axis} fluency ${shown(value)} is unknown (accepted: ${FLUENCY_NAMES[axis].join(', ')}, or 1–5)`);
  }
  return level;
}

/** A whole step within the position's steps; text such as "2" is accepted. */
export function readStep(value: unknown, position: Position): number {
  const step = parsed(STEP, value);
  if (step === undefined || step > position.steps) {
    fail(
      `step ${shown(value)} is not a step of ${position.code} (accepted: a whole number 1–${position.steps})`,
    );
  }
  return step;
}

export function readAmount(name: string, value: unknown): number {
  const amount = parsed(amountCell, value);
  if (amount === undefined) fail(`${name} ${shown(value)} is not an amount (accepted: a number above 0)`);
  return amount;
}
