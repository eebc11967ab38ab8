/** Embedded charts on the `npm start` page: the Fluency Chart sheet's radar chart is drawn as SVG. */
import { AXES } from '../../src/domain/fluency';
import { describeInChromium, useSamplePreviewPage } from '../support/browser';
import { SHEET_NAMES } from '../../src/tables/layout';

describeInChromium('embedded charts', () => {
  const samplePage = useSamplePreviewPage(SHEET_NAMES.fluencyChart);

  test('the radar chart is drawn with one spoke per fluency axis', async () => {
    const chart = samplePage().locator('svg[data-chart-type="RADAR"]');
    await expect(chart.count()).resolves.toBe(1);
    await expect(chart.locator('.radar-axis').count()).resolves.toBe(AXES.length);
    const labels = await chart.locator('text').allTextContents();
    for (const axis of AXES) expect(labels.some((label) => label.startsWith(axis))).toBe(true);
  });

  test('each series of the chart is a shape named by its column header on the sheet', async () => {
    const page = samplePage();
    const shapes = page.locator('svg[data-chart-type="RADAR"] polygon.radar-series');
    const names = await shapes.evaluateAll((polygons) => polygons.map((p) => p.getAttribute('data-series')));
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      await expect(
        page.getByRole('gridcell', { name: name ?? '', exact: true }).count(),
      ).resolves.toBeGreaterThan(0);
    }
  });
});
