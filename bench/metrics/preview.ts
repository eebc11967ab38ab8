/**
 * The `npm start` page in headless Chromium (1280×800):
 * - previewFirstRenderMs1000: on a workbook whose Team lists 1,000 engineers, median of 3 fresh page loads
 *   from navigation start until the Team grid is in the page.
 * - previewEditMs: a Position typed into a Team row (alternately D4 and D3) until that row's Next step review
 *   and Band salary show the new values, median of 24 edits; on a fresh sample workbook and on the
 *   1,000-engineer one.
 * - previewTypingLost: edits not stored when 30 cells of the fresh sample's Team are typed 100 ms apart.
 * Without Chromium it reports nothing (and says so), except under CI where it fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { startPreview } from '../../dev/preview/startPreview';
import {
  CHROMIUM_MISSING,
  cellText,
  columnOf,
  hasChromium,
  launchChromium,
  measureFirstRender,
  openPreviewPage,
  timeEdit,
  typeDownAndCountLost,
  writeLargeTeamState,
} from '../../tests/support/browser';
import { median, type FigureValue } from '../metric';
import { SHEET_NAMES } from '../../src/tables/layout';
import { TEAM_HEADERS } from '../../src/tables/team';

export const name = 'preview page';
export const about =
  'headless Chromium at 1280×800: first render of a 1,000-engineer Team (median of 3 loads); ' +
  'a Position edit until its row’s next review and band salary show (median of 24 edits); edits lost typing 30 cells 100 ms apart';
export const budgets = {
  previewFirstRenderMs1000: 1000,
  previewEditMs: { sample: 150, 1000: 500 },
  previewTypingLost: 0,
};

const TIMED_EDITS = 24;
const TYPED_CELLS = 30;
const TYPING_GAP_MS = 100;
/** The Team row whose Position the edits change (its step exists in D3 and D4). */
const EDITED_ROW = 3;

/** Median milliseconds of Position edits on the Team row, alternating D4 and D3. */
async function editFigure(context: BrowserContext, url: string): Promise<number> {
  const page = await openPreviewPage(context, url, SHEET_NAMES.team);
  try {
    const at = async (header: string) => `${await columnOf(page, header)}${EDITED_ROW}`;
    const position = await at(TEAM_HEADERS.position);
    const watched = [await at(TEAM_HEADERS.nextStepReview), await at(TEAM_HEADERS.bandSalary)];
    // two untimed edits learn what the row shows at each position
    const shows: Record<string, Record<string, string>> = {};
    for (const input of ['D4', 'D3']) {
      await timeEdit(page, position, input, {});
      shows[input] = Object.fromEntries(
        await Promise.all(watched.map(async (a1) => [a1, await cellText(page, a1)] as const)),
      );
    }
    if (JSON.stringify(shows.D4) === JSON.stringify(shows.D3)) {
      throw new Error(
        `previewEditMs: row ${EDITED_ROW} shows the same next review and band salary at D3 and D4`,
      );
    }
    const samples: number[] = [];
    for (let i = 0; i < TIMED_EDITS; i++) {
      const input = i % 2 === 0 ? 'D4' : 'D3';
      samples.push(await timeEdit(page, position, input, shows[input] as Record<string, string>));
    }
    return median(samples);
  } finally {
    await page.close();
  }
}

async function typingFigure(context: BrowserContext, url: string): Promise<number> {
  const page = await openPreviewPage(context, url, SHEET_NAMES.team);
  try {
    const notes = await columnOf(page, TEAM_HEADERS.notes);
    const values = Array.from({ length: TYPED_CELLS }, (_, i) => `typed ${i + 1}`);
    return await typeDownAndCountLost(page, SHEET_NAMES.team, `${notes}2`, values, TYPING_GAP_MS);
  } finally {
    await page.close();
  }
}

export async function measure(): Promise<Record<string, FigureValue>> {
  if (!hasChromium()) {
    if (process.env.CI) throw new Error(`preview figures: ${CHROMIUM_MISSING}`);
    console.warn(`  preview figures not measured: ${CHROMIUM_MISSING}`);
    return {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'career-ladder-bench-'));
  const browser = await launchChromium();
  try {
    const large = join(dir, 'large.json');
    writeLargeTeamState(large, 1000);
    const largePreview = await startPreview({ port: 0, statePath: large });
    let firstRender: number;
    let editLarge: number;
    try {
      firstRender = await measureFirstRender(browser.context, largePreview.url, SHEET_NAMES.team);
      editLarge = await editFigure(browser.context, largePreview.url);
    } finally {
      await largePreview.close();
    }
    const samplePreview = await startPreview({ port: 0, statePath: join(dir, 'sample.json'), fresh: true });
    const typingPreview = await startPreview({ port: 0, statePath: join(dir, 'typing.json'), fresh: true });
    try {
      return {
        previewFirstRenderMs1000: firstRender,
        previewEditMs: { sample: await editFigure(browser.context, samplePreview.url), 1000: editLarge },
        previewTypingLost: await typingFigure(browser.context, typingPreview.url),
      };
    } finally {
      await samplePreview.close();
      await typingPreview.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
