import {
  describeIncompatibilities,
  findIncompatibilities,
  MISSING_GLOBALS,
} from '../../../dev/build/appsScriptCompat';
import { describeWithBuiltBundle, readBuiltBundle } from '../../support/runtime';

/** A small bundle of the built shape, with `line` as the third line of the script. */
const bundleWith = (line: string) =>
  `var CareerLadder_ = (() => {\n  'use strict';\n  ${line}\n  return {};\n})();\nfunction onOpen(e) { return CareerLadder_; }\n`;

const reasonsOf = (code: string) => findIncompatibilities(code).map((problem) => problem.reason);

describe('the Apps Script compatibility check', () => {
  test.each([
    ['a BigInt literal', 'const big = 0xcbf29ce484222325n;', /^BigInt literal 0xcbf29ce484222325n: /],
    ['a private class member', 'class A { #secret() { return 1; } }', /^private class member #secret: /],
    ['a static class field', 'class A { static count = 0; }', /^static class field count: /],
    ['a static class block', 'class A { static { this.x = 1; } }', /^static class block: /],
    ['a class field', 'class A { name = "x"; }', /^class field name: /],
    ['a dynamic import', 'const m = import("./x.js");', /^import: Apps Script has no ES modules/],
  ])('refuses %s with its line and a one-line reason', (_what, line, reason) => {
    const problems = findIncompatibilities(bundleWith(line));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ line: 3 });
    expect(problems.map((p) => p.reason)).toContainEqual(expect.stringMatching(reason));
    for (const problem of problems) expect(problem.reason).not.toContain('\n');
  });

  test('refuses import and export statements, each where it is', () => {
    const problems = findIncompatibilities('import x from "y";\nvar a = x;\nexport const b = a;\n');
    expect(problems.map((p) => [p.line, p.reason.split(':')[0]])).toEqual([
      [1, 'import'],
      [3, 'export'],
    ]);
  });

  test.each(Object.keys(MISSING_GLOBALS))('refuses a free reference to %s', (name) => {
    const problems = findIncompatibilities(bundleWith(`const f = () => ${name}.toString();`));
    expect(problems).toEqual([
      { line: 3, column: expect.any(Number), reason: expect.stringMatching(`^free reference to ${name}: `) },
    ]);
  });

  test('refuses globalThis.fetch and a call of setTimeout as well as a bare reference', () => {
    expect(reasonsOf(bundleWith('globalThis.fetch("https://example.com");'))).toEqual([
      expect.stringMatching(/^free reference to fetch: .*UrlFetchApp\.fetch/),
    ]);
    expect(reasonsOf(bundleWith('setTimeout(() => 1, 10);'))).toEqual([
      expect.stringMatching(/^free reference to setTimeout: .*Utilities\.sleep/),
    ]);
  });

  test('accepts a local variable or parameter that happens to share a missing global’s name', () => {
    expect(
      findIncompatibilities(bundleWith('function f(process) { const window = 1; return process + window; }')),
    ).toEqual([]);
  });

  test('accepts `typeof X` feature tests, which never throw', () => {
    expect(findIncompatibilities(bundleWith('const timers = typeof setTimeout === "function";'))).toEqual([]);
  });

  test('refuses syntax newer than ES2020, the build target', () => {
    expect(reasonsOf(bundleWith('let a; a ??= 1;'))).toEqual([
      expect.stringMatching(/^syntax newer than ES2020 /),
    ]);
  });

  test('reports a syntax error with its line', () => {
    expect(findIncompatibilities('var a = 1;\nvar b = ;\n')).toEqual([
      { line: 2, column: 9, reason: expect.stringMatching(/^syntax error: /) },
    ]);
  });

  test('accepts a clean bundle of the built shape', () => {
    expect(findIncompatibilities(bundleWith('const dates = [new Date(0)].map((d) => d.getTime());'))).toEqual(
      [],
    );
  });

  test('describes each problem on one line as file:line:column: reason', () => {
    const code = bundleWith('const big = 10n;');
    expect(describeIncompatibilities('dist/Code.js', findIncompatibilities(code))).toMatch(
      /^dist\/Code\.js:3:15: BigInt literal 10n: [^\n]+$/,
    );
  });
});

// The real bundle is built by `npm test` before jest runs; under CI its absence is a failure.
describeWithBuiltBundle('the built bundle', () => {
  test('dist/Code.js holds nothing Apps Script refuses (no BigInt literal among them)', () => {
    const code = readBuiltBundle();
    expect(findIncompatibilities(code)).toEqual([]);
    expect(code).not.toMatch(/\b(0x[0-9a-f]+|\d+)n\b/i);
  });
});
