/** The page's files, bundled with esbuild when the preview starts: the page script, the panel bridge, HTML, CSS. */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PageAssets {
  readonly html: string;
  readonly css: string;
  readonly pageJs: string;
  /** The `google.script` client injected into every sidebar and dialog. */
  readonly bridgeJs: string;
}

const PAGE_DIR = join('dev', 'preview', 'page');

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(PAGE_DIR, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

let built: Promise<PageAssets> | undefined;

/**
 * The page's assets, bundled once per process (tests and the bench start many previews; the files do not
 * change while they run). A failed build is not kept.
 */
export function buildPageAssets(): Promise<PageAssets> {
  built ??= bundleAssets().catch((error: unknown) => {
    built = undefined;
    throw error;
  });
  return built;
}

async function bundleAssets(): Promise<PageAssets> {
  const [html, css, pageJs, bridgeJs] = await Promise.all([
    readFile(join(PAGE_DIR, 'index.html'), 'utf8'),
    readFile(join(PAGE_DIR, 'styles.css'), 'utf8'),
    bundle('main.ts'),
    bundle('bridge.ts'),
  ]);
  return { html, css, pageJs, bridgeJs };
}
