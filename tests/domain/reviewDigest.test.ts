import { formatIsoDate, parseIsoDate, type CalendarDate } from '../../src/domain/dates';
import { DEFAULT_LADDER, findPosition, type Position } from '../../src/domain/ladder';
import {
  digestEmail,
  dueReviews,
  lateness,
  managerDigests,
  type DigestMember,
} from '../../src/domain/reviewDigest';

const d = (iso: string): CalendarDate => parseIsoDate(iso) as CalendarDate;
const position = (code: string): Position => findPosition(DEFAULT_LADDER, code) as Position;
const TODAY = d('2025-01-15');

function member(
  name: string,
  code: string,
  manager: string,
  lastStep?: string,
  lastLevel?: string,
  email = '',
): DigestMember {
  return {
    name,
    manager,
    email,
    place: { position: position(code), step: 1 },
    lastStepReview: lastStep ? d(lastStep) : undefined,
    lastLevelReview: lastLevel ? d(lastLevel) : undefined,
  };
}

// D2: step every 6 months, level every 12; D4: 12 and 24.
const TEAM: DigestMember[] = [
  member('Maya Chen', 'EM5', '', '2024-06-01', '2024-06-01', 'maya.chen@example.com'),
  member('Ana Souza', 'D2', 'Maya Chen', '2024-07-20', '2024-03-01'), // step 2025-01-20, level 2025-03-01
  member('Bo Li', 'D4', 'maya chen ', '2024-01-10', '2023-06-01'), // step 2025-01-10 (5 days late), level 2025-06-01
  member('Cy Park', 'D2', 'Omar Haddad', '2024-12-01', '2024-12-01'), // nothing within 30 days
  member('Omar Haddad', 'EM4', '', '2024-09-01', '2024-09-01', 'omar.haddad@example.com'),
  member('Di Ng', 'D1', 'Zed Unknown', '2024-06-01'), // step 2024-12-01, no level date
];

describe('the reviews due within a window', () => {
  test('lists overdue reviews and those due within the days ahead, oldest first, with how late', () => {
    const due = dueReviews(TEAM, TODAY, 30);
    expect(due.map((r) => [r.engineer, r.kind, formatIsoDate(r.due), r.daysLate])).toEqual([
      ['Di Ng', 'step', '2024-12-01', 45],
      ['Bo Li', 'step', '2025-01-10', 5],
      ['Ana Souza', 'step', '2025-01-20', -5],
    ]);
  });

  test('includes a review due on the last day of the window and leaves out the day after', () => {
    const ana = [TEAM[1] as DigestMember];
    expect(dueReviews(ana, d('2025-01-30'), 30).map((r) => r.kind)).toEqual(['step', 'level']);
    expect(dueReviews(ana, d('2025-01-29'), 30).map((r) => r.kind)).toEqual(['step']);
  });

  test('leaves out a review with no last date', () => {
    expect(dueReviews([TEAM[5] as DigestMember], TODAY, 365).map((r) => r.kind)).toEqual(['step']);
  });
});

describe('one digest per manager', () => {
  const digests = managerDigests(TEAM, TODAY, 30);

  test('gives each manager their reports’ due reviews, matching the manager to a Team row by name', () => {
    expect(digests.map((g) => [g.manager, g.email, g.reviews.map((r) => r.engineer)])).toEqual([
      ['Maya Chen', 'maya.chen@example.com', ['Bo Li', 'Ana Souza']],
      ['Zed Unknown', '', ['Di Ng']],
    ]);
  });

  test('gives a manager with nothing due no digest', () => {
    expect(digests.map((g) => g.manager)).not.toContain('Omar Haddad');
  });

  test('leaves an engineer without a manager out of every digest', () => {
    expect(digests.flatMap((g) => g.reviews.map((r) => r.engineer))).not.toContain('Maya Chen');
  });
});

describe('how late a review is, in words', () => {
  test.each([
    [3, '3 days overdue'],
    [1, '1 day overdue'],
    [0, 'due today'],
    [-1, 'in 1 day'],
    [-12, 'in 12 days'],
  ])('%i days late reads "%s"', (days, text) => {
    expect(lateness(days)).toBe(text);
  });
});

describe('the digest email', () => {
  const context = {
    today: TODAY,
    daysAhead: 30,
    spreadsheetName: 'Ladder <2025>',
    url: 'https://docs.google.com/spreadsheets/d/abc?x=1&y=2',
  };
  const [maya] = managerDigests(TEAM, TODAY, 30);
  const email = digestEmail(maya as NonNullable<typeof maya>, context);

  test('goes to the manager with a subject counting the reviews and the overdue ones', () => {
    expect(email.to).toBe('maya.chen@example.com');
    expect(email.subject).toBe('Career Ladder: 2 reviews due (1 overdue)');
  });

  test('lists each review in plain text: due date, kind, engineer, position and how late', () => {
    expect(email.body).toContain('- 2025-01-10  Step review: Bo Li (D4), 5 days overdue\n');
    expect(email.body).toContain('- 2025-01-20  Step review: Ana Souza (D2), in 5 days\n');
    expect(email.body).toContain('overdue or due by 2025-02-14');
    expect(email.body).toContain(context.url);
  });

  test('has an HTML part with a table of the same reviews and a link to the spreadsheet', () => {
    expect(email.htmlBody).toContain('<td style="padding:2px 8px;border-bottom:1px solid #ddd">Bo Li</td>');
    expect(email.htmlBody).toContain('href="https://docs.google.com/spreadsheets/d/abc?x=1&amp;y=2"');
    expect(email.htmlBody).toContain('Ladder &lt;2025&gt;');
  });

  test('for the whole team, greets no one and says whose reviews they are', () => {
    const team = digestEmail(
      { manager: '', email: 'me@example.com', reviews: dueReviews(TEAM, TODAY, 30), wholeTeam: true },
      context,
    );
    expect(team.body).toMatch(
      /^Hello,\n\nReviews of the whole team overdue or due by 2025-02-14, oldest first:/,
    );
  });

  describe('with hostile names', () => {
    const hostile = [
      member('Boss <b>', 'EM5', '', undefined, undefined, 'boss@example.com'),
      member('<script>alert(1)</script>', 'D2', 'Boss <b>', '2024-06-01'),
      member('=HYPERLINK("http://evil")', 'D2', 'Boss <b>', '2024-06-02'),
      member('Line\nBreak, "quoted" & more', 'D2', 'Boss <b>', '2024-06-03'),
    ];
    const [digest] = managerDigests(hostile, TODAY, 30);
    const mail = digestEmail(digest as NonNullable<typeof digest>, context);

    test('escapes every name in the HTML part', () => {
      expect(mail.htmlBody).not.toContain('<script>');
      expect(mail.htmlBody).not.toContain('<b>');
      expect(mail.htmlBody).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(mail.htmlBody).toContain('Hello Boss &lt;b&gt;,');
      expect(mail.htmlBody).toContain('Line Break, &quot;quoted&quot; &amp; more');
    });

    test('keeps a name as text in the plain part, one review per line', () => {
      expect(mail.body).toContain('Step review: =HYPERLINK("http://evil") (D2)');
      expect(mail.body).toContain('Step review: Line Break, "quoted" & more (D2)');
      expect(mail.body.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
    });

    test('never puts a name in the subject', () => {
      expect(mail.subject).toBe('Career Ladder: 3 reviews due (3 overdue)');
    });
  });
});
