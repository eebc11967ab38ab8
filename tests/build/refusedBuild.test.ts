import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './buildIntoTemp';

/** Runs build.mjs's writeScript(outDir, code) in a child process; returns its exit status and stderr. */
function writeScript(outDir: string, code: string): { status: number; stderr: string } {
  const build = pathToFileURL(join(REPO_ROOT, 'build.mjs')).href;
  const script = `const { writeScript } = await import(${JSON.stringify(build)});
const code = (await import('node:fs')).readFileSync(${JSON.stringify(join(outDir, '..', 'code.txt'))}, 'utf8');
try { await writeScript(${JSON.stringify(outDir)}, code); } catch (error) { console.error(error.message); process.exit(1); }`;
  writeFileSync(join(outDir, '..', 'code.txt'), code);
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, stdio: 'pipe' });
    return { status: 0, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stderr: Buffer };
    return { status: failed.status, stderr: failed.stderr.toString() };
  }
}

describe('the build', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'career-ladder-refused-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('stops with file, line and reason and writes no Code.js when the script has a BigInt literal', () => {
    const outDir = join(dir, 'dist');
    const result = writeScript(outDir, 'var a = 1;\nvar hash = 0xcbf29ce484222325n;\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${outDir}/Code.js:2:12: BigInt literal 0xcbf29ce484222325n`);
    expect(existsSync(join(outDir, 'Code.js'))).toBe(false);
  });

  test('writes a script Apps Script accepts', () => {
    const outDir = join(dir, 'dist');
    expect(writeScript(outDir, 'function onOpen(e) { return 1; }\n')).toEqual({ status: 0, stderr: '' });
    expect(existsSync(join(outDir, 'Code.js'))).toBe(true);
  });
});
