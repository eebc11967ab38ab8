/** Command-line flags of `npm start`: `--fresh` and `--port N` (default 8080). */
export interface PreviewFlags {
  readonly port: number;
  readonly fresh: boolean;
}

const USAGE = 'usage: npm start -- [--fresh] [--port N]';
export const DEFAULT_PORT = 8080;

export class FlagError extends Error {}

function parsePort(text: string | undefined): number {
  if (text === undefined) throw new FlagError(`--port needs a number (${USAGE})`);
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new FlagError(`--port must be a whole number from 1 to 65535, not "${text}"`);
  }
  return port;
}

/** Parses the arguments after the script name; throws a FlagError with a one-line message on anything else. */
export function parseFlags(args: readonly string[]): PreviewFlags {
  let port = DEFAULT_PORT;
  let fresh = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--fresh') fresh = true;
    else if (arg === '--port') port = parsePort(args[++i]);
    else if (arg.startsWith('--port=')) port = parsePort(arg.slice('--port='.length));
    else throw new FlagError(`unknown argument "${arg}" (${USAGE})`);
  }
  return { port, fresh };
}
