/** How the `npm start` page shows sheets: a tab per sheet in the workbook's order, and an accessible grid with frozen headers. */
import {
  cellText,
  describeInChromium,
  gridCell,
  switchSheet,
  useSamplePreviewPage,
} from '../support/browser';
import { SHEET_NAMES } from '../../src/tables/layout';

describeInChromium('sheet tabs and the grid', () => {
  const samplePage = useSamplePreviewPage();

  test('name every sheet the set-up creates, in the workbook order', async () => {
    const tabs = await samplePage().getByRole('tab').allTextContents();
    const productSheets = tabs.filter((tab) => (Object.values(SHEET_NAMES) as string[]).includes(tab));
    expect(productSheets).toEqual([
      SHEET_NAMES.ladder,
      SHEET_NAMES.team,
      SHEET_NAMES.fluency,
      SHEET_NAMES.fluencyChart,
      SHEET_NAMES.salaryBands,
      SHEET_NAMES.reviewCalendar,
      SHEET_NAMES.promotionLog,
      SHEET_NAMES.settings,
      SHEET_NAMES.proposals,
    ]);
  });

  test('switching to a tab selects it and shows that sheet as the grid', async () => {
    const page = samplePage();
    await switchSheet(page, SHEET_NAMES.salaryBands);
    const selected = page.getByRole('tab', { selected: true });
    await expect(selected.textContent()).resolves.toBe(SHEET_NAMES.salaryBands);
    await expect(page.getByRole('grid').getAttribute('aria-label')).resolves.toBe(SHEET_NAMES.salaryBands);
    await expect(cellText(page, 'A1')).resolves.toBe('Position');
  });

  test('clicking a tab makes that sheet the active one, as in Sheets (the next script run sees it)', async () => {
    const page = samplePage();
    await switchSheet(page, SHEET_NAMES.ladder);
    const workbook = (await page.evaluate("fetch('/api/workbook').then((r) => r.json())")) as {
      activeSheet: string;
    };
    expect(workbook.activeSheet).toBe(SHEET_NAMES.ladder);
  });

  test('the grid has column headers, rows and cells a screen reader can walk', async () => {
    const page = samplePage();
    await switchSheet(page, SHEET_NAMES.team);
    const grid = page.getByRole('grid', { name: SHEET_NAMES.team });
    await expect(grid.getByRole('columnheader', { name: 'A', exact: true }).count()).resolves.toBe(1);
    await expect(grid.getByRole('gridcell', { name: 'Name', exact: true }).count()).resolves.toBe(1);
    expect(await grid.getByRole('row').count()).toBeGreaterThan(10);
  });

  test('scrolling down the Team sheet keeps its frozen header row in view', async () => {
    const page = samplePage();
    await page.setViewportSize({ width: 1280, height: 400 });
    await switchSheet(page, SHEET_NAMES.team);
    const rows = await page.getByRole('grid').getByRole('row').count();
    await gridCell(page, `A${rows - 1}`).scrollIntoViewIfNeeded();
    const grid = await page.locator('.grid-scroll').boundingBox();
    const header = await gridCell(page, 'A1').boundingBox();
    const firstEngineer = await gridCell(page, 'A2').boundingBox();
    if (!grid || !header || !firstEngineer) throw new Error('the grid is not laid out');
    expect(header.y).toBeGreaterThanOrEqual(grid.y);
    expect(header.y).toBeLessThan(grid.y + 2 * header.height);
    expect(firstEngineer.y).toBeLessThan(grid.y);
  });
});
