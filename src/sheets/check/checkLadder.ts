import * as z from 'zod/mini';
import { AXES, FLUENCY_NAMES, fluencyLevelOf, type Axis, type FluencyLevel } from '../../domain/fluency';
import {
  DEFAULT_STEPS,
  MAX_CADENCE_MONTHS,
  MAX_STEPS,
  MIN_CADENCE_MONTHS,
  defaultCadence,
  type Ladder,
  type Position,
} from '../../domain/ladder';
import { isBlankCell, shown, type Problem } from './problems';
import { checkFields, optional, readTable, text, wholeNumber, type FieldCheck } from './rows';
import { LADDER_HEADERS, MAX_LEVEL } from '../../tables/ladder';
import { SHEET_NAMES } from '../../tables/layout';

type LadderColumn = keyof typeof LADDER_HEADERS;

const CODE = /^[A-Z][A-Z0-9-]{0,15}$/;

const axisField = (axis: Axis): FieldCheck => ({
  schema: z.string().check(z.refine((name: string) => fluencyLevelOf(axis, name) !== undefined)),
  message: (value) => `${axis} ${shown(value)} is not a ${axis} fluency (${FLUENCY_NAMES[axis].join(', ')})`,
});

const FIELDS: Record<LadderColumn, FieldCheck> = {
  code: {
    schema: z.string().check(z.refine((code: string) => CODE.test(code.trim().toUpperCase()))),
    message: (value) => `position ${shown(value)} is not a position code (letters then digits, e.g. D3)`,
  },
  track: { schema: text, message: () => 'the track is empty (e.g. Developer)' },
  level: {
    schema: wholeNumber(1, MAX_LEVEL),
    message: (value) => `level ${shown(value)} must be a whole number 1–${MAX_LEVEL}`,
  },
  Technology: axisField('Technology'),
  System: axisField('System'),
  People: axisField('People'),
  Process: axisField('Process'),
  Influence: axisField('Influence'),
  steps: {
    schema: optional(wholeNumber(1, MAX_STEPS)),
    message: (value) => `steps ${shown(value)} must be a whole number 1–${MAX_STEPS}`,
  },
  stepCadence: {
    schema: optional(wholeNumber(MIN_CADENCE_MONTHS, MAX_CADENCE_MONTHS)),
    message: (value) =>
      `step review every ${shown(value)} months must be a whole number ${MIN_CADENCE_MONTHS}–${MAX_CADENCE_MONTHS}`,
  },
  levelCadence: {
    schema: optional(wholeNumber(MIN_CADENCE_MONTHS, MAX_CADENCE_MONTHS)),
    message: (value) =>
      `level review every ${shown(value)} months must be a whole number ${MIN_CADENCE_MONTHS}–${MAX_CADENCE_MONTHS}`,
  },
};

function positionOf(cells: Readonly<Record<LadderColumn, unknown>>): Position {
  const level = cells.level as number;
  const cadence = defaultCadence(level);
  const orDefault = (value: unknown, fallback: number) => (isBlankCell(value) ? fallback : (value as number));
  return {
    code: String(cells.code).trim().toUpperCase(),
    track: String(cells.track).trim(),
    level,
    expected: Object.fromEntries(
      AXES.map((axis) => [axis, fluencyLevelOf(axis, String(cells[axis])) as FluencyLevel]),
    ) as Record<Axis, FluencyLevel>,
    steps: orDefault(cells.steps, DEFAULT_STEPS),
    stepCadenceMonths: orDefault(cells.stepCadence, cadence.step),
    levelCadenceMonths: orDefault(cells.levelCadence, cadence.level),
  };
}

/** Checks every Ladder row; returns the ladder made of its valid rows for the other sheets' checks. */
export function checkLadder(
  values: readonly (readonly unknown[])[],
  problems: Problem[],
): Ladder | undefined {
  const table = readTable(SHEET_NAMES.ladder, values, LADDER_HEADERS, problems);
  if (!table) return undefined;
  const positions: Position[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of table.rows) {
    const failed = checkFields(table, row, FIELDS, problems);
    if (failed.has('code')) continue;
    const code = String(row.cells.code).trim().toUpperCase();
    const first = firstRowOf.get(code);
    if (first !== undefined) {
      problems.push({
        sheet: table.sheet,
        row: row.row,
        column: table.columns.code + 1,
        message: `position ${code} appears twice (also row ${first})`,
      });
      continue;
    }
    firstRowOf.set(code, row.row);
    if (failed.size === 0) positions.push(positionOf(row.cells));
  }
  if (positions.length === 0 && table.rows.length === 0) {
    problems.push({ sheet: table.sheet, row: 2, column: 1, message: 'the ladder has no positions' });
  }
  return { positions };
}
