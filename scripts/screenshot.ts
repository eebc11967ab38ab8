/**
 * npm run screenshot: writes docs/screenshot.png, the README's picture of the `npm start` page (the sample
 * team's Team sheet with the Promotions sidebar open), from the built add-on in headless Chromium.
 * The sample's dates count back from today, so the picture shows today's reviews.
 */
import { SHEET_NAMES } from '../src/tables/layout';
import { CHROMIUM_MISSING, hasChromium, openSamplePreview } from '../tests/support/browser';
import { README_SCREENSHOT, takeReadmeScreenshot } from '../tests/support/screenshot';

async function main(): Promise<void> {
  if (!hasChromium()) throw new Error(CHROMIUM_MISSING);
  const sample = await openSamplePreview(SHEET_NAMES.team);
  try {
    await takeReadmeScreenshot(sample.page, README_SCREENSHOT);
  } finally {
    await sample.close();
  }
  console.log(`wrote ${README_SCREENSHOT}`);
}

main().catch((error: unknown) => {
  console.error(`npm run screenshot: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
