/**
 * The preview page's "Outbox and triggers" panel and its "Advance clock one week" button, against a small
 * fixture add-on that installs a weekly time-driven trigger whose run mails a digest (review reminders do
 * the same with the real add-on: tests/browser/reviewReminders.test.ts). The mail's text is shown as text and its HTML part in
 * a sandboxed frame where none of its scripts run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCRIPTAPP_SCOPE, SEND_MAIL_SCOPE } from '../../dev/runtime';
import type { ProjectView } from '../../dev/preview/protocol';
import { startPreview } from '../../dev/preview/startPreview';
import { cellText, describeInChromium, runMenuItem, usePreviewPerTest, waitIdle } from '../support/browser';
import { fixtureBundle } from '../support/runtime';

const HOSTILE_NAME = `<img src=x onerror="parent.document.title='pwned'">Ana, Souza; =HYPERLINK("x")`;

const ADDON = `
  const ss = () => SpreadsheetApp.getActiveSpreadsheet();
  return {
    onOpen: () => SpreadsheetApp.getUi().createAddonMenu()
      .addItem('Set up with a sample team', 'setUp')
      .addItem('Turn reminders on', 'turnOn')
      .addItem('Install a broken trigger', 'installBroken')
      .addToUi(),
    setUp: () => {
      const sheet = ss().getSheets()[0].setName('Team');
      sheet.getRange('A1:B1').setValues([['Today', '=TODAY()']]);
      sheet.getRange('B1').setNumberFormat('yyyy-mm-dd');
    },
    turnOn: () => {
      ScriptApp.newTrigger('sendDigest').timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).create();
    },
    installBroken: () => { ScriptApp.newTrigger('broken').timeBased().everyDays(1).create(); },
    sendDigest: (e) => {
      const name = ${JSON.stringify(HOSTILE_NAME)};
      MailApp.sendEmail('maya@example.com', 'Reviews due', 'Step review: ' + name + '\\nDue on day ' + e['day-of-month'], {
        name: 'Career Ladder',
        htmlBody: '<h1>Reviews due</h1><p>Step review: ' + name + '</p>' +
          '<script>parent.postMessage("pwned", "*"); parent.document.title = "pwned";</script>',
      });
    },
    broken: () => { throw new Error('the digest could not read Team'); },
  };
`;
const GLOBALS = ['onOpen', 'setUp', 'turnOn', 'installBroken', 'sendDigest', 'broken'].map((name) => ({
  name,
  params: name === 'sendDigest' ? ['e'] : [],
}));

/** YYYY-MM-DD of an instant in a zone. */
function isoDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

async function projectOf(page: Page): Promise<ProjectView> {
  return (await page.evaluate("fetch('/api/project').then((r) => r.json())")) as ProjectView;
}

describeInChromium('the outbox and triggers of the preview page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'career-ladder-outbox-'));
  writeFileSync(join(dir, 'Code.js'), fixtureBundle(ADDON, GLOBALS));
  // the manifest lists the scopes triggers and mail need, as the add-on's does for review reminders
  writeFileSync(
    join(dir, 'appsscript.json'),
    JSON.stringify({ timeZone: 'Etc/UTC', oauthScopes: [SCRIPTAPP_SCOPE, SEND_MAIL_SCOPE] }),
  );
  const openPage = usePreviewPerTest({ bundlePath: join(dir, 'Code.js') });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('a week later the trigger has mailed its digest, shown safely, and TODAY() has moved', async () => {
    const page = openPage();
    const title = await page.title();
    await page.evaluate(
      "window.received = []; window.addEventListener('message', (event) => window.received.push(event.data));",
    );
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await runMenuItem(page, 'Turn reminders on');
    await page.getByRole('button', { name: 'Outbox and triggers (0)' }).click();
    const panel = page.getByRole('complementary', { name: 'Outbox and triggers' });
    const triggers = panel.getByRole('table');
    await expect(triggers.getByRole('row').nth(1).getByRole('cell').allTextContents()).resolves.toEqual([
      'sendDigest',
      'me@example.com',
      'every week on MONDAY at 08:59 (Etc/UTC)',
      expect.stringMatching(/^Mon, \d+ \w+ \d{4}, 08:59 UTC$/),
    ]);
    await expect(panel.getByText('MailApp has sent nothing.').isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Advance clock one week' }).click();
    await waitIdle(page);

    const project = await projectOf(page);
    expect(project.aheadDays).toBe(7);
    await expect(cellText(page, 'B1')).resolves.toBe(isoDay(project.now, project.timeZone));
    await expect(page.getByRole('button', { name: 'Outbox and triggers (1)' }).isVisible()).resolves.toBe(
      true,
    );
    const mail = panel.getByRole('article', { name: 'Email: Reviews due' });
    await expect(mail.locator('dd').allTextContents()).resolves.toEqual([
      'Career Ladder <me@example.com>',
      'maya@example.com',
      expect.any(String),
    ]);
    await expect(mail.getByLabel('Text of Reviews due').textContent()).resolves.toMatch(
      new RegExp(`^Step review: ${HOSTILE_NAME.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\nDue on day \\d+$`),
    );
    await expect(mail.locator('img').count()).resolves.toBe(0);
    const frame = mail.locator('iframe');
    await expect(frame.getAttribute('sandbox')).resolves.toBe('');
    await expect(
      mail.frameLocator('iframe').getByRole('heading', { name: 'Reviews due' }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.evaluate("fetch('/mail/1').then((r) => r.headers.get('content-security-policy'))"),
    ).resolves.toMatch(/^sandbox; default-src 'none'/);
    const mailFrame = page.frames().find((f) => f.url().endsWith('/mail/1'));
    await mailFrame?.waitForLoadState('load');
    await waitIdle(page);
    expect(mailFrame).toBeDefined();
    await expect(page.title()).resolves.toBe(title);
    await expect(page.evaluate('window.received')).resolves.toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test('a trigger run that fails is shown as an error and listed with the failures', async () => {
    const page = openPage();
    await runMenuItem(page, 'Install a broken trigger');

    await page.getByRole('button', { name: 'Advance clock one week' }).click();
    await waitIdle(page);

    await expect(page.getByRole('alert').first().textContent()).resolves.toContain(
      'Trigger broken failed 7 times the digest could not read Team',
    );
    await page.getByRole('button', { name: /^Outbox and triggers/ }).click();
    const failures = page.getByRole('region', { name: 'Trigger failures' }).getByRole('listitem');
    await expect(failures.count()).resolves.toBe(7);
    await expect(failures.first().textContent()).resolves.toContain('Error: the digest could not read Team');
  });

  test('the clock stays a week ahead when the preview opens the saved workbook again', async () => {
    const bundlePath = join(dir, 'Code.js');
    const statePath = join(dir, 'restarted.json');
    const first = await startPreview({ port: 0, statePath, fresh: true, bundlePath });
    const post = (days: unknown) =>
      fetch(`${first.url}api/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ days }),
      });
    await expect(post(0).then((r) => r.status)).resolves.toBe(400);
    await expect(post('7').then((r) => r.status)).resolves.toBe(400);
    await expect(post(7).then((r) => r.status)).resolves.toBe(200);
    await first.close();

    const again = await startPreview({ port: 0, statePath, bundlePath });
    const project = (await (await fetch(`${again.url}api/project`)).json()) as ProjectView;
    await again.close();

    expect(project.aheadDays).toBe(7);
    expect(Date.parse(project.now) - Date.now()).toBeGreaterThan(6 * 86_400_000);
  });
});
