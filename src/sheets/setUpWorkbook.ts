import { DEFAULT_LADDER, type Ladder } from '../domain/ladder';
import { fillSheet, openSheet, type OpenedSheet, type SetupTools } from './applySheet';
import { removeUntouchedDefaultSheet } from './defaultSheet';
import { fluencyChartSheetSpec } from './fluencyChartSheet';
import { fluencySheetSpec } from './fluencySheet';
import { ladderSheetSpec } from './ladderSheet';
import { NAMED_TABLES } from './namedRanges';
import { parseLadder } from '../tables/ladder';
import { TableError } from '../tables/reader';
import { promotionLogSheetSpec } from './promotionLogSheet';
import { proposalsSheetSpec } from './proposalsSheet';
import { reviewCalendarSheetSpec } from './reviewCalendarSheet';
import { validationBuilder } from './rules';
import { salaryBandsSheetSpec } from './salaryBandsSheet';
import { settingsSheetSpec } from './settingsSheet';
import type { SheetSpec } from './spec';
import { teamSheetSpec } from './teamSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The ladder on the Ladder sheet, or the default one when the sheet's table does not parse. */
function ladderOnSheet(sheet: Sheet): Ladder {
  try {
    return parseLadder(sheet.getDataRange().getValues(), 'sheet');
  } catch (error) {
    if (error instanceof TableError) return DEFAULT_LADDER;
    throw error;
  }
}

/** Points each named table at its sheet's whole columns; existing names are moved, not doubled. */
function nameTables(spreadsheet: Spreadsheet, sheets: ReadonlyMap<string, OpenedSheet>): void {
  const existing = new Map(spreadsheet.getNamedRanges().map((named) => [named.getName(), named]));
  for (const table of Object.values(NAMED_TABLES)) {
    const opened = sheets.get(table.sheet);
    if (!opened) continue;
    const range = opened.sheet.getRange(1, table.column, opened.maxRows, table.columns);
    const named = existing.get(table.name);
    if (named) named.setRange(range);
    else spreadsheet.setNamedRange(table.name, range);
  }
}

/**
 * Creates or repairs the nine sheets. All sheets are opened first (new ones added after the
 * existing tabs, in this order) and the named tables defined, so every formula written afterwards
 * finds what it refers to. Unrelated sheets are left alone; running it twice gives the same workbook.
 * Team is left active, so the user lands on it rather than on the last sheet inserted. On a new
 * spreadsheet its default "Sheet1" is removed when nobody has touched it.
 */
export function setUpWorkbook(spreadsheet: Spreadsheet): ReadonlyMap<string, OpenedSheet> {
  const opened = new Map<string, OpenedSheet>();
  const existing = new Map<string, Sheet>();
  const sheets = spreadsheet.getSheets();
  for (const sheet of sheets) {
    const name = sheet.getName().toLowerCase();
    if (!existing.has(name)) existing.set(name, sheet);
  }
  const sheetsBefore = sheets.length;
  let nextTab = sheetsBefore;
  const open = (spec: SheetSpec) => {
    const sheet = openSheet(spec, spreadsheet, existing, nextTab);
    if (sheet.created) nextTab += 1;
    opened.set(spec.name, sheet);
    return sheet;
  };
  const first = [ladderSheetSpec(DEFAULT_LADDER), teamSheetSpec(), fluencySheetSpec()];
  const [ladder, team, fluency] = first.map(open) as [OpenedSheet, OpenedSheet, OpenedSheet];
  const specs: SheetSpec[] = [
    ...first,
    fluencyChartSheetSpec(fluency.maxRows),
    salaryBandsSheetSpec(ladder.created ? DEFAULT_LADDER : ladderOnSheet(ladder.sheet)),
    reviewCalendarSheetSpec(team.maxRows),
    promotionLogSheetSpec(),
    settingsSheetSpec(),
    proposalsSheetSpec(),
  ];
  for (const spec of specs.slice(3)) open(spec);
  nameTables(spreadsheet, opened);
  const tools: SetupTools = { spreadsheet, validation: validationBuilder(spreadsheet), protections: {} };
  for (const spec of specs) fillSheet(opened.get(spec.name) as OpenedSheet, spec, tools);
  // a new spreadsheet: its one sheet was there before, so removing it never removes the last sheet
  if (sheetsBefore === 1 && nextTab > sheetsBefore) removeUntouchedDefaultSheet(spreadsheet);
  team.sheet.activate();
  return opened;
}
