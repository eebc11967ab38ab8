import { AXES, type Axis } from '../domain/fluency';
import { COLOURS } from './colours';
import { FORMATS } from './formats';
import { expectedLevelFormula, fluencyLevelFormula, nextPositionFormula } from './ladderFormulas';
import type { CellStyle, ColumnSpec, ConditionalFormatSpec, SheetSpec } from './spec';
import { columnsInOrder, firstRowFormula, headerRow, mergeAdjacent } from './tableSpec';
import { AXIS_VALIDATIONS, DATE_VALIDATION, ENGINEER_VALIDATION } from './validations';
import { legendBlock } from './legend';
import { columnIndex, columnOf, SHEET_NAMES, sheetRef } from '../tables/layout';
import { FLUENCY_HEADERS, type FluencyColumn } from '../tables/fluency';
import { TEAM_HEADERS } from '../tables/team';

const col = (key: FluencyColumn) => columnOf(FLUENCY_HEADERS, key);
const open = (key: FluencyColumn) => `${col(key)}2:${col(key)}`;
const gapKey = (axis: Axis) => `gap${axis}` as FluencyColumn;
const nextGapKey = (axis: Axis) => `nextGap${axis}` as FluencyColumn;

const axisNote = (axis: Axis) =>
  `Assessed ${axis} fluency (dropdown). Red: two or more below the position’s expectation; amber: one below; green: meets; blue: at or above the next position’s expectation.`;

const NOTES: Record<FluencyColumn, string> = {
  engineer: 'The engineer assessed: a name from the Team sheet (dropdown).',
  date: 'Date of the assessment. The latest one per engineer feeds the Fluency Chart.',
  assessor: 'Who made the assessment.',
  Technology: axisNote('Technology'),
  System: axisNote('System'),
  People: axisNote('People'),
  Process: axisNote('Process'),
  Influence: axisNote('Influence'),
  evidence: 'What the assessment rests on: projects, feedback, examples.',
  readiness: 'Computed: below expectation on how many axes, meets the position, or ready for the next one.',
  position: 'Computed (hidden): the engineer’s position on the Team sheet.',
  nextPosition: 'Computed (hidden): the next level on the same track, if any.',
  gapTechnology: 'Computed (hidden): assessed minus expected Technology level.',
  gapSystem: 'Computed (hidden): assessed minus expected System level.',
  gapPeople: 'Computed (hidden): assessed minus expected People level.',
  gapProcess: 'Computed (hidden): assessed minus expected Process level.',
  gapInfluence: 'Computed (hidden): assessed minus expected Influence level.',
  nextGapTechnology: 'Computed (hidden): assessed minus the next position’s Technology level.',
  nextGapSystem: 'Computed (hidden): assessed minus the next position’s System level.',
  nextGapPeople: 'Computed (hidden): assessed minus the next position’s People level.',
  nextGapProcess: 'Computed (hidden): assessed minus the next position’s Process level.',
  nextGapInfluence: 'Computed (hidden): assessed minus the next position’s Influence level.',
  latest: 'Computed (hidden): 1 on the engineer’s latest assessment, 0 on older ones.',
};

const hidden: ColumnSpec = { numberFormat: FORMATS.plain, hidden: true };
const COLUMNS: Record<FluencyColumn, ColumnSpec> = {
  engineer: { width: 170, numberFormat: FORMATS.general, validation: ENGINEER_VALIDATION },
  date: { numberFormat: FORMATS.date, validation: DATE_VALIDATION },
  assessor: { numberFormat: FORMATS.general },
  Technology: { numberFormat: FORMATS.general, validation: AXIS_VALIDATIONS.Technology },
  System: { numberFormat: FORMATS.general, validation: AXIS_VALIDATIONS.System },
  People: { numberFormat: FORMATS.general, validation: AXIS_VALIDATIONS.People },
  Process: { numberFormat: FORMATS.general, validation: AXIS_VALIDATIONS.Process },
  Influence: { numberFormat: FORMATS.general, validation: AXIS_VALIDATIONS.Influence },
  evidence: { width: 240, numberFormat: FORMATS.general },
  readiness: { width: 240, numberFormat: FORMATS.plain },
  position: hidden,
  nextPosition: hidden,
  gapTechnology: hidden,
  gapSystem: hidden,
  gapPeople: hidden,
  gapProcess: hidden,
  gapInfluence: hidden,
  nextGapTechnology: hidden,
  nextGapSystem: hidden,
  nextGapPeople: hidden,
  nextGapProcess: hidden,
  nextGapInfluence: hidden,
  latest: hidden,
};

const teamNames = sheetRef(SHEET_NAMES.team, `A2:${columnOf(TEAM_HEADERS, 'position')}`);

function gapFormula(axis: Axis, positionKey: 'position' | 'nextPosition'): string {
  const assessed = fluencyLevelFormula(axis, open(axis));
  const expected = expectedLevelFormula(axis, open(positionKey));
  return `=ARRAYFORMULA(IF((${open(axis)}="")+(${open(positionKey)}=""),"",IFERROR(${assessed}-${expected},"")))`;
}

/** "Below on 2 axes", "Meets D3", "Ready for D4": the row's standing, from the gap columns. */
function readinessFormula(): string {
  const below = AXES.map((axis) => `(${open(gapKey(axis))}<0)`).join('+');
  const readyForNext = AXES.map(
    (axis) => `ISNUMBER(${open(nextGapKey(axis))})*(${open(nextGapKey(axis))}>=0)`,
  ).join('*');
  const position = open('position');
  const next = open('nextPosition');
  return (
    `=ARRAYFORMULA(IF(${open('engineer')}="","",IF(${position}="","Not on the Team sheet",` +
    `IF(${below}>0,"Below on "&(${below})&" of 5 axes",` +
    `IF((${next}<>"")*(${readyForNext})=1,"Ready for "&${next},"Meets "&${position})))))`
  );
}

const FLUENCY_FORMULAS: Readonly<Partial<Record<FluencyColumn, string>>> = {
  readiness: readinessFormula(),
  position: `=ARRAYFORMULA(IF(${open('engineer')}="","",IFERROR(VLOOKUP(${open('engineer')},${teamNames},2,0),"")))`,
  nextPosition: `=ARRAYFORMULA(IF(${open('position')}="","",${nextPositionFormula(open('position'))}))`,
  latest: `=ARRAYFORMULA(IF(${open('engineer')}="","",IF(COUNTIFS(${open('engineer')},${open('engineer')},${open('date')},">"&${open('date')})=0,1,0)))`,
  ...Object.fromEntries(
    AXES.flatMap((axis) => [
      [gapKey(axis), gapFormula(axis, 'position')],
      [nextGapKey(axis), gapFormula(axis, 'nextPosition')],
    ]),
  ),
};

/** Axis cells coloured from the hidden gap columns (custom functions are not allowed here). */
function axisColours(): ConditionalFormatSpec[] {
  const axes = `${col('Technology')}2:${col('Influence')}`;
  const gap = `${col(gapKey('Technology'))}2`;
  const nextGap = `${col(nextGapKey('Technology'))}2`;
  const rule = (formula: string, style: CellStyle): ConditionalFormatSpec => ({
    kind: 'formula',
    formula,
    style,
    ranges: [axes],
  });
  return [
    rule(`=AND(ISNUMBER(${gap}),${gap}<=-2)`, COLOURS.red),
    rule(`=AND(ISNUMBER(${gap}),${gap}=-1)`, COLOURS.amber),
    rule(`=AND(ISNUMBER(${nextGap}),${nextGap}>=0,${nextGap}<${gap})`, COLOURS.blue),
    rule(`=AND(ISNUMBER(${gap}),${gap}>=0)`, COLOURS.green),
  ];
}

/** What the axis colours mean, next to the table's visible columns (its helper columns are hidden). */
const LEGEND = legendBlock(
  Object.keys(FLUENCY_HEADERS).length,
  [
    'Axis colours, against the position:',
    'Red: two or more levels below',
    'Amber: one level below',
    'Green: meets it',
    'Blue: at the next position’s level',
  ],
  0,
);

export function fluencySheetSpec(): SheetSpec {
  return {
    name: SHEET_NAMES.fluency,
    columns: columnsInOrder(FLUENCY_HEADERS, COLUMNS),
    minRows: 1000,
    frozenRows: 1,
    firstDataRow: 2,
    headers: [headerRow(FLUENCY_HEADERS, NOTES)],
    owned: mergeAdjacent(
      (Object.keys(FLUENCY_FORMULAS) as FluencyColumn[]).map((key) =>
        firstRowFormula(columnIndex(FLUENCY_HEADERS, key), FLUENCY_FORMULAS[key] as string),
      ),
    ),
    seeds: [LEGEND],
    conditionalFormats: axisColours(),
    protect: false,
  };
}
