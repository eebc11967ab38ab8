/**
 * Typing into the `npm start` page as fast as a person does: every keystroke's edit is stored, in order,
 * exactly once; a waiting edit shows its text marked as pending; a refused edit says why next to its cell
 * and leaves the edits after it alone. No timing is asserted: only what ends up stored.
 */
import type { Page } from 'playwright-core';
import {
  cellText,
  columnOf,
  describeInChromium,
  gridCell,
  rowWith,
  storedText,
  typeDownAndCountLost,
  useSamplePreviewPage,
  waitIdle,
} from '../support/browser';
import { SHEET_NAMES } from '../../src/tables/layout';
import { TEAM_HEADERS } from '../../src/tables/team';

const KEY_GAP_MS = 100;

describeInChromium('typing on the preview page', () => {
  const samplePage = useSamplePreviewPage(SHEET_NAMES.team);

  /** The address of a Team column (by header) in the first row without a name. */
  async function newRowCell(page: Page, header: string): Promise<string> {
    const row = await rowWith(page, await columnOf(page, TEAM_HEADERS.name), '');
    return `${await columnOf(page, header)}${row}`;
  }

  async function pressAndPause(page: Page, key: string): Promise<void> {
    await page.keyboard.press(key);
    await page.waitForTimeout(KEY_GAP_MS);
  }

  test('a whole new Team row typed at 100 ms per key is stored value by value', async () => {
    const page = samplePage();
    const name = await newRowCell(page, TEAM_HEADERS.name);
    const row = name.replace(/^[A-Z]+/, '');
    const at = async (header: string) => `${await columnOf(page, header)}${row}`;
    const typed: [string, string][] = [
      [TEAM_HEADERS.name, 'Quick Typist'],
      [TEAM_HEADERS.position, 'D3'],
      [TEAM_HEADERS.step, '2'],
      [TEAM_HEADERS.techLead, ''],
      [TEAM_HEADERS.manager, 'Maya Chen'],
      [TEAM_HEADERS.inPositionSince, '2025-03-01'],
      [TEAM_HEADERS.lastStepReview, '2025-09-01'],
      [TEAM_HEADERS.lastLevelReview, '2025-03-01'],
    ];

    await gridCell(page, name).click();
    for (const [i, [, text]] of typed.entries()) {
      await page.keyboard.type(text, { delay: KEY_GAP_MS });
      await pressAndPause(page, i === typed.length - 1 ? 'Enter' : 'Tab');
    }
    await waitIdle(page);

    for (const [header, text] of typed.filter(([, text]) => text !== '')) {
      await expect(storedText(page, SHEET_NAMES.team, await at(header))).resolves.toBe(text);
    }
    await expect(cellText(page, await at(TEAM_HEADERS.nextStepReview))).resolves.toBe('2026-03-01');
    await expect(cellText(page, await at(TEAM_HEADERS.bandSalary))).resolves.not.toBe('');
    await expect(page.locator('td.pending').count()).resolves.toBe(0);
  });

  test('a Position typed and then a Step at once are both stored (the Step is checked against the new Position)', async () => {
    const page = samplePage();
    const name = await newRowCell(page, TEAM_HEADERS.name);
    const row = name.replace(/^[A-Z]+/, '');
    const position = `${await columnOf(page, TEAM_HEADERS.position)}${row}`;
    const step = `${await columnOf(page, TEAM_HEADERS.step)}${row}`;

    await gridCell(page, name).click();
    await page.keyboard.type('Right Away');
    await page.keyboard.press('Tab');
    await page.keyboard.type('D4');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await waitIdle(page);

    await expect(storedText(page, SHEET_NAMES.team, position)).resolves.toBe('D4');
    await expect(storedText(page, SHEET_NAMES.team, step)).resolves.toBe('3');
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
  });

  test('no edit is lost when 30 cells are typed 100 ms apart', async () => {
    const page = samplePage();
    const notes = await columnOf(page, TEAM_HEADERS.notes);
    const values = Array.from({ length: 30 }, (_, i) => `note ${i + 1}`);

    const lost = await typeDownAndCountLost(page, SHEET_NAMES.team, `${notes}2`, values, KEY_GAP_MS);

    expect(lost).toBe(0);
  });

  test('an edit waiting for the workbook shows its typed text in its cell, marked as pending', async () => {
    const page = samplePage();
    const notes = `${await columnOf(page, TEAM_HEADERS.notes)}${await rowWith(page, await columnOf(page, TEAM_HEADERS.name), 'Ben Carter')}`;
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/edits', async (route) => {
      await held;
      await route.continue();
    });
    try {
      await gridCell(page, notes).click();
      await page.keyboard.type('Waiting on the server');
      await page.keyboard.press('Enter');

      await expect(gridCell(page, notes).textContent()).resolves.toBe('Waiting on the server');
      await expect(gridCell(page, notes).getAttribute('class')).resolves.toContain('pending');
    } finally {
      release();
      await waitIdle(page);
      await page.unroute('**/api/edits');
    }
    await expect(gridCell(page, notes).evaluate((td) => td.classList.contains('pending'))).resolves.toBe(
      false,
    );
    await expect(storedText(page, SHEET_NAMES.team, notes)).resolves.toBe('Waiting on the server');
  });

  test('a refused edit shows its message next to its cell (below it when typing along the row) and the edits typed after it are stored', async () => {
    const page = samplePage();
    const name = await newRowCell(page, TEAM_HEADERS.name);
    const row = name.replace(/^[A-Z]+/, '');
    const position = `${await columnOf(page, TEAM_HEADERS.position)}${row}`;
    const step = `${await columnOf(page, TEAM_HEADERS.step)}${row}`;
    const manager = `${await columnOf(page, TEAM_HEADERS.manager)}${row}`;

    await gridCell(page, name).click();
    for (const text of ['Too Far', 'D1', '9']) {
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Tab'); // over the Tech lead checkbox
    await page.keyboard.type('Jonas Berg');
    await page.keyboard.press('Enter');
    await waitIdle(page);

    const refusal = page.locator(`.cell-refusal[data-cell="${step}"]`);
    await expect(refusal.getAttribute('role')).resolves.toBe('alert');
    await expect(refusal.textContent()).resolves.toContain(
      'Enter a whole step from 1 to the number of steps',
    );
    const bubble = await refusal.boundingBox();
    const cell = await gridCell(page, step).boundingBox();
    if (!bubble || !cell) throw new Error('the refusal or its cell is not laid out');
    // typed along the row, so the message sits right under the refusing cell, out of the way of the next ones
    expect(Math.abs(bubble.x - cell.x)).toBeLessThan(8);
    expect(Math.abs(bubble.y - (cell.y + cell.height))).toBeLessThan(8);
    await expect(storedText(page, SHEET_NAMES.team, step)).resolves.toBe('');
    await expect(storedText(page, SHEET_NAMES.team, position)).resolves.toBe('D1');
    await expect(storedText(page, SHEET_NAMES.team, manager)).resolves.toBe('Jonas Berg');
  });
});
