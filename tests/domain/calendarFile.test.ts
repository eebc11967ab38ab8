/**
 * The iCalendar file builder (src/domain/calendarFile.ts), every generated file read back with a real
 * parser (ical.js): events, stable UIDs, all-day dates, TEXT escaping of commas, semicolons, backslashes and
 * line breaks, folding at 75 octets without splitting a character, and names with markup or a leading "="
 * arriving as text.
 */
import ICAL from 'ical.js';
import {
  calendarFile,
  stableUid,
  type CalendarEvent,
  type CalendarOptions,
} from '../../src/domain/calendarFile';

const OPTIONS: CalendarOptions = {
  prodId: '-//Career Ladder//Review calendar//EN',
  stampMs: Date.UTC(2025, 0, 15, 9, 30, 5),
  name: 'Review calendar',
};
const DOMAIN = 'career-ladder.example';

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    date: { year: 2025, month: 3, day: 1 },
    summary: 'Step review: Ana Souza (D2)',
    description: 'Last step review 2024-09-01; reviewed every 6 months.',
    uid: stableUid(['Ana Souza', 'step', '2025-03-01'], DOMAIN),
    category: 'Step review',
    ...overrides,
  };
}

/** The file parsed by ical.js: the calendar and its events. */
function parse(text: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

/** The physical lines (CRLF-separated), without the empty string after the final CRLF. */
function physicalLines(text: string): string[] {
  const lines = text.split('\r\n');
  expect(lines.pop()).toBe('');
  return lines;
}

/** Every physical line fits in 75 octets and holds whole characters; continuation lines start with one space. */
function expectFolded(text: string): void {
  for (const line of physicalLines(text)) {
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  }
}

describe('calendarFile', () => {
  test('a VCALENDAR with VERSION, PRODID, CALSCALE and its name, CRLF line endings only', () => {
    const text = calendarFile([event()], OPTIONS);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).not.toMatch(/(?<!\r)\n|\r(?!\n)/);
    const { calendar } = parse(text);
    expect(
      ['version', 'prodid', 'calscale', 'method', 'x-wr-calname'].map((p) =>
        calendar.getFirstPropertyValue(p),
      ),
    ).toEqual(['2.0', OPTIONS.prodId, 'GREGORIAN', 'PUBLISH', 'Review calendar']);
  });

  test('each event is all-day: DTSTART on its date, DTEND the next day, DTSTAMP the given instant', () => {
    const dates = [
      { year: 2025, month: 3, day: 1 },
      { year: 2024, month: 2, day: 28 },
      { year: 2024, month: 12, day: 31 },
    ];
    const text = calendarFile(
      dates.map((date, i) => event({ date, uid: `uid-${i}@${DOMAIN}` })),
      OPTIONS,
    );
    expect(text).toContain('DTSTART;VALUE=DATE:20250301\r\nDTEND;VALUE=DATE:20250302\r\n');
    const { events } = parse(text);
    expect(events.map((e) => [e.startDate.isDate, e.startDate.toString(), e.endDate.toString()])).toEqual([
      [true, '2025-03-01', '2025-03-02'],
      [true, '2024-02-28', '2024-02-29'],
      [true, '2024-12-31', '2025-01-01'],
    ]);
    const stamp = events[0]?.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().getTime()).toBe(OPTIONS.stampMs);
  });

  test('summary, description, category and UID read back as given', () => {
    const { events } = parse(calendarFile([event()], OPTIONS));
    expect(events).toHaveLength(1);
    const [one] = events as [ICAL.Event];
    expect([
      one.summary,
      one.description,
      one.uid,
      one.component.getFirstPropertyValue('categories'),
    ]).toEqual([
      'Step review: Ana Souza (D2)',
      'Last step review 2024-09-01; reviewed every 6 months.',
      stableUid(['Ana Souza', 'step', '2025-03-01'], DOMAIN),
      'Step review',
    ]);
  });

  test('commas, semicolons, backslashes and line breaks in a name are escaped and read back exactly', () => {
    const name = 'Souza, Ana; "The \\ Boss"\r\nsecond line\nthird\rfourth';
    const text = calendarFile(
      [event({ summary: name, description: name, category: 'Step, review' })],
      OPTIONS,
    );
    expect(text).toContain('SUMMARY:Souza\\, Ana\\; "The \\\\ Boss"\\nsecond line\\nthird\\nfourth\r\n');
    const [one] = parse(text).events as [ICAL.Event];
    const lines = 'Souza, Ana; "The \\ Boss"\nsecond line\nthird\nfourth';
    expect([one.summary, one.description]).toEqual([lines, lines]);
    expect(one.component.getFirstProperty('categories')?.getValues()).toEqual(['Step, review']);
  });

  test('markup and formula-looking names arrive as text, untouched', () => {
    const names = ['<script>alert(1)</script>', '=HYPERLINK("http://evil.example","x")', '+1', '@cmd'];
    const text = calendarFile(
      names.map((summary, i) => event({ summary, uid: `n${i}@${DOMAIN}` })),
      OPTIONS,
    );
    expect(parse(text).events.map((e) => e.summary)).toEqual(names);
    expect(text).toContain('SUMMARY:<script>alert(1)</script>\r\n');
  });

  test('long and non-ASCII lines fold at 75 octets, never inside a character, and unfold to the original', () => {
    const summaries = [
      `Step review: ${'Maximilian '.repeat(12)}(D3)`,
      `Level review: ${'Zoë Ŝtęfańska-Łukasiewicz '.repeat(6)}`,
      `Step review: ${'李小龍 '.repeat(20)}`,
      `Step review: ${'🙂 Ana '.repeat(15)}`,
    ];
    const text = calendarFile(
      summaries.map((summary, i) => event({ summary, description: summary, uid: `f${i}@${DOMAIN}` })),
      OPTIONS,
    );
    expectFolded(text);
    expect(physicalLines(text).filter((line) => line.startsWith(' ')).length).toBeGreaterThan(8);
    expect(parse(text).events.map((e) => e.summary)).toEqual(summaries);
  });

  /** The physical lines of the SUMMARY property of a one-event file with this summary. */
  function summaryLines(summary: string): string[] {
    const lines = physicalLines(calendarFile([event({ summary })], OPTIONS));
    const start = lines.findIndex((line) => line.startsWith('SUMMARY:'));
    let end = start + 1;
    while (lines[end]?.startsWith(' ')) end++;
    return lines.slice(start, end);
  }

  test('a character that would cross the 75th octet starts the continuation line', () => {
    // "SUMMARY:" is 8 octets: 66 more make 74, so the 2-octet "é" cannot fit and moves on
    const [first, second, third] = summaryLines(`${'a'.repeat(66)}é${'b'.repeat(80)}`);
    expect(Buffer.byteLength(first ?? '', 'utf8')).toBe(74);
    expect(second?.startsWith(' é')).toBe(true);
    expect(Buffer.byteLength(second ?? '', 'utf8')).toBe(75);
    expect(third).toMatch(/^ b+$/);
    // a 4-octet emoji from octet 73 moves on too
    expect(summaryLines(`${'x'.repeat(64)}🙂y`)).toEqual([`SUMMARY:${'x'.repeat(64)}`, ' 🙂y']);
  });

  test('a line of exactly 75 octets is not folded, one of 76 is', () => {
    expect(summaryLines('x'.repeat(67))).toEqual([`SUMMARY:${'x'.repeat(67)}`]);
    expect(summaryLines('x'.repeat(68))).toEqual([`SUMMARY:${'x'.repeat(67)}`, ' x']);
  });

  test('control characters become spaces and lone surrogates the replacement character', () => {
    expect(summaryLines('a\u0000b\u0007c\td\u007f')).toEqual(['SUMMARY:a b c\td ']);
    expect(summaryLines('x\ud800y 🙂')).toEqual(['SUMMARY:x\ufffdy 🙂']);
    expect(parse(calendarFile([event({ summary: 'x\ud800y' })], OPTIONS)).events[0]?.summary).toBe(
      'x\ufffdy',
    );
  });

  test('an empty list gives a valid calendar with no event', () => {
    expect(parse(calendarFile([], OPTIONS)).events).toEqual([]);
  });

  test('an impossible date or instant is refused', () => {
    expect(() => calendarFile([event({ date: { year: 2025, month: 2, day: 29 } })], OPTIONS)).toThrow(
      /is not a calendar date/,
    );
    expect(() => calendarFile([event()], { ...OPTIONS, stampMs: Number.NaN })).toThrow(/is not an instant/);
  });
});

describe('stableUid', () => {
  test('the same parts give the same UID; importing an updated file finds the same events', () => {
    const first = parse(calendarFile([event()], OPTIONS)).events[0]?.uid;
    const later = parse(calendarFile([event({ summary: 'renamed' })], { ...OPTIONS, stampMs: 0 })).events[0]
      ?.uid;
    expect(later).toBe(first);
  });

  test('different engineers, kinds or dates never share a UID, whatever their names hold', () => {
    const uids = [
      ['Ana Souza', 'step', '2025-03-01'],
      ['Ana_20Souza', 'step', '2025-03-01'],
      ['Ana Souza', 'level', '2025-03-01'],
      ['Ana Souza', 'step', '2025-03-02'],
      ['Ana+Souza', 'step', '2025-03-01'],
      ['Ana', 'Souza+step', '2025-03-01'],
      ['Zoë, Ana; <b>', 'step', '2025-03-01'],
    ].map((parts) => stableUid(parts, DOMAIN));
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) expect(uid).toMatch(/^[A-Za-z0-9._+-]+@career-ladder\.example$/);
    const text = calendarFile(
      uids.map((uid) => event({ uid })),
      OPTIONS,
    );
    expect(parse(text).events.map((e) => e.uid)).toEqual(uids);
  });
});
