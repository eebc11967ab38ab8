import { loadRuntime } from '../../../dev/runtime';
import {
  findIncompatibilities,
  IncompatibleScriptError,
  MISSING_GLOBALS,
} from '../../../dev/build/appsScriptCompat';
import { loadScriptRuntime, runScript } from '../../support/runtime';

describe('the runtime refuses what Apps Script refuses', () => {
  test.each([
    ['a BigInt literal', 'function onOpen(e) { return 1n; }'],
    ['a static class field', 'class Counter { static count = 0; }\nfunction onOpen(e) { return Counter; }'],
    ['an export', 'export function onOpen(e) { return 1; }'],
    ['a free reference to setTimeout', 'function onOpen(e) { setTimeout(onOpen, 1); }'],
  ])('a bundle with %s does not load, with the build’s message', (_what, source) => {
    const expected = new IncompatibleScriptError('Code.js', findIncompatibilities(source)).message;
    expect(() => loadRuntime({ bundleSource: source })).toThrow(expected);
  });

  test.each(Object.keys(MISSING_GLOBALS))(
    'a script reaching for %s at run time fails with a ReferenceError, as in Apps Script',
    (name) => {
      const rt = loadScriptRuntime();
      // new Function hides the reference from the load-time check, as code built at run time would.
      expect(() => runScript(rt, `return ${name};`)).toThrow(
        expect.objectContaining({ name: 'ReferenceError', message: `${name} is not defined` }),
      );
      expect(runScript(rt, `return typeof ${name};`)).toBe('undefined');
    },
  );
});
