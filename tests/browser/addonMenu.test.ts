/** The "Career Ladder" add-on menu on the `npm start` page runs the add-on's real menu handlers. */
import { registry } from '../../src/main';
import { menuItems } from '../../src/registry';
import { describeInChromium, runMenuItem, useSamplePreviewPage } from '../support/browser';
import { SHEET_NAMES } from '../../src/tables/layout';

/** The add-on menu's title: the add-on's name, as Sheets shows it under Extensions. */
const MENU_TITLE = 'Career Ladder';

describeInChromium('the Career Ladder menu', () => {
  const samplePage = useSamplePreviewPage(SHEET_NAMES.team);

  test('lists the add-on’s menu items in the registry’s order', async () => {
    const page = samplePage();
    await page.getByRole('menubar').getByRole('menuitem', { name: MENU_TITLE }).click();
    const items = page.getByRole('menu', { name: MENU_TITLE }).getByRole('menuitem');
    await expect(items.allTextContents()).resolves.toEqual(menuItems(registry).map((item) => item.label));
    await page.keyboard.press('Escape');
  });

  test('Check workbook runs its handler: the Problems sheet it adds is shown and the report opens in a dialog', async () => {
    const page = samplePage();
    await expect(page.getByRole('tab', { name: SHEET_NAMES.problems }).count()).resolves.toBe(0);

    await runMenuItem(page, 'Check workbook');

    await expect(page.getByRole('tab', { name: SHEET_NAMES.problems }).count()).resolves.toBe(1);
    await expect(page.getByRole('grid', { name: SHEET_NAMES.problems }).count()).resolves.toBe(1);
    const dialog = page.getByRole('dialog', { name: 'Check workbook' });
    await expect(dialog.frameLocator('iframe').locator('body').textContent()).resolves.toMatch(/problem/i);
  });

  test('the dialog’s close button closes it', async () => {
    const page = samplePage();
    await runMenuItem(page, 'Check workbook');
    await expect(page.getByRole('dialog', { name: 'Check workbook' }).count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Close Check workbook' }).click();
    await expect(page.getByRole('dialog', { name: 'Check workbook' }).count()).resolves.toBe(0);
  });
});
