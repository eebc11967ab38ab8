/**
 * The spreadsheet locale on the `npm start` page: shown in the top bar, chosen there as in File ▸ Settings,
 * and deciding how a typed date is read — 02/03/2026 is 3 February in en_US and 2 March in en_GB.
 */
import {
  columnOf,
  describeInChromium,
  rowWith,
  storedText,
  typeIntoCell,
  useSamplePreviewPage,
  waitIdle,
} from '../support/browser';
import { SHEET_NAMES } from '../../src/tables/layout';
import { TEAM_HEADERS } from '../../src/tables/team';

describeInChromium('the spreadsheet locale on the preview page', () => {
  const samplePage = useSamplePreviewPage(SHEET_NAMES.team);

  async function lastStepReviewOf(engineer: string): Promise<string> {
    const page = samplePage();
    const row = await rowWith(page, await columnOf(page, TEAM_HEADERS.name), engineer);
    return `${await columnOf(page, TEAM_HEADERS.lastStepReview)}${row}`;
  }

  async function chooseLocale(locale: string): Promise<void> {
    const page = samplePage();
    await page.getByRole('combobox', { name: 'Spreadsheet locale' }).selectOption(locale);
    await waitIdle(page);
  }

  test('the page shows the sample workbook’s locale (en_US) and time zone', async () => {
    const page = samplePage();
    await page.reload();
    await page.getByRole('grid').waitFor();
    const settings = page.getByLabel('Spreadsheet settings');
    await expect(settings.getByRole('combobox', { name: 'Spreadsheet locale' }).inputValue()).resolves.toBe(
      'en_US',
    );
    await expect(settings.locator('.time-zone').textContent()).resolves.not.toBe('');
  });

  test('02/03/2026 is 3 February in en_US, 2 March once the locale is en_GB, and 01.04.2026 is 1 April in de_DE', async () => {
    const page = samplePage();
    const cell = await lastStepReviewOf('Ben Carter');
    const locale = page.getByRole('combobox', { name: 'Spreadsheet locale' });
    await chooseLocale('en_US');

    await typeIntoCell(page, cell, '02/03/2026');
    await expect(storedText(page, SHEET_NAMES.team, cell)).resolves.toBe('2026-02-03');

    await chooseLocale('en_GB');
    await expect(locale.inputValue()).resolves.toBe('en_GB');
    await typeIntoCell(page, cell, '02/03/2026');
    await expect(storedText(page, SHEET_NAMES.team, cell)).resolves.toBe('2026-03-02');

    await chooseLocale('de_DE');
    await typeIntoCell(page, cell, '01.04.2026');
    await expect(storedText(page, SHEET_NAMES.team, cell)).resolves.toBe('2026-04-01');
    await chooseLocale('en_US');
  });

  test('a date that does not exist in the locale’s reading is refused, never swapped', async () => {
    const page = samplePage();
    const cell = await lastStepReviewOf('Ana Souza');
    const before = await storedText(page, SHEET_NAMES.team, cell);
    await chooseLocale('en_US');

    await typeIntoCell(page, cell, '13/02/2026');

    await expect(page.locator(`.cell-refusal[data-cell="${cell}"]`).count()).resolves.toBe(1);
    await expect(storedText(page, SHEET_NAMES.team, cell)).resolves.toBe(before);
  });
});
