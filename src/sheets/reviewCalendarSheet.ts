import { DUE_SOON_DAYS } from '../domain/cadence';
import { COLOURS } from './colours';
import { FORMATS } from './formats';
import { NAMED_TABLES } from './namedRanges';
import { legendBlock } from './legend';
import type { CellBlock, ColumnSpec, HeaderBlock, SheetSpec } from './spec';
import { columnLetter, columnOf, SHEET_NAMES, sheetRef } from '../tables/layout';
import { TEAM_HEADERS, type TeamColumn } from '../tables/team';

const CALENDAR_MONTHS = 12;
const STATUS = {
  overdue: 'Overdue',
  dueSoon: `Due within ${DUE_SOON_DAYS} days`,
  later: 'Later',
} as const;

const SCHEDULE_HEADERS = ['Due', 'Engineer', 'Position', 'Review', 'Status'] as const;
const SCHEDULE_NOTES = [
  'Date the review is due, earliest first (REVIEW_SCHEDULE over the Team sheet).',
  'The engineer.',
  'Their current position.',
  'Step or Level review.',
  `Overdue (red), due within ${DUE_SOON_DAYS} days (amber) or later, counted from today.`,
];
/** The month grid starts after the schedule and a blank spacer column. */
const GRID_COLUMN = SCHEDULE_HEADERS.length + 2;
const MONTH_NOTE = 'Reviews due this month: S = step review, L = level review, S+L = both.';

const team = (key: TeamColumn) =>
  sheetRef(SHEET_NAMES.team, `${columnOf(TEAM_HEADERS, key)}2:${columnOf(TEAM_HEADERS, key)}`);
const gridLetter = (offset: number) => columnLetter(GRID_COLUMN - 1 + offset);
const monthLetter = (month: number) => gridLetter(2 + month);

/** "S", "L", "S+L" or "" per Team row, for reviews whose due date satisfies `when(date)`. */
function marks(when: (date: string) => string): string {
  const step = team('nextStepReview');
  const level = team('nextLevelReview');
  const due = (date: string) => `ISNUMBER(${date})*${when(date)}`;
  return `=ARRAYFORMULA(IF(${team('name')}="","",SUBSTITUTE(TRIM(IF(${due(step)},"S","")&" "&IF(${due(level)},"L",""))," ","+")))`;
}

function monthHeaderCell(month: number): string {
  return month === 0 ? '=EOMONTH(TODAY(),-1)+1' : `=EOMONTH(${monthLetter(month - 1)}1,0)+1`;
}

function monthMarks(month: number): string {
  const start = `${monthLetter(month)}$1`;
  return marks((date) => `(${date}>=${start})*(${date}<=EOMONTH(${start},0))`);
}

const SCHEDULE_FORMULA = `=REVIEW_SCHEDULE(${team('name')},${team('position')},${team('lastStepReview')},${team('lastLevelReview')},${NAMED_TABLES.ladder.name})`;
const STATUS_FORMULA = `=ARRAYFORMULA(IF(ISNUMBER(A2:A),IF(A2:A<TODAY(),"${STATUS.overdue}",IF(A2:A-TODAY()<=${DUE_SOON_DAYS},"${STATUS.dueSoon}","${STATUS.later}")),""))`;

const months = Array.from({ length: CALENDAR_MONTHS }, (_, month) => month);

/** Row 1: the schedule's headers, a blank spacer, then the grid's (month starts are formulas). */
function headers(): HeaderBlock {
  return {
    row: 1,
    column: 1,
    cells: [[...SCHEDULE_HEADERS, '', 'Engineer', 'Overdue', ...months.map(monthHeaderCell)]],
    notes: [
      [
        ...SCHEDULE_NOTES,
        '',
        'Everyone on the Team sheet, in its order.',
        'Reviews whose due date has passed: S = step, L = level.',
        ...months.map(() => MONTH_NOTE),
      ],
    ],
  };
}

/** Row 2: the schedule (it fills columns A–D below it), then status, spacer and grid formulas. */
function formulas(): CellBlock[] {
  return [
    { row: 2, column: 1, cells: [[SCHEDULE_FORMULA]] },
    {
      row: 2,
      column: SCHEDULE_HEADERS.length,
      cells: [
        [
          STATUS_FORMULA,
          '',
          `=ARRAYFORMULA(IF(${team('name')}="","",${team('name')}))`,
          marks((date) => `(${date}<TODAY())`),
          ...months.map(monthMarks),
        ],
      ],
    },
  ];
}

const plain = { numberFormat: FORMATS.plain };
const COLUMNS: ColumnSpec[] = [
  { numberFormat: FORMATS.date },
  { width: 170, ...plain },
  plain,
  plain,
  { width: 150, ...plain }, // "Due within 30 days" in full
  plain,
  { width: 170, ...plain },
  plain,
  ...months.map(() => ({ width: 80, ...plain })),
];

/** Live review calendar: the sorted schedule with status, and a 12-month grid from this month. */
export function reviewCalendarSheetSpec(teamRows: number): SheetSpec {
  const overdue = gridLetter(1);
  const firstMonth = monthLetter(0);
  const lastMonth = monthLetter(CALENDAR_MONTHS - 1);
  const status = `${columnLetter(SCHEDULE_HEADERS.length - 1)}2:${columnLetter(SCHEDULE_HEADERS.length - 1)}`;
  return {
    name: SHEET_NAMES.reviewCalendar,
    columns: COLUMNS,
    minRows: 2 * teamRows,
    frozenRows: 1,
    firstDataRow: 2,
    headers: [headers()],
    owned: formulas(),
    seeds: [
      legendBlock(COLUMNS.length, [
        'Colours',
        'Red: overdue (Status, and the Overdue column)',
        `Amber: due within ${DUE_SOON_DAYS} days (Status)`,
        'Yellow: the current month',
      ]),
    ],
    topFormats: [{ row: 1, column: GRID_COLUMN + 2, columns: CALENDAR_MONTHS, format: FORMATS.month }],
    conditionalFormats: [
      { kind: 'textEquals', text: STATUS.overdue, style: COLOURS.red, ranges: [status] },
      { kind: 'textEquals', text: STATUS.dueSoon, style: COLOURS.amber, ranges: [status] },
      {
        // not "is not empty": whether that counts a formula's "" as empty is unconfirmed (contracts 14.3)
        kind: 'formula',
        formula: `=LEN(${overdue}2)>0`,
        style: COLOURS.red,
        ranges: [`${overdue}2:${overdue}`],
      },
      {
        kind: 'formula',
        formula: `=AND(${firstMonth}$1>=EOMONTH(TODAY(),-1)+1,${firstMonth}$1<=EOMONTH(TODAY(),0))`,
        style: COLOURS.highlight,
        ranges: [`${firstMonth}1:${lastMonth}`],
      },
    ],
    retiredRules: [{ kind: 'notEmpty', style: COLOURS.red }],
    protect: false,
  };
}
