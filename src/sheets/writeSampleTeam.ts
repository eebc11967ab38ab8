import type { CalendarDate } from '../domain/dates';
import { spreadsheetTimeZone } from '../time/spreadsheetZone';
import { calendarDateAt, startOfDayIn } from '../time/zonedDates';
import type { OpenedSheet } from './applySheet';
import { CHART_LAYOUT } from './fluencyChartSheet';
import { sampleApprovers, sampleTeam } from './sampleTeam';
import { literalText } from '../tables/literalText';
import { columnIndex, FIRST_DATA_ROW, SHEET_NAMES } from '../tables/layout';
import { FLUENCY_HEADERS } from '../tables/fluency';
import { TEAM_HEADERS } from '../tables/team';

/** The engineer the Fluency Chart shows first: one who is ready for the next position. */
const SAMPLE_PICKED_ENGINEER = 'Ben Carter';

function hasNames(applied: OpenedSheet): boolean {
  const rows = applied.maxRows - FIRST_DATA_ROW + 1;
  return applied.sheet
    .getRange(FIRST_DATA_ROW, 1, rows, 1)
    .getValues()
    .some(([name]) => String(name ?? '').trim() !== '');
}

/**
 * Fills an empty Team and Fluency with the sample team, dated relative to today in the spreadsheet's
 * zone. Returns how many engineers it wrote: none when either sheet already lists someone.
 */
export function writeSampleTeam(sheets: ReadonlyMap<string, OpenedSheet>): number {
  const team = sheets.get(SHEET_NAMES.team);
  const fluency = sheets.get(SHEET_NAMES.fluency);
  const chart = sheets.get(SHEET_NAMES.fluencyChart);
  if (!team || !fluency || !chart || hasNames(team) || hasNames(fluency)) return 0;
  const timeZone = spreadsheetTimeZone();
  const sample = sampleTeam(calendarDateAt(new Date(), timeZone));
  const day = (date: CalendarDate) => startOfDayIn(date, timeZone);
  // Step's rule reads a helper column computed from Position, and may be checked against the sheet as
  // it was before the whole setValues (contracts 14.2): the steps go in after the positions.
  const inputs = sample.engineers.map((e) => [
    literalText(e.name),
    literalText(e.position),
    '',
    e.techLead,
    literalText(e.manager),
    day(e.inPositionSince),
    day(e.lastStepReview),
    day(e.lastLevelReview),
  ]);
  team.sheet.getRange(FIRST_DATA_ROW, 1, inputs.length, inputs[0]?.length ?? 0).setValues(inputs);
  team.sheet
    .getRange(FIRST_DATA_ROW, columnIndex(TEAM_HEADERS, 'step') + 1, inputs.length, 1)
    .setValues(sample.engineers.map((e) => [e.step]));
  const extras = sample.engineers.map((e) => [e.salary, literalText(e.notes)]);
  team.sheet
    .getRange(FIRST_DATA_ROW, columnIndex(TEAM_HEADERS, 'salary') + 1, extras.length, 2)
    .setValues(extras);
  team.sheet
    .getRange(FIRST_DATA_ROW, columnIndex(TEAM_HEADERS, 'email') + 1, inputs.length, 1)
    .setValues(sample.engineers.map((e) => [literalText(e.email)]));
  const assessments = sample.assessments.map((a) => [
    literalText(a.engineer),
    day(a.date),
    literalText(a.assessor),
    ...a.fluencies.map(literalText),
    literalText(a.evidence),
  ]);
  fluency.sheet
    .getRange(FIRST_DATA_ROW, 1, assessments.length, columnIndex(FLUENCY_HEADERS, 'evidence') + 1)
    .setValues(assessments);
  chart.sheet
    .getRange(CHART_LAYOUT.picker.row, CHART_LAYOUT.picker.column)
    .setValue(literalText(SAMPLE_PICKED_ENGINEER));
  const settings = sheets.get(SHEET_NAMES.settings);
  if (settings && !hasNames(settings)) {
    const approvers = sampleApprovers().map((email) => [literalText(email)]);
    settings.sheet.getRange(FIRST_DATA_ROW, 1, approvers.length, 1).setValues(approvers);
  }
  return inputs.length;
}
