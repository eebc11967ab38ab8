/**
 * The README's picture of the `npm start` page, taken as `npm run screenshot` takes it, but into a
 * temporary directory: running the tests never rewrites docs/screenshot.png.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHEET_NAMES } from '../../src/tables/layout';
import { describeInChromium, useSamplePreviewPage } from '../support/browser';
import { pngSize, SCREENSHOT_VIEWPORT, takeReadmeScreenshot } from '../support/screenshot';

describeInChromium('the README screenshot', () => {
  const samplePage = useSamplePreviewPage(SHEET_NAMES.team);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'career-ladder-screenshot-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('shows the Team sheet with the Promotions sidebar open beside it', async () => {
    const page = samplePage();
    const file = join(dir, 'screenshot.png');

    await takeReadmeScreenshot(page, file);

    await expect(page.getByRole('complementary', { name: 'Promotions' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('tab', { name: SHEET_NAMES.team, selected: true }).count()).resolves.toBe(1);
    expect(pngSize(file)).toEqual(SCREENSHOT_VIEWPORT);
  });
});
