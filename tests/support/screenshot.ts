/**
 * The README's picture of the `npm start` page (docs/screenshot.png): the Team sheet with the Promotions
 * sidebar open beside it. `npm run screenshot` (scripts/screenshot.ts) writes it; the browser test takes
 * the same picture into a temporary directory.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { runMenuItem, sidebarFrame } from './browser';

export const README_SCREENSHOT = 'docs/screenshot.png';

/** Wide enough to show the review and salary columns beside the sidebar. */
export const SCREENSHOT_VIEWPORT = { width: 1720, height: 900 } as const;

/** An engineer of the sample team the sidebar lists once it has loaded. */
const LISTED_ENGINEER = 'Priya Natarajan';

/** On a page showing the sample workbook's Team sheet: opens Promotions and writes the PNG to `file`. */
export async function takeReadmeScreenshot(page: Page, file: string): Promise<void> {
  await page.setViewportSize(SCREENSHOT_VIEWPORT);
  await runMenuItem(page, 'Promotions');
  await sidebarFrame(page).getByText(LISTED_ENGINEER).first().waitFor();
  await page.screenshot({ path: file });
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
