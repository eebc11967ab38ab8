import { execFileSync } from 'node:child_process';
import { existsSync, copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIntoTemp, REPO_ROOT } from './buildIntoTemp';

/**
 * Runs the real `clasp status --json` on a built copy of the project, offline: status only lists
 * local files, so it needs no login (HOME points at the temporary copy, so no credentials are read).
 */
let project: string;
let status: { filesToPush: string[]; untrackedFiles: string[] };

beforeAll(() => {
  project = buildIntoTemp('career-ladder-clasp-');
  const config = JSON.parse(readFileSync(join(REPO_ROOT, '.clasp.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(
    join(project, '.clasp.json'),
    JSON.stringify({ ...config, scriptId: 'throwaway-script-id-for-status' }),
  );
  if (existsSync(join(REPO_ROOT, '.claspignore'))) {
    copyFileSync(join(REPO_ROOT, '.claspignore'), join(project, '.claspignore'));
  }
  const output = execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'clasp'), ['status', '--json'], {
    cwd: project,
    env: { ...process.env, HOME: project, clasp_config_auth: join(project, '.clasprc.json') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  status = JSON.parse(output.trim().split('\n').at(-1) as string) as typeof status;
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

test('clasp would push exactly Code.js, appsscript.json and the HTML files of dist/', () => {
  const html = readdirSync(join(project, 'dist'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => `dist/${name}`);
  expect([...status.filesToPush].sort()).toEqual(['dist/Code.js', 'dist/appsscript.json', ...html].sort());
  expect(html).toEqual(expect.arrayContaining(['dist/Server.html', 'dist/Sidebar.html']));
});

test('dist/ holds nothing that clasp would leave behind, such as source maps or TypeScript', () => {
  expect(status.untrackedFiles).toEqual([]);
});
