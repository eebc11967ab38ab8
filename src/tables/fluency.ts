import * as z from 'zod/mini';
import type { CalendarDate } from '../domain/dates';
import { AXES, FLUENCY_NAMES, type Axis, type FluencyLevel, type FluencyProfile } from '../domain/fluency';
import { dateCell, isBlank, optionalTextCell, shown, textCell } from './cells';
import { fluencyCell } from './ladder';
import { SHEET_NAMES } from './layout';
import { readTable, type Field, type TableRead } from './reader';

/**
 * Fluency: one assessment per row; the axes hold fluency names (e.g. "Owns"). Readiness and the
 * hidden columns after it are computed (one array formula each in row 2), never written by scripts.
 */
export const FLUENCY_HEADERS = {
  engineer: 'Engineer',
  date: 'Date',
  assessor: 'Assessor',
  Technology: 'Technology',
  System: 'System',
  People: 'People',
  Process: 'Process',
  Influence: 'Influence',
  evidence: 'Evidence',
  readiness: 'Readiness',
  position: 'Position',
  nextPosition: 'Next position',
  gapTechnology: 'Technology gap',
  gapSystem: 'System gap',
  gapPeople: 'People gap',
  gapProcess: 'Process gap',
  gapInfluence: 'Influence gap',
  nextGapTechnology: 'Technology gap to next',
  nextGapSystem: 'System gap to next',
  nextGapPeople: 'People gap to next',
  nextGapProcess: 'Process gap to next',
  nextGapInfluence: 'Influence gap to next',
  latest: 'Latest',
} as const;

export type FluencyColumn = keyof typeof FLUENCY_HEADERS;

/** One assessment: who, when, by whom, and the level assessed on each axis. */
export interface FluencyAssessment {
  readonly engineer: string;
  readonly date: CalendarDate;
  readonly assessor: string;
  readonly levels: FluencyProfile;
}

interface FluencyContext {
  readonly timeZone: string;
}

const axisField = (axis: Axis): Field<FluencyLevel, FluencyContext> => ({
  header: axis,
  schema: fluencyCell(axis),
  problem: (value) =>
    isBlank(value)
      ? `${axis} is empty; choose one of ${FLUENCY_NAMES[axis].join(', ')}`
      : `${axis} ${shown(value)} is not a ${axis} fluency (${FLUENCY_NAMES[axis].join(', ')}, or 1–5)`,
});

const FLUENCY_FIELDS = {
  engineer: {
    header: FLUENCY_HEADERS.engineer,
    schema: textCell,
    problem: (value: unknown) =>
      isBlank(value) || typeof value === 'string'
        ? 'this assessment has no engineer'
        : `engineer ${shown(value)} is not a name (type it as text)`,
  },
  date: {
    header: FLUENCY_HEADERS.date,
    schema: ({ timeZone }: FluencyContext) => dateCell(timeZone),
    problem: (value: unknown) =>
      isBlank(value)
        ? 'the assessment date is empty'
        : `date ${shown(value)} is not a date (enter a date, e.g. 2025-03-31)`,
  },
  assessor: {
    header: FLUENCY_HEADERS.assessor,
    schema: optionalTextCell,
    problem: (value: unknown) => `assessor ${shown(value)} is not a name (type it as text)`,
  },
  Technology: axisField('Technology'),
  System: axisField('System'),
  People: axisField('People'),
  Process: axisField('Process'),
  Influence: axisField('Influence'),
  evidence: {
    header: FLUENCY_HEADERS.evidence,
    optionalColumn: true,
    schema: z.unknown(),
    problem: () => '',
  },
};

const FLUENCY_TABLE = {
  sheet: SHEET_NAMES.fluency,
  title: 'fluency',
  fields: FLUENCY_FIELDS,
  build: (values): FluencyAssessment => ({
    engineer: values.engineer,
    date: values.date,
    assessor: values.assessor,
    levels: Object.fromEntries(AXES.map((axis) => [axis, values[axis]])) as Record<Axis, FluencyLevel>,
  }),
} as const satisfies Parameters<
  typeof readTable<typeof FLUENCY_FIELDS, FluencyAssessment, FluencyContext>
>[0];

/** Every assessment on the Fluency sheet (values: header row first) and every problem in it. */
export function readFluencyTable(
  values: readonly (readonly unknown[])[],
  timeZone: string,
): TableRead<FluencyAssessment> {
  return readTable(FLUENCY_TABLE, values, { source: 'sheet', context: { timeZone } });
}
