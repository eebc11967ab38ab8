import { addDays, compareDates, formatIsoDate, type CalendarDate } from '../../domain/dates';
import { DATE_FIELD_LABELS, MAX_DAYS_AHEAD, type DateField } from '../../domain/moves';
import type { Problem, TableRead } from '../../tables/reader';
import { SHEET_NAMES } from '../../tables/layout';
import type { TeamMember } from '../../tables/team';
import { problemAt } from './problems';

const DATE_FIELDS: readonly DateField[] = ['inPositionSince', 'lastStepReview', 'lastLevelReview'];
const REVIEWS: readonly DateField[] = ['lastStepReview', 'lastLevelReview'];

/**
 * What Team's reader accepts but leaves the workbook incomplete or wrong: a review never dated (its
 * next review is never due), a date later than a move can be recorded ahead, a manager not on Team.
 */
export function teamFindings(
  team: TableRead<TeamMember>,
  names: ReadonlySet<string>,
  today: CalendarDate,
): Problem[] {
  const latest = addDays(today, MAX_DAYS_AHEAD);
  const findings: Problem[] = [];
  const at = (row: number, key: string, message: string) =>
    findings.push(problemAt(SHEET_NAMES.team, row, team.columns[key] ?? 1, message));
  for (const { row, fields } of team.filled) {
    for (const field of DATE_FIELDS) {
      if (!(field in fields)) continue;
      const date = fields[field] as CalendarDate | undefined;
      const label = DATE_FIELD_LABELS[field].toLowerCase();
      if (!date) {
        if (REVIEWS.includes(field)) at(row, field, `${label} is empty; enter a date`);
      } else if (compareDates(date, latest) > 0) {
        at(
          row,
          field,
          `${label} ${formatIsoDate(date)} is more than ${MAX_DAYS_AHEAD} days ahead (latest ${formatIsoDate(latest)})`,
        );
      }
    }
    const manager = fields.manager;
    if (typeof manager === 'string' && manager !== '' && !names.has(manager.toLowerCase())) {
      at(row, 'manager', `manager ${manager} is not on the Team sheet`);
    }
  }
  return findings;
}
