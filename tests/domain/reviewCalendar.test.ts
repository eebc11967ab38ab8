/**
 * The review calendar file (src/domain/reviewCalendar.ts) read back with a real parser (ical.js): which
 * reviews become events, their all-day dates, summaries and stable UIDs, a manager's reports only, and
 * hostile names arriving as text, escaped and folded.
 */
import ICAL from 'ical.js';
import { parseIsoDate, type CalendarDate } from '../../src/domain/dates';
import { DEFAULT_LADDER, findPosition, type Position } from '../../src/domain/ladder';
import { reportsOf, reviewCalendar } from '../../src/domain/reviewCalendar';
import type { DigestMember } from '../../src/domain/reviewDigest';

const d = (iso: string): CalendarDate => parseIsoDate(iso) as CalendarDate;
const TODAY = d('2025-01-15');
const STAMP = Date.UTC(2025, 0, 15, 9, 0, 0);

function member(
  name: string,
  code: string,
  manager: string,
  lastStep?: string,
  lastLevel?: string,
): DigestMember {
  return {
    name,
    manager,
    email: '',
    place: { position: findPosition(DEFAULT_LADDER, code) as Position, step: 1 },
    lastStepReview: lastStep ? d(lastStep) : undefined,
    lastLevelReview: lastLevel ? d(lastLevel) : undefined,
  };
}

const TEAM = [
  member('Ana Souza', 'D2', 'Maya Chen', '2024-09-01', '2024-03-01'), // step 2025-03-01, level 2025-03-01
  member('Bo Li', 'D4', 'Omar Haddad', '2024-01-10', '2023-01-01'), // step 2025-01-10 (overdue), level 2025-01-01
  member('Cy Park', 'D5', 'Maya Chen', '2024-06-01', '2024-06-01'), // step 2025-06-01, level 2026-06-01 (too far)
];

function events(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('the review calendar of the whole team', () => {
  const file = reviewCalendar(TEAM, TODAY, STAMP, null);
  const parsed = events(file.text);

  test('has an all-day event for every review due in the next 12 months, overdue ones included', () => {
    expect(parsed.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['Level review: Bo Li (D4)', '2025-01-01', true],
      ['Step review: Bo Li (D4)', '2025-01-10', true],
      ['Step review: Ana Souza (D2)', '2025-03-01', true],
      ['Level review: Ana Souza (D2)', '2025-03-01', true],
      ['Step review: Cy Park (D5)', '2025-06-01', true],
    ]);
    expect(file.events).toBe(5);
    expect(
      parsed.every((e) => e.endDate.toString() === e.startDate.clone().adjust(1, 0, 0, 0).toString()),
    ).toBe(true);
  });

  test('names the file after the team and today', () => {
    expect(file.fileName).toBe('reviews-team-2025-01-15.ics');
  });

  test('gives each engineer, kind and due date one UID, the same in a file made later', () => {
    const uids = parsed.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const later = events(reviewCalendar(TEAM, d('2025-02-01'), STAMP + 86_400_000, null).text);
    const ana = (list: ICAL.Event[]) => list.find((e) => e.summary === 'Step review: Ana Souza (D2)')?.uid;
    expect(ana(later)).toBe(ana(parsed));
  });
});

describe('the review calendar of one manager', () => {
  test('holds only that manager’s reports, the manager matched ignoring case and spaces', () => {
    const reports = reportsOf(TEAM, ' maya chen');
    const file = reviewCalendar(reports, TODAY, STAMP, 'Maya Chen');
    expect(events(file.text).map((e) => e.summary)).toEqual([
      'Step review: Ana Souza (D2)',
      'Level review: Ana Souza (D2)',
      'Step review: Cy Park (D5)',
    ]);
    expect(file.fileName).toBe('reviews-maya-chen-2025-01-15.ics');
  });
});

describe('hostile names in the calendar', () => {
  const names = [
    '<script>alert(1)</script>',
    '=HYPERLINK("http://evil")',
    'Souza, Ana; \\ the "first"\nsecond line',
    `${'Ünïcödé 名前 '.repeat(8)}end`,
  ];
  const team = names.map((name) => member(name, 'D2', 'Maya', '2024-09-01'));
  const file = reviewCalendar(team, TODAY, STAMP, null);

  test('arrive as text, unchanged, through escaping and folding', () => {
    expect(events(file.text).map((e) => e.summary)).toEqual(names.map((n) => `Step review: ${n} (D2)`));
  });

  test('are escaped and folded as RFC 5545 says', () => {
    expect(file.text).toContain('Souza\\, Ana\\; \\\\ the "first"\\nsecond line');
    for (const line of file.text.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});
