/** `npm start`: serves the add-on on a local page. Flags: --fresh, --port N, --locale L (see flags.ts). */
import { FlagError, parseFlags, type PreviewFlags } from './flags';
import { startPreview } from './startPreview';

const STATE_PATH = '.state/workbook.json';

function fail(message: string): never {
  console.error(`npm start: ${message.split('\n')[0]}`);
  process.exit(1);
}

let flags: PreviewFlags;
try {
  flags = parseFlags(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof FlagError)) throw error;
  fail(error.message);
}

try {
  const preview = await startPreview({
    port: flags.port,
    statePath: STATE_PATH,
    fresh: flags.fresh,
    ...(flags.locale ? { locale: flags.locale } : {}),
  });
  // Ctrl+C can arrive twice (from the terminal, and relayed by tsx): the first one saves and exits.
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= preview.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`Career Ladder is running at ${preview.url}`);
  console.log(
    `The workbook is saved in ${STATE_PATH} after every change (npm start -- --fresh starts over). Ctrl+C stops.`,
  );
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
