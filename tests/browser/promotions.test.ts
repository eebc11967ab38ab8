/**
 * The Promotions sidebar on the `npm start` page: a workbook seeded with three engineers, the real
 * built add-on, and Chromium working the sidebar the way a manager does. Every test starts from the same
 * saved workbook in its own preview, with the sidebar open.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import {
  cellText,
  describeInChromium,
  runMenuItem,
  sidebarFrame,
  switchSheet,
  typeIntoCell,
  usePreviewPerTest,
  waitIdle,
} from '../support/browser';
import { loadPromotionRuntime } from '../support/promotionWorkbook';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

describeInChromium('the Promotions sidebar', () => {
  const dir = mkdtempSync(join(tmpdir(), 'career-ladder-promotions-'));
  let dialogs: string[] = [];

  /** The seeded workbook, saved once; each test's preview opens a copy of it. */
  function seededWorkbook(): string {
    const statePath = join(dir, 'workbook.json');
    loadPromotionRuntime([
      {
        name: 'Ada Lovelace',
        position: 'D2',
        step: 1,
        lastStepReview: '2024-03-01',
        lastLevelReview: '2023-03-01',
      },
      { name: HOSTILE_NAME, position: 'D1', step: 1, lastStepReview: '2024-03-01' },
      { name: 'Grace Hopper', position: 'D4', step: 3 },
    ]).saveToFile(statePath);
    return statePath;
  }

  const openPage = usePreviewPerTest({
    state: seededWorkbook,
    prepare: async (opened) => {
      dialogs = [];
      opened.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await runMenuItem(opened, 'Promotions');
      await sidebarFrame(opened)
        .getByRole('button', { name: /Ada Lovelace/ })
        .waitFor();
    },
  });
  let page: Page;
  let sidebar: FrameLocator;

  beforeEach(() => {
    page = openPage();
    sidebar = sidebarFrame(page);
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function pick(name: string): Promise<void> {
    await sidebar.getByRole('button', { name: `${name},` }).click();
    await sidebar.getByRole('heading', { name, level: 2, exact: true }).waitFor();
  }

  test('opens from Career Ladder ▸ Promotions with the team and every review due, step and level', async () => {
    await expect(page.getByRole('complementary', { name: 'Promotions' }).isVisible()).resolves.toBe(true);
    await expect(sidebar.getByText('3 of 3 engineers').isVisible()).resolves.toBe(true);
    const names = sidebar.getByRole('list', { name: 'Team' }).getByRole('button');
    await expect(
      names.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label'))),
    ).resolves.toEqual([
      'Ada Lovelace, D2 · step 1, Step review: overdue, Level review: overdue',
      `${HOSTILE_NAME}, D1 · step 1, Step review: overdue`,
      'Grace Hopper, D4 · step 3',
    ]);
    const adaChips = sidebar.getByRole('button', { name: 'Ada Lovelace,' }).locator('.badge');
    await expect(adaChips.allTextContents()).resolves.toEqual([
      'Step review: overdue',
      'Level review: overdue',
    ]);
  });

  test('shows an engineer named like markup as literal text and runs none of it', async () => {
    await pick(HOSTILE_NAME);
    await expect(sidebar.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(HOSTILE_NAME);
    await expect(sidebar.locator('img').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('search narrows the list by name or position', async () => {
    await sidebar.getByLabel('Search engineers').fill('d4');
    await expect(sidebar.getByText('1 of 3 engineers').isVisible()).resolves.toBe(true);
    await sidebar.getByLabel('Search engineers').fill('');
  });

  test('every control in the card and form has a label, and nothing is wider than the 300 px sidebar', async () => {
    await pick('Ada Lovelace');
    const frame = page.frames().find((f) => f.url().includes('/ui/'));
    const unlabelled = await frame?.evaluate(
      "[...document.querySelectorAll('input, select, textarea')].filter((c) => c.labels.length === 0).map((c) => c.outerHTML)",
    );
    expect(unlabelled).toEqual([]);
    await expect(frame?.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(300);
  });

  test('a jump without a justification is refused in the sidebar and nothing is recorded', async () => {
    await pick('Ada Lovelace');
    await sidebar.getByLabel('Another move (a jump)').check();
    await sidebar.getByLabel('Jump to position').selectOption('D4');
    await sidebar.getByRole('button', { name: 'Review and record…' }).click();
    await expect(sidebar.getByRole('alert').textContent()).resolves.toMatch(
      /^Not recorded: a jump needs a written justification of at least 20 characters \(got 0\)/,
    );
    await expect(sidebar.getByRole('dialog').count()).resolves.toBe(0);
  });

  test('promoting one step updates the sidebar, the Team row and the Promotion Log', async () => {
    await pick('Ada Lovelace');
    await sidebar.getByLabel('Promote one step (to D2 step 2)').check();
    await sidebar.getByRole('button', { name: 'Review and record…' }).click();
    const dialog = sidebar.getByRole('dialog');
    await expect(dialog.textContent()).resolves.toContain('Team ▸ Step: 1 → 2');
    await dialog.getByRole('button', { name: 'Record' }).click();
    await sidebar.getByText(/^Recorded: step promotion for Ada Lovelace \(D2 step 1 → D2 step 2\)/).waitFor();
    await expect(sidebar.getByText('D2 · step 2 of 3').isVisible()).resolves.toBe(true);
    await waitIdle(page);
    await switchSheet(page, 'Team');
    await expect(cellText(page, 'C2')).resolves.toBe('2');
    await switchSheet(page, 'Promotion Log');
    await expect(
      Promise.all(['B2', 'D2', 'F2', 'G2', 'B3'].map((a1) => cellText(page, a1))),
    ).resolves.toEqual(['Ada Lovelace', '1', '2', 'step', '']);
  });

  test('a row edited after the card loaded is refused with a Reload that shows the edit', async () => {
    await pick('Grace Hopper');
    await switchSheet(page, 'Team');
    await typeIntoCell(page, 'E4', 'Noor');
    await sidebar.getByLabel('Step review, no change').check();
    await sidebar.getByRole('button', { name: 'Review and record…' }).click();
    await sidebar.getByRole('dialog').getByRole('button', { name: 'Record' }).click();
    const notice = sidebar.getByRole('status').filter({ hasText: 'changed since the sidebar loaded it' });
    await expect(notice.textContent()).resolves.toContain(
      "Grace Hopper's row changed since the sidebar loaded it. Nothing was recorded",
    );
    await notice.getByRole('button', { name: 'Reload' }).click();
    await sidebar.locator('dd', { hasText: 'Noor' }).waitFor();
    await switchSheet(page, 'Promotion Log');
    await expect(cellText(page, 'B3')).resolves.toBe('');
  });

  test('works from the keyboard: Enter picks an engineer, the confirmation takes focus and Escape cancels it', async () => {
    await sidebar.getByRole('button', { name: 'Grace Hopper,' }).focus();
    await page.keyboard.press('Enter');
    const heading = sidebar.getByRole('heading', { name: 'Grace Hopper', level: 2 });
    await heading.waitFor();
    await expect(heading.evaluate((node) => node === node.ownerDocument.activeElement)).resolves.toBe(true);
    await sidebar.getByRole('button', { name: 'Review and record…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = sidebar.getByRole('dialog');
    await expect(dialog.evaluate((node) => node.contains(node.ownerDocument.activeElement))).resolves.toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await expect(
      sidebar
        .getByRole('button', { name: 'Review and record…' })
        .evaluate((node) => node === node.ownerDocument.activeElement),
    ).resolves.toBe(true);
  });
});
