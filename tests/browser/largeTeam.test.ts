/** A 1,000-engineer workbook on the `npm start` page: the Team sheet renders within a second. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview, type Preview } from '../../dev/preview/startPreview';
import {
  describeInChromium,
  launchChromium,
  measureFirstRender,
  openPreviewPage,
  rowWith,
  SAMPLE_SETUP_TIMEOUT_MS,
  writeLargeTeamState,
  type Chromium,
} from '../support/browser';
import { SHEET_NAMES } from '../../src/tables/layout';

const ENGINEERS = 1000;
const BUDGET_MS = 1000;

describeInChromium('a 1,000-engineer workbook on the preview page', () => {
  let dir: string;
  let preview: Preview;
  let browser: Chromium;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'career-ladder-speed-'));
    const statePath = join(dir, 'workbook.json');
    writeLargeTeamState(statePath, ENGINEERS);
    preview = await startPreview({ port: 0, statePath });
    browser = await launchChromium();
  }, 2 * SAMPLE_SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the Team sheet’s grid is on the page within a second of navigating to it', async () => {
    const ms = await measureFirstRender(browser.context, preview.url, SHEET_NAMES.team);
    expect(ms).toBeLessThanOrEqual(BUDGET_MS);
  });

  test('every engineer has a row in the grid', async () => {
    const page = await openPreviewPage(browser.context, preview.url, SHEET_NAMES.team);
    await expect(rowWith(page, 'A', `Engineer ${ENGINEERS}`)).resolves.toBe(ENGINEERS + 1);
    await page.close();
  });
});
