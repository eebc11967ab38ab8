/**
 * Review reminders in the local runtime over the built add-on: the dialog's endpoints turn the weekly
 * digest on and off with exactly one time-driven trigger, the trigger's run mails each manager their
 * reports' due reviews (and nobody with nothing due), an all-or-none quota check, and every run — a
 * failed one too — recorded in document properties and shown as the last run.
 */
import type { ReminderState, PreviewOutcome, Refusal } from '../../src/server/rpc';
import {
  loadPromotionRuntime,
  tamperPromotionWorkbook,
  type EngineerSeed,
} from '../support/promotionWorkbook';
import { describeWithBuiltBundle, type Runtime } from '../support/runtime';
import { measureDigestCalls } from '../support/reminders';

const WEEK = 7 * 86_400_000;
const HOSTILE = '<script>alert(1)</script> =HYPERLINK("x")';

/** 2025-01-15 (a Wednesday): the first Monday run is 2025-01-20. */
const TEAM: EngineerSeed[] = [
  {
    name: 'Maya Chen',
    position: 'EM5',
    step: 1,
    email: 'maya.chen@example.com',
    lastStepReview: '2024-06-01',
    lastLevelReview: '2024-06-01',
  },
  {
    name: 'Ana Souza',
    position: 'D2',
    step: 1,
    manager: 'Maya Chen',
    lastStepReview: '2024-08-01',
    lastLevelReview: '2024-06-01',
  },
  {
    name: 'Bo Li',
    position: 'D4',
    step: 1,
    manager: 'Maya Chen',
    lastStepReview: '2024-01-10',
    lastLevelReview: '2024-01-10',
  },
  {
    name: 'Omar Haddad',
    position: 'EM4',
    step: 1,
    email: 'omar.haddad@example.com',
    lastStepReview: '2024-09-01',
    lastLevelReview: '2024-09-01',
  },
  {
    name: 'Cy Park',
    position: 'D2',
    step: 1,
    manager: 'Omar Haddad',
    lastStepReview: '2024-12-01',
    lastLevelReview: '2024-12-01',
  },
  {
    name: 'Di Ng',
    position: 'D1',
    step: 1,
    manager: 'Zed Unknown',
    lastStepReview: '2024-06-01',
    lastLevelReview: '2024-06-01',
  },
  {
    name: HOSTILE,
    position: 'D2',
    step: 1,
    manager: 'Maya Chen',
    lastStepReview: '2024-08-05',
    lastLevelReview: '2024-08-05',
  },
];

const ON = { enabled: true, weekday: 'MONDAY', hour: 8, daysAhead: 30 };

function state(rt: Runtime): ReminderState {
  return rt.run('remindersState', {}) as ReminderState;
}

function save(rt: Runtime, settings: unknown): ReminderState | Refusal {
  return rt.run('remindersSave', settings) as ReminderState | Refusal;
}

describeWithBuiltBundle('turning review reminders on and off', () => {
  test('are off at first: no trigger and no run', () => {
    const rt = loadPromotionRuntime(TEAM);
    const first = state(rt);
    expect(first.settings).toEqual({ enabled: false, weekday: 'MONDAY', hour: 8, daysAhead: 30 });
    expect([first.triggerStatus, first.lastRun]).toEqual(['off', null]);
    expect(rt.triggers).toEqual([]);
  });

  test('turning them on installs one weekly trigger at the weekday and hour in the spreadsheet’s zone', () => {
    const rt = loadPromotionRuntime(TEAM, [], { spreadsheetTimeZone: 'Europe/Paris' });
    const saved = save(rt, { ...ON, weekday: 'TUESDAY', hour: 7 }) as ReminderState;
    expect(saved.triggerStatus).toBe('on');
    expect(saved.trigger).toContain('Tuesdays at 07:00');
    expect(rt.triggers.map((t) => [t.handlerFunction, t.timeZone, t.owner])).toEqual([
      ['sendReviewReminders', 'Europe/Paris', 'manager@example.com'],
    ]);
    expect(rt.triggers[0]?.schedule).toMatch(/TUESDAY at 07:/);
  });

  test('turning them on twice leaves one trigger, at the newer time', () => {
    const rt = loadPromotionRuntime(TEAM);
    save(rt, ON);
    save(rt, { ...ON, weekday: 'FRIDAY' });
    expect(rt.triggers).toHaveLength(1);
    expect(rt.triggers[0]?.schedule).toMatch(/FRIDAY/);
  });

  test('turning them off removes the trigger', () => {
    const rt = loadPromotionRuntime(TEAM);
    save(rt, ON);
    const off = save(rt, { ...ON, enabled: false }) as ReminderState;
    expect(rt.triggers).toEqual([]);
    expect(off.triggerStatus).toBe('off');
  });

  test('a weekday, hour or window out of range is refused with what is accepted, and installs nothing', () => {
    const rt = loadPromotionRuntime(TEAM);
    expect(save(rt, { enabled: true, weekday: 'Funday', hour: 24, daysAhead: 0 })).toEqual({
      outcome: 'invalid-request',
      message:
        'The request was refused (weekday "Funday" is not a day of the week (accepted: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY); hour 24 is not accepted (accepted: a whole number 0–23); days ahead 0 is not accepted (accepted: a whole number 1–365)). Nothing was changed.',
    });
    expect(rt.triggers).toEqual([]);
  });

  test('a trigger deleted outside the add-on shows as missing', () => {
    const rt = loadPromotionRuntime(TEAM);
    save(rt, ON);
    tamperPromotionWorkbook(
      rt,
      'ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); });',
    );
    expect(state(rt).triggerStatus).toBe('missing');
  });
});

describeWithBuiltBundle('two people turning review reminders on', () => {
  const rt = loadPromotionRuntime(TEAM);
  save(rt, ON);
  rt.setActiveUser('omar.haddad@example.com');
  const seen = state(rt);
  save(rt, ON);
  rt.clock.advance(WEEK);

  test('the second sees the first one’s trigger, which sends from their account', () => {
    expect(seen.triggerStatus).toBe('other-user');
    expect(seen.trigger).toBe(
      'on: installed by manager@example.com, whose account sends the digest (Mondays at 08:00)',
    );
  });

  test('the spreadsheet gets one digest a week: the earlier trigger deletes itself when it fires', () => {
    expect(rt.outbox.map((m) => [m.from, m.to])).toEqual([
      ['omar.haddad@example.com', ['maya.chen@example.com']],
    ]);
    expect(rt.triggers.map((t) => t.owner)).toEqual(['omar.haddad@example.com']);
  });
});

describeWithBuiltBundle('the weekly digest', () => {
  const rt = loadPromotionRuntime(TEAM);
  save(rt, ON);
  const runs = rt.clock.advance(WEEK);
  const mail = rt.outbox;

  test('runs once a week and sends one email per manager with reviews due', () => {
    expect(runs.map((run) => [run.handlerFunction, run.ok, run.at.toISOString().slice(0, 10)])).toEqual([
      ['sendReviewReminders', true, '2025-01-20'],
    ]);
    expect(mail.map((m) => m.to)).toEqual([['maya.chen@example.com']]);
  });

  test('lists the manager’s reports’ reviews oldest first, with how late', () => {
    const body = mail[0]?.body ?? '';
    const lines = body.split('\n').filter((line) => line.startsWith('- '));
    expect(lines).toEqual([
      '- 2025-01-10  Step review: Bo Li (D4), 10 days overdue',
      '- 2025-02-01  Step review: Ana Souza (D2), in 12 days',
      `- 2025-02-05  Step review: ${HOSTILE} (D2), in 16 days`,
    ]);
    expect(mail[0]?.subject).toBe('Career Ladder: 3 reviews due (1 overdue)');
  });

  test('has an HTML part with every name escaped', () => {
    const html = mail[0]?.htmlBody ?? '';
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; =HYPERLINK(&quot;x&quot;)');
    expect(html).not.toContain('<script>');
  });

  test('sends nothing to a manager with nothing due', () => {
    expect(mail.flatMap((m) => m.to)).not.toContain('omar.haddad@example.com');
  });

  test('records the run, naming a manager it cannot reach, and the dialog shows it', () => {
    const last = state(rt).lastRun;
    expect(last).toMatchObject({ kind: 'weekly', outcome: 'sent', emails: 1, unreachable: ['Zed Unknown'] });
    expect(last?.message).toBe(
      'No email for Zed Unknown: give each a Team row with an address in its Email column.',
    );
  });

  test('runs again the next week', () => {
    rt.clock.advance(WEEK);
    expect(rt.outbox).toHaveLength(2);
  });
});

describeWithBuiltBundle('a digest the quota cannot cover', () => {
  const team: EngineerSeed[] = [
    ...TEAM,
    { name: 'Zed Unknown', position: 'EM4', step: 1, email: 'zed@example.com' },
  ];
  const rt = loadPromotionRuntime(team, [], { mailQuota: 1 });
  save(rt, ON);
  rt.clock.advance(WEEK);

  test('sends none and records why', () => {
    expect(rt.outbox).toEqual([]);
    const shown = state(rt);
    expect(shown.lastRun).toMatchObject({ outcome: 'quota', emails: 0 });
    expect(shown.quotaProblem).toBe(
      "None sent: 2 managers have reviews due but today's mail quota covers 1 more recipients.",
    );
  });
});

describeWithBuiltBundle('a digest run that fails', () => {
  const rt = loadPromotionRuntime(TEAM);
  save(rt, ON);
  tamperPromotionWorkbook(rt, "ss.deleteSheet(ss.getSheetByName('Team'));");
  const [run] = rt.clock.advance(WEEK);

  test('fails the trigger run and records the error as the last run', () => {
    expect(run?.ok).toBe(false);
    expect(state(rt).lastRun).toMatchObject({ outcome: 'failed', emails: 0 });
    expect(state(rt).lastRun?.message).toMatch(
      /^Stopped after 0 email\(s\): This spreadsheet has no "Team" sheet/,
    );
  });
});

describeWithBuiltBundle('the run record', () => {
  const team: EngineerSeed[] = Array.from({ length: 15 }, (_, i) => ({
    name: `Report ${i + 1}`,
    position: 'D2',
    step: 1,
    manager: `Manager ${i + 1}`,
    lastStepReview: '2024-06-01',
  }));
  const rt = loadPromotionRuntime(team);
  save(rt, ON);
  rt.clock.advance(12 * WEEK);
  const runs = JSON.parse(
    tamperPromotionWorkbook(
      rt,
      "return PropertiesService.getDocumentProperties().getProperty('careerLadder.reminders.runs');",
    ) as string,
  ) as { at: string; unreachable: string[] }[];

  test('keeps the last ten runs, newest first, within one property value', () => {
    expect(runs).toHaveLength(10);
    expect(runs[0]?.at.slice(0, 10)).toBe('2025-04-07');
    expect(JSON.stringify(runs).length).toBeLessThan(9 * 1024);
  });

  test('names at most ten unreachable managers and counts the others', () => {
    expect(runs[0]?.unreachable).toHaveLength(11);
    expect(runs[0]?.unreachable[10]).toBe('and 5 more');
  });
});

describeWithBuiltBundle('a manager whose email on Team is not an address', () => {
  const team = TEAM.map((engineer) =>
    engineer.name === 'Maya Chen' ? { ...engineer, email: 'maya.chen@' } : engineer,
  );
  const rt = loadPromotionRuntime(team);
  save(rt, ON);
  rt.clock.advance(WEEK);

  test('is never mailed, and the run names them as unreachable', () => {
    expect(rt.outbox.flatMap((m) => m.to)).toEqual([]);
    expect(state(rt).lastRun).toMatchObject({
      outcome: 'nothing-due',
      emails: 0,
      unreachable: ['Maya Chen', 'Zed Unknown'],
    });
  });
});

describeWithBuiltBundle('a digest run that stops half-way', () => {
  const team: EngineerSeed[] = [
    ...TEAM,
    { name: 'Zed Unknown', position: 'EM4', step: 1, email: 'zed@example.com' },
  ];
  const rt = loadPromotionRuntime(team);
  save(rt, ON);
  let sends = 0;
  rt.during(
    'MailApp.sendEmail',
    () => {
      sends += 1;
      if (sends === 2) throw new Error('Service invoked too many times for one day: email.');
    },
    { times: 2 },
  );
  const [run] = rt.clock.advance(WEEK);

  test('records how many emails went before the error', () => {
    expect(run?.ok).toBe(false);
    expect(rt.outbox.map((m) => m.to)).toEqual([['maya.chen@example.com']]);
    expect(state(rt).lastRun).toMatchObject({
      outcome: 'failed',
      emails: 1,
      message: 'Stopped after 1 email(s): Service invoked too many times for one day: email.',
    });
  });
});

describeWithBuiltBundle('a trigger the spreadsheet no longer knows', () => {
  test('deletes itself and sends nothing', () => {
    const rt = loadPromotionRuntime(TEAM);
    save(rt, ON);
    tamperPromotionWorkbook(
      rt,
      "PropertiesService.getDocumentProperties().deleteProperty('careerLadder.reminders.trigger');",
    );
    rt.clock.advance(WEEK);
    expect(rt.outbox).toEqual([]);
    expect(rt.triggers).toEqual([]);
  });
});

describeWithBuiltBundle('the preview', () => {
  test('sends a manager their own reports’ digest, to them only', () => {
    const rt = loadPromotionRuntime(TEAM, [], { activeUser: 'maya.chen@example.com' });
    const outcome = rt.run('remindersPreview', {}) as PreviewOutcome;
    expect(outcome).toEqual({
      outcome: 'previewed',
      sent: true,
      message: 'A preview was sent to maya.chen@example.com.',
    });
    expect(rt.outbox.map((m) => [m.to, m.subject])).toEqual([
      [['maya.chen@example.com'], 'Career Ladder: 3 reviews due (1 overdue)'],
    ]);
    expect(state(rt).lastRun).toMatchObject({ kind: 'preview', outcome: 'sent', emails: 1 });
  });

  test('sends anyone else every review due in the team', () => {
    const rt = loadPromotionRuntime(TEAM);
    rt.run('remindersPreview', {});
    expect(rt.outbox.map((m) => m.to)).toEqual([['manager@example.com']]);
    expect(rt.outbox[0]?.body).toMatch(/^Hello,\n\nReviews of the whole team /);
    expect(rt.outbox[0]?.body).toContain('Di Ng');
    expect(rt.outbox[0]?.body).toContain('Bo Li');
  });
});

describeWithBuiltBundle('the review reminders dialog', () => {
  test('opens from the menu with the settings, the trigger and the quota', () => {
    const rt = loadPromotionRuntime(TEAM);
    save(rt, ON);
    rt.trigger('onOpen');
    rt.runMenuItem('Review reminders…');
    const dialog = rt.ui.dialogs[rt.ui.dialogs.length - 1];
    expect(dialog?.title).toBe('Review reminders');
    expect(dialog?.html).toContain('"enabled":true');
    expect(dialog?.html).toContain('Send me a preview now');
  });
});

describeWithBuiltBundle('the digest’s spreadsheet calls', () => {
  test('are at most 10 and the same for 10 and 200 engineers', () => {
    const [small, large] = [10, 200].map(measureDigestCalls);
    expect(small?.calls).toBeLessThanOrEqual(10);
    expect(large?.calls).toBe(small?.calls);
    expect([small?.emails, large?.emails]).toEqual([1, 20]);
  });
});
