// Builds what clasp pushes: dist/Code.js (minified IIFE + one top-level stub per registry entry),
// dist/appsscript.json and the sidebar HTML. Run: node build.mjs
import { build } from 'esbuild';
import { mkdir, rm, writeFile, copyFile, readFile } from 'node:fs/promises';
import vm from 'node:vm';
import ts from 'typescript';
import { tsImport } from 'tsx/esm/api';

const { assertAppsScriptCompatible, IncompatibleScriptError } = await tsImport(
  './dev/build/appsScriptCompat.ts',
  import.meta.url,
);

export const BUNDLE_GLOBAL = 'CareerLadder_';
const DIST = 'dist';

const REGISTRY_FILE = 'src/main.ts';
const DOC_PROPERTIES = new Set(['description', 'params', 'returns']);

/**
 * The registry's docs are only read at build time (they become the stubs' JSDoc), so the shipped
 * bundle drops them: every custom-function call loads the whole script.
 */
function withoutRegistryDocs(source) {
  const file = ts.createSourceFile(REGISTRY_FILE, source, ts.ScriptTarget.ES2020, true);
  const cuts = [];
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === 'registry' && node.initializer) {
      for (const entry of node.initializer.properties ?? []) {
        for (const property of entry.initializer?.properties ?? []) {
          if (DOC_PROPERTIES.has(property.name?.getText(file)))
            cuts.push([property.getFullStart(), property.end]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let stripped = source;
  for (const [start, end] of cuts.reverse()) {
    const comma = stripped.slice(end).match(/^\s*,/);
    stripped = stripped.slice(0, start) + stripped.slice(end + (comma ? comma[0].length : 0));
  }
  return stripped;
}

const stripRegistryDocs = {
  name: 'strip-registry-docs',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /src[\\/]main\.ts$/ }, async (args) => ({
      contents: withoutRegistryDocs(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};

async function bundleScript({ docs }) {
  const result = await build({
    plugins: docs ? [] : [stripRegistryDocs],
    entryPoints: [REGISTRY_FILE],
    bundle: true,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
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

/** Reads the registry's names and docs by evaluating the documented bundle: its top level does no work. */
function readRegistry(bundle) {
  const context = vm.createContext({});
  vm.runInContext(`${bundle}\nthis.registry = ${BUNDLE_GLOBAL}.registry;`, context);
  return Object.entries(context.registry).map(([name, entry]) => ({
    name,
    kind: entry.kind,
    description: entry.description,
    params: entry.params.map((p) => ({ ...p })),
    returns: entry.returns && { ...entry.returns },
  }));
}

function jsDoc(entry) {
  const lines = [entry.description, ''];
  for (const p of entry.params) {
    lines.push(`@param {${p.type}} ${p.optional ? `[${p.name}]` : p.name} ${p.description}`);
  }
  if (entry.returns) lines.push(`@return {${entry.returns.type}} ${entry.returns.description}`);
  if (entry.kind === 'customFunction') lines.push('@customfunction');
  return ['/**', ...lines.map((line) => (line ? ` * ${line.replaceAll('*/', '*\\/')}` : ' *')), ' */'].join(
    '\n',
  );
}

function stub(entry) {
  const params = entry.params.map((p) => p.name).join(', ');
  return `${jsDoc(entry)}\nfunction ${entry.name}(${params}) {\n  return ${BUNDLE_GLOBAL}.registry.${entry.name}.run.apply(null, arguments);\n}\n`;
}

/**
 * Starts `outDir` afresh with `code` as its Code.js. A script Apps Script would refuse never reaches
 * it: the build stops with file, line and reason (IncompatibleScriptError) and writes nothing.
 */
export async function writeScript(outDir, code) {
  assertAppsScriptCompatible(`${outDir}/Code.js`, code);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(`${outDir}/Code.js`, code);
}

/** Builds into `outDir` (default dist/); tests build into a temporary directory instead. */
export async function buildAll({ outDir = DIST } = {}) {
  const entries = readRegistry(await bundleScript({ docs: true }));
  const bundle = await bundleScript({ docs: false });
  const header =
    '// Career Ladder for Google Sheets. Generated by build.mjs from src/; edit the sources, not this file.\n';
  const code = `${header}${bundle}\n${entries.map(stub).join('\n')}`;
  await writeScript(outDir, code);
  await copyFile('appsscript.json', `${outDir}/appsscript.json`);
  await writeFile(`${outDir}/Sidebar.html`, await buildSidebar());
  return { entries, bytes: Buffer.byteLength(code) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { entries, bytes } = await buildAll();
    console.log(`dist/Code.js: ${entries.length} globals, ${(bytes / 1024).toFixed(1)} KB`);
  } catch (error) {
    if (!(error instanceof IncompatibleScriptError)) throw error;
    console.error(`build failed: ${error.message}`);
    process.exitCode = 1;
  }
}
