/**
 * `npm start` itself (dev/preview/start.ts): its flags, its one-line errors, and a workbook that
 * survives a restart. No browser needed: these talk to the command and to the preview's HTTP API.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PORT, FlagError, parseFlags } from '../../dev/preview/flags';
import type { EditResult, SheetView } from '../../dev/preview/protocol';
import { startPreview } from '../../dev/preview/startPreview';
import { fixtureBundle } from '../support/runtime';

function runStart(...args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'dev/preview/start.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('npm start flags', () => {
  test('no flags serve the saved workbook on port 8080', () => {
    expect(parseFlags([])).toEqual({ port: DEFAULT_PORT, fresh: false });
    expect(DEFAULT_PORT).toBe(8080);
  });

  test('--fresh and --port N (or --port=N) are read', () => {
    expect(parseFlags(['--fresh', '--port', '9000'])).toEqual({ port: 9000, fresh: true });
    expect(parseFlags(['--port=9001'])).toEqual({ port: 9001, fresh: false });
  });

  test('--locale L (or --locale=L) chooses one of the locales the runtime models', () => {
    expect(parseFlags(['--locale', 'en_GB'])).toEqual({ port: DEFAULT_PORT, fresh: false, locale: 'en_GB' });
    expect(parseFlags(['--fresh', '--locale=de_DE'])).toEqual({
      port: DEFAULT_PORT,
      fresh: true,
      locale: 'de_DE',
    });
  });

  test('an unknown locale is refused with one line naming the accepted ones', () => {
    expect(() => parseFlags(['--locale', 'fr_FR'])).toThrow(
      /^--locale must be one of en_US, en_GB, de_DE, not "fr_FR"$/,
    );
    const { status, stderr } = runStart('--locale', 'xx');
    expect(status).not.toBe(0);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('en_US, en_GB, de_DE')]);
  });

  test.each([
    '--bogus',
    '--port',
    '--port abc',
    '--port 0',
    '--port 70000',
    'fresh',
    '--locale',
    '--locale en-GB',
  ])('"%s" is refused with a one-line message', (line) => {
    const args = line.split(' ');
    expect(() => parseFlags(args)).toThrow(FlagError);
    expect(() => parseFlags(args)).toThrow(/^[^\n]+$/);
  });

  test('an unknown flag ends the command with one line on stderr and a non-zero status', () => {
    const { status, stderr } = runStart('--bogus');
    expect(status).not.toBe(0);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('unknown argument "--bogus"')]);
  });

  test('a port in use ends the command with one line on stderr and a non-zero status', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const { status, stderr } = runStart('--port', String(port));
      expect(status).not.toBe(0);
      expect(stderr.trim().split('\n')).toEqual([expect.stringContaining(`port ${port} is in use`)]);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

/** A tiny add-on whose sample-team item writes a header, so restarts are quick to check. */
const ADDON = `
  return {
    onOpen: () => SpreadsheetApp.getUi().createAddonMenu().addItem('Set up with a sample team', 'setUp').addToUi(),
    setUp: () => SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].setName('Team').getRange('A1').setValue('Name'),
  };
`;

describe('the saved workbook', () => {
  let dir: string;
  let bundlePath: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'career-ladder-state-'));
    bundlePath = join(dir, 'Code.js');
    writeFileSync(bundlePath, fixtureBundle(ADDON, [{ name: 'onOpen' }, { name: 'setUp' }]));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function readA1(url: string): Promise<string> {
    const view = (await (await fetch(`${url}api/sheet?name=Team`)).json()) as SheetView;
    return view.cells[0]?.[0]?.text ?? '';
  }

  test('an edit survives a restart, and --fresh starts over with the sample team', async () => {
    const statePath = join(dir, 'workbook.json');
    const first = await startPreview({ port: 0, statePath, fresh: true, bundlePath });
    await expect(readA1(first.url)).resolves.toBe('Name');
    const edit = await fetch(`${first.url}api/edit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sheet: 'Team', cell: 'A1', input: 'Engineer' }),
    });
    expect(((await edit.json()) as EditResult).ok).toBe(true);
    await first.close();

    const restarted = await startPreview({ port: 0, statePath, bundlePath });
    await expect(readA1(restarted.url)).resolves.toBe('Engineer');
    await restarted.close();

    const fresh = await startPreview({ port: 0, statePath, fresh: true, bundlePath });
    await expect(readA1(fresh.url)).resolves.toBe('Name');
    await fresh.close();
  });

  test('--locale opens a new workbook in that locale, and switches a saved one to it', async () => {
    const statePath = join(dir, 'locale.json');
    const localeOf = async (url: string) =>
      ((await (await fetch(`${url}api/workbook`)).json()) as { locale: string }).locale;
    const british = await startPreview({ port: 0, statePath, fresh: true, bundlePath, locale: 'en_GB' });
    await expect(localeOf(british.url)).resolves.toBe('en_GB');
    await british.close();

    const reopened = await startPreview({ port: 0, statePath, bundlePath });
    await expect(localeOf(reopened.url)).resolves.toBe('en_GB');
    await reopened.close();

    const german = await startPreview({ port: 0, statePath, bundlePath, locale: 'de_DE' });
    await expect(localeOf(german.url)).resolves.toBe('de_DE');
    await german.close();
  });

  test('a damaged state file is named in the error, with the way to start over', async () => {
    const statePath = join(dir, 'damaged.json');
    writeFileSync(statePath, '{ not json');
    await expect(startPreview({ port: 0, statePath, bundlePath })).rejects.toThrow(
      /^cannot open .*damaged\.json: .*npm start -- --fresh starts over/,
    );
  });
});
