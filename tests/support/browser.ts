/**
 * Browser tests: Debian's Chromium driven by playwright-core, and helpers that work the preview page
 * (`npm start`) the way a person does. Without /usr/bin/chromium the suites skip with a loud message;
 * with `CI` set they fail instead, so CI never silently skips them.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { startPreview, type Preview } from '../../dev/preview/startPreview';
import { loadPromotionRuntime, sampleTeam } from './promotionWorkbook';
import { readBuiltBundle } from './runtime';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_MISSING = `${CHROMIUM_PATH} is missing (apt-get install chromium)`;

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** `describe` when Chromium is installed; otherwise a loud skip, or a failing test when `CI` is set. */
export function describeInChromium(title: string, body: () => void): void {
  if (hasChromium()) {
    describe(title, body);
    return;
  }
  const missing = CHROMIUM_MISSING;
  if (process.env.CI) {
    describe(title, () => {
      test('runs in Chromium, which CI must install', () => {
        throw new Error(`${missing}: browser tests never skip in CI`);
      });
    });
    return;
  }
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPED browser tests "${title}": ${missing}\n${'!'.repeat(78)}\n`);
  describe.skip(title, body);
}

export interface Chromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile directory, removed again on close. */
export async function launchChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'career-ladder-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Setting up the sample team runs the whole set-up in the runtime: allow for it in `beforeAll`. */
export const SAMPLE_SETUP_TIMEOUT_MS = 120_000;

export interface SamplePreview {
  readonly preview: Preview;
  readonly page: Page;
  /** The state file the preview saves to. */
  readonly statePath: string;
  close(): Promise<void>;
}

const SAMPLE_CACHE_PREFIX = 'career-ladder-sample-';

/**
 * The state file of the sample-team workbook as `npm start` first creates it, set up once per build of
 * dist/Code.js and day (the sample's dates count back from today) and reused by every suite.
 */
export async function sampleState(): Promise<string> {
  const bundle = createHash('sha256').update(readBuiltBundle()).digest('hex').slice(0, 16);
  const name = `${SAMPLE_CACHE_PREFIX}${bundle}-${new Date().toDateString().replace(/ /g, '-')}.json`;
  const cached = join(tmpdir(), name);
  if (existsSync(cached)) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'career-ladder-setup-'));
  const preview = await startPreview({ port: 0, statePath: join(dir, 'workbook.json'), fresh: true });
  await preview.close();
  for (const old of readdirSync(tmpdir()).filter((file) => file.startsWith(SAMPLE_CACHE_PREFIX))) {
    rmSync(join(tmpdir(), old), { force: true });
  }
  renameSync(join(dir, 'workbook.json'), cached);
  rmSync(dir, { recursive: true, force: true });
  return cached;
}

/** `npm start` on its own copy of the sample-team workbook, open in Chromium. */
export async function openSamplePreview(sheet?: string): Promise<SamplePreview> {
  const dir = mkdtempSync(join(tmpdir(), 'career-ladder-preview-'));
  const statePath = join(dir, 'workbook.json');
  copyFileSync(await sampleState(), statePath);
  const preview = await startPreview({ port: 0, statePath });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await preview.close();
    throw error;
  });
  const page = await openPreviewPage(browser.context, preview.url, sheet);
  return {
    preview,
    page,
    statePath,
    close: async () => {
      await browser.close();
      await preview.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opening a preview on a saved workbook and its page (under load). */
export const PREVIEW_OPEN_TIMEOUT_MS = 60_000;

export interface PreviewPerTest {
  /**
   * The saved workbook each test starts from, made once before the suite's tests (a path: it is copied for
   * every test and never changed). Without it each test starts a new workbook (`fresh`).
   */
  readonly state?: () => Promise<string> | string;
  /** The built add-on or a fixture bundle (its HTML files beside it); default dist/Code.js. */
  readonly bundlePath?: string;
  /** The sheet the page opens on. */
  readonly sheet?: string;
  /** Runs once the page is open, before the test (e.g. opening a sidebar). */
  readonly prepare?: (page: Page) => Promise<void>;
}

/**
 * For a `describe` body: every test gets its own preview, on its own copy of the workbook, and its own page,
 * so no test sees what another one did, whatever their order. Chromium is shared by the suite's tests.
 * Returns the current test's page.
 */
export function usePreviewPerTest(options: PreviewPerTest = {}): () => Page {
  let browser: Chromium | undefined;
  let base: string | undefined;
  let current: { dir: string; preview: Preview; page: Page } | undefined;
  beforeAll(async () => {
    base = options.state ? await options.state() : undefined;
    browser = await launchChromium();
  }, SAMPLE_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    const dir = mkdtempSync(join(tmpdir(), 'career-ladder-preview-'));
    const statePath = join(dir, 'workbook.json');
    if (base !== undefined) copyFileSync(base, statePath);
    const preview = await startPreview({
      port: 0,
      statePath,
      fresh: base === undefined,
      ...(options.bundlePath ? { bundlePath: options.bundlePath } : {}),
    });
    current = { dir, preview, page: await openPreviewPage(browser.context, preview.url, options.sheet) };
    await options.prepare?.(current.page);
  }, PREVIEW_OPEN_TIMEOUT_MS);
  afterEach(async () => {
    const done = current;
    current = undefined;
    if (!done) return;
    await done.page.close();
    await done.preview.close();
    rmSync(done.dir, { recursive: true, force: true });
  });
  return () => {
    if (!current) throw new Error('the preview page is open only while a test runs');
    return current.page;
  };
}

/** usePreviewPerTest on the sample-team workbook `npm start` first creates, optionally opened on one sheet. */
export function useSamplePreviewPage(sheet?: string): () => Page {
  return usePreviewPerTest({ state: sampleState, ...(sheet === undefined ? {} : { sheet }) });
}

/**
 * Writes the state file of a set-up workbook whose Team lists `size` generated engineers: the tables
 * seeded, then the add-on's own "Set up workbook" adds formulas, validation and colours.
 */
export function writeLargeTeamState(statePath: string, size: number): void {
  const rt = loadPromotionRuntime(sampleTeam(size), [], { now: new Date() });
  rt.trigger('onOpen');
  rt.runMenuItem('Set up workbook');
  rt.saveToFile(statePath);
  rt.dispose();
}

/**
 * Median of `loads` fresh page loads: milliseconds from navigation start until the sheet's grid is in
 * the page (`window.preview.firstRenderMs`, taken right after the grid's HTML is set).
 */
export async function measureFirstRender(
  context: BrowserContext,
  url: string,
  sheet: string,
  loads = 3,
): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < loads; i++) {
    const page = await openPreviewPage(context, url, sheet);
    samples.push(Number(await page.evaluate('window.preview.firstRenderMs')));
    await page.close();
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

/**
 * Resolves once the preview server has recalculated what edits left for later and saved the workbook
 * (it does both once quiet; this asks for them now).
 */
export async function settleServer(page: Page): Promise<void> {
  await page.evaluate(
    "fetch('/api/settle', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => r.json())",
  );
}

/** Resolves once the page has no server call or re-render pending. */
export async function waitIdle(page: Page): Promise<void> {
  await page.evaluate('window.preview.idle()');
}

/** Opens the preview (optionally on one sheet) and waits for the grid. */
export async function openPreviewPage(context: BrowserContext, url: string, sheet?: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(sheet === undefined ? url : `${url}?sheet=${encodeURIComponent(sheet)}`);
  await page.getByRole('grid').waitFor();
  await waitIdle(page);
  return page;
}

export function gridCell(page: Page, a1: string): Locator {
  return page.locator(`[role="grid"] [role="gridcell"][data-cell="${a1}"]`);
}

export async function cellText(page: Page, a1: string): Promise<string> {
  return (await gridCell(page, a1).textContent()) ?? '';
}

/** The cells of one column (by letter) of the shown grid, top to bottom. */
async function columnCells(page: Page, column: string): Promise<Locator> {
  const letters = await page.locator('[role="grid"] thead [role="columnheader"]').allTextContents();
  const position = letters.indexOf(column);
  if (position < 1) throw new Error(`column ${column} is not shown (columns: ${letters.join(' ')})`);
  return page.locator(`[role="grid"] tbody tr > :nth-child(${position + 1})`);
}

/** The column letter of the cell reading `header` in the given row (default: row 1). */
export async function columnOf(page: Page, header: string, row = 1): Promise<string> {
  const cells = page.locator(`[role="grid"] tbody tr:nth-child(${row}) [role="gridcell"]`);
  const texts = await cells.allTextContents();
  const index = texts.findIndex((text) => text.trim() === header);
  if (index < 0)
    throw new Error(`no header "${header}" in row ${row} (headers: ${texts.filter(Boolean).join(', ')})`);
  return ((await cells.nth(index).getAttribute('data-cell')) ?? '').replace(/\d+$/, '');
}

/** The row number of the first cell in `column` (a letter) whose text is `text`. */
export async function rowWith(page: Page, column: string, text: string): Promise<number> {
  const texts = await (await columnCells(page, column)).allTextContents();
  const index = texts.indexOf(text);
  if (index < 0) throw new Error(`no "${text}" in column ${column}`);
  return index + 1;
}

/** The background colour the workbook gives the cell (its own or a conditional format's), e.g. "#f4c7c3". */
export async function cellBackground(page: Page, a1: string): Promise<string | null> {
  const style = (await gridCell(page, a1).getAttribute('style')) ?? '';
  return /background:(#[0-9a-f]+)/i.exec(style)?.[1]?.toLowerCase() ?? null;
}

export async function switchSheet(page: Page, sheet: string): Promise<void> {
  await page.getByRole('tab', { name: sheet, exact: true }).click();
  await page.locator(`[role="grid"][data-sheet="${sheet}"]`).waitFor();
  await waitIdle(page);
}

export async function runMenuItem(page: Page, item: string, menu = 'Career Ladder'): Promise<void> {
  await page.getByRole('menubar').getByRole('menuitem', { name: menu, exact: true }).click();
  await page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item, exact: true }).click();
  await waitIdle(page);
}

/** Opens the cell's dropdown list (double-click) and chooses `option`. */
export async function chooseFromDropdown(page: Page, a1: string, option: string): Promise<void> {
  await gridCell(page, a1).dblclick();
  await page.getByRole('listbox', { name: new RegExp(`!${a1}$`) }).selectOption(option);
  await waitIdle(page);
}

/** Selects the cell, types `text` and presses Enter, as a person would. */
export async function typeIntoCell(page: Page, a1: string, text: string): Promise<void> {
  await gridCell(page, a1).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await waitIdle(page);
}

/** The text of the alert the page shows (e.g. a rejected value's help text). */
export async function alertText(page: Page): Promise<string> {
  return (await page.getByRole('alert').last().textContent()) ?? '';
}

/** The open sidebar's content (the add-on's HTML in its iframe). */
export function sidebarFrame(page: Page): FrameLocator {
  return page.frameLocator('aside.sidebar iframe');
}

/** One sheet's cell as the workbook stores it now, read from the preview server (not from the page). */
export async function storedText(page: Page, sheet: string, a1: string): Promise<string> {
  const view = (await page.evaluate(
    `fetch('/api/sheet?name=' + encodeURIComponent(${JSON.stringify(sheet)})).then((r) => r.json())`,
  )) as { columns: { index: number }[]; cells: { text: string }[][] };
  const match = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!match) throw new Error(`not a cell address: ${a1}`);
  const letters = match[1] as string;
  const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const col = view.columns.findIndex((c) => c.index === column);
  return view.cells[Number(match[2]) - 1]?.[col]?.text ?? '';
}

/**
 * Types `values` into the cells of one column from `first` (an A1 address) down, as a person does: each
 * value, then Enter, `gapMs` apart, without waiting for the workbook. Resolves once the page is idle,
 * with the number of values the workbook did not store (read back from the server).
 */
export async function typeDownAndCountLost(
  page: Page,
  sheet: string,
  first: string,
  values: readonly string[],
  gapMs: number,
): Promise<number> {
  const match = /^([A-Z]+)(\d+)$/.exec(first);
  if (!match) throw new Error(`not a cell address: ${first}`);
  await gridCell(page, first).click();
  for (const value of values) {
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(gapMs);
  }
  await waitIdle(page);
  let lost = 0;
  for (const [i, value] of values.entries()) {
    if ((await storedText(page, sheet, `${match[1]}${Number(match[2]) + i}`)) !== value) lost++;
  }
  return lost;
}

/**
 * Milliseconds from the Enter that commits `input` in `cell` until every cell of `expected` shows its
 * text (and `cell` is no longer pending), measured in the page (performance.now() at the keydown, then a
 * MutationObserver on the grid). The page must show the sheet.
 */
export async function timeEdit(
  page: Page,
  cell: string,
  input: string,
  expected: Readonly<Record<string, string>>,
): Promise<number> {
  // page code as text: this file is compiled without the DOM library
  await page.evaluate(`(() => {
    const edited = ${JSON.stringify(cell)};
    const want = ${JSON.stringify(expected)};
    const grid = document.querySelector('.grid-scroll');
    const text = (a1) => document.querySelector('[role="grid"] [data-cell="' + a1 + '"]')?.textContent;
    window.previewEditDone = new Promise((resolve) => {
      let start = 0;
      const onKey = (event) => {
        if (event.key === 'Enter' && start === 0) start = performance.now();
      };
      const check = () => {
        const pending = document.querySelector('[role="grid"] [data-cell="' + edited + '"].pending');
        if (start === 0 || pending || Object.entries(want).some(([a1, t]) => text(a1) !== t)) return;
        observer.disconnect();
        document.removeEventListener('keydown', onKey, true);
        resolve(performance.now() - start);
      };
      const observer = new MutationObserver(check);
      observer.observe(grid, { subtree: true, childList: true, characterData: true, attributes: true });
      document.addEventListener('keydown', onKey, true);
    });
  })()`);
  await gridCell(page, cell).click();
  await page.keyboard.type(input);
  await page.keyboard.press('Enter');
  const ms = Number(await page.evaluate('window.previewEditDone'));
  await waitIdle(page);
  await settleServer(page);
  return ms;
}
