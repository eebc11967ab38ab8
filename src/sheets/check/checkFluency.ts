import * as z from 'zod/mini';
import { AXES, FLUENCY_NAMES, fluencyLevelOf, type Axis } from '../../domain/fluency';
import { isBlankCell, shown, type Problem } from './problems';
import { checkFields, date, readTable, text, type FieldCheck } from './rows';
import { FLUENCY_HEADERS, type FluencyColumn } from '../../tables/fluency';
import { SHEET_NAMES } from '../../tables/layout';

const INPUTS = {
  engineer: FLUENCY_HEADERS.engineer,
  date: FLUENCY_HEADERS.date,
  Technology: FLUENCY_HEADERS.Technology,
  System: FLUENCY_HEADERS.System,
  People: FLUENCY_HEADERS.People,
  Process: FLUENCY_HEADERS.Process,
  Influence: FLUENCY_HEADERS.Influence,
} as const satisfies Partial<Record<FluencyColumn, string>>;

const axisField = (axis: Axis): FieldCheck => ({
  schema: z.string().check(z.refine((name: string) => fluencyLevelOf(axis, name) !== undefined)),
  message: (value) =>
    isBlankCell(value)
      ? `${axis} is empty; choose one of ${FLUENCY_NAMES[axis].join(', ')}`
      : `${axis} ${shown(value)} is not a ${axis} fluency (${FLUENCY_NAMES[axis].join(', ')})`,
});

const FIELDS: Record<keyof typeof INPUTS, FieldCheck> = {
  engineer: { schema: text, message: () => 'this assessment has no engineer' },
  date: {
    schema: date,
    message: (value) =>
      isBlankCell(value) ? 'the assessment date is empty' : `date ${shown(value)} is not a date`,
  },
  ...(Object.fromEntries(AXES.map((axis) => [axis, axisField(axis)])) as Record<Axis, FieldCheck>),
};

/** Checks every assessment: engineer on the Team sheet, a date, a valid fluency on each axis. */
export function checkFluency(
  values: readonly (readonly unknown[])[],
  teamNames: ReadonlySet<string> | undefined,
  problems: Problem[],
): void {
  const table = readTable(SHEET_NAMES.fluency, values, INPUTS, problems);
  if (!table) return;
  for (const row of table.rows) {
    const failed = checkFields(table, row, FIELDS, problems);
    const name = String(row.cells.engineer).trim();
    if (!failed.has('engineer') && teamNames && !teamNames.has(name)) {
      problems.push({
        sheet: table.sheet,
        row: row.row,
        column: table.columns.engineer + 1,
        message: `${name} is not on the Team sheet`,
      });
    }
  }
}
