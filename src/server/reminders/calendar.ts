import { reportsOf, reviewCalendar } from '../../domain/reviewCalendar';
import { openWorkbook } from '../promotions/workbook';
import type { ReviewCalendarFile, ReviewCalendarRequest } from '../rpc';
import { readMembers } from './digestRun';

/** The .ics of the reviews due in the next 12 months: every engineer's, or one manager's reports'. */
export function loadReviewCalendar(request: ReviewCalendarRequest): ReviewCalendarFile {
  const workbook = openWorkbook();
  const members = readMembers(workbook);
  const byKey = new Map<string, string>();
  for (const { manager } of members) {
    const name = manager.trim();
    if (name !== '' && !byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
  }
  const managers = [...byKey.values()].sort((a, b) => a.localeCompare(b));
  const file = reviewCalendar(
    reportsOf(members, request.manager),
    workbook.today,
    Date.now(),
    request.manager,
  );
  return { ...file, managers };
}
