// Builds what clasp pushes: dist/Code.js (the registry's stubs and what custom functions need),
// dist/Server.html (the server module, loaded only when a menu handler or endpoint runs),
// dist/appsscript.json and the sidebar HTML. Run: node build.mjs
import { build } from 'esbuild';
import { mkdir, rm, writeFile, copyFile, readFile } from 'node:fs/promises';
import vm from 'node:vm';
import { tsImport } from 'tsx/esm/api';

const { assertAppsScriptCompatible, IncompatibleScriptError } = await tsImport(
  './dev/build/appsScriptCompat.ts',
  import.meta.url,
);
const { GLOBAL_DOCS } = await tsImport('./src/registryDocs.ts', import.meta.url);
const { SERVER_MODULE_FILE, SERVER_MODULE_GLOBAL } = await tsImport('./src/serverModule.ts', import.meta.url);

export const BUNDLE_GLOBAL = 'CareerLadder_';
export { SERVER_MODULE_FILE, SERVER_MODULE_GLOBAL };
const DIST = 'dist';

/** A script that HtmlService's template parser would take for a scriptlet (`<?`…`?>`) cannot be read raw. */
export class ScriptletMarkerError extends Error {
  name = 'ScriptletMarkerError';
}

async function bundle(entryPoint, globalName) {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    format: 'iife',
    globalName,
    minify: true,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    legalComments: 'none',
    charset: 'utf8',
    write: false,
  });
  return result.outputFiles[0].text;
}

/** The Promotions sidebar: src/sidebar bundled for the browser, its JS and CSS inlined into one HTML file. */
async function buildSidebar() {
  const result = await build({
    entryPoints: ['src/sidebar/main.ts', 'src/sidebar/styles.css'],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    platform: 'browser',
    tsconfig: 'src/sidebar/tsconfig.json',
    legalComments: 'none',
    charset: 'utf8',
    outdir: DIST,
    write: false,
  });
  const output = (extension) => result.outputFiles.find((file) => file.path.endsWith(extension)).text;
  const script = output('.js').replaceAll('</script', '<\\/script');
  const page = await readFile('src/sidebar/index.html', 'utf8');
  return page
    .replace('/* inline:styles */', () => output('.css'))
    .replace('/* inline:script */', () => script);
}

/** The registry's names, kinds and docs: kinds from the core bundle (its top level does no work), docs from registryDocs.ts. */
function readRegistry(core) {
  const context = vm.createContext({});
  vm.runInContext(`${core}\nthis.registry = ${BUNDLE_GLOBAL}.registry;`, context);
  const names = Object.keys(context.registry);
  const documented = Object.keys(GLOBAL_DOCS);
  const undocumented = names.filter((name) => !documented.includes(name));
  const unknown = documented.filter((name) => !names.includes(name));
  if (undocumented.length || unknown.length) {
    throw new Error(
      `src/registryDocs.ts must document exactly the registry's globals (undocumented: ${undocumented.join(', ') || 'none'}; not in the registry: ${unknown.join(', ') || 'none'})`,
    );
  }
  return names.map((name) => ({ name, kind: context.registry[name].kind, ...GLOBAL_DOCS[name] }));
}

function jsDoc(entry) {
  const lines = [entry.description];
  if (entry.kind === 'customFunction') {
    lines.push('');
    for (const p of entry.params) {
      lines.push(`@param {${p.type}} ${p.optional ? `[${p.name}]` : p.name} ${p.description}`);
    }
    if (entry.returns) lines.push(`@return {${entry.returns.type}} ${entry.returns.description}`);
    lines.push('@customfunction');
  }
  const escaped = lines.map((line) => line.replaceAll('*/', '*\\/'));
  if (escaped.length === 1) return `/** ${escaped[0]} */`;
  return ['/**', ...escaped.map((line) => (line ? ` * ${line}` : ' *')), ' */'].join('\n');
}

function stub(entry) {
  const params = entry.params.map((p) => p.name).join(', ');
  return `${jsDoc(entry)}\nfunction ${entry.name}(${params}) {\n  return ${BUNDLE_GLOBAL}.registry.${entry.name}.run.apply(null, arguments);\n}\n`;
}

/**
 * Starts `outDir` afresh with `code` as its Code.js and `server` as its Server.html. A script Apps
 * Script would refuse never reaches it: the build stops with file, line and reason
 * (IncompatibleScriptError) and writes nothing.
 */
export async function writeScript(outDir, code, server) {
  assertAppsScriptCompatible(`${outDir}/Code.js`, code);
  if (server !== undefined) {
    const serverFile = `${outDir}/${SERVER_MODULE_FILE}.html`;
    assertAppsScriptCompatible(serverFile, server);
    if (/<\?|\?>/.test(server)) {
      throw new ScriptletMarkerError(
        `${serverFile} contains "<?" or "?>", which HtmlService would read as a scriptlet marker`,
      );
    }
  }
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(`${outDir}/Code.js`, code);
  if (server !== undefined) await writeFile(`${outDir}/${SERVER_MODULE_FILE}.html`, server);
}

/** Builds into `outDir` (default dist/); tests build into a temporary directory instead. */
export async function buildAll({ outDir = DIST } = {}) {
  const core = await bundle('src/main.ts', BUNDLE_GLOBAL);
  const server = await bundle('src/server/module.ts', SERVER_MODULE_GLOBAL);
  const entries = readRegistry(core);
  const header =
    '// Career Ladder for Google Sheets. Generated by build.mjs from src/; edit the sources, not this file.\n';
  const code = `${header}${core}\n${entries.map(stub).join('\n')}`;
  const serverHeader =
    '// Career Ladder for Google Sheets: the server module, which Code.js loads when a menu item or sidebar call runs.\n' +
    '// Generated by build.mjs from src/; edit the sources, not this file.\n';
  await writeScript(outDir, code, `${serverHeader}${server}`);
  await copyFile('appsscript.json', `${outDir}/appsscript.json`);
  await writeFile(`${outDir}/Sidebar.html`, await buildSidebar());
  return { entries, bytes: Buffer.byteLength(code), serverBytes: Buffer.byteLength(server) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { entries, bytes, serverBytes } = await buildAll();
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `dist/Code.js: ${entries.length} globals, ${kb(bytes)}; dist/${SERVER_MODULE_FILE}.html: ${kb(serverBytes)}`,
    );
  } catch (error) {
    if (!(error instanceof IncompatibleScriptError) && !(error instanceof ScriptletMarkerError)) throw error;
    console.error(`build failed: ${error.message}`);
    process.exitCode = 1;
  }
}
