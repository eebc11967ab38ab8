/**
 * The weekly review reminder: for each manager, their reports' step and level reviews that are overdue
 * or due within the next N days, oldest first, and the email that lists them (plain text and HTML, every
 * name HTML-escaped). Pure: the server reads Team and the ladder, this decides who gets what.
 */
import { REVIEW_KINDS } from './cadence';
import { addDays, compareDates, daysBetween, formatIsoDate, type CalendarDate } from './dates';
import { escapeHtml } from './html';
import type { ReviewKind } from './ladder';
import { nextReviewOf, type EngineerState } from './moves';

/** An engineer as the digest needs them: Team's name, manager (a Team name) and email, and their state. */
export interface DigestMember extends EngineerState {
  readonly name: string;
  readonly manager: string;
  /** '' when Team gives none */
  readonly email: string;
}

export interface DueReview {
  readonly engineer: string;
  readonly position: string;
  readonly kind: ReviewKind;
  readonly due: CalendarDate;
  /** Days since it was due: positive when overdue, 0 on the day, negative while still ahead. */
  readonly daysLate: number;
}

export interface ManagerDigest {
  /** The manager's name as their Team row spells it (or as the Manager cells do, when not on Team). */
  readonly manager: string;
  /** '' when the manager has no Team row or no email there: the digest cannot reach them. */
  readonly email: string;
  /** Oldest due date first. */
  readonly reviews: readonly DueReview[];
  /** The reviews are the whole team's, not one manager's reports' (a preview to someone managing no one). */
  readonly wholeTeam?: boolean;
}

const key = (name: string) => name.trim().toLowerCase();

/** The reviews of `members` due on or before `today + daysAhead` (overdue ones included), oldest first. */
export function dueReviews(
  members: readonly DigestMember[],
  today: CalendarDate,
  daysAhead: number,
): DueReview[] {
  const last = addDays(today, daysAhead);
  const reviews: DueReview[] = [];
  for (const member of members) {
    for (const kind of REVIEW_KINDS) {
      const due = nextReviewOf(member, kind);
      if (!due || compareDates(due, last) > 0) continue;
      reviews.push({
        engineer: member.name,
        position: member.place.position.code,
        kind,
        due,
        daysLate: daysBetween(due, today),
      });
    }
  }
  return reviews.sort(
    (a, b) =>
      compareDates(a.due, b.due) ||
      a.engineer.localeCompare(b.engineer) ||
      REVIEW_KINDS.indexOf(a.kind) - REVIEW_KINDS.indexOf(b.kind),
  );
}

/**
 * One digest per manager with at least one review due, in the order managers first appear on Team; a
 * manager is matched to a Team row by name (case and surrounding spaces ignored) for their email.
 */
export function managerDigests(
  members: readonly DigestMember[],
  today: CalendarDate,
  daysAhead: number,
): ManagerDigest[] {
  const byName = new Map(members.map((member) => [key(member.name), member]));
  const reports = new Map<string, DigestMember[]>();
  for (const member of members) {
    if (key(member.manager) === '') continue;
    const list = reports.get(key(member.manager)) ?? [];
    list.push(member);
    reports.set(key(member.manager), list);
  }
  const digests: ManagerDigest[] = [];
  for (const [managerKey, list] of reports) {
    const reviews = dueReviews(list, today, daysAhead);
    if (reviews.length === 0) continue;
    const row = byName.get(managerKey);
    digests.push({
      manager: row ? row.name : (list[0] as DigestMember).manager.trim(),
      email: row ? row.email : '',
      reviews,
    });
  }
  return digests;
}

export interface DigestContext {
  readonly today: CalendarDate;
  readonly daysAhead: number;
  readonly spreadsheetName: string;
  /** The spreadsheet's address, linked from the email. */
  readonly url: string;
}

export interface DigestEmail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

const KIND_TEXT: Readonly<Record<ReviewKind, string>> = { step: 'Step review', level: 'Level review' };

/** User text on one line: any line break or other control character becomes a space. */
function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 days overdue", "due today", "in 12 days". */
export function lateness(daysLate: number): string {
  if (daysLate > 0) return `${plural(daysLate, 'day')} overdue`;
  if (daysLate === 0) return 'due today';
  return `in ${plural(-daysLate, 'day')}`;
}

/** The email of one manager's digest: subject without user text, plain text and HTML parts. */
export function digestEmail(digest: ManagerDigest, context: DigestContext): DigestEmail {
  const overdue = digest.reviews.filter((review) => review.daysLate > 0).length;
  const count = plural(digest.reviews.length, 'review');
  const subject = `Career Ladder: ${count} due${overdue > 0 ? ` (${overdue} overdue)` : ''}`;
  const window = `overdue or due by ${formatIsoDate(addDays(context.today, context.daysAhead))}`;
  const sheet = oneLine(context.spreadsheetName);
  const lines = digest.reviews.map(
    (review) =>
      `- ${formatIsoDate(review.due)}  ${KIND_TEXT[review.kind]}: ${oneLine(review.engineer)} (${review.position}), ${lateness(review.daysLate)}`,
  );
  const greeting = digest.wholeTeam ? 'Hello,' : `Hello ${oneLine(digest.manager)},`;
  const intro = `Reviews of ${digest.wholeTeam ? 'the whole team' : 'your reports'} ${window}, oldest first:`;
  const body = [
    greeting,
    '',
    intro,
    '',
    ...lines,
    '',
    `Record them in "${sheet}" (Career Ladder ▸ Promotions): ${context.url}`,
    '',
    'You receive this because review reminders are turned on in that spreadsheet (Career Ladder ▸ Review reminders…).',
  ].join('\n');
  const cell = (text: string) =>
    `<td style="padding:2px 8px;border-bottom:1px solid #ddd">${escapeHtml(text)}</td>`;
  const rows = digest.reviews
    .map(
      (review) =>
        `<tr>${cell(formatIsoDate(review.due))}${cell(KIND_TEXT[review.kind])}${cell(oneLine(review.engineer))}${cell(review.position)}${cell(lateness(review.daysLate))}</tr>`,
    )
    .join('');
  const head = ['Due', 'Review', 'Engineer', 'Position', 'When']
    .map((title) => `<th style="text-align:left;padding:2px 8px">${title}</th>`)
    .join('');
  const htmlBody = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<table style="border-collapse:collapse"><tr>${head}</tr>${rows}</table>`,
    `<p>Record them in <a href="${escapeHtml(context.url)}">${escapeHtml(sheet)}</a> (Career Ladder ▸ Promotions).</p>`,
    '<p style="color:#666">You receive this because review reminders are turned on in that spreadsheet (Career Ladder ▸ Review reminders…).</p>',
  ].join('');
  return { to: digest.email, subject, body, htmlBody };
}
