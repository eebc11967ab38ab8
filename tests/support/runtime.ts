/** Sets up a local Apps Script runtime for tests (dev/runtime), from the real bundle or a fixture. */
import fs from 'node:fs';
import { loadRuntime } from '../../dev/runtime';
import type { LoadOptions, Runtime } from '../../dev/runtime';

export type { Runtime } from '../../dev/runtime';

export const BUNDLE_PATH = 'dist/Code.js';

/** true once `npm run build` has produced dist/Code.js */
export function hasBuiltBundle(): boolean {
  return fs.existsSync(BUNDLE_PATH);
}

/** Runtime over the real bundle, at a fixed virtual time unless `now` is given. */
export function loadBuiltRuntime(opts: Omit<LoadOptions, 'bundleSource'> = {}): Runtime {
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
