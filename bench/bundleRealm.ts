import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';
import { BUNDLE_PATH } from '../dev/runtime/bundle';

export { BUNDLE_PATH };

export function readBundle(): string {
  return readFileSync(BUNDLE_PATH, 'utf8');
}

/**
 * A fresh realm with an ordinary global object, as in Apps Script's V8. Node's default contextified
 * global routes every global look-up (Math, Date, …) through an interceptor, 10–50× slower than
 * V8's own, which would measure Node rather than the bundle. (Node ≥ 20.18 has DONT_CONTEXTIFY.)
 */
export function freshRealm(spreadsheetTimeZone: string): vm.Context {
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY) as vm.Context & Record<string, unknown>;
  context.SpreadsheetApp = {
    getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => spreadsheetTimeZone }),
  };
  return context;
}

setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Collects garbage before a timed run, so it does not pay for what setting it up allocated. */
export function collectGarbage(): void {
  gc();
}
