/**
 * A 1,000-engineer workbook on the `npm start` page: every engineer has a row in the Team grid. How fast
 * the grid appears is a budget of the bench (`previewFirstRenderMs1000` in `npm run bench`), never of a test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview, type Preview } from '../../dev/preview/startPreview';
import {
  describeInChromium,
  launchChromium,
  openPreviewPage,
  rowWith,
  SAMPLE_SETUP_TIMEOUT_MS,
  writeLargeTeamState,
  type Chromium,
} from '../support/browser';
import { SHEET_NAMES } from '../../src/tables/layout';

const ENGINEERS = 1000;

describeInChromium('a 1,000-engineer workbook on the preview page', () => {
  let dir: string;
  let preview: Preview;
  let browser: Chromium;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'career-ladder-large-'));
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

  test('every engineer has a row in the Team grid, the last one included', async () => {
    const page = await openPreviewPage(browser.context, preview.url, SHEET_NAMES.team);
    await expect(rowWith(page, 'A', `Engineer ${ENGINEERS}`)).resolves.toBe(ENGINEERS + 1);
    await expect(page.evaluate('typeof window.preview.firstRenderMs')).resolves.toBe('number');
    await page.close();
  });
});
