import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './buildIntoTemp';

/** Runs scripts/deploy.mjs in a scratch directory holding `claspJson` as .clasp.json (or none). */
function deployWith(claspJson: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'career-ladder-deploy-'));
  try {
    if (claspJson !== undefined) writeFileSync(join(dir, '.clasp.json'), claspJson);
    return spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'deploy.mjs')], {
      cwd: dir,
      encoding: 'utf8',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const HOW_TO = [
  'npx clasp login',
  'npx clasp create --type sheets --title "Career Ladder" --rootDir dist',
  'move the scriptId into .clasp.json',
  'paste it into .clasp.json as "scriptId"',
];

test.each([
  ['the committed placeholder script ID', '{ "scriptId": "REPLACE_WITH_YOUR_SCRIPT_ID", "rootDir": "dist" }'],
  ['no script ID', '{ "rootDir": "dist" }'],
  ['a .clasp.json that is not JSON', 'scriptId = 123'],
  ['no .clasp.json at all', undefined],
])('deploy refuses with %s, says how to get a real one and runs nothing', (_case, claspJson) => {
  const result = deployWith(claspJson);
  expect(result.status).toBe(1);
  for (const step of HOW_TO) expect(result.stderr).toContain(step);
  expect(result.stdout).toBe('');
});
