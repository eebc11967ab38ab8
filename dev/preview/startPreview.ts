/**
 * Starts the preview in-process: bundles the page, opens the workbook session and serves both.
 * `npm start` (start.ts), the browser tests and the bench all start it here; port 0 picks a free port.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildPageAssets } from './pageAssets';
import { previewRequestListener } from './server';
import { openSession, type PreviewSession } from './session';

export interface PreviewOptions {
  readonly port: number;
  /** The saved workbook; created with the sample team when missing or when `fresh`. */
  readonly statePath: string;
  readonly fresh?: boolean;
  /** The built add-on; default dist/Code.js. */
  readonly bundlePath?: string;
  /** The spreadsheet locale (a saved workbook switches to it; a new one is en_US unless given). */
  readonly locale?: string;
}

export interface Preview {
  readonly url: string;
  /** Stops serving and writes any pending save. */
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} is in use: stop what uses it or pass --port N`)
          : new Error(`cannot listen on port ${port}: ${error.message}`),
      );
    });
    server.listen(port, '127.0.0.1', resolve);
  });
}

function closer(server: Server, flush: () => void = () => undefined): () => Promise<void> {
  return () =>
    new Promise((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
      flush();
    });
}

/** Claims the port first (so a busy port fails before any set-up), then answers once the workbook is open. */
export async function startPreview({
  port,
  statePath,
  fresh = false,
  bundlePath,
  locale,
}: PreviewOptions): Promise<Preview> {
  const server = createServer();
  await listen(server, port);
  let session: PreviewSession;
  try {
    const [assets, opened] = await Promise.all([
      buildPageAssets(),
      (async () =>
        openSession({
          statePath,
          fresh,
          ...(bundlePath ? { bundlePath } : {}),
          ...(locale ? { locale } : {}),
        }))(),
    ]);
    session = opened;
    server.on('request', previewRequestListener(session, assets));
  } catch (error) {
    await closer(server)();
    throw error;
  }
  const { port: bound } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${bound}/`, close: closer(server, () => session.flush()) };
}
