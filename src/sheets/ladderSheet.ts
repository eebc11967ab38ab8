import { AXES, fluencyName } from '../domain/fluency';
import type { Ladder } from '../domain/ladder';
import { FORMATS } from './formats';
import type { CellContent, ColumnSpec, SheetSpec } from './spec';
import { columnsInOrder, firstRowFormula, headerRow, mergeAdjacent } from './tableSpec';
import { AXIS_VALIDATIONS, CADENCE_VALIDATION, LEVEL_VALIDATION, STEPS_VALIDATION } from './validations';
import { LADDER_HEADERS } from '../tables/ladder';
import { columnIndex, columnLetter, SHEET_NAMES } from '../tables/layout';

/**
 * The Ladder table plus two hidden lookup columns: "Track|Level" of each row and its position code,
 * so formulas find the next position on a track with a plain VLOOKUP.
 */
const LADDER_SHEET_HEADERS = {
  ...LADDER_HEADERS,
  lookupKey: 'Track and level',
  lookupCode: 'Position code',
} as const;
type LadderSheetColumn = keyof typeof LADDER_SHEET_HEADERS;

const lookupKeyColumn = columnLetter(columnIndex(LADDER_SHEET_HEADERS, 'lookupKey'));
const lookupCodeColumn = columnLetter(columnIndex(LADDER_SHEET_HEADERS, 'lookupCode'));
/** Track|Level → position code, for `VLOOKUP(track&"|"&level, LADDER_LOOKUP, 2, 0)`. */
export const LADDER_LOOKUP = `${SHEET_NAMES.ladder}!${lookupKeyColumn}2:${lookupCodeColumn}`;

const axisNote = (axis: string) =>
  `The ${axis} fluency this position expects: one of the axis' five names (dropdown), lowest first.`;

const NOTES: Record<LadderSheetColumn, string> = {
  code: 'Short code used everywhere, e.g. D3 or EM4. Team, Fluency and Salary Bands refer to it.',
  track:
    'Career track, e.g. Developer or Engineering Manager. The next position is the next level on the same track.',
  level: 'Level number, a whole number 1–20.',
  Technology: axisNote('Technology'),
  System: axisNote('System'),
  People: axisNote('People'),
  Process: axisNote('Process'),
  Influence: axisNote('Influence'),
  steps: 'How many steps the level has (1–10). Salary Bands has one amount per step.',
  stepCadence: 'Months between step reviews (1–60). Default: 6 for levels 1–3, 12 for 4 and above.',
  levelCadence: 'Months between level reviews (1–60). Default: 12 for levels 1–3, 24 for 4 and above.',
  lookupKey: 'Computed (hidden): track and level, used to find the next position.',
  lookupCode: 'Computed (hidden): the position code beside its track and level.',
};

const axisColumn = (axis: (typeof AXES)[number]): ColumnSpec => ({
  numberFormat: FORMATS.text,
  validation: AXIS_VALIDATIONS[axis],
});

const COLUMNS: Record<LadderSheetColumn, ColumnSpec> = {
  code: { numberFormat: FORMATS.text },
  track: { width: 160, numberFormat: FORMATS.text },
  level: { numberFormat: FORMATS.whole, validation: LEVEL_VALIDATION },
  Technology: axisColumn('Technology'),
  System: axisColumn('System'),
  People: axisColumn('People'),
  Process: axisColumn('Process'),
  Influence: axisColumn('Influence'),
  steps: { numberFormat: FORMATS.whole, validation: STEPS_VALIDATION },
  stepCadence: { width: 150, numberFormat: FORMATS.whole, validation: CADENCE_VALIDATION },
  levelCadence: { width: 150, numberFormat: FORMATS.whole, validation: CADENCE_VALIDATION },
  lookupKey: { numberFormat: FORMATS.plain, hidden: true },
  lookupCode: { numberFormat: FORMATS.plain, hidden: true },
};

/** One Ladder row per position, fluencies written as their names. */
export function ladderRows(ladder: Ladder): CellContent[][] {
  return ladder.positions.map((position) => [
    position.code,
    position.track,
    position.level,
    ...AXES.map((axis) => fluencyName(axis, position.expected[axis])),
    position.steps,
    position.stepCadenceMonths,
    position.levelCadenceMonths,
  ]);
}

export function ladderSheetSpec(defaultLadder: Ladder): SheetSpec {
  const key = columnIndex(LADDER_SHEET_HEADERS, 'lookupKey');
  const code = columnIndex(LADDER_SHEET_HEADERS, 'lookupCode');
  return {
    name: SHEET_NAMES.ladder,
    columns: columnsInOrder(LADDER_SHEET_HEADERS, COLUMNS),
    minRows: 1000,
    frozenRows: 1,
    firstDataRow: 2,
    headers: [headerRow(LADDER_SHEET_HEADERS, NOTES)],
    owned: mergeAdjacent([
      firstRowFormula(key, '=ARRAYFORMULA(IF(A2:A="","",B2:B&"|"&C2:C))'),
      firstRowFormula(code, '=ARRAYFORMULA(IF(A2:A="","",A2:A))'),
    ]),
    seeds: [{ row: 2, column: 1, cells: ladderRows(defaultLadder) }],
    conditionalFormats: [],
    protect: true,
  };
}
