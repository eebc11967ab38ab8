/** runtimeLoadMs: median time to read + load the bundle into a new runtime with an empty workbook. */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUNDLE_PATH } from './bundle';
import { loadRuntime } from './index';

export function measureRuntimeLoad(opts: { bundlePath?: string; iterations?: number } = {}): {
  runtimeLoadMs: number;
  samples: number[];
} {
  const bundlePath = opts.bundlePath ?? BUNDLE_PATH;
  const n = Math.max(1, opts.iterations ?? 7);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const rt = loadRuntime({
      bundleSource: fs.readFileSync(bundlePath, 'utf8'),
      htmlDir: path.dirname(bundlePath),
    });
    rt.workbook.sheetNames();
    samples.push(performance.now() - t0);
    rt.dispose();
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { runtimeLoadMs: Math.round(median * 100) / 100, samples };
}
