import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { collectGarbage, freshRealm, readBundle } from '../bundleRealm';
import { median } from '../metric';

const RUNS = 25;

export const name = 'Bundle evaluation';
export const about = `median of ${RUNS} evaluations of the bundle, each in a fresh realm`;
export const budgets = { bundleEvalMs: 5 };

export async function measure(): Promise<Record<string, number>> {
  const code = readBundle();
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const realm = freshRealm('Etc/UTC');
    collectGarbage();
    const start = performance.now();
    vm.runInContext(code, realm);
    samples.push(performance.now() - start);
  }
  return { bundleEvalMs: median(samples) };
}
