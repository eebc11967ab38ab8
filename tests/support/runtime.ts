/** Sets up a local Apps Script runtime for tests (dev/runtime), from the real bundle or a fixture. */
import fs from 'node:fs';
import { BUNDLE_PATH, loadRuntime } from '../../dev/runtime';
import type { LoadOptions, Runtime } from '../../dev/runtime';

export type { Runtime } from '../../dev/runtime';

/** What a suite needing the built add-on says when it is missing. */
export const BUNDLE_MISSING = `${BUNDLE_PATH} is missing: run \`npm run build\` (npm test builds it before jest runs)`;

/** true once `npm run build` has produced dist/Code.js */
export function hasBuiltBundle(): boolean {
  return fs.existsSync(BUNDLE_PATH);
}

/** The built add-on's text; a missing bundle fails with BUNDLE_MISSING rather than a bare ENOENT. */
export function readBuiltBundle(): string {
  if (!hasBuiltBundle()) throw new Error(BUNDLE_MISSING);
  return fs.readFileSync(BUNDLE_PATH, 'utf8');
}

/**
 * `describe` for suites that run dist/Code.js. Without the bundle: under `CI` the suite fails with
 * BUNDLE_MISSING (CI never silently skips a runtime suite); elsewhere it is skipped with a loud message.
 * The body is not run without the bundle, so code at describe level may load it.
 */
export function describeWithBuiltBundle(title: string, body: () => void): void {
  if (hasBuiltBundle()) {
    describe(title, body);
    return;
  }
  if (process.env.CI) {
    describe(title, () => {
      test('runs the built add-on, which CI must build first', () => {
        throw new Error(`${BUNDLE_MISSING}: runtime suites never skip in CI`);
      });
    });
    return;
  }
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPED "${title}": ${BUNDLE_MISSING}\n${'!'.repeat(78)}\n`);
  test.skip(title, () => undefined);
}

/** Runtime over the real bundle, at a fixed virtual time unless `now` is given. */
export function loadBuiltRuntime(opts: Omit<LoadOptions, 'bundleSource'> = {}): Runtime {
  if (!hasBuiltBundle()) throw new Error(BUNDLE_MISSING);
  return loadRuntime({ now: new Date('2025-01-15T09:00:00Z'), ...opts, bundlePath: BUNDLE_PATH });
}

export interface FixtureGlobal {
  name: string;
  params?: string[];
  customFunction?: boolean;
}

/**
 * A bundle with the shape `npm run build` produces: an IIFE assigned to `CareerLadder_`, then one
 * top-level stub per global with its JSDoc (`@customfunction` on custom functions).
 * `body` is the IIFE body and must `return { name: fn, ... }`.
 */
export function fixtureBundle(body: string, globals: FixtureGlobal[]): string {
  const stubs = globals.map((g) => {
    const params = (g.params ?? []).join(', ');
    const doc = g.customFunction ? `/**\n * ${g.name}.\n * @customfunction\n */` : `/** ${g.name} */`;
    return `${doc}\nfunction ${g.name}(${params}) { return CareerLadder_.${g.name}(${params}); }`;
  });
  return `var CareerLadder_ = (() => {\n${body}\n})();\n${stubs.join('\n')}\n`;
}

/** Runtime over a fixture bundle, at 2025-01-15T09:00:00Z unless `now` is given. */
export function loadFixtureRuntime(body: string, globals: FixtureGlobal[], opts: LoadOptions = {}): Runtime {
  return loadRuntime({
    now: new Date('2025-01-15T09:00:00Z'),
    ...opts,
    bundleSource: fixtureBundle(body, globals),
  });
}

/**
 * A fixture runtime whose bundle exposes `script(src)`: runs `src` as a function body inside the realm
 * (one execution). Also registers simple custom functions: DOUBLE(x) (ranges map cell-wise),
 * ECHO(x) (returns its argument), FAIL(msg) (throws), WRITE() (tries to write), SHAPE(r, c) (r×c block),
 * TZNAME() (spreadsheet zone), ADD_DAYS(date, n) (date + n days).
 */
export function loadScriptRuntime(opts: LoadOptions = {}): Runtime {
  return loadFixtureRuntime(
    `
    function script(src) { return new Function(src)(); }
    function DOUBLE(x) { return Array.isArray(x) ? x.map((r) => r.map((v) => (v === '' ? '' : v * 2))) : x * 2; }
    function ECHO(x) { return x; }
    function FAIL(msg) { throw new Error(msg); }
    function WRITE() { SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue(1); return 1; }
    function SHAPE(r, c) { return Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => i * 10 + j)); }
    function TZNAME() { return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(); }
    function ADD_DAYS(d, n) { const x = new Date(d.getTime()); x.setUTCDate(x.getUTCDate() + n); return x; }
    function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Say hi', 'sayHi').addToUi(); }
    function sayHi() { SpreadsheetApp.getActiveSpreadsheet().toast('hi'); return 'hi'; }
    return { script, DOUBLE, ECHO, FAIL, WRITE, SHAPE, TZNAME, ADD_DAYS, onOpen, sayHi };
    `,
    [
      { name: 'script', params: ['src'] },
      { name: 'DOUBLE', params: ['x'], customFunction: true },
      { name: 'ECHO', params: ['x'], customFunction: true },
      { name: 'FAIL', params: ['msg'], customFunction: true },
      { name: 'WRITE', customFunction: true },
      { name: 'SHAPE', params: ['r', 'c'], customFunction: true },
      { name: 'TZNAME', customFunction: true },
      { name: 'ADD_DAYS', params: ['d', 'n'], customFunction: true },
      { name: 'onOpen', params: ['e'] },
      { name: 'sayHi' },
    ],
    opts,
  );
}

/** Runs `src` (a function body using Apps Script globals) as one execution; returns host values. */
export function runScript(rt: Runtime, src: string): unknown {
  return rt.call('script', src);
}
