import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SERVER_MODULE_FILE } from '../../src/serverModule';
import { BUNDLE_PATH, readBundle } from '../bundleRealm';

const SERVER_MODULE_PATH = `dist/${SERVER_MODULE_FILE}.html`;

export const name = 'Bundle size';
export const about = `${BUNDLE_PATH} as built (minified), what every execution, custom functions included, loads; gzipped; and ${SERVER_MODULE_PATH}, the server module loaded only by menu items and sidebar calls`;
export const budgets = { bundleBytes: 64 * 1024 };

export async function measure(): Promise<Record<string, number>> {
  const bytes = Buffer.from(readBundle(), 'utf8');
  return {
    bundleBytes: bytes.length,
    bundleGzipBytes: gzipSync(bytes).length,
    serverModuleBytes: readFileSync(SERVER_MODULE_PATH).length,
  };
}
