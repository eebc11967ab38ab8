/**
 * The review calendar file: every step and level review due in the next 12 months (overdue ones on
 * their due date) as all-day events, for the whole team or one manager's reports. Each event's UID is
 * made of the engineer, the review kind and the due date, so importing an updated file replaces an
 * event rather than adding it twice.
 */
import { calendarFile, stableUid, type CalendarEvent } from './calendarFile';
import { addMonths, daysBetween, formatIsoDate, type CalendarDate } from './dates';
import { dueReviews, lateness, type DigestMember } from './reviewDigest';

export const CALENDAR_MONTHS = 12;
const UID_DOMAIN = 'career-ladder.review-calendar';
const KIND_TITLE = { step: 'Step review', level: 'Level review' } as const;

const key = (name: string) => name.trim().toLowerCase();

/** Whose reviews: everyone, or only the reports of the manager of that name (case and spaces ignored). */
export function reportsOf(members: readonly DigestMember[], manager: string | null): DigestMember[] {
  return manager === null ? [...members] : members.filter((m) => key(m.manager) === key(manager));
}

/** The events of the reviews of `members` due up to 12 months from today, oldest first. */
export function reviewEvents(members: readonly DigestMember[], today: CalendarDate): CalendarEvent[] {
  const days = daysBetween(today, addMonths(today, CALENDAR_MONTHS));
  return dueReviews(members, today, days).map((review) => ({
    date: review.due,
    summary: `${KIND_TITLE[review.kind]}: ${review.engineer} (${review.position})`,
    description: `${KIND_TITLE[review.kind]} of ${review.engineer} (${review.position}), due ${formatIsoDate(review.due)}${review.daysLate > 0 ? `: ${lateness(review.daysLate)} on ${formatIsoDate(today)}` : ''}.`,
    uid: stableUid([review.engineer, review.kind, formatIsoDate(review.due)], UID_DOMAIN),
    category: KIND_TITLE[review.kind],
  }));
}

export interface ReviewCalendar {
  readonly fileName: string;
  readonly text: string;
  readonly events: number;
}

/** The .ics file of the reviews of `members` (already chosen with reportsOf), made at `stampMs`. */
export function reviewCalendar(
  members: readonly DigestMember[],
  today: CalendarDate,
  stampMs: number,
  manager: string | null,
): ReviewCalendar {
  const events = reviewEvents(members, today);
  const whose = manager === null ? 'team' : manager.trim();
  const text = calendarFile(events, {
    prodId: '-//Career Ladder for Google Sheets//Review calendar//EN',
    stampMs,
    name: `Reviews (${whose})`,
  });
  const slug = whose
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    fileName: `reviews-${slug || 'manager'}-${formatIsoDate(today)}.ics`,
    text,
    events: events.length,
  };
}
