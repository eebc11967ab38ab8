/**
 * Editing cells on the `npm start` page as a manager does: dropdowns, typing, validation, and the
 * formulas that depend on what was entered.
 */
import {
  alertText,
  cellText,
  chooseFromDropdown,
  columnOf,
  describeInChromium,
  rowWith,
  switchSheet,
  typeIntoCell,
  useSamplePreviewPage,
} from '../support/browser';
import { SALARY_BAND_HEADERS } from '../../src/tables/bands';
import { SHEET_NAMES } from '../../src/tables/layout';
import { TEAM_HEADERS } from '../../src/tables/team';

/** "2025-08-31" plus `months` calendar months, the day clamped to the month's end. */
function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

describeInChromium('editing cells on the preview page', () => {
  const samplePage = useSamplePreviewPage(SHEET_NAMES.team);

  /** The address of an engineer's cell in a Team column, found by the headers on the page. */
  async function teamCell(engineer: string, header: string): Promise<string> {
    const page = samplePage();
    const row = await rowWith(page, await columnOf(page, TEAM_HEADERS.name), engineer);
    return `${await columnOf(page, header)}${row}`;
  }

  async function bandAmount(position: string, stepHeader: string): Promise<string> {
    const page = samplePage();
    await switchSheet(page, SHEET_NAMES.salaryBands);
    const row = await rowWith(page, await columnOf(page, SALARY_BAND_HEADERS.position), position);
    const amount = await cellText(page, `${await columnOf(page, stepHeader)}${row}`);
    await switchSheet(page, SHEET_NAMES.team);
    return amount;
  }

  test('choosing D4 from a D3 engineer’s dropdown moves the next step review to 12 months and the band salary to D4', async () => {
    const page = samplePage();
    const position = await teamCell('Amara Okafor', TEAM_HEADERS.position);
    const lastStepReview = await cellText(page, await teamCell('Amara Okafor', TEAM_HEADERS.lastStepReview));
    const nextStepReview = await teamCell('Amara Okafor', TEAM_HEADERS.nextStepReview);
    const bandSalary = await teamCell('Amara Okafor', TEAM_HEADERS.bandSalary);
    const step = await cellText(page, await teamCell('Amara Okafor', TEAM_HEADERS.step));
    expect(await cellText(page, nextStepReview)).toBe(addMonths(lastStepReview, 6));
    const d4Amount = await bandAmount('D4', `Step ${step}`);
    expect(await cellText(page, bandSalary)).not.toBe(d4Amount);

    await chooseFromDropdown(page, position, 'D4');

    await expect(cellText(page, position)).resolves.toBe('D4');
    await expect(cellText(page, nextStepReview)).resolves.toBe(addMonths(lastStepReview, 12));
    await expect(cellText(page, bandSalary)).resolves.toBe(d4Amount);
  });

  test('a step the position does not have is refused with the column’s help text and the old step stays', async () => {
    const page = samplePage();
    const step = await teamCell('Ben Carter', TEAM_HEADERS.step);
    const before = await cellText(page, step);

    await typeIntoCell(page, step, '9');

    await expect(alertText(page)).resolves.toContain('Enter a whole step from 1 to the number of steps');
    await expect(cellText(page, step)).resolves.toBe(before);
  });

  test('an engineer named like an HTML tag is shown as text, never as markup', async () => {
    const page = samplePage();
    const hostile = '<img src=x onerror=alert(1)>';
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const name = await columnOf(page, TEAM_HEADERS.name);
    const firstEmptyRow = await rowWith(page, name, '');

    await typeIntoCell(page, `${name}${firstEmptyRow}`, hostile);

    await expect(cellText(page, `${name}${firstEmptyRow}`)).resolves.toBe(hostile);
    await expect(page.locator('[role="grid"] img').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
  });
});
