/**
 * The google.script.run bridge of the preview's sidebars, against a small fixture add-on so each
 * contract of the real client library (APPS-SCRIPT-CONTRACTS 10.1–10.3) is checked on its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import {
  cellText,
  describeInChromium,
  runMenuItem,
  sidebarFrame,
  usePreviewPerTest,
  waitIdle,
} from '../support/browser';
import { fixtureBundle } from '../support/runtime';

const ADDON = `
  const sheet = () => SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  return {
    onOpen: () => SpreadsheetApp.getUi().createAddonMenu()
      .addItem('Set up with a sample team', 'setUp')
      .addItem('Open bridge sidebar', 'openSidebar')
      .addToUi(),
    setUp: () => sheet().getRange('A1').setValue('ready'),
    openSidebar: () => SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Bridge').setTitle('Bridge')),
    echo: (a, b) => ({ received: [a, b] }),
    fail: () => { throw new Error('the server refused'); },
    writeA1: (text) => { sheet().getRange('A1').setValue(text); return 'written'; },
    today: () => new Date(),
  };
`;
const GLOBALS = ['onOpen', 'setUp', 'openSidebar', 'echo', 'fail', 'writeA1', 'today'].map((name) => ({
  name,
  params: ['a', 'b'],
}));

const SIDEBAR = `<!DOCTYPE html>
<html><head><title>Bridge</title></head><body>
<output id="out"></output>
<script>
  const show = (text) => { document.getElementById('out').textContent = text; };
  window.calls = {
    echo: () => google.script.run
      .withSuccessHandler((value, user) => show(JSON.stringify(value) + ' for ' + user))
      .withUserObject('row 7')
      .echo([1, undefined, 'two'], { kept: true, dropped: undefined }),
    fail: () => google.script.run
      .withFailureHandler((error, user) => show(error.message + ' for ' + user))
      .withUserObject('row 8')
      .fail(),
    date: () => { try { google.script.run.echo([0, 1, 2, new Date()]); show('sent'); } catch (e) { show(e.message); } },
    write: () => google.script.run.withSuccessHandler((value) => show(value)).writeA1('from the sidebar'),
    today: () => google.script.run.withSuccessHandler((value) => show(JSON.stringify(value))).today(),
    close: () => google.script.host.close(),
  };
</script></body></html>`;

describeInChromium('google.script.run in a preview sidebar', () => {
  const dir = mkdtempSync(join(tmpdir(), 'career-ladder-bridge-'));
  writeFileSync(join(dir, 'Code.js'), fixtureBundle(ADDON, GLOBALS));
  writeFileSync(join(dir, 'Bridge.html'), SIDEBAR);
  // a new workbook and page per test, the sidebar open in it
  const openPage = usePreviewPerTest({
    bundlePath: join(dir, 'Code.js'),
    prepare: (opened) => runMenuItem(opened, 'Open bridge sidebar'),
  });
  let page: Page;

  beforeEach(() => {
    page = openPage();
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** The sidebar's frame, once its HTML has loaded (the page is idle before the iframe has navigated). */
  async function sidebarWindow(): Promise<Frame> {
    await sidebarFrame(page).locator('#out').waitFor({ state: 'attached' });
    const frame = page.frames().find((f) => f.url().includes('/ui/'));
    if (!frame) throw new Error('no sidebar frame');
    return frame;
  }

  /** Runs one of the sidebar's `window.calls` and returns what its handler showed. */
  async function call(name: string): Promise<string> {
    const frame = await sidebarWindow();
    await frame.evaluate(`document.getElementById('out').textContent = ''; window.calls.${name}()`);
    const out = sidebarFrame(page).locator('#out');
    await out.filter({ hasText: /./ }).waitFor();
    await waitIdle(page);
    return (await out.textContent()) ?? '';
  }

  test('the sidebar opens beside the grid with its title', async () => {
    await expect(page.getByRole('complementary', { name: 'Bridge' }).isVisible()).resolves.toBe(true);
  });

  test('arguments arrive as JSON copies and the success handler gets the result and the user object', async () => {
    await expect(call('echo')).resolves.toBe('{"received":[[1,null,"two"],{"kept":true}]} for row 7');
  });

  test('a server error reaches the failure handler with its message and the user object', async () => {
    await expect(call('fail')).resolves.toBe('the server refused for row 8');
  });

  test('a Date among the arguments is refused at once, naming where it sits', async () => {
    await expect(call('date')).resolves.toBe('Failed due to illegal value in property: 3');
  });

  test('a Date returned by the server arrives as null', async () => {
    await expect(call('today')).resolves.toBe('null');
  });

  test('a server function that writes to the sheet re-renders the grid', async () => {
    await expect(call('write')).resolves.toBe('written');
    await expect(cellText(page, 'A1')).resolves.toBe('from the sidebar');
  });

  test('google.script.host.close() closes the sidebar', async () => {
    await (await sidebarWindow()).evaluate('window.calls.close()');
    await page.getByRole('complementary', { name: 'Bridge' }).waitFor({ state: 'detached' });
  });
});
