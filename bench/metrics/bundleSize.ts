import { gzipSync } from 'node:zlib';
import { BUNDLE_PATH, readBundle } from '../bundleRealm';

export const name = 'Bundle size';
export const about = `${BUNDLE_PATH} as built (minified), and gzipped`;
export const budgets = { bundleBytes: 64 * 1024 };

export async function measure(): Promise<Record<string, number>> {
  const bytes = Buffer.from(readBundle(), 'utf8');
  return { bundleBytes: bytes.length, bundleGzipBytes: gzipSync(bytes).length };
}
