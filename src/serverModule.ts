/**
 * Loads the server module (src/server/module.ts, built into dist/Server.html) the first time a menu
 * handler or sidebar endpoint runs in an execution. It is kept out of Code.js because Apps Script
 * loads Code.js for every custom-function call; an HTML file of the project is read only on demand.
 * HtmlTemplate.getRawContent returns the file unprocessed, and evaluating script text is how
 * Google's own HtmlTemplate.getCode is meant to be used (HtmlTemplate reference).
 */
import type { ServerGlobals } from './server/module';

/** The project file holding the server module's script: dist/Server.html. */
export const SERVER_MODULE_FILE = 'Server';
/** The global the server module's script declares (build.mjs bundles it under this name). */
export const SERVER_MODULE_GLOBAL = 'CareerLadderServer_';

let loaded: ServerGlobals | undefined;

function serverModule(): ServerGlobals {
  if (!loaded) {
    const script = HtmlService.createTemplateFromFile(SERVER_MODULE_FILE).getRawContent();
    const evaluate = new Function(`${script}\nreturn ${SERVER_MODULE_GLOBAL}.serverGlobals;`);
    loaded = evaluate() as ServerGlobals;
  }
  return loaded;
}

/** A registry entry's `run` for a global the server module implements. */
export function onServer<K extends keyof ServerGlobals>(name: K): (...args: unknown[]) => unknown {
  return (...args) => (serverModule()[name] as (...received: unknown[]) => unknown)(...args);
}
