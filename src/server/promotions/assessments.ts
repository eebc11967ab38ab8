import { compareDates, formatIsoDate, type CalendarDate } from '../../domain/dates';
import { AXES, fluencyLevelOf } from '../../domain/fluency';
import { calendarDateAt } from '../../time/zonedDates';
import type { Assessment } from '../rpc';
import { readSheet, type Workbook } from './workbook';
import { locateColumns } from '../../tables/headers';
import { FLUENCY_HEADERS } from '../../tables/fluency';
import { SHEET_NAMES } from '../../tables/layout';

function levelOf(axis: (typeof AXES)[number], value: unknown): number | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1 && value <= 5 ? value : undefined;
  return typeof value === 'string' ? fluencyLevelOf(axis, value) : undefined;
}

function dateOf(value: unknown, timeZone: string): CalendarDate | undefined {
  return Object.prototype.toString.call(value) === '[object Date]'
    ? calendarDateAt(value as Date, timeZone)
    : undefined;
}

/** The engineer's most recent complete assessment on the Fluency sheet, or null when there is none. */
const WANTED = {
  engineer: FLUENCY_HEADERS.engineer,
  date: FLUENCY_HEADERS.date,
  assessor: FLUENCY_HEADERS.assessor,
  Technology: FLUENCY_HEADERS.Technology,
  System: FLUENCY_HEADERS.System,
  People: FLUENCY_HEADERS.People,
  Process: FLUENCY_HEADERS.Process,
  Influence: FLUENCY_HEADERS.Influence,
};

export function latestAssessment(workbook: Workbook, engineer: string): Assessment | null {
  const [header = [], ...body] = readSheet(workbook, SHEET_NAMES.fluency) ?? [];
  const { columns, missing } = locateColumns(header, WANTED);
  if (missing.length > 0) return null;
  const cell = (row: readonly unknown[], key: keyof typeof WANTED) => row[columns[key] as number];
  const wanted = engineer.trim().toLowerCase();
  let latest: { date: CalendarDate | undefined; assessment: Assessment } | undefined;
  for (const row of body) {
    if (
      String(cell(row, 'engineer') ?? '')
        .trim()
        .toLowerCase() !== wanted
    )
      continue;
    const levels = AXES.map((axis) => levelOf(axis, cell(row, axis)));
    if (levels.some((level) => level === undefined)) continue;
    const date = dateOf(cell(row, 'date'), workbook.timeZone);
    const newer = !latest || !latest.date || (date !== undefined && compareDates(date, latest.date) >= 0);
    if (!newer) continue;
    latest = {
      date,
      assessment: {
        date: date ? formatIsoDate(date) : null,
        assessor: String(cell(row, 'assessor') ?? '').trim(),
        levels: levels as number[],
      },
    };
  }
  return latest?.assessment ?? null;
}
