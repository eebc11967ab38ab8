/**
 * The `npm start` page on a laptop screen (1280×800) with the Promotions sidebar open: the team list
 * takes the sidebar's height, Team's Name column stays in view while scrolling right, statuses and
 * colour legends show in full, and a fresh workbook has no empty stray tab.
 */
import {
  columnOf,
  describeInChromium,
  gridCell,
  runMenuItem,
  sidebarFrame,
  switchSheet,
  useSamplePreviewPage,
} from '../support/browser';
import { SHEET_NAMES } from '../../src/tables/layout';
import { TEAM_HEADERS } from '../../src/tables/team';

describeInChromium('the preview page on a laptop screen', () => {
  const samplePage = useSamplePreviewPage(SHEET_NAMES.team);

  async function openSidebar(): Promise<void> {
    const page = samplePage();
    if (await page.locator('aside.sidebar').count()) return;
    await runMenuItem(page, 'Promotions');
    await sidebarFrame(page).getByText('Priya Natarajan').first().waitFor();
  }

  test('a fresh workbook has no empty stray Sheet1 tab', async () => {
    const tabs = await samplePage().getByRole('tab').allTextContents();
    expect(tabs).not.toContain('Sheet1');
    expect(tabs[0]).toBe(SHEET_NAMES.ladder);
  });

  test('the sidebar’s team list uses the sidebar’s height', async () => {
    await openSidebar();
    const page = samplePage();
    const frame = await page.locator('aside.sidebar iframe').boundingBox();
    const list = await sidebarFrame(page).getByRole('list', { name: 'Team' }).boundingBox();
    if (!frame || !list) throw new Error('the sidebar is not laid out');
    expect(list.height).toBeGreaterThan(frame.height * 0.6);
    expect(list.y + list.height).toBeLessThanOrEqual(frame.y + frame.height);
  });

  test('beside the sidebar, Team’s Name column stays in view while the grid scrolls right', async () => {
    await openSidebar();
    const page = samplePage();
    await switchSheet(page, SHEET_NAMES.team);
    const notes = `${await columnOf(page, TEAM_HEADERS.notes)}2`;
    await gridCell(page, notes).scrollIntoViewIfNeeded();
    const grid = await page.locator('.grid-scroll').boundingBox();
    const name = await gridCell(page, 'A2').boundingBox();
    const note = await gridCell(page, notes).boundingBox();
    if (!grid || !name || !note) throw new Error('the grid is not laid out');
    expect(await page.locator('.grid-scroll').evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(name.x).toBeGreaterThanOrEqual(grid.x);
    expect(name.x).toBeLessThan(grid.x + 60);
    expect(note.x).toBeGreaterThanOrEqual(name.x + name.width - 1);
    await expect(gridCell(page, 'A2').textContent()).resolves.toBe('Priya Natarajan');
  });

  test('the Review Calendar shows “Due within 30 days” in full', async () => {
    const page = samplePage();
    await switchSheet(page, SHEET_NAMES.reviewCalendar);
    const status = page.locator('[role="gridcell"]', { hasText: /^Due within 30 days$/ }).first();
    const fits = await status.evaluate((td) => td.scrollWidth <= td.clientWidth);
    expect(fits).toBe(true);
  });

  test.each([
    [SHEET_NAMES.team, 'Red: the review is overdue'],
    [SHEET_NAMES.fluency, 'Blue: at the next position’s level'],
    [SHEET_NAMES.reviewCalendar, 'Yellow: the current month'],
    [SHEET_NAMES.salaryBands, 'Green shading: lower (white) to higher (green) amounts'],
  ])('%s’s colour legend reads in full: “%s”', async (sheet, line) => {
    const page = samplePage();
    await switchSheet(page, sheet);
    const cell = page.locator('[role="gridcell"]', { hasText: line }).first();
    await cell.scrollIntoViewIfNeeded();
    const shown = await cell.evaluate((td) => {
      const text = td.querySelector('.run-on') ?? td;
      const range = td.ownerDocument.createRange();
      range.selectNodeContents(text);
      return { text: range.getBoundingClientRect().width, room: text.clientWidth };
    });
    expect(shown.text).toBeLessThanOrEqual(shown.room + 1);
  });
});
