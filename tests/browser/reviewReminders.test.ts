/**
 * Review reminders on the `npm start` page with the sample team: turned on in their dialog, a week on the
 * page's clock later the weekly digest is in the outbox, addressed to a manager of the sample team. The
 * review calendar from the sidebar and from the menu: offered as a download and shown as text to copy.
 */
import { SHEET_NAMES } from '../../src/tables/layout';
import {
  describeInChromium,
  runMenuItem,
  sidebarFrame,
  useSamplePreviewPage,
  waitIdle,
} from '../support/browser';

describeInChromium('review reminders in the local page', () => {
  const samplePage = useSamplePreviewPage(SHEET_NAMES.team);

  test('turned on in the dialog, a week later the digest is in the outbox', async () => {
    const page = samplePage();
    await runMenuItem(page, 'Review reminders…');
    const dialog = page.getByRole('dialog', { name: 'Review reminders' }).frameLocator('iframe');
    await expect(dialog.locator('#trigger').textContent()).resolves.toBe('off: no trigger is installed');

    await dialog.getByLabel('Hour (0–23)').fill('24');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'refused' }).textContent()).resolves.toBe(
      'The request was refused (hour 24 is not accepted (accepted: a whole number 0–23)). Nothing was changed.',
    );
    await dialog.getByLabel('Hour (0–23)').fill('8');
    await dialog.getByLabel('Send the weekly digest').check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Saved' }).textContent()).resolves.toBe(
      'Saved: reminders are on.',
    );
    await expect(dialog.locator('#trigger').textContent()).resolves.toMatch(
      /^on: one weekly trigger, Mondays at 08:00/,
    );
    await page.getByRole('button', { name: 'Close Review reminders' }).click();

    await page.getByRole('button', { name: 'Advance clock one week' }).click();
    await waitIdle(page);

    await page.getByRole('button', { name: /^Outbox and triggers \([1-9]\d*\)$/ }).click();
    const panel = page.getByRole('complementary', { name: 'Outbox and triggers' });
    const mail = panel.getByRole('article', { name: /^Email: Career Ladder: \d+ reviews? due/ }).first();
    await expect(mail.locator('dd').nth(1).textContent()).resolves.toMatch(/@example\.com$/);
    const text = (await mail.getByLabel(/^Text of Career Ladder:/).textContent()) ?? '';
    expect(text).toMatch(
      /^Hello .+,\n\nReviews of your reports overdue or due by \d{4}-\d\d-\d\d, oldest first:/,
    );
    expect(text).toMatch(/\n- \d{4}-\d\d-\d\d {2}(Step|Level) review: .+ \(\w+\d\), /);
  });

  test('the sidebar’s Download review calendar shows the .ics text to copy, for one manager too', async () => {
    const page = samplePage();
    await runMenuItem(page, 'Promotions');
    const sidebar = sidebarFrame(page);
    await sidebar.getByRole('button', { name: 'Download review calendar' }).click();
    const text = sidebar.getByRole('textbox', { name: /\.ics as text$/ });
    await expect(text.inputValue()).resolves.toMatch(/^BEGIN:VCALENDAR\r?\n/);
    await expect(text.inputValue()).resolves.toContain('SUMMARY:Step review: ');
    const managers = await sidebar.getByLabel('Review calendar of').locator('option').allTextContents();
    expect(managers.length).toBeGreaterThan(1);
    await sidebar.getByLabel('Review calendar of').selectOption(managers[1] as string);
    await sidebar.getByRole('button', { name: 'Download review calendar' }).click();
    await expect(
      sidebar.getByRole('textbox', { name: /^reviews-(?!team-).+\.ics as text$/ }).inputValue(),
    ).resolves.toContain(`X-WR-CALNAME:Reviews (${managers[1]})`);
  });

  test('Download review calendar in the menu opens a dialog with the file and its text', async () => {
    const page = samplePage();
    await runMenuItem(page, 'Download review calendar');
    const dialog = page.getByRole('dialog', { name: 'Review calendar' }).frameLocator('iframe');
    await expect(dialog.locator('#download').getAttribute('download')).resolves.toMatch(
      /^reviews-team-.+\.ics$/,
    );
    await expect(dialog.locator('#download').getAttribute('href')).resolves.toMatch(/^blob:/);
    await expect(dialog.locator('textarea').inputValue()).resolves.toMatch(/^BEGIN:VCALENDAR/);
  });
});
