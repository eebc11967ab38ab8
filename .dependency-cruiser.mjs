/**
 * The layers of src/, each importing only the ones below it:
 *   domain ← time ← tables ← functions, sheets ← server ← main (main.ts, registry.ts, menu.ts, serverModule.ts)
 * main.ts is dist/Code.js, which every custom-function call loads: it takes only the server module's
 * types and loads the module itself at run time (serverModule.ts); registryDocs.ts is read by the build.
 * functions and sheets do not import each other; server may use sheets (set-up, Check workbook) but
 * never functions, which Apps Script loads for every custom-function call. The sidebar is a browser
 * bundle: its own files, the pure domain, and the RPC contract's types only. Shipped code never
 * imports dev/. `npm run lint` runs this; tests/build/layers.test.ts shows a wrong import refused.
 */
const below = (...layers) => `^src/(?!(${layers.join('|')})/)`;

export default {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: below('domain') },
    },
    {
      name: 'time-above-domain',
      severity: 'error',
      from: { path: '^src/time/' },
      to: { path: below('domain', 'time') },
    },
    {
      name: 'tables-above-time',
      severity: 'error',
      from: { path: '^src/tables/' },
      to: { path: below('domain', 'time', 'tables') },
    },
    {
      name: 'functions-above-tables',
      severity: 'error',
      from: { path: '^src/functions/' },
      to: { path: below('domain', 'time', 'tables', 'functions') },
    },
    {
      name: 'sheets-above-tables',
      severity: 'error',
      from: { path: '^src/sheets/' },
      to: { path: below('domain', 'time', 'tables', 'sheets') },
    },
    {
      name: 'server-above-sheets',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/(?!(domain|time|tables|sheets|server)/|version\\.ts$)' },
    },
    {
      name: 'code-js-takes-only-server-types',
      comment: 'Code.js (main.ts and what it imports) loads the server module at run time, never bundles it',
      severity: 'error',
      from: { path: '^src/[^/]+\\.ts$' },
      to: { path: '^src/(server|sheets)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'registry-docs-are-read-by-the-build-only',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/registryDocs\\.ts$' },
      to: { path: '^src/registryDocs\\.ts$' },
    },
    {
      name: 'sidebar-is-a-browser-client',
      severity: 'error',
      from: { path: '^src/sidebar/' },
      to: { path: '^src/(?!(sidebar|domain)/|server/rpc\\.ts$)' },
    },
    {
      name: 'sidebar-takes-only-rpc-types',
      severity: 'error',
      from: { path: '^src/sidebar/' },
      to: { path: '^src/server/rpc\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'shipped-code-never-imports-dev',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(dev|tests|bench)/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
  },
};
