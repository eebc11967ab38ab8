import { ENGINEERING_MANAGER, MAX_STEPS, type Ladder } from '../domain/ladder';
import type { BandSeed } from '../domain/bands';
import { COLOURS, GRADIENT } from './colours';
import { FORMATS } from './formats';
import { quoted } from './formulaText';
import { ladderLookup } from './ladderFormulas';
import { NAMED_TABLES } from './namedRanges';
import type { CellContent, ColumnSpec, HeaderBlock, SheetSpec } from './spec';
import { columnsInOrder, headerRow } from './tableSpec';
import { AMOUNT_VALIDATION, PERCENT_VALIDATION } from './validations';
import { legendBlock } from './legend';
import { columnIndex, columnLetter, SHEET_NAMES } from '../tables/layout';
import { SALARY_BAND_HEADERS, type SalaryBandColumn } from '../tables/bands';

/** The parameters the matrix is computed from, one row per level, right of the matrix. */
const BAND_PARAMETER_HEADERS = {
  level: 'Level',
  base: 'Base salary (step 1)',
  stepIncrement: 'Step increment',
  managerPremium: 'Manager premium',
} as const;
type ParameterColumn = keyof typeof BAND_PARAMETER_HEADERS;

export const DEFAULT_BAND_SEED: BandSeed = {
  basePerLevel: { 1: 55_000, 2: 65_000, 3: 78_000, 4: 95_000, 5: 115_000, 6: 140_000, 7: 170_000 },
  stepIncrement: 0.04,
  managerPremium: 0.08,
};

const PARAMETERS_COLUMN = NAMED_TABLES.bandParameters.column;
const letter = (key: SalaryBandColumn) => columnLetter(columnIndex(SALARY_BAND_HEADERS, key));
const STEP_KEYS = Array.from({ length: MAX_STEPS }, (_, i) => `step${i + 1}` as SalaryBandColumn);
const FIRST_STEP = letter('step1');
const LAST_STEP = letter(STEP_KEYS[MAX_STEPS - 1] as SalaryBandColumn);

const stepNote = (step: number) =>
  `Amount at step ${step}. Computed from the parameters on the right; type a number to set it by hand. Red: not above the step before.`;

const NOTES: Record<SalaryBandColumn, string> = {
  position: 'Position code from the Ladder. Add a row when you add a position.',
  track: 'Computed from the Ladder.',
  level: 'Computed from the Ladder.',
  min: 'Lowest amount of the position’s steps.',
  mid: 'Midpoint between Min and Max; compa-ratio divides salary by it.',
  max: 'Highest amount of the position’s steps.',
  ...(Object.fromEntries(STEP_KEYS.map((key, i) => [key, stepNote(i + 1)])) as Record<string, string>),
} as Record<SalaryBandColumn, string>;

const PARAMETER_NOTES: Record<ParameterColumn, string> = {
  level: 'Level number the row applies to.',
  base: 'Amount at step 1 of the level for the Developer track.',
  stepIncrement:
    'Added per step within the level, as a share of the base (4% = each step adds 4% of the base).',
  managerPremium: `Extra share of the base for positions on the ${ENGINEERING_MANAGER} track.`,
};

const amount: ColumnSpec = { numberFormat: FORMATS.amount, validation: AMOUNT_VALIDATION };
const COLUMNS: Record<SalaryBandColumn, ColumnSpec> = {
  position: { numberFormat: FORMATS.text },
  track: { width: 160, numberFormat: FORMATS.plain },
  level: { numberFormat: FORMATS.whole },
  min: { numberFormat: FORMATS.amount },
  mid: { numberFormat: FORMATS.amount },
  max: { numberFormat: FORMATS.amount },
  ...(Object.fromEntries(STEP_KEYS.map((key) => [key, amount])) as Record<string, ColumnSpec>),
} as Record<SalaryBandColumn, ColumnSpec>;

const PARAMETER_COLUMNS: ColumnSpec[] = [
  { numberFormat: FORMATS.plain },
  { numberFormat: FORMATS.whole },
  { width: 160, numberFormat: FORMATS.amount, validation: AMOUNT_VALIDATION },
  { width: 120, numberFormat: FORMATS.percent, validation: PERCENT_VALIDATION },
  { width: 120, numberFormat: FORMATS.percent, validation: PERCENT_VALIDATION },
];

const PARAMETERS = NAMED_TABLES.bandParameters.name;
const parameter = (level: string, key: ParameterColumn) =>
  `VLOOKUP(${level},${PARAMETERS},${columnIndex(BAND_PARAMETER_HEADERS, key) + 1},0)`;

/** One matrix row: position, track and level from the Ladder, min/mid/max, and each step's amount. */
function bandRowCells(code: string, row: number): CellContent[] {
  const position = `$${letter('position')}${row}`;
  const track = `$${letter('track')}${row}`;
  const level = `$${letter('level')}${row}`;
  const steps = `${FIRST_STEP}${row}:${LAST_STEP}${row}`;
  const stepAmount = (step: number) =>
    `=IFERROR(IF(${step}>${ladderLookup(position, 'steps')},"",ROUND(${parameter(level, 'base')}*(1+${parameter(level, 'stepIncrement')}*${step - 1})*IF(${track}=${quoted(ENGINEERING_MANAGER)},1+${parameter(level, 'managerPremium')},1),-2)),"")`;
  return [
    code,
    `=IFERROR(${ladderLookup(position, 'track')},"")`,
    `=IFERROR(${ladderLookup(position, 'level')},"")`,
    `=IF(COUNT(${steps})=0,"",MIN(${steps}))`,
    `=IF(COUNT(${steps})=0,"",(MIN(${steps})+MAX(${steps}))/2)`,
    `=IF(COUNT(${steps})=0,"",MAX(${steps}))`,
    ...STEP_KEYS.map((_, i) => stepAmount(i + 1)),
  ];
}

/** Row 1: the matrix headers, a blank spacer column, then the parameter headers. */
function headerRowWithParameters(): HeaderBlock {
  const matrix = headerRow(SALARY_BAND_HEADERS, NOTES);
  const keys = Object.keys(BAND_PARAMETER_HEADERS) as ParameterColumn[];
  const spacer = Array<string>(PARAMETERS_COLUMN - 1 - Object.keys(SALARY_BAND_HEADERS).length).fill('');
  return {
    ...matrix,
    cells: [[...(matrix.cells[0] ?? []), ...spacer, ...keys.map((key) => BAND_PARAMETER_HEADERS[key])]],
    notes: [[...(matrix.notes[0] ?? []), ...spacer, ...keys.map((key) => PARAMETER_NOTES[key])]],
  };
}

export function salaryBandsSheetSpec(ladder: Ladder, seed: BandSeed = DEFAULT_BAND_SEED): SheetSpec {
  const levels = Object.keys(seed.basePerLevel).map(Number);
  const matrix = `${FIRST_STEP}2:${LAST_STEP}`;
  const afterFirstStep = `${letter('step2')}2:${LAST_STEP}`;
  return {
    name: SHEET_NAMES.salaryBands,
    columns: [...columnsInOrder(SALARY_BAND_HEADERS, COLUMNS), ...PARAMETER_COLUMNS],
    minRows: 100,
    frozenRows: 1,
    firstDataRow: 2,
    headers: [headerRowWithParameters()],
    owned: [],
    seeds: [
      { row: 2, column: 1, cells: ladder.positions.map((position, i) => bandRowCells(position.code, i + 2)) },
      legendBlock(PARAMETERS_COLUMN - 1 + Object.keys(BAND_PARAMETER_HEADERS).length, [
        'Colours',
        'Red: a step not above the step before',
        'Green shading: lower (white) to higher (green) amounts',
      ]),
      {
        row: 2,
        column: PARAMETERS_COLUMN,
        cells: levels.map((level) => [
          level,
          seed.basePerLevel[level] as number,
          seed.stepIncrement,
          seed.managerPremium,
        ]),
      },
    ],
    conditionalFormats: [
      {
        kind: 'formula',
        formula: `=AND(ISNUMBER(${letter('step2')}2),ISNUMBER(${FIRST_STEP}2),${letter('step2')}2<=${FIRST_STEP}2)`,
        style: COLOURS.red,
        ranges: [afterFirstStep],
      },
      { kind: 'gradient', minColor: GRADIENT.min, maxColor: GRADIENT.max, ranges: [matrix] },
    ],
    protect: true,
  };
}
