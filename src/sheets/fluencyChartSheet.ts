import { AXES, type Axis } from '../domain/fluency';
import { GRADIENT } from './colours';
import { FORMATS } from './formats';
import { fluencyNameArray } from './formulaText';
import { expectedLevelFormula, fluencyLevelFormula, nextPositionFormula } from './ladderFormulas';
import type { ColumnSpec, HeaderBlock, SheetSpec } from './spec';
import { ENGINEER_VALIDATION } from './validations';
import { columnOf, SHEET_NAMES, sheetRef } from '../tables/layout';
import { FLUENCY_HEADERS, type FluencyColumn } from '../tables/fluency';
import { TEAM_HEADERS } from '../tables/team';

/** Where things are on the Fluency Chart sheet (1-based; the picker is B1). */
export const CHART_LAYOUT = {
  picker: { row: 1, column: 2 },
  profileHeaderRow: 7,
  overviewHeaderRow: 15,
} as const;

const fluency = (key: FluencyColumn) =>
  sheetRef(SHEET_NAMES.fluency, `${columnOf(FLUENCY_HEADERS, key)}2:${columnOf(FLUENCY_HEADERS, key)}`);
const teamNamesAndPositions = sheetRef(SHEET_NAMES.team, `A2:${columnOf(TEAM_HEADERS, 'position')}`);

const WIDTH = 3 + AXES.length;
const LAST_ROW = CHART_LAYOUT.overviewHeaderRow + 1;

const PICKER_LABEL: HeaderBlock = {
  row: 1,
  column: 1,
  cells: [['Engineer']],
  notes: [['Pick an engineer in B1 (dropdown of the Team sheet). The chart and the tables follow.']],
};

function pickedEngineerRows(): { cells: string[]; note: string }[] {
  const latestDate = `IFERROR(1/(1/MAXIFS(${fluency('date')},${fluency('engineer')},B1)),"")`;
  const row = `IFERROR(MATCH(1,ARRAYFORMULA((${fluency('engineer')}=B1)*(${fluency('date')}=B4)),0),"")`;
  return [
    {
      cells: ['Position', `=IF(B1="","",IFERROR(VLOOKUP(B1,${teamNamesAndPositions},2,0),""))`],
      note: 'Their position on the Team sheet.',
    },
    {
      cells: ['Next position', `=IF(B2="","",${nextPositionFormula('B2')})`],
      note: 'The next level on the same track.',
    },
    {
      cells: ['Latest assessment', `=IF(B1="","",${latestDate})`],
      note: 'Date of their latest assessment on the Fluency sheet.',
    },
    {
      cells: ['Row on Fluency', `=IF(B4="","",${row})`],
      note: 'Which Fluency row that assessment is on (1 = the first data row).',
    },
  ];
}

function profileRow(axis: Axis): string[] {
  const assessedName = `INDEX(${fluency(axis)},$B$5)`;
  return [
    `="${axis}"&IF($B$5="","",": "&${assessedName})`,
    `=IF($B$5="","",IFERROR(${fluencyLevelFormula(axis, assessedName)},""))`,
    `=IF($B$2="","",IFERROR(${expectedLevelFormula(axis, '$B$2')},""))`,
    `=IF($B$3="","",IFERROR(${expectedLevelFormula(axis, '$B$3')},""))`,
  ];
}

const PROFILE_HEADERS = ['Axis', 'Assessed', 'Expected for position', 'Expected for next position'];
const PROFILE_NOTES = [
  'The axis and the assessed fluency name.',
  'Assessed level, 1–5 (the latest assessment).',
  'Level the current position expects.',
  'Level the next position expects.',
];
const OVERVIEW_HEADERS = ['Engineer', 'Position', 'Assessed on', ...AXES];
const OVERVIEW_NOTES = [
  'Everyone’s latest assessment (team overview).',
  'Their position on the Team sheet.',
  'Date of that assessment.',
  ...AXES.map((axis) => `Assessed ${axis} level, 1–5; darker is higher.`),
];

function overviewFormulas(): string[] {
  const latest = `${fluency('latest')}=1`;
  const column = (range: string) => `=IFERROR(FILTER(${range},${latest}),"")`;
  return [
    column(fluency('engineer')),
    column(fluency('position')),
    column(fluency('date')),
    ...AXES.map((axis) => column(`IFERROR(MATCH(${fluency(axis)},${fluencyNameArray(axis)},0),"")`)),
  ];
}

/**
 * Rows 2 to the overview's first row as one labelled block: the picked engineer's details, the
 * profile table the radar chart draws, and the team overview (whose formulas fill the rows below).
 */
function contentBlock(): HeaderBlock {
  const rows: { cells: string[]; notes: string[] }[] = [];
  const pad = (cells: readonly string[]) => [...cells, ...Array<string>(WIDTH - cells.length).fill('')];
  const add = (cells: readonly string[], notes: readonly string[] = []) =>
    rows.push({ cells: pad(cells), notes: pad(notes) });
  for (const { cells, note } of pickedEngineerRows()) add(cells, [note]);
  while (rows.length + 2 < CHART_LAYOUT.profileHeaderRow) add([]);
  add(PROFILE_HEADERS, PROFILE_NOTES);
  for (const axis of AXES) add(profileRow(axis));
  while (rows.length + 2 < CHART_LAYOUT.overviewHeaderRow) add([]);
  add(OVERVIEW_HEADERS, OVERVIEW_NOTES);
  add(overviewFormulas());
  return {
    row: 2,
    column: 1,
    cells: rows.map((row) => row.cells),
    notes: rows.map((row) => row.notes),
    boldRows: [CHART_LAYOUT.profileHeaderRow - 2, CHART_LAYOUT.overviewHeaderRow - 2],
  };
}

const plain = { numberFormat: FORMATS.plain };
/** The overview's columns: engineer, position, date of the assessment, then the five axes' levels. */
const COLUMNS: ColumnSpec[] = [
  { width: 200, ...plain },
  plain,
  { width: 170, numberFormat: FORMATS.date },
  { width: 170, ...plain },
  ...AXES.slice(1).map(() => plain),
];

/** Picker, the picked engineer's profile (the radar chart's table) and the team overview. */
export function fluencyChartSheetSpec(fluencyRows: number): SheetSpec {
  const profileFirst = CHART_LAYOUT.profileHeaderRow;
  const profileLast = profileFirst + AXES.length;
  const overviewFirst = LAST_ROW;
  return {
    name: SHEET_NAMES.fluencyChart,
    columns: COLUMNS,
    minRows: overviewFirst + fluencyRows,
    frozenRows: 0,
    firstDataRow: overviewFirst,
    headers: [PICKER_LABEL, contentBlock()],
    owned: [],
    seeds: [],
    topFormats: [{ row: 4, column: 2, columns: 1, format: FORMATS.date }],
    topValidations: [{ ...CHART_LAYOUT.picker, columns: 1, validation: ENGINEER_VALIDATION }],
    conditionalFormats: [
      {
        kind: 'gradient',
        minColor: GRADIENT.min,
        maxColor: GRADIENT.max,
        ranges: [`D${overviewFirst}:H`],
      },
    ],
    protect: false,
    radarChart: {
      range: `A${profileFirst}:D${profileLast}`,
      anchorRow: 1,
      // Right of every table (the overview is the widest, A to H), one empty column between.
      anchorColumn: WIDTH + 2,
      title: 'Fluency: assessed vs expected for the position and the next one',
    },
  };
}
