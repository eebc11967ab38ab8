import type { MovePlan } from '../../domain/moves';
import { startOfDayIn } from '../../time/zonedDates';
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

/** The name in a row's input cells as typed ('' for a blank row). */
export function nameIn(values: readonly unknown[]): string {
  return String(values[at('name')] ?? '').trim();
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
