/** Career Ladder ▸ Diagnose on the `npm start` page: its dialog shows the probes' table and leaves no sheet behind. */
import { describeInChromium, runMenuItem, useSamplePreviewPage } from '../support/browser';
import { SHEET_NAMES } from '../../src/tables/layout';

describeInChromium('Diagnose in the local page', () => {
  const samplePage = useSamplePreviewPage(SHEET_NAMES.team);

  test('opens a dialog with a row per probe and the copyable text, and adds no sheet tab', async () => {
    const page = samplePage();
    const tabs = await page.getByRole('tab').allTextContents();

    await runMenuItem(page, 'Diagnose');

    const body = page.getByRole('dialog', { name: 'Diagnose' }).frameLocator('iframe').locator('body');
    await expect(body.locator('table').first().locator('tr').count()).resolves.toBe(7);
    await expect(body.locator('th').allTextContents()).resolves.toEqual([
      'Probe',
      'The add-on assumes',
      'This spreadsheet',
      'Result',
    ]);
    await expect(body.locator('textarea').inputValue()).resolves.toMatch(/^Career Ladder diagnosis\nok \| /);
    await expect(page.getByRole('tab').allTextContents()).resolves.toEqual(tabs);
  });
});
