/**
 * MailApp in the local runtime: the four sendEmail overloads land in an outbox the host reads, from the
 * effective user at the virtual time; the daily recipient quota (100 for consumer accounts, 24 hours from
 * the first send), the per-message limits, refused recipients, the authorization it needs, and the outbox
 * and quota surviving save and load.
 */
import { SCRIPTAPP_SCOPE, SEND_MAIL_SCOPE } from '../../../dev/runtime';
import { loadFixtureRuntime, type Runtime } from '../../support/runtime';

/** A manifest without the reminders' scopes: as the add-on had before review reminders. */
const WITHOUT_REMINDERS = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/userinfo.email',
];

const HOUR = 3_600_000;
const NOW = new Date('2025-01-15T09:00:00Z');
const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
const REFUSED = (method: string) =>
  `You do not have permission to call MailApp.${method}. Required permissions: ${SEND_MAIL_SCOPE}`;

const ADDON = `
  function script(src) { return new Function(src)(); }
  function MAIL() { MailApp.sendEmail('ana@example.com', 'From a cell', 'body'); return 1; }
  function QUOTA() { return MailApp.getRemainingDailyQuota(); }
  function onOpen(e) { MailApp.sendEmail('ana@example.com', 'On open', 'body'); }
  return { script, MAIL, QUOTA, onOpen };
`;
const GLOBALS = [
  { name: 'script', params: ['src'] },
  { name: 'MAIL', customFunction: true },
  { name: 'QUOTA', customFunction: true },
  { name: 'onOpen', params: ['e'] },
];

type Options = Parameters<typeof loadFixtureRuntime>[2];

function load(options: Options = {}): Runtime {
  return loadFixtureRuntime(ADDON, GLOBALS, {
    now: NOW,
    activeUser: 'manager@example.com',
    oauthScopes: [SCRIPTAPP_SCOPE, SEND_MAIL_SCOPE],
    ...options,
  });
}

function run(rt: Runtime, src: string): unknown {
  return rt.call('script', src);
}

describe('MailApp.sendEmail', () => {
  test('(recipient, subject, body) puts the message in the outbox, from the effective user, at the virtual time', () => {
    const rt = load({ activeUser: 'lead@example.com', effectiveUser: 'owner@example.com' });
    run(rt, `MailApp.sendEmail('ana@example.com', 'Reviews due', 'Ana: step review overdue');`);
    expect(rt.outbox).toEqual([
      {
        from: 'owner@example.com',
        name: null,
        to: ['ana@example.com'],
        cc: [],
        bcc: [],
        replyTo: null,
        noReply: false,
        subject: 'Reviews due',
        body: 'Ana: step review overdue',
        htmlBody: null,
        sentAt: NOW,
      },
    ]);
  });

  test('(recipient, subject, body, options) takes the HTML body, sender name, reply-to, cc and bcc', () => {
    const rt = load();
    run(
      rt,
      `MailApp.sendEmail('ana@example.com, ben@example.com', 'Digest', 'text part', {
         htmlBody: '<p>HTML part</p>', name: 'Career Ladder', replyTo: 'lead@example.com',
         cc: 'cc@example.com', bcc: 'audit@example.com', noReply: false });`,
    );
    expect(rt.outbox[0]).toMatchObject({
      to: ['ana@example.com', 'ben@example.com'],
      cc: ['cc@example.com'],
      bcc: ['audit@example.com'],
      replyTo: 'lead@example.com',
      name: 'Career Ladder',
      body: 'text part',
      htmlBody: '<p>HTML part</p>',
    });
  });

  test('({ to, subject, body, htmlBody, name, replyTo }) and (to, replyTo, subject, body) are the same message', () => {
    const rt = load();
    run(
      rt,
      `MailApp.sendEmail({ to: 'ana@example.com', subject: 'S', body: 'B', htmlBody: '<b>B</b>', name: 'CL', replyTo: 'r@example.com' });
       MailApp.sendEmail('ana@example.com', 'r@example.com', 'S', 'B');`,
    );
    const [object, four] = rt.outbox;
    expect(object).toMatchObject({
      to: ['ana@example.com'],
      subject: 'S',
      body: 'B',
      htmlBody: '<b>B</b>',
      name: 'CL',
    });
    expect(four).toMatchObject({
      to: ['ana@example.com'],
      replyTo: 'r@example.com',
      subject: 'S',
      body: 'B',
    });
  });

  test('text that looks like markup or a formula arrives as that text', () => {
    const rt = load();
    const hostile = '=HYPERLINK("http://evil") <script>alert(1)</script>\nline 2';
    run(rt, `MailApp.sendEmail('ana@example.com', ${JSON.stringify(hostile)}, ${JSON.stringify(hostile)});`);
    expect([rt.outbox[0]?.subject, rt.outbox[0]?.body]).toEqual([hostile, hostile]);
  });

  test.each([
    ['an address without a domain', `MailApp.sendEmail('nobody', 's', 'b')`, 'Invalid email: nobody'],
    [
      'a display name in the address',
      `MailApp.sendEmail('Ana <ana@example.com>', 's', 'b')`,
      'Invalid email: Ana <ana@example.com>',
    ],
    [
      'no recipient',
      `MailApp.sendEmail({ to: '', subject: 's', body: 'b' })`,
      'Failed to send email: no recipient',
    ],
    [
      '51 recipients',
      `MailApp.sendEmail(Array.from({ length: 51 }, (_, i) => 'p' + i + '@example.com').join(','), 's', 'b')`,
      'Limit exceeded: Email Recipients Per Message.',
    ],
    [
      'a body over 200 KB',
      `MailApp.sendEmail('ana@example.com', 's', 'x'.repeat(150 * 1024), { htmlBody: 'y'.repeat(60 * 1024) })`,
      'Limit exceeded: Email Body Size.',
    ],
    [
      'numbers',
      `MailApp.sendEmail(1, 2)`,
      "The parameters (number,number) don't match the method signature for MailApp.sendEmail.",
    ],
    [
      'an attachment',
      `MailApp.sendEmail('ana@example.com', 's', 'b', { attachments: [] })`,
      'not implemented: MailApp.sendEmail option attachments',
    ],
  ])('%s is refused, nothing sent and no quota used', (_what, call, message) => {
    const rt = load();
    expect(() => run(rt, call)).toThrow(message);
    expect([rt.outbox, rt.remainingMailQuota()]).toEqual([[], 100]);
  });
});

describe('the daily quota', () => {
  test('getRemainingDailyQuota counts recipients, 100 a day by default', () => {
    const rt = load();
    expect(run(rt, `return MailApp.getRemainingDailyQuota();`)).toBe(100);
    run(
      rt,
      `MailApp.sendEmail({ to: 'a@example.com,b@example.com', cc: 'c@example.com', subject: 's', body: 'b' });`,
    );
    expect(run(rt, `return MailApp.getRemainingDailyQuota();`)).toBe(97);
  });

  test('a message the quota cannot cover fails with Apps Script’s message and is not sent', () => {
    const rt = load({ mailQuota: 3 });
    run(rt, `MailApp.sendEmail('a@example.com,b@example.com', 's', 'b');`);
    expect(() => run(rt, `MailApp.sendEmail('c@example.com,d@example.com', 's', 'b');`)).toThrow(
      QUOTA_EXCEEDED,
    );
    expect(rt.outbox).toHaveLength(1);
    expect(
      run(rt, `MailApp.sendEmail('c@example.com', 's', 'b'); return MailApp.getRemainingDailyQuota();`),
    ).toBe(0);
    expect(() => run(rt, `MailApp.sendEmail('e@example.com', 's', 'b');`)).toThrow(QUOTA_EXCEEDED);
  });

  test('the quota comes back 24 hours after the first send of the day, not before', () => {
    const rt = load({ mailQuota: 2 });
    run(rt, `MailApp.sendEmail('a@example.com', 's', 'b');`);
    rt.clock.advance(12 * HOUR);
    run(rt, `MailApp.sendEmail('b@example.com', 's', 'b');`);
    rt.clock.advance(12 * HOUR - 60_000);
    expect(run(rt, `return MailApp.getRemainingDailyQuota();`)).toBe(0);
    rt.clock.advance(60_000);
    expect(run(rt, `return MailApp.getRemainingDailyQuota();`)).toBe(2);
  });

  test('each user has their own quota', () => {
    const rt = load({ mailQuota: 1 });
    run(rt, `MailApp.sendEmail('a@example.com', 's', 'b');`);
    rt.setActiveUser('lead@example.com');
    expect(run(rt, `return MailApp.getRemainingDailyQuota();`)).toBe(1);
    expect([rt.remainingMailQuota('manager@example.com'), rt.remainingMailQuota()]).toEqual([0, 1]);
  });
});

describe('the authorization MailApp needs (script.send_mail)', () => {
  test('a custom function cannot send mail nor read the quota', () => {
    const rt = load();
    rt.userEdit('Sheet1!A1', '=MAIL()');
    rt.userEdit('Sheet1!A2', '=QUOTA()');
    expect([rt.workbook.error('Sheet1!A1'), rt.workbook.error('Sheet1!A2')]).toEqual([
      REFUSED('sendEmail'),
      REFUSED('getRemainingDailyQuota'),
    ]);
    expect(rt.outbox).toEqual([]);
  });

  test('a simple trigger cannot send mail', () => {
    const rt = load();
    expect(() => rt.trigger('onOpen')).toThrow(REFUSED('sendEmail'));
  });

  test('without the scope in the manifest nothing is sent', () => {
    const rt = loadFixtureRuntime(ADDON, GLOBALS, { now: NOW, oauthScopes: WITHOUT_REMINDERS });
    expect(() => run(rt, `MailApp.sendEmail('ana@example.com', 's', 'b');`)).toThrow(REFUSED('sendEmail'));
  });
});

describe('the outbox and the quota survive save and load', () => {
  test('a reloaded workbook has the same outbox and the same quota left', () => {
    const rt = load({ mailQuota: 5 });
    run(rt, `MailApp.sendEmail('a@example.com,b@example.com', 'Saved', 'b', { htmlBody: '<i>b</i>' });`);
    const back = load({ mailQuota: 5, state: JSON.parse(JSON.stringify(rt.save())) });
    expect(back.outbox).toEqual(rt.outbox);
    expect(back.remainingMailQuota()).toBe(3);
  });

  test('the host gets copies: changing them changes nothing', () => {
    const rt = load();
    run(rt, `MailApp.sendEmail('a@example.com', 's', 'b');`);
    rt.outbox[0]?.to.push('intruder@example.com');
    expect(rt.outbox[0]?.to).toEqual(['a@example.com']);
  });
});
