import * as z from 'zod/mini';
import { describeCodes, findPosition, type Ladder } from '../../domain/ladder';
import { isBlankCell, shown, type Problem } from './problems';
import { blank, checkFields, date, optional, positiveAmount, readTable, text, type FieldCheck } from './rows';
import { SHEET_NAMES } from '../../tables/layout';
import { TEAM_HEADERS, type TeamColumn } from '../../tables/team';

const INPUTS = {
  name: TEAM_HEADERS.name,
  position: TEAM_HEADERS.position,
  step: TEAM_HEADERS.step,
  techLead: TEAM_HEADERS.techLead,
  inPositionSince: TEAM_HEADERS.inPositionSince,
  lastStepReview: TEAM_HEADERS.lastStepReview,
  lastLevelReview: TEAM_HEADERS.lastLevelReview,
  salary: TEAM_HEADERS.salary,
} as const satisfies Partial<Record<TeamColumn, string>>;
type InputColumn = keyof typeof INPUTS;

const dateField = (what: string, required: boolean): FieldCheck => ({
  schema: required ? date : optional(date),
  message: (value) =>
    isBlankCell(value) ? `${what} is empty; enter a date` : `${what} ${shown(value)} is not a date`,
});

const FIELDS: Partial<Record<InputColumn, FieldCheck>> = {
  name: { schema: text, message: () => 'this row has data but no name' },
  techLead: {
    schema: z.union([z.boolean(), blank]),
    message: (value) => `tech lead ${shown(value)} must be ticked or not (TRUE or FALSE)`,
  },
  inPositionSince: dateField('in position since', false),
  lastStepReview: dateField('last step review', true),
  lastLevelReview: dateField('last level review', true),
  salary: {
    schema: optional(positiveAmount),
    message: (value) => `salary ${shown(value)} must be an amount above 0 (or empty)`,
  },
};

export interface TeamCheck {
  /** Names on the Team sheet (trimmed), for the Fluency check. */
  readonly names: ReadonlySet<string>;
}

function checkPlace(
  ladder: Ladder,
  cells: Readonly<Record<InputColumn, unknown>>,
):
  | {
      column: InputColumn;
      message: string;
    }
  | undefined {
  const code = typeof cells.position === 'string' ? cells.position : '';
  const position = code.trim() === '' ? undefined : findPosition(ladder, code);
  if (!position) {
    return isBlankCell(cells.position)
      ? { column: 'position', message: 'position is empty; choose one from the Ladder' }
      : {
          column: 'position',
          message: `position ${shown(cells.position)} is not on the Ladder (${describeCodes(ladder)})`,
        };
  }
  const step = cells.step;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 1) {
    return {
      column: 'step',
      message: `step ${shown(step)} must be a whole number from 1 to ${position.steps}`,
    };
  }
  if (step > position.steps) {
    return {
      column: 'step',
      message: `step ${step} is beyond the ${position.steps} steps of ${position.code}`,
    };
  }
  return undefined;
}

/** Checks every Team row: name (unique), position on the ladder, step within it, dates, salary. */
export function checkTeam(
  values: readonly (readonly unknown[])[],
  ladder: Ladder | undefined,
  problems: Problem[],
): TeamCheck {
  const table = readTable(SHEET_NAMES.team, values, INPUTS, problems);
  const names = new Set<string>();
  if (!table) return { names };
  const firstRowOf = new Map<string, number>();
  for (const row of table.rows) {
    const failed = checkFields(table, row, FIELDS, problems);
    if (ladder) {
      const place = checkPlace(ladder, row.cells);
      if (place) {
        problems.push({
          sheet: table.sheet,
          row: row.row,
          column: table.columns[place.column] + 1,
          message: place.message,
        });
      }
    }
    if (failed.has('name')) continue;
    const name = String(row.cells.name).trim();
    const first = firstRowOf.get(name.toLowerCase());
    if (first !== undefined) {
      problems.push({
        sheet: table.sheet,
        row: row.row,
        column: table.columns.name + 1,
        message: `${name} appears twice (also row ${first}); names must be unique`,
      });
    } else firstRowOf.set(name.toLowerCase(), row.row);
    names.add(name);
  }
  return { names };
}
