import * as z from 'zod/mini';
import { AXES, FLUENCY_NAMES, fluencyLevelFrom, type Axis, type FluencyLevel } from '../domain/fluency';
import {
  DEFAULT_STEPS,
  MAX_CADENCE_MONTHS,
  MAX_STEPS,
  MIN_CADENCE_MONTHS,
  defaultCadence,
  type Ladder,
  type Position,
} from '../domain/ladder';
import { blankAs, isBlank, positionCodeCell, shown, textCell, wholeNumberCell } from './cells';
import { SHEET_NAMES } from './layout';
import { readTable, strictly, type Field, type RowCells, type Source, type TableRead } from './reader';

/** The Ladder sheet's columns, in sheet order; formulas pass this table to the custom functions. */
export const LADDER_HEADERS = {
  code: 'Position',
  track: 'Track',
  level: 'Level',
  Technology: 'Technology',
  System: 'System',
  People: 'People',
  Process: 'Process',
  Influence: 'Influence',
  steps: 'Steps',
  stepCadence: 'Step review (months)',
  levelCadence: 'Level review (months)',
} as const;

export const MAX_LEVEL = 20;

const codeOf = (row: RowCells) =>
  String(row.code ?? '')
    .trim()
    .toUpperCase();

/** A fluency on `axis`: its name (case and surrounding spaces ignored) or its level number 1–5. */
export const fluencyCell = (axis: Axis) =>
  z
    .pipe(
      z.unknown(),
      z.transform((value: unknown) => fluencyLevelFrom(axis, value)),
    )
    .check(z.refine((level: FluencyLevel | undefined) => level !== undefined)) as z.ZodMiniType<FluencyLevel>;

const axisField = (axis: Axis): Field<FluencyLevel, void> => ({
  header: axis,
  schema: fluencyCell(axis),
  problem: (value, row) =>
    isBlank(value)
      ? `${axis} fluency of ${codeOf(row)} is empty (${FLUENCY_NAMES[axis].join(', ')}, or 1–5)`
      : `${axis} fluency ${shown(value)} of ${codeOf(row)} is unknown (${FLUENCY_NAMES[axis].join(', ')}, or 1–5)`,
});

/** An optional whole number (blank: undefined, the default applies). */
const optionalWhole = (header: string, min: number, max: number): Field<number | undefined, void> => ({
  header,
  optionalColumn: true,
  schema: z.union([blankAs(undefined), wholeNumberCell(min, max)]),
  problem: (value, row) =>
    `${header.toLowerCase()} ${shown(value)} of ${codeOf(row)} must be a whole number ${min}–${max}`,
});

const LADDER_FIELDS = {
  code: {
    header: LADDER_HEADERS.code,
    schema: positionCodeCell,
    problem: (value: unknown) =>
      isBlank(value)
        ? 'position is empty (letters then digits, e.g. D3)'
        : `position ${shown(value)} is not a position code (letters then digits, e.g. D3)`,
  },
  track: {
    header: LADDER_HEADERS.track,
    schema: textCell,
    problem: (_value: unknown, row: RowCells) => `${codeOf(row)} has no track`,
  },
  level: {
    header: LADDER_HEADERS.level,
    schema: wholeNumberCell(1, MAX_LEVEL),
    problem: (value: unknown, row: RowCells) =>
      isBlank(value)
        ? `level of ${codeOf(row)} is empty (a whole number 1–${MAX_LEVEL})`
        : `level ${shown(value)} of ${codeOf(row)} must be a whole number 1–${MAX_LEVEL}`,
  },
  Technology: axisField('Technology'),
  System: axisField('System'),
  People: axisField('People'),
  Process: axisField('Process'),
  Influence: axisField('Influence'),
  steps: optionalWhole(LADDER_HEADERS.steps, 1, MAX_STEPS),
  stepCadence: optionalWhole(LADDER_HEADERS.stepCadence, MIN_CADENCE_MONTHS, MAX_CADENCE_MONTHS),
  levelCadence: optionalWhole(LADDER_HEADERS.levelCadence, MIN_CADENCE_MONTHS, MAX_CADENCE_MONTHS),
};

const LADDER_TABLE = {
  sheet: SHEET_NAMES.ladder,
  title: 'ladder',
  fields: LADDER_FIELDS,
  unique: {
    key: 'code',
    problem: (code: string, first: number) => `position ${code} appears twice (also row ${first})`,
  },
  rowsAre: 'positions',
  build: (values): Position => {
    const cadence = defaultCadence(values.level);
    const expected = {} as Record<Axis, FluencyLevel>;
    for (const axis of AXES) expected[axis] = values[axis];
    return {
      code: values.code,
      track: values.track,
      level: values.level,
      expected,
      steps: values.steps ?? DEFAULT_STEPS,
      stepCadenceMonths: values.stepCadence ?? cadence.step,
      levelCadenceMonths: values.levelCadence ?? cadence.level,
    };
  },
} as const satisfies Parameters<typeof readTable<typeof LADDER_FIELDS, Position, void>>[0];

/** Every position of a Ladder table and every problem in it (Check workbook). */
export function readLadderTable(
  values: readonly (readonly unknown[])[],
  source: Source,
): TableRead<Position> {
  return readTable(LADDER_TABLE, values, { source, context: undefined });
}

/** A Ladder table as a ladder; its first problem throws a TableError (formulas, the sidebar). */
export function parseLadder(values: readonly (readonly unknown[])[], source: Source): Ladder {
  return { positions: strictly(readLadderTable(values, source)) };
}
