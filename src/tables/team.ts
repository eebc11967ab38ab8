import * as z from 'zod/mini';
import type { CalendarDate } from '../domain/dates';
import { compareDates, formatIsoDate } from '../domain/dates';
import { describeCodes, findPosition, MAX_STEPS, type Ladder, type Position } from '../domain/ladder';
import { DATE_FIELD_LABELS, type DateField, type EngineerState } from '../domain/moves';
import {
  amountCell,
  blankAs,
  checkboxCell,
  dateCell,
  isBlank,
  isErrorValue,
  optionalEmailCell,
  optionalTextCell,
  parsed,
  positionCodeCell,
  shown,
  textCell,
  wholeNumberCell,
} from './cells';
import { SHEET_NAMES } from './layout';
import { readTable, strictly, TableError, type Field, type RowCells, type TableRead } from './reader';

/**
 * Team: one row per engineer. Only the input columns may be written by scripts; the computed ones
 * hold one array formula each in row 2 that fills the column, and a value written below it breaks it.
 */
export const TEAM_HEADERS = {
  name: 'Name',
  position: 'Position',
  step: 'Step',
  techLead: 'Tech lead',
  manager: 'Manager',
  inPositionSince: 'In position since',
  lastStepReview: 'Last step review',
  lastLevelReview: 'Last level review',
  nextStepReview: 'Next step review',
  nextLevelReview: 'Next level review',
  bandSalary: 'Band salary',
  compaRatio: 'Compa-ratio',
  salary: 'Salary',
  notes: 'Notes',
  stepsInPosition: 'Steps in position',
  email: 'Email',
} as const;

export type TeamColumn = keyof typeof TEAM_HEADERS;

/** What reading Team needs: the ladder its positions are on, and the zone its dates are midnights in. */
export interface TeamContext {
  readonly ladder: Ladder;
  readonly timeZone: string;
}

/** An engineer as a Team row gives them. */
export interface TeamMember extends EngineerState {
  readonly name: string;
  readonly techLead: boolean;
  readonly manager: string;
  /** Their account's email, '' when not given. */
  readonly email: string;
  /** Undefined when the Salary cell (or column) is blank. */
  readonly salary?: number;
}

const label = (field: DateField) => DATE_FIELD_LABELS[field].toLowerCase();

const dateField = (field: DateField): Field<CalendarDate | undefined, TeamContext> => ({
  header: TEAM_HEADERS[field],
  schema: ({ timeZone }) => z.union([blankAs(undefined), dateCell(timeZone)]),
  problem: (value, _row, { timeZone }) =>
    `${label(field)} ${shown(value, timeZone)} is not a date (enter a date, e.g. 2025-03-31)`,
});

const positionOf = (row: RowCells, ladder: Ladder) =>
  typeof row.position === 'string' ? findPosition(ladder, row.position) : undefined;

const stepProblem = (value: unknown, position: Position) =>
  `step ${shown(value)} is not a step of ${position.code} (accepted: a whole number 1–${position.steps})`;

const TEAM_FIELDS = {
  name: {
    header: TEAM_HEADERS.name,
    schema: textCell,
    problem: (value: unknown) =>
      isBlank(value) || typeof value === 'string'
        ? 'this row has data but no name'
        : `name ${shown(value)} is not a name (type it as text)`,
  },
  position: {
    header: TEAM_HEADERS.position,
    schema: ({ ladder }: TeamContext) =>
      z.pipe(
        z.pipe(
          positionCodeCell,
          z.transform((code: string) => findPosition(ladder, code)),
        ),
        z.custom<Position>((position) => position !== undefined),
      ),
    problem: (value: unknown, _row: RowCells, { ladder }: TeamContext) =>
      isBlank(value)
        ? 'position is empty; choose one from the Ladder'
        : `position ${shown(value)} is not on the Ladder (${describeCodes(ladder)})`,
  },
  step: {
    header: TEAM_HEADERS.step,
    schema: wholeNumberCell(1, MAX_STEPS),
    problem: (value: unknown, row: RowCells, { ladder }: TeamContext) => {
      const position = positionOf(row, ladder);
      if (isBlank(value))
        return `step is empty; enter a whole number from 1 to ${position?.steps ?? 'the position’s steps'}`;
      return position
        ? stepProblem(value, position)
        : `step ${shown(value)} must be a whole number from 1 to the position’s steps`;
    },
  },
  techLead: {
    header: TEAM_HEADERS.techLead,
    schema: checkboxCell,
    problem: (value: unknown) => `tech lead ${shown(value)} must be ticked or not (TRUE or FALSE)`,
  },
  manager: {
    header: TEAM_HEADERS.manager,
    schema: optionalTextCell,
    problem: (value: unknown) => `manager ${shown(value)} is not a name (type it as text)`,
  },
  inPositionSince: dateField('inPositionSince'),
  lastStepReview: dateField('lastStepReview'),
  lastLevelReview: dateField('lastLevelReview'),
  salary: {
    header: TEAM_HEADERS.salary,
    optionalColumn: true,
    schema: z.union([blankAs(undefined), amountCell]),
    problem: (value: unknown) => `salary ${shown(value)} must be an amount above 0 (or empty)`,
  },
  email: {
    header: TEAM_HEADERS.email,
    optionalColumn: true,
    schema: optionalEmailCell,
    problem: (value: unknown) =>
      `email ${shown(value)} is not an email address (accepted: name@domain, e.g. ana.souza@example.com, or empty)`,
  },
  notes: { header: TEAM_HEADERS.notes, optionalColumn: true, schema: z.unknown(), problem: () => '' },
};

type TeamValues = {
  readonly position: Position;
  readonly inPositionSince: CalendarDate | undefined;
} & Readonly<Record<'lastStepReview' | 'lastLevelReview', CalendarDate | undefined>>;

/** Entering a position restarts both review clocks, so its reviews cannot come before it. */
const reviewAfterEntering = (review: 'lastStepReview' | 'lastLevelReview') => ({
  keys: ['inPositionSince', review] as const,
  at: 'inPositionSince' as const,
  check: (values: TeamValues) => {
    const since = values.inPositionSince;
    const last = values[review];
    if (!since || !last || compareDates(since, last) <= 0) return undefined;
    return `in position since ${formatIsoDate(since)} is after the ${label(review)} ${formatIsoDate(last)}; entering a position is its first step and level review`;
  },
});

const TEAM_TABLE = {
  sheet: SHEET_NAMES.team,
  title: 'team',
  fields: TEAM_FIELDS,
  unique: {
    key: 'name',
    problem: (name: string, first: number) =>
      `${name} appears twice (also row ${first}); names must be unique`,
  },
  rules: [
    {
      keys: ['position', 'step'],
      at: 'step',
      check: (values: { readonly position: Position; readonly step: number }) =>
        values.step > values.position.steps ? stepProblem(values.step, values.position) : undefined,
    },
    reviewAfterEntering('lastStepReview'),
    reviewAfterEntering('lastLevelReview'),
  ],
  nameOf: (row: RowCells) => {
    const name = parsed(textCell, row.name);
    return isErrorValue(name) ? undefined : name;
  },
  build: (values): TeamMember => ({
    name: values.name,
    place: { position: values.position, step: values.step },
    techLead: values.techLead,
    manager: values.manager,
    email: values.email ?? '',
    inPositionSince: values.inPositionSince,
    lastStepReview: values.lastStepReview,
    lastLevelReview: values.lastLevelReview,
    salary: values.salary,
  }),
} as const satisfies Parameters<typeof readTable<typeof TEAM_FIELDS, TeamMember, TeamContext>>[0];

const HEADER = Object.values(TEAM_HEADERS);

/** Every engineer on the Team sheet (values: header row first) and every problem in it. */
export function readTeamTable(
  values: readonly (readonly unknown[])[],
  context: TeamContext,
): TableRead<TeamMember> {
  return readTable(TEAM_TABLE, values, { source: 'sheet', context });
}

/** One Team row's cells (from column A) as an engineer; a problem in it throws a TableError naming the row. */
export function readTeamRow(row: number, cells: readonly unknown[], context: TeamContext): TeamMember {
  const [member] = strictly(
    readTable(TEAM_TABLE, [HEADER, cells], { source: 'sheet', context, firstRow: row }),
  );
  if (!member) throw new TableError(`${SHEET_NAMES.team} row ${row} holds no engineer`);
  return member;
}
