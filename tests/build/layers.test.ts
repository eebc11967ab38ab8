/**
 * `npm run lint` runs dependency-cruiser over src/ with .dependency-cruiser.mjs. Here the same rules
 * run over two small trees laid out like src/: one whose imports all point down the layers, and one
 * with a wrong import of each kind, which must be refused by name.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const CONFIG = path.resolve('.dependency-cruiser.mjs');
const DEPCRUISE = path.resolve('node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

function cruise(tree: 'right' | 'wrong'): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', CONFIG], {
    cwd: path.resolve('tests/build/layerFixtures', tree),
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the layer rules of npm run lint', () => {
  test('accept imports that point down the layers, and the sidebar taking the RPC contract’s types', () => {
    const { status, output } = cruise('right');
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  });

  test('refuse a wrong import of each kind, naming the rule', () => {
    const { status, output } = cruise('wrong');
    expect(status).not.toBe(0);
    for (const rule of [
      'domain-is-pure',
      'functions-above-tables',
      'sidebar-takes-only-rpc-types',
      'code-js-takes-only-server-types',
      'registry-docs-are-read-by-the-build-only',
    ]) {
      expect(output).toContain(rule);
    }
  });
});
