/** Takes the README's picture of the `npm start` page: the Team sheet with the Promotions sidebar open. */
import { readFileSync } from 'node:fs';
import { describeInChromium, runMenuItem, sidebarFrame, useSamplePreviewPage } from '../support/browser';
import { SHEET_NAMES } from '../../src/tables/layout';

const SCREENSHOT = 'docs/screenshot.png';
/** Wide enough to show the review and salary columns beside the sidebar. */
const VIEWPORT = { width: 1720, height: 900 };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describeInChromium('the README screenshot', () => {
  const samplePage = useSamplePreviewPage(SHEET_NAMES.team);

  test('shows the Team sheet with the Promotions sidebar open beside it', async () => {
    const page = samplePage();
    await page.setViewportSize(VIEWPORT);
    await runMenuItem(page, 'Promotions');
    await sidebarFrame(page).getByText('Priya Natarajan').first().waitFor();

    await page.screenshot({ path: SCREENSHOT });

    await expect(page.getByRole('complementary', { name: 'Promotions' }).isVisible()).resolves.toBe(true);
    expect(pngSize(SCREENSHOT)).toEqual(VIEWPORT);
  });
});
