/**
 * previewFirstRenderMs1000: the `npm start` page in headless Chromium, on a workbook whose Team sheet
 * lists 1,000 engineers — median of 3 fresh page loads, from navigation start until the Team grid is
 * in the page. Without Chromium it reports nothing (and says so), except under CI where it fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview } from '../../dev/preview/startPreview';
import { SHEET_NAMES } from '../../src/sheets/layout';
import {
  CHROMIUM_MISSING,
  hasChromium,
  launchChromium,
  measureFirstRender,
  writeLargeTeamState,
} from '../../tests/support/browser';

export const name = 'preview page';
export const about = 'headless Chromium, Team sheet of a 1,000-engineer workbook, median of 3 page loads';
export const budgets = { previewFirstRenderMs1000: 1000 };

export async function measure(): Promise<Record<string, number>> {
  if (!hasChromium()) {
    if (process.env.CI) throw new Error(`previewFirstRenderMs1000: ${CHROMIUM_MISSING}`);
    console.warn(`  previewFirstRenderMs1000 not measured: ${CHROMIUM_MISSING}`);
    return {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'career-ladder-bench-'));
  const statePath = join(dir, 'workbook.json');
  writeLargeTeamState(statePath, 1000);
  const preview = await startPreview({ port: 0, statePath });
  const browser = await launchChromium();
  try {
    return {
      previewFirstRenderMs1000: await measureFirstRender(browser.context, preview.url, SHEET_NAMES.team),
    };
  } finally {
    await browser.close();
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
