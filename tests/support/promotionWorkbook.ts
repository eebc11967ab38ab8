/**
 * A workbook for the Promotions sidebar's tests and bench: the real bundle (dist/Code.js) plus one
 * seeding global that writes Ladder, Salary Bands, Team, Fluency and an empty Promotion Log the way the
 * set-up lays them out (src/tables/layout.ts), with any number of engineers.
 */
import { loadRuntime, type LoadOptions, type Runtime, type SavedWorkbook } from '../../dev/runtime';
import type { BandMatrix } from '../../src/domain/bands';
import { parseIsoDate, type CalendarDate } from '../../src/domain/dates';
import { AXES, fluencyName } from '../../src/domain/fluency';
import { DEFAULT_LADDER, ENGINEERING_MANAGER } from '../../src/domain/ladder';
import type { MoveAction } from '../../src/domain/moves';
import { startOfDayIn } from '../../src/time/zonedDates';
import type { EngineerCard, RecordOutcome, RecordRequest } from '../../src/server/rpc';
import { ladderTable } from './ladderTables';
import { readBuiltBundle } from './runtime';
import { isSpreadsheetCall } from './serviceCalls';
import { FLUENCY_HEADERS } from '../../src/tables/fluency';
import { PROMOTION_LOG_HEADERS } from '../../src/tables/promotionLog';
import { SALARY_BAND_HEADERS } from '../../src/tables/bands';
import { SHEET_NAMES } from '../../src/tables/layout';
import { TEAM_HEADERS } from '../../src/tables/team';

export const TODAY = '2025-01-15';

export interface EngineerSeed {
  readonly name: string;
  readonly position: string;
  readonly step: number;
  readonly techLead?: boolean;
  readonly manager?: string;
  readonly inPositionSince?: string;
  readonly lastStepReview?: string;
  readonly lastLevelReview?: string;
  readonly salary?: number;
  readonly notes?: string;
  readonly email?: string;
}

export interface AssessmentSeed {
  readonly engineer: string;
  readonly date: string;
  readonly levels: readonly number[];
}

const SEED_GLOBAL = `
function tamperPromotionWorkbook(body) {
  return new Function('ss', body)(SpreadsheetApp.getActiveSpreadsheet());
}
function seedPromotionWorkbook(tables) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  tables.forEach(function (table) {
    var sheet = ss.getSheetByName(table.name) || ss.insertSheet(table.name);
    var width = table.rows[0].length;
    table.rows.forEach(function (row) { while (row.length < width) row.push(''); });
    if (table.rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), table.rows.length - sheet.getMaxRows());
    var rows = table.rows.map(function (row) {
      return row.map(function (cell) { return typeof cell === 'string' && cell !== '' ? "'" + cell : cell; });
    });
    sheet.getRange(1, 1, rows.length, width).setValues(rows);
  });
}
`;

/** Midnight of an ISO day in the spreadsheet's zone, as a date cell holds it. */
function dayIn(timeZone: string): (iso: string | undefined) => Date | '' {
  return (iso) => (iso ? startOfDayIn(parseIsoDate(iso) as CalendarDate, timeZone) : '');
}

function teamRow(engineer: EngineerSeed, day: ReturnType<typeof dayIn>): unknown[] {
  const cells: Record<keyof typeof TEAM_HEADERS, unknown> = {
    name: engineer.name,
    position: engineer.position,
    step: engineer.step,
    techLead: engineer.techLead ?? false,
    manager: engineer.manager ?? '',
    inPositionSince: day(engineer.inPositionSince),
    lastStepReview: day(engineer.lastStepReview),
    lastLevelReview: day(engineer.lastLevelReview),
    nextStepReview: '',
    nextLevelReview: '',
    bandSalary: '',
    salary: engineer.salary ?? '',
    compaRatio: '',
    notes: engineer.notes ?? '',
    stepsInPosition: '',
    email: engineer.email ?? '',
  };
  return Object.keys(TEAM_HEADERS).map((key) => cells[key as keyof typeof TEAM_HEADERS]);
}

/** The default ladder as the Ladder sheet holds it, fluencies by name. */
function defaultLadderTable(): unknown[][] {
  return ladderTable(
    ...DEFAULT_LADDER.positions.map((p) => ({
      code: p.code,
      track: p.track,
      level: p.level,
      ...Object.fromEntries(AXES.map((axis) => [axis, fluencyName(axis, p.expected[axis])])),
      steps: p.steps,
      stepCadence: p.stepCadenceMonths,
      levelCadence: p.levelCadenceMonths,
    })),
  );
}

/** Step amounts: 60,000 at D1 step 1, +10,000 a level, +4 % a step; managers 10 % more (to the nearest 100). */
export const BANDS: BandMatrix = {
  amounts: new Map(
    DEFAULT_LADDER.positions.map((p) => {
      const base = (50_000 + 10_000 * p.level) * (p.track === ENGINEERING_MANAGER ? 1.1 : 1);
      const steps = Array.from(
        { length: p.steps },
        (_, i) => Math.round((base * (1 + 0.04 * i)) / 100) * 100,
      );
      return [p.code, steps];
    }),
  ),
};

function bandRows(): unknown[][] {
  return DEFAULT_LADDER.positions.map((p) => {
    const amounts = BANDS.amounts.get(p.code) ?? [];
    const steps = Array.from({ length: 10 }, (_, i) => amounts[i] ?? '');
    return [p.code, p.track, p.level, '', '', '', ...steps];
  });
}

function assessmentRow(seed: AssessmentSeed, day: ReturnType<typeof dayIn>): unknown[] {
  return [
    seed.engineer,
    day(seed.date),
    'Lead',
    ...AXES.map((axis, i) => fluencyName(axis, seed.levels[i] as 1)),
    '',
    '',
  ];
}

/** A runtime over the built add-on with the promotion sheets filled in; the clock reads 2025-01-15 09:00 UTC. */
export function loadPromotionRuntime(
  engineers: readonly EngineerSeed[],
  assessments: readonly AssessmentSeed[] = [],
  options: LoadOptions = {},
): Runtime {
  const rt = loadRuntime({
    now: new Date(`${TODAY}T09:00:00Z`),
    htmlDir: 'dist',
    activeUser: 'manager@example.com',
    ...options,
    bundleSource: `${readBuiltBundle()}\n${SEED_GLOBAL}`,
  });
  const day = dayIn(options.spreadsheetTimeZone ?? 'Etc/UTC');
  rt.call('seedPromotionWorkbook', [
    { name: SHEET_NAMES.ladder, rows: defaultLadderTable() },
    { name: SHEET_NAMES.salaryBands, rows: [Object.values(SALARY_BAND_HEADERS), ...bandRows()] },
    { name: SHEET_NAMES.team, rows: [Object.values(TEAM_HEADERS), ...engineers.map((e) => teamRow(e, day))] },
    {
      name: SHEET_NAMES.fluency,
      rows: [Object.values(FLUENCY_HEADERS), ...assessments.map((a) => assessmentRow(a, day))],
    },
    { name: SHEET_NAMES.promotionLog, rows: [Object.values(PROMOTION_LOG_HEADERS)] },
  ]);
  return rt;
}

/**
 * A saved promotion workbook opened again in a new runtime (same clock and user defaults as
 * loadPromotionRuntime): a test that changes the workbook works on its own copy of a shared state.
 */
export function reopenPromotionRuntime(state: SavedWorkbook, options: LoadOptions = {}): Runtime {
  return loadRuntime({
    now: new Date(`${TODAY}T09:00:00Z`),
    htmlDir: 'dist',
    activeUser: 'manager@example.com',
    ...options,
    state,
    bundleSource: `${readBuiltBundle()}\n${SEED_GLOBAL}`,
  });
}

/** Runs a script body with `ss` = the active spreadsheet, as another script would (e.g. to add a protection). */
export function tamperPromotionWorkbook(rt: Runtime, body: string): unknown {
  return rt.call('tamperPromotionWorkbook', body);
}

/** `count` engineers named "Engineer 1"… spread over D1–D6, each one step below their last step. */
export function sampleTeam(count: number): EngineerSeed[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `Engineer ${i + 1}`,
    position: `D${(i % 6) + 1}`,
    step: 1 + (i % 2),
    inPositionSince: '2023-03-01',
    lastStepReview: '2024-03-01',
    lastLevelReview: '2023-03-01',
    salary: 80000,
  }));
}

/** Loads the engineer's card the way the sidebar does and builds the request that records `action`. */
export function requestFor(
  rt: Runtime,
  row: number,
  name: string,
  action: MoveAction,
  overrides: Partial<RecordRequest> = {},
): RecordRequest {
  const card = rt.run('promotionsEngineer', { row, name }) as EngineerCard;
  return {
    requestId: `req-${row}-${Math.random().toString(16).slice(2, 10)}`,
    row,
    name,
    version: card.version,
    from: { position: card.position, step: card.step },
    action,
    effectiveDate: TODAY,
    ...overrides,
  };
}

export function record(rt: Runtime, request: unknown): RecordOutcome {
  return rt.run('promotionsRecord', request) as RecordOutcome;
}

/** Records `request` and counts its spreadsheet calls: all of them, and those made holding the lock. */
export function countRecordingCalls(
  rt: Runtime,
  request: RecordRequest,
): { outcome: RecordOutcome; total: number; underLock: number; methods: string[] } {
  const methods: string[] = [];
  const stop = rt.onServiceCall(({ method }) => methods.push(method));
  const outcome = record(rt, request);
  stop();
  const locked = methods.slice(methods.indexOf('Lock.tryLock') + 1, methods.lastIndexOf('Lock.releaseLock'));
  const spreadsheet = (list: string[]) => list.filter(isSpreadsheetCall).length;
  return { outcome, total: spreadsheet(methods), underLock: spreadsheet(locked), methods };
}

/** The Promotion Log's data rows, as getValues reads them. */
export function logRows(rt: Runtime): unknown[][] {
  const last = rt.workbook.sheet(SHEET_NAMES.promotionLog).lastRow;
  return last < 2 ? [] : (rt.workbook.values(`'${SHEET_NAMES.promotionLog}'!A2:K${last}`) as unknown[][]);
}

/** Team's input cells (Name … Last level review) of one row. */
export function teamInputs(rt: Runtime, row: number): unknown[] {
  return (rt.workbook.values(`Team!A${row}:H${row}`) as unknown[][])[0] as unknown[];
}
