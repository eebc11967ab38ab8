/** Command-line flags of `npm start`: `--fresh`, `--port N` (default 8080) and `--locale L`. */
import { MODELLED_LOCALES } from '../runtime/locale';

export interface PreviewFlags {
  readonly port: number;
  readonly fresh: boolean;
  /** The spreadsheet locale to open the workbook with (a new one is en_US unless given). */
  readonly locale?: string;
}

const USAGE = 'usage: npm start -- [--fresh] [--port N] [--locale en_US|en_GB|de_DE]';
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

function parseLocale(text: string | undefined): string {
  const accepted = MODELLED_LOCALES.join(', ');
  if (text === undefined) throw new FlagError(`--locale needs one of ${accepted} (${USAGE})`);
  if (!MODELLED_LOCALES.includes(text))
    throw new FlagError(`--locale must be one of ${accepted}, not "${text}"`);
  return text;
}

/** Parses the arguments after the script name; throws a FlagError with a one-line message on anything else. */
export function parseFlags(args: readonly string[]): PreviewFlags {
  let port = DEFAULT_PORT;
  let fresh = false;
  let locale: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--fresh') fresh = true;
    else if (arg === '--port') port = parsePort(args[++i]);
    else if (arg.startsWith('--port=')) port = parsePort(arg.slice('--port='.length));
    else if (arg === '--locale') locale = parseLocale(args[++i]);
    else if (arg.startsWith('--locale=')) locale = parseLocale(arg.slice('--locale='.length));
    else throw new FlagError(`unknown argument "${arg}" (${USAGE})`);
  }
  return locale === undefined ? { port, fresh } : { port, fresh, locale };
}
