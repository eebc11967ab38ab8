/**
 * The preview's HTTP server refuses what a page on another site could send it, so visiting a hostile site
 * while `npm start` runs exposes neither the workbook (salaries) nor its actions.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview, type Preview } from '../../dev/preview/startPreview';
import { fixtureBundle } from '../support/runtime';

const ADDON = `
  return {
    onOpen: () => SpreadsheetApp.getUi().createAddonMenu().addItem('Set up with a sample team', 'setUp').addToUi(),
    setUp: () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      ss.getSheets()[0].setName('Team').getRange('A1').setValue('Name');
      ss.insertSheet('Notes'); // the new sheet becomes the active one
    },
  };
`;

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

function send(
  url: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      new URL(path, url),
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const EDIT = JSON.stringify({ sheet: 'Team', cell: 'A1', input: 'changed' });

describe('the preview server', () => {
  let dir: string;
  let preview: Preview;

  // a new workbook and server per test: no test sees another's requests
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'career-ladder-server-'));
    const bundlePath = join(dir, 'Code.js');
    writeFileSync(bundlePath, fixtureBundle(ADDON, [{ name: 'onOpen' }, { name: 'setUp' }]));
    preview = await startPreview({ port: 0, statePath: join(dir, 'workbook.json'), fresh: true, bundlePath });
  });

  afterEach(async () => {
    await preview?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('serves the page with a policy that forbids inline scripts', async () => {
    const answer = await send(preview.url, '/', {});
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
  });

  test('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const answer = await send(preview.url, '/api/sheet?name=Team', { headers: { host: 'evil.example:80' } });
    expect(answer.status).toBe(403);
  });

  test('refuses a POST from another origin', async () => {
    const answer = await send(preview.url, '/api/edit', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: EDIT,
    });
    expect(answer.status).toBe(403);
  });

  test('refuses a POST that is not JSON, which a cross-site form could send without asking', async () => {
    const answer = await send(preview.url, '/api/edit', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: EDIT,
    });
    expect(answer.status).toBe(415);
  });

  test('answers 404 for a sheet the workbook does not have', async () => {
    const answer = await send(preview.url, '/api/sheet?name=Nope', {});
    expect(answer.status).toBe(404);
    expect(answer.body).toBe('no sheet named "Nope"');
  });

  test('a tab click (POST /api/activate) makes that sheet the active one, as clicking a tab in Sheets does', async () => {
    const activeSheet = async () =>
      (JSON.parse((await send(preview.url, '/api/workbook', {})).body) as { activeSheet: string })
        .activeSheet;
    expect(await activeSheet()).toBe('Notes');
    const json = { 'content-type': 'application/json' };
    const refused = await send(preview.url, '/api/activate', {
      method: 'POST',
      headers: { ...json, origin: 'http://evil.example' },
      body: JSON.stringify({ sheet: 'Team' }),
    });
    expect(refused.status).toBe(403);
    expect(await activeSheet()).toBe('Notes');
    const answer = await send(preview.url, '/api/activate', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ sheet: 'Team' }),
    });
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.body) as { name: string }).name).toBe('Team');
    expect(await activeSheet()).toBe('Team');
    const missing = await send(preview.url, '/api/activate', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ sheet: 'Nope' }),
    });
    expect(missing.status).toBe(404);
  });

  test('leaves the workbook unchanged after the refused requests', async () => {
    const answer = await send(preview.url, '/api/sheet?name=Team', {});
    expect((JSON.parse(answer.body) as { cells: { text: string }[][] }).cells[0]?.[0]?.text).toBe('Name');
  });
});
