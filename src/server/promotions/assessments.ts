import { compareDates, formatIsoDate } from '../../domain/dates';
import { AXES } from '../../domain/fluency';
import { readFluencyTable } from '../../tables/fluency';
import { SHEET_NAMES } from '../../tables/layout';
import type { Assessment } from '../rpc';
import { readSheet, type Workbook } from './workbook';

/**
 * The engineer's most recent assessment on the Fluency sheet (the later row when two share a date), or
 * null when there is none; rows that cannot be read are left to Check workbook.
 */
export function latestAssessment(workbook: Workbook, engineer: string): Assessment | null {
  const values = readSheet(workbook, SHEET_NAMES.fluency);
  if (!values) return null;
  const wanted = engineer.trim().toLowerCase();
  const theirs = readFluencyTable(values, workbook.timeZone)
    .rows.map((row) => row.value)
    .filter((assessment) => assessment.engineer.toLowerCase() === wanted);
  const latest = theirs.reduce<(typeof theirs)[number] | undefined>(
    (found, assessment) => (!found || compareDates(assessment.date, found.date) >= 0 ? assessment : found),
    undefined,
  );
  return latest
    ? {
        date: formatIsoDate(latest.date),
        assessor: latest.assessor,
        levels: AXES.map((axis) => latest.levels[axis]),
      }
    : null;
}
