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
 * next review is never due), a date later than a move can be recorded ahead, a manager not on Team, a
 * manager with reports but no email (review reminders cannot reach them).
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
  findings.push(...managersWithoutEmail(team));
  return findings;
}

const isBlankCell = (value: unknown) => value === '' || value === null || value === undefined;

/**
 * A manager (a Team row whose name is another row's Manager) with a blank Email cell: found at that cell,
 * where the fix is typed. Without an Email column (set-up adds it) there is nothing to point at.
 */
function managersWithoutEmail(team: TableRead<TeamMember>): Problem[] {
  const column = team.columns.email;
  if (column === undefined) return [];
  const reports = new Map<string, number>();
  for (const { fields } of team.filled) {
    const manager = fields.manager;
    if (typeof manager !== 'string' || manager.trim() === '') continue;
    const key = manager.trim().toLowerCase();
    reports.set(key, (reports.get(key) ?? 0) + 1);
  }
  const findings: Problem[] = [];
  for (const { row, fields } of team.filled) {
    const name = fields.name;
    if (typeof name !== 'string' || !isBlankCell(fields.email)) continue;
    const count = reports.get(name.trim().toLowerCase());
    if (!count) continue;
    findings.push(
      problemAt(
        SHEET_NAMES.team,
        row,
        column,
        `${name} manages ${count} engineer${count === 1 ? '' : 's'} but has no email; enter one (e.g. name@example.com) so review reminders reach them`,
      ),
    );
  }
  return findings;
}
