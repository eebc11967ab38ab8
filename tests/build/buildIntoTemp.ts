import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO_ROOT = resolve(__dirname, '../..');

/**
 * Runs build.mjs's buildAll() into `<new temporary directory>/dist` and returns that directory.
 * Never dist/ itself: other suites read it while these run.
 */
export function buildIntoTemp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const build = pathToFileURL(join(REPO_ROOT, 'build.mjs')).href;
  const script = `const { buildAll } = await import(${JSON.stringify(build)});
await buildAll({ outDir: ${JSON.stringify(join(dir, 'dist'))} });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, stdio: 'pipe' });
  return dir;
}
