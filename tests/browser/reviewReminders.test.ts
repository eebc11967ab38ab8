/**
 * Review reminders on the `npm start` page with the sample team: turned on in their dialog, a week on the
 * page's clock later the weekly digest is in the outbox, addressed to a manager of the sample team.
 */
import { SHEET_NAMES } from '../../src/tables/layout';
import { describeInChromium, runMenuItem, useSamplePreviewPage, waitIdle } from '../support/browser';

describeInChromium('review reminders in the local page', () => {
  const samplePage = useSamplePreviewPage(SHEET_NAMES.team);

  test('turned on in the dialog, a week later the digest is in the outbox', async () => {
    const page = samplePage();
    await runMenuItem(page, 'Review reminders…');
    const dialog = page.getByRole('dialog', { name: 'Review reminders' }).frameLocator('iframe');
    await expect(dialog.locator('#trigger').textContent()).resolves.toBe('off: no trigger is installed');

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
});
