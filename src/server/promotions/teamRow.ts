import type { CalendarDate } from '../../domain/dates';
import { parseIsoDate } from '../../domain/dates';
import { findPosition, type Ladder } from '../../domain/ladder';
import type { EngineerState, MovePlan } from '../../domain/moves';
import { calendarDateAt, startOfDayIn } from '../../time/zonedDates';
import { columnIndex, columnOf, SHEET_NAMES } from '../../tables/layout';
import { TEAM_HEADERS, type TeamColumn } from '../../tables/team';
import { literalText } from '../../tables/literalText';

/**
 * The input cells of a Team row, Name through Last level review (columns A–H): what a move reads,
 * fingerprints and writes back. The computed columns to their right are never written.
 */
const INPUT_COLUMNS = [
  'name',
  'position',
  'step',
  'techLead',
  'manager',
  'inPositionSince',
  'lastStepReview',
  'lastLevelReview',
] as const satisfies readonly TeamColumn[];

export const TEAM_INPUT_WIDTH = INPUT_COLUMNS.length;

/** 0-based index of Step among the input cells. */
export const STEP_INDEX = INPUT_COLUMNS.indexOf('step');

type InputColumn = (typeof INPUT_COLUMNS)[number];

function at(key: InputColumn): number {
  return columnIndex(TEAM_HEADERS, key);
}

/** `'Team'!A5:H5` */
export function teamRowA1(row: number): string {
  return `'${SHEET_NAMES.team}'!A${row}:${columnOf(TEAM_HEADERS, 'lastLevelReview')}${row}`;
}

export class TeamRowError extends Error {
  override readonly name = 'TeamRowError';
}

export interface EngineerRow extends EngineerState {
  readonly row: number;
  readonly name: string;
  readonly techLead: boolean;
  readonly manager: string;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function readDateCell(value: unknown, timeZone: string): CalendarDate | undefined {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? undefined : calendarDateAt(value, timeZone);
  return typeof value === 'string' ? parseIsoDate(value) : undefined;
}

/** The name in a row's input cells ('' for a blank row). */
export function nameIn(values: readonly unknown[]): string {
  return String(values[at('name')] ?? '').trim();
}

/** Reads a Team row's input cells; a row whose position or step the ladder does not know throws. */
export function readEngineerRow(
  row: number,
  values: readonly unknown[],
  ladder: Ladder,
  timeZone: string,
): EngineerRow {
  const name = nameIn(values);
  if (name === '') throw new TeamRowError(`Team row ${row} holds no engineer`);
  const code = String(values[at('position')] ?? '').trim();
  const position = findPosition(ladder, code);
  if (!position) throw new TeamRowError(`Team row ${row} (${name}): position "${code}" is not on the ladder`);
  const step = Number(values[at('step')]);
  if (!Number.isInteger(step) || step < 1 || step > position.steps) {
    throw new TeamRowError(
      `Team row ${row} (${name}): step "${String(values[at('step')])}" is not a step of ${position.code} (1–${position.steps})`,
    );
  }
  return {
    row,
    name,
    place: { position, step },
    techLead: values[at('techLead')] === true,
    manager: String(values[at('manager')] ?? '').trim(),
    inPositionSince: readDateCell(values[at('inPositionSince')], timeZone),
    lastStepReview: readDateCell(values[at('lastStepReview')], timeZone),
    lastLevelReview: readDateCell(values[at('lastLevelReview')], timeZone),
  };
}

/** The row's input cells as read, ready to write back unchanged (text stays text, never a formula). */
export function inputsAsRead(values: readonly unknown[]): unknown[] {
  return values
    .slice(0, TEAM_INPUT_WIDTH)
    .map((value) => (typeof value === 'string' ? literalText(value) : value));
}

/** The row's input cells after the move: new position and step, restarted clocks, the rest as read. */
export function inputsAfterMove(values: readonly unknown[], plan: MovePlan, timeZone: string): unknown[] {
  const after = inputsAsRead(values);
  after[at('position')] = literalText(plan.to.position.code);
  after[at('step')] = plan.to.step;
  const effective = startOfDayIn(plan.effective, timeZone);
  for (const field of plan.restarts) after[at(field)] = effective;
  return after;
}
