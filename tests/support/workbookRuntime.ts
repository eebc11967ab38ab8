/**
 * The built add-on in the local runtime, for the workbook's tests and bench: the real bundle plus
 * two test-only globals: `plantRows` writes rows straight into a sheet the way a script would (no
 * validation), growing the grid when needed; `tamper` runs a script body, e.g. to delete a rule.
 */
import { loadRuntime, type LoadOptions, type Runtime } from '../../dev/runtime';
import { DEFAULT_LADDER } from '../../src/domain/ladder';
import { readBuiltBundle } from './runtime';
import { spreadsheetCalls } from './serviceCalls';

const PLANT_GLOBAL = `
function plantRows(sheetName, row, column, rows) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.getSheetByName(sheetName) || ss.insertSheet(sheetName);
  var last = row + rows.length - 1;
  if (sheet.getMaxRows() < last) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
  sheet.getRange(row, column, rows.length, rows[0].length).setValues(rows);
}
function tamper(body) {
  return new Function('ss', body)(SpreadsheetApp.getActiveSpreadsheet());
}
`;

/** A runtime over dist/Code.js whose virtual clock reads the real time (as TODAY() in formulas does). */
export function loadWorkbookRuntime(options: LoadOptions = {}): Runtime {
  return loadRuntime({ now: new Date(), ...options, bundleSource: `${readBuiltBundle()}\n${PLANT_GLOBAL}` });
}

/** Writes rows (Dates allowed) from (row, column) of a sheet, as a script would. */
export function plantRows(rt: Runtime, sheet: string, row: number, column: number, rows: unknown[][]): void {
  rt.call('plantRows', sheet, row, column, rows);
}

/** Runs a script body with `ss` = the active spreadsheet, as another script would. */
export function tamper(rt: Runtime, body: string): unknown {
  return rt.call('tamper', body);
}

/** One execution's calls: spreadsheet calls (what budgets count), every counted call, and by method. */
export interface ExecutionCount {
  readonly spreadsheet: number;
  readonly all: number;
  readonly byMethod: Readonly<Record<string, number>>;
}

/** Runs a menu item after building the menu, and returns that execution's calls. */
export function runMenu(rt: Runtime, label: string): ExecutionCount {
  if (rt.ui.menus.length === 0) rt.trigger('onOpen');
  rt.runMenuItem(label);
  const executions = rt.calls.all.filter((execution) => execution.kind !== 'customFunction');
  const byMethod = executions[executions.length - 1]?.byMethod ?? {};
  return {
    spreadsheet: spreadsheetCalls(byMethod),
    all: executions[executions.length - 1]?.total ?? 0,
    byMethod,
  };
}

/** A date `days` from the runtime's today, at midnight UTC (the runtime's default spreadsheet zone). */
export function daysFromToday(rt: Runtime, days: number): Date {
  const now = rt.clock.now();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
}

/** Team input rows (Name … Last level review) for `count` engineers spread over the default ladder. */
export function syntheticTeam(rt: Runtime, count: number): unknown[][] {
  const positions = DEFAULT_LADDER.positions;
  return Array.from({ length: count }, (_, i) => {
    const position = positions[i % positions.length] as (typeof positions)[number];
    return [
      `Engineer ${i + 1}`,
      position.code,
      1 + (i % position.steps),
      i % 7 === 0,
      i === 0 ? '' : 'Engineer 1',
      daysFromToday(rt, -700 - (i % 300)),
      daysFromToday(rt, -100 - (i % 250)),
      daysFromToday(rt, -300 - (i % 400)),
    ];
  });
}

export interface WorkbookCalls {
  /** One "Set up workbook" on a spreadsheet whose Team sheet already lists the team. */
  readonly setup: ExecutionCount;
  /** One "Check workbook" right after. */
  readonly check: ExecutionCount;
}

/** Set-up and check calls with a team of `size` engineers (the bench's setupCalls/checkCalls). */
export function measureWorkbookCalls(size: number): WorkbookCalls {
  const rt = loadWorkbookRuntime();
  plantRows(rt, 'Team', 2, 1, syntheticTeam(rt, size));
  const setup = runMenu(rt, 'Set up workbook');
  return { setup, check: runMenu(rt, 'Check workbook') };
}
