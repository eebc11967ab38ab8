/** Conditional-format colours on the `npm start` page: overdue reviews stand out on the Team sheet. */
import { COLOURS } from '../../src/sheets/colours';
import {
  cellBackground,
  cellText,
  columnOf,
  describeInChromium,
  useSamplePreviewPage,
} from '../support/browser';
import { SHEET_NAMES } from '../../src/tables/layout';
import { TEAM_HEADERS } from '../../src/tables/team';

/** Today's date in this machine's zone, which the preview gives the new sample spreadsheet. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

function inDays(days: number): string {
  const [year, month, day] = today().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

describeInChromium('review colours on the Team sheet', () => {
  const samplePage = useSamplePreviewPage(SHEET_NAMES.team);

  /** Next step review cells of the sample engineers with the date each shows. */
  async function nextStepReviews(): Promise<{ cell: string; date: string }[]> {
    const page = samplePage();
    const column = await columnOf(page, TEAM_HEADERS.nextStepReview);
    const reviews: { cell: string; date: string }[] = [];
    for (let row = 2; /^\d{4}-\d{2}-\d{2}$/.test(await cellText(page, `${column}${row}`)); row++) {
      reviews.push({ cell: `${column}${row}`, date: await cellText(page, `${column}${row}`) });
    }
    return reviews;
  }

  test('an overdue next step review is painted red', async () => {
    const overdue = (await nextStepReviews()).filter(({ date }) => date < today());
    expect(overdue.length).toBeGreaterThan(0);
    for (const { cell } of overdue) {
      await expect(cellBackground(samplePage(), cell)).resolves.toBe(COLOURS.red.background);
    }
  });

  test('a next step review more than 30 days away keeps a plain background', async () => {
    const later = (await nextStepReviews()).filter(({ date }) => date > inDays(30));
    expect(later.length).toBeGreaterThan(0);
    for (const { cell } of later) {
      await expect(cellBackground(samplePage(), cell)).resolves.toBeNull();
    }
  });
});
