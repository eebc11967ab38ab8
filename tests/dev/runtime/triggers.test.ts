/**
 * ScriptApp's installable time-driven triggers in the local runtime: building them as Google documents
 * (reference/script/clock-trigger-builder), firing them on the virtual clock as their owner with the
 * time-driven event object (guides/triggers/event-objects), the 20-per-user limit, failures recorded
 * without stopping time, the authorization they need, and their survival through save and load.
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
const DAY = 24 * HOUR;
const WEDNESDAY_0900_UTC = new Date('2025-01-15T09:00:00Z');
const TOO_MANY =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

/**
 * A fixture add-on: `script(src)` runs ad-hoc code; `recordRun` appends its event and users to a script
 * property; `failing` throws; `askUi` reaches for the UI; TRIGGERS() and WEEKDAY() are custom functions;
 * onOpen (a simple trigger) tries to install a trigger.
 */
const ADDON = `
  function script(src) { return new Function(src)(); }
  function recordRun(e) {
    const p = PropertiesService.getScriptProperties();
    const runs = JSON.parse(p.getProperty('runs') || '[]');
    runs.push({ e: e, effective: Session.getEffectiveUser().getEmail(), active: Session.getActiveUser().getEmail(), now: new Date().toISOString() });
    p.setProperty('runs', JSON.stringify(runs));
  }
  function failing() { throw new Error('the digest failed'); }
  function mailDigest(e) { MailApp.sendEmail('ana@example.com', 'Reviews due on ' + e['day-of-month'], 'Step review: Ana'); }
  function askUi() { SpreadsheetApp.getUi(); }
  function TRIGGERS() { return ScriptApp.getProjectTriggers().length; }
  function WEEKDAY() { return ScriptApp.WeekDay.MONDAY; }
  function onOpen(e) { ScriptApp.newTrigger('recordRun').timeBased().everyDays(1).create(); }
  return { script, recordRun, failing, mailDigest, askUi, TRIGGERS, WEEKDAY, onOpen };
`;
const GLOBALS = [
  { name: 'script', params: ['src'] },
  { name: 'recordRun', params: ['e'] },
  { name: 'failing' },
  { name: 'mailDigest', params: ['e'] },
  { name: 'askUi' },
  { name: 'TRIGGERS', customFunction: true },
  { name: 'WEEKDAY', customFunction: true },
  { name: 'onOpen', params: ['e'] },
];

type Options = Parameters<typeof loadFixtureRuntime>[2];

/** The fixture with the scopes a reminders feature would list in its manifest. */
function load(options: Options = {}): Runtime {
  return loadFixtureRuntime(ADDON, GLOBALS, {
    now: WEDNESDAY_0900_UTC,
    scriptTimeZone: 'Etc/UTC',
    oauthScopes: [SCRIPTAPP_SCOPE, SEND_MAIL_SCOPE],
    ...options,
  });
}

function run(rt: Runtime, src: string): unknown {
  return rt.call('script', src);
}

function runs(rt: Runtime): { e: Record<string, unknown>; effective: string; active: string; now: string }[] {
  return JSON.parse(rt.properties.script.runs ?? '[]');
}

const WEEKLY_MONDAY_9 = `ScriptApp.newTrigger('recordRun').timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(9)`;

describe('building a time-driven trigger', () => {
  test('create() returns a Trigger that getProjectTriggers lists, of the clock', () => {
    const rt = load();
    expect(
      run(
        rt,
        `const t = ${WEEKLY_MONDAY_9}.create();
         const listed = ScriptApp.getProjectTriggers();
         return [t.getHandlerFunction(), t.getEventType() === ScriptApp.EventType.CLOCK,
           t.getTriggerSource() === ScriptApp.TriggerSource.CLOCK, t.getTriggerSourceId(),
           listed.length, listed[0].getUniqueId() === t.getUniqueId(), /^[0-9]+$/.test(t.getUniqueId())];`,
      ),
    ).toEqual(['recordRun', true, true, null, 1, true, true]);
  });

  test('atHour(9) fires inside Google’s 9–10 window, at the runtime’s chosen 9:59, in the script’s zone', () => {
    const rt = load({ scriptTimeZone: 'Europe/Paris' });
    run(rt, `${WEEKLY_MONDAY_9}.create();`);
    expect(rt.triggers).toEqual([
      expect.objectContaining({
        handlerFunction: 'recordRun',
        owner: 'me@example.com',
        timeZone: 'Europe/Paris',
        schedule: 'every week on MONDAY at 09:59 (Europe/Paris)',
        // Monday 20 January, 09:59 in Paris (UTC+1)
        nextRunAt: new Date('2025-01-20T08:59:00Z'),
      }),
    ]);
  });

  test('onWeekDay alone means every week; nearMinute(m) fires at m + 15, rolling into the next day', () => {
    const rt = load();
    run(
      rt,
      `ScriptApp.newTrigger('recordRun').timeBased().onWeekDay(ScriptApp.WeekDay.FRIDAY).atHour(7).create();
       ScriptApp.newTrigger('recordRun').timeBased().everyDays(1).atHour(23).nearMinute(50).create();
       ScriptApp.newTrigger('recordRun').timeBased().everyDays(2).create();
       ScriptApp.newTrigger('recordRun').timeBased().everyHours(6).create();`,
    );
    expect(rt.triggers.map((t) => [t.schedule, t.nextRunAt.toISOString()])).toEqual([
      ['every week on FRIDAY at 07:59 (Etc/UTC)', '2025-01-17T07:59:00.000Z'],
      ['every day at 00:05 the next day (Etc/UTC)', '2025-01-16T00:05:00.000Z'],
      // no atHour: the hour it was created in
      ['every 2 days at 09:59 (Etc/UTC)', '2025-01-15T09:59:00.000Z'],
      ['every 6 hours', '2025-01-15T15:00:00.000Z'],
    ]);
  });

  test('inTimezone() decides the hour, across a daylight-saving change', () => {
    const rt = load({ now: new Date('2025-03-01T12:00:00Z') });
    run(rt, `${WEEKLY_MONDAY_9}.inTimezone('America/New_York').create();`);
    const fired = rt.clock.advance(10 * DAY).map((r) => r.at.toISOString());
    // 9:59 in New York before (EST, UTC−5) and after (EDT, UTC−4) 9 March
    expect(fired).toEqual(['2025-03-03T14:59:00.000Z', '2025-03-10T13:59:00.000Z']);
  });

  test.each([
    ['atHour(24)', `.everyDays(1).atHour(24)`, 'Invalid argument: hour'],
    ['nearMinute(60)', `.everyDays(1).atHour(9).nearMinute(60)`, 'Invalid argument: minute'],
    ['everyWeeks(0)', `.everyWeeks(0)`, 'Invalid argument: weeks'],
    ['everyDays(1.5)', `.everyDays(1.5)`, 'Invalid argument: days'],
    ['everyHours(3)', `.everyHours(3)`, 'Invalid argument: hours'],
    ['an unknown time zone', `.everyDays(1).inTimezone('Mars/Olympus')`, 'Invalid argument: timezone'],
    ['atHour("9")', `.everyDays(1).atHour('9')`, 'The parameters (String) don'],
    ['onWeekDay("Monday")', `.onWeekDay('Monday')`, 'The parameters (String) don'],
  ])('%s is refused', (_what, calls, message) => {
    const rt = load();
    expect(() => run(rt, `ScriptApp.newTrigger('recordRun').timeBased()${calls}.create();`)).toThrow(message);
    expect(rt.triggers).toEqual([]);
  });

  test.each([
    ['no recurrence', `.atHour(9)`],
    ['two recurrences', `.everyDays(1).everyWeeks(1)`],
    ['atHour() with everyHours()', `.everyHours(1).atHour(9)`],
    ['onWeekDay() with everyDays()', `.everyDays(1).onWeekDay(ScriptApp.WeekDay.MONDAY)`],
  ])('create() refuses %s and installs nothing', (_what, calls) => {
    const rt = load();
    expect(() => run(rt, `ScriptApp.newTrigger('recordRun').timeBased()${calls}.create();`)).toThrow(
      expect.objectContaining({ name: 'Exception' }),
    );
    expect(rt.triggers).toEqual([]);
  });

  test('what the runtime does not model throws not implemented (forSpreadsheet, everyMinutes, at)', () => {
    const rt = load();
    for (const call of [
      `ScriptApp.newTrigger('recordRun').forSpreadsheet(SpreadsheetApp.getActive())`,
      `ScriptApp.newTrigger('recordRun').timeBased().everyMinutes(5)`,
      `ScriptApp.newTrigger('recordRun').timeBased().at(new Date())`,
    ]) {
      expect(() => run(rt, call)).toThrow(/^not implemented: /);
    }
  });
});

describe('the 20 triggers a user may have per script', () => {
  test('the 21st is refused with Apps Script’s message; another user still has room', () => {
    const rt = load();
    const create = `ScriptApp.newTrigger('recordRun').timeBased().everyDays(1).create();`;
    run(rt, `for (let i = 0; i < 20; i++) { ${create} }`);
    expect(() => run(rt, create)).toThrow(TOO_MANY);
    rt.setActiveUser('lead@example.com');
    expect(run(rt, `${create} return ScriptApp.getProjectTriggers().length;`)).toBe(1);
    expect(rt.triggers.filter((t) => t.owner === 'me@example.com')).toHaveLength(20);
  });

  test('deleting one makes room, and a deleted trigger no longer runs', () => {
    const rt = load();
    run(
      rt,
      `for (let i = 0; i < 20; i++) ScriptApp.newTrigger('recordRun').timeBased().everyDays(1).create();`,
    );
    run(rt, `ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]);`);
    expect(run(rt, `ScriptApp.newTrigger('failing').timeBased().everyDays(1).create(); return 'ok';`)).toBe(
      'ok',
    );
    run(rt, `ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); });`);
    expect(rt.clock.advance(7 * DAY)).toEqual([]);
  });
});

describe('listing and deleting', () => {
  test('a user sees only their own triggers', () => {
    const rt = load();
    run(rt, `${WEEKLY_MONDAY_9}.create();`);
    rt.setActiveUser('lead@example.com');
    expect(run(rt, `return ScriptApp.getProjectTriggers().length;`)).toBe(0);
    expect(() =>
      run(rt, `ScriptApp.newTrigger('recordRun').timeBased().everyDays(1).create();`),
    ).not.toThrow();
    expect(rt.triggers.map((t) => t.owner)).toEqual(['me@example.com', 'lead@example.com']);
  });

  test('getUserTriggers(spreadsheet) lists no clock trigger: their source is the clock', () => {
    const rt = load();
    run(rt, `${WEEKLY_MONDAY_9}.create();`);
    expect(run(rt, `return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).length;`)).toBe(
      0,
    );
    expect(() => run(rt, `ScriptApp.getUserTriggers('id')`)).toThrow(
      "The parameters (String) don't match the method signature for ScriptApp.getUserTriggers.",
    );
  });

  test('deleting a trigger twice is an error', () => {
    const rt = load();
    expect(() =>
      run(
        rt,
        `const t = ${WEEKLY_MONDAY_9}.create(); ScriptApp.deleteTrigger(t); ScriptApp.deleteTrigger(t);`,
      ),
    ).toThrow(/was deleted already/);
    expect(rt.triggers).toEqual([]);
  });
});

describe('triggers fire on the virtual clock', () => {
  test('advancing three weeks runs a weekly trigger three times, each one execution with the time-driven event', () => {
    const rt = load({ scriptTimeZone: 'Europe/Paris' });
    run(rt, `${WEEKLY_MONDAY_9}.create();`);
    const uid = rt.triggers[0]?.uid;

    const fired = rt.clock.advance(21 * DAY);

    expect(fired.map((r) => [r.handlerFunction, r.ok, r.at.toISOString()])).toEqual([
      ['recordRun', true, '2025-01-20T08:59:00.000Z'],
      ['recordRun', true, '2025-01-27T08:59:00.000Z'],
      ['recordRun', true, '2025-02-03T08:59:00.000Z'],
    ]);
    expect(rt.clock.now()).toEqual(new Date(WEDNESDAY_0900_UTC.getTime() + 21 * DAY));
    expect(rt.calls.all.filter((c) => c.kind === 'timeDriven').map((c) => c.name)).toEqual([
      'recordRun',
      'recordRun',
      'recordRun',
    ]);
    const [first] = runs(rt);
    expect(first?.now).toBe('2025-01-20T08:59:00.000Z');
    expect(first?.e).toEqual({
      authMode: 'FULL',
      triggerUid: uid,
      year: 2025,
      month: 1,
      'day-of-month': 20,
      'day-of-week': 1,
      'week-of-year': 4,
      hour: 9,
      minute: 59,
      second: 0,
      timezone: 'Europe/Paris',
    });
  });

  test('a run happens as the trigger’s owner, whoever is at the spreadsheet', () => {
    const rt = load({ activeUser: 'lead@example.com' });
    run(rt, `${WEEKLY_MONDAY_9}.create();`);
    rt.setActiveUser('someone@example.com');
    rt.clock.advance(7 * DAY);
    expect(runs(rt).map((r) => [r.effective, r.active])).toEqual([['lead@example.com', 'lead@example.com']]);
    expect(run(rt, `return Session.getActiveUser().getEmail();`)).toBe('someone@example.com');
  });

  test('triggers due at the same moment run in the order they were created; others in time order', () => {
    const rt = load();
    run(
      rt,
      `ScriptApp.newTrigger('recordRun').timeBased().everyDays(1).atHour(10).create();
       ScriptApp.newTrigger('failing').timeBased().everyDays(1).atHour(10).create();
       ScriptApp.newTrigger('recordRun').timeBased().everyHours(12).create();`,
    );
    expect(rt.clock.advance(DAY).map((r) => [r.handlerFunction, r.at.toISOString()])).toEqual([
      ['recordRun', '2025-01-15T10:59:00.000Z'],
      ['failing', '2025-01-15T10:59:00.000Z'],
      ['recordRun', '2025-01-15T21:00:00.000Z'],
      ['recordRun', '2025-01-16T09:00:00.000Z'],
    ]);
  });

  test('a failing run is recorded and time goes on; a missing handler fails the same way', () => {
    const rt = load();
    run(
      rt,
      `ScriptApp.newTrigger('failing').timeBased().everyDays(1).atHour(10).create();
       ScriptApp.newTrigger('noSuchFunction').timeBased().everyDays(1).atHour(11).create();
       ScriptApp.newTrigger('recordRun').timeBased().everyDays(1).atHour(12).create();`,
    );
    const fired = rt.clock.advance(2 * DAY);
    expect(fired.map((r) => [r.handlerFunction, r.ok])).toEqual([
      ['failing', false],
      ['noSuchFunction', false],
      ['recordRun', true],
      ['failing', false],
      ['noSuchFunction', false],
      ['recordRun', true],
    ]);
    expect(rt.triggerFailures.slice(0, 2)).toEqual([
      expect.objectContaining({
        handlerFunction: 'failing',
        owner: 'me@example.com',
        at: new Date('2025-01-15T10:59:00Z'),
        error: { name: 'Error', message: 'the digest failed' },
      }),
      expect.objectContaining({
        handlerFunction: 'noSuchFunction',
        error: expect.objectContaining({ message: 'Script function not found: noSuchFunction' }),
      }),
    ]);
    expect(rt.clock.now()).toEqual(new Date(WEDNESDAY_0900_UTC.getTime() + 2 * DAY));
  });

  test('a digest a trigger mails goes out from its owner, at the time of the run', () => {
    const rt = load({ activeUser: 'lead@example.com' });
    run(
      rt,
      `ScriptApp.newTrigger('mailDigest').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).create();`,
    );
    rt.setActiveUser('someone@example.com');
    rt.clock.advance(7 * DAY);
    expect(rt.outbox).toEqual([
      expect.objectContaining({
        from: 'lead@example.com',
        to: ['ana@example.com'],
        subject: 'Reviews due on 20',
        sentAt: new Date('2025-01-20T08:59:00Z'),
      }),
    ]);
  });

  test('a time-driven run has no UI: getUi() fails as in Apps Script', () => {
    const rt = load();
    run(rt, `ScriptApp.newTrigger('askUi').timeBased().everyDays(1).create();`);
    expect(rt.clock.advance(DAY)[0]?.error?.message).toBe(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  test('clock.set() jumps without running anything; advancing from there runs only what falls after', () => {
    const rt = load();
    run(rt, `${WEEKLY_MONDAY_9}.create();`);
    rt.clock.set(new Date('2025-01-21T00:00:00Z'));
    expect(rt.clock.advance(7 * DAY).map((r) => r.at.toISOString())).toEqual(['2025-01-27T09:59:00.000Z']);
  });
});

describe('the authorization triggers need (script.scriptapp)', () => {
  const REFUSED = (method: string) =>
    `You do not have permission to call ScriptApp.${method}. Required permissions: ${SCRIPTAPP_SCOPE}`;

  test('a custom function may read ScriptApp’s enums but not list or create triggers', () => {
    const rt = load();
    rt.userEdit('Sheet1!A1', '=TRIGGERS()');
    rt.userEdit('Sheet1!A2', '=WEEKDAY()');
    expect(rt.workbook.error('Sheet1!A1')).toBe(REFUSED('getProjectTriggers'));
    expect(rt.workbook.value('Sheet1!A2')).toBe('MONDAY');
  });

  test('a simple trigger (onOpen, LIMITED) cannot install one', () => {
    const rt = load();
    expect(() => rt.trigger('onOpen')).toThrow(REFUSED('newTrigger'));
    expect(rt.triggers).toEqual([]);
  });

  test('without the scope in the manifest even a menu command is refused', () => {
    const rt = loadFixtureRuntime(ADDON, GLOBALS, {
      now: WEDNESDAY_0900_UTC,
      oauthScopes: WITHOUT_REMINDERS,
    });
    expect(() => run(rt, `ScriptApp.newTrigger('recordRun');`)).toThrow(REFUSED('newTrigger'));
    expect(() => run(rt, `ScriptApp.getProjectTriggers();`)).toThrow(REFUSED('getProjectTriggers'));
  });
});

describe('triggers survive save and load', () => {
  test('a reloaded workbook keeps its triggers, their schedule and failures, and new ids stay unique', () => {
    const rt = load({ scriptTimeZone: 'Europe/Paris' });
    run(
      rt,
      `${WEEKLY_MONDAY_9}.create(); ScriptApp.newTrigger('failing').timeBased().everyDays(1).create();`,
    );
    rt.clock.advance(DAY);
    const saved = JSON.parse(JSON.stringify(rt.save()));

    const back = load({ state: saved, now: rt.clock.now(), scriptTimeZone: 'Europe/Paris' });

    expect(back.triggers).toEqual(rt.triggers);
    expect(back.triggerFailures).toEqual(rt.triggerFailures);
    run(back, `ScriptApp.newTrigger('recordRun').timeBased().everyDays(1).create();`);
    expect(new Set(back.triggers.map((t) => t.uid)).size).toBe(3);
    expect(back.clock.advance(7 * DAY).filter((r) => r.handlerFunction === 'recordRun')).toHaveLength(8);
  });

  test('a workbook saved before triggers existed (version 2) loads with none', () => {
    const rt = load();
    const { project: _project, ...v2 } = { ...rt.save(), version: 2 };
    const back = load({ state: JSON.parse(JSON.stringify(v2)) });
    expect([back.triggers, back.outbox, back.triggerFailures]).toEqual([[], [], []]);
  });

  test('a damaged project section is refused with a clear message', () => {
    const rt = load();
    const saved = JSON.parse(JSON.stringify(rt.save()));
    saved.project.triggers = [{ uid: 1 }];
    expect(() => load({ state: saved })).toThrow(
      /is damaged: its script project \(triggers, outbox\) is invalid/,
    );
  });
});
