import { TEAM_COMPUTED_COLUMNS, type TeamComputedColumn } from './layout';
import { FORMATS } from './formats';
import { NAMED_TABLES } from './namedRanges';
import { COLOURS } from './colours';
import type { ColumnSpec, SheetSpec } from './spec';
import { legendBlock } from './legend';
import { columnsInOrder, firstRowFormula, headerRow, mergeAdjacent } from './tableSpec';
import {
  AMOUNT_VALIDATION,
  CHECKBOX_VALIDATION,
  DATE_VALIDATION,
  EMAIL_VALIDATION,
  POSITION_VALIDATION,
} from './validations';
import { DUE_SOON_DAYS } from '../domain/cadence';
import { LADDER_HEADERS } from '../tables/ladder';
import { columnIndex, columnOf, SHEET_NAMES } from '../tables/layout';
import { TEAM_HEADERS, type TeamColumn } from '../tables/team';

const col = (key: TeamColumn) => columnOf(TEAM_HEADERS, key);

const NOTES: Record<TeamColumn, string> = {
  name: 'The engineer’s name, unique on this sheet. Fluency and the sidebar find people by it.',
  position: 'Position code from the Ladder sheet (dropdown), e.g. D3 or EM4.',
  step: 'Step within the position: a whole number from 1 to the position’s steps on the Ladder.',
  techLead: 'Tick if this person holds the Tech Lead role (any level; the Technology Lead is D4 or above).',
  manager: 'Who manages this person (free text).',
  inPositionSince: 'Date this person entered the current position.',
  lastStepReview: 'Date of the last step review (a promotion or a review with no change).',
  lastLevelReview: 'Date of the last level review.',
  nextStepReview:
    'Computed by NEXT_REVIEW from the position’s step cadence and the last step review. Red: overdue; amber: due within 30 days.',
  nextLevelReview:
    'Computed by NEXT_REVIEW from the position’s level cadence and the last level review. Red: overdue; amber: due within 30 days.',
  bandSalary: 'Computed by BAND_SALARY: the Salary Bands amount for this position and step.',
  compaRatio:
    'Computed by COMPA_RATIO: Salary divided by the midpoint of the position’s band (1.00 = midpoint).',
  salary: 'Optional: the engineer’s actual salary, used only for the compa-ratio.',
  notes: 'Free text.',
  stepsInPosition: 'Computed (hidden): the number of steps of the position, used to validate Step.',
  email:
    'Optional: the address of this person’s Google account. Review reminders go to managers by it; approvals know people by it.',
};

const STEP_VALIDATION = {
  kind: 'formula',
  formula: `=AND(ISNUMBER(${col('step')}2),${col('step')}2=INT(${col('step')}2),${col('step')}2>=1,${col('step')}2<=N(${col('stepsInPosition')}2))`,
  help: 'Enter a whole step from 1 to the number of steps of the position (Ladder sheet, Steps column). Choose the position first.',
} as const;

const date: ColumnSpec = { width: 140, numberFormat: FORMATS.date, validation: DATE_VALIDATION };
const computedDate: ColumnSpec = { width: 140, numberFormat: FORMATS.date };

const COLUMNS: Record<TeamColumn, ColumnSpec> = {
  name: { width: 170, numberFormat: FORMATS.general },
  position: { numberFormat: FORMATS.general, validation: POSITION_VALIDATION },
  step: { numberFormat: FORMATS.whole, validation: STEP_VALIDATION },
  techLead: { numberFormat: FORMATS.plain, validation: CHECKBOX_VALIDATION },
  manager: { width: 140, numberFormat: FORMATS.general },
  inPositionSince: date,
  lastStepReview: date,
  lastLevelReview: date,
  nextStepReview: computedDate,
  nextLevelReview: computedDate,
  bandSalary: { numberFormat: FORMATS.amount },
  compaRatio: { numberFormat: FORMATS.ratio },
  salary: { numberFormat: FORMATS.amount, validation: AMOUNT_VALIDATION },
  notes: { width: 240, numberFormat: FORMATS.general },
  stepsInPosition: { numberFormat: FORMATS.plain, hidden: true },
  email: { width: 220, numberFormat: FORMATS.general, validation: EMAIL_VALIDATION },
};

const open = (key: TeamColumn) => `${col(key)}2:${col(key)}`;
const LADDER = NAMED_TABLES.ladder.name;
const BANDS = NAMED_TABLES.bands.name;

/** Team's live formulas: one array formula per computed column, in row 2. */
const TEAM_FORMULAS: Readonly<Record<TeamComputedColumn, string>> = {
  nextStepReview: `=NEXT_REVIEW(${open('position')},${open('lastStepReview')},"step",${LADDER})`,
  nextLevelReview: `=NEXT_REVIEW(${open('position')},${open('lastLevelReview')},"level",${LADDER})`,
  bandSalary: `=BAND_SALARY(${open('position')},${open('step')},${BANDS},${LADDER})`,
  compaRatio: `=COMPA_RATIO(${open('salary')},${open('position')},${BANDS},${LADDER})`,
  stepsInPosition: `=ARRAYFORMULA(IF(${open('position')}="","",IFERROR(VLOOKUP(${open('position')},${LADDER},${columnIndex(LADDER_HEADERS, 'steps') + 1},0),"")))`,
};

const reviews = `${col('nextStepReview')}2:${col('nextLevelReview')}`;
const firstReview = `${col('nextStepReview')}2`;

export function teamSheetSpec(): SheetSpec {
  return {
    name: SHEET_NAMES.team,
    columns: columnsInOrder(TEAM_HEADERS, COLUMNS),
    minRows: 1000,
    frozenRows: 1,
    frozenColumns: 1,
    firstDataRow: 2,
    headers: [headerRow(TEAM_HEADERS, NOTES)],
    owned: mergeAdjacent(
      TEAM_COMPUTED_COLUMNS.map((key) => firstRowFormula(columnIndex(TEAM_HEADERS, key), TEAM_FORMULAS[key])),
    ),
    seeds: [
      // No gap after Email: the legend stays in column Q, where versions before the Email column put it.
      legendBlock(
        Object.keys(TEAM_HEADERS).length,
        [
          'Colours (Next step and level review)',
          'Red: the review is overdue',
          `Amber: due within ${DUE_SOON_DAYS} days`,
        ],
        0,
      ),
    ],
    conditionalFormats: [
      {
        kind: 'formula',
        formula: `=AND(ISNUMBER(${firstReview}),${firstReview}<TODAY())`,
        style: COLOURS.red,
        ranges: [reviews],
      },
      {
        kind: 'formula',
        formula: `=AND(ISNUMBER(${firstReview}),${firstReview}-TODAY()<=${DUE_SOON_DAYS})`,
        style: COLOURS.amber,
        ranges: [reviews],
      },
    ],
    protect: false,
  };
}
