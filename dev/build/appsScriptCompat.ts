/**
 * What Apps Script's parser or V8 runtime refuses, found in a script before it is pushed or loaded
 * (contracts §13). build.mjs refuses to write such a dist/Code.js, and the local runtime refuses to
 * load one, with the same message.
 */
import * as acorn from 'acorn';
import { analyze } from 'eslint-scope';
import type * as ESTree from 'estree';

/**
 * Globals of Node and browsers that Apps Script's V8 runtime does not provide (its "V8 runtime
 * limitations" list), with the documented alternative where there is one.
 */
export const MISSING_GLOBALS: Readonly<Record<string, string>> = {
  setTimeout: 'there are no timers; Utilities.sleep(ms) pauses',
  setInterval: 'there are no timers',
  clearTimeout: 'there are no timers',
  clearInterval: 'there are no timers',
  TextEncoder: 'use Utilities.newBlob(text).getBytes()',
  TextDecoder: 'use Utilities.newBlob(bytes).getDataAsString()',
  URL: 'there is no URL class',
  URLSearchParams: 'there is no URLSearchParams class',
  fetch: 'use UrlFetchApp.fetch',
  atob: 'use Utilities.base64Decode',
  btoa: 'use Utilities.base64Encode',
  crypto: 'use Utilities.computeDigest or Utilities.getUuid',
  performance: 'use Date.now()',
  process: 'there is no Node process object',
  window: 'a script is not a web page',
  navigator: 'a script is not a web page',
  structuredClone: 'a bare V8 has no structuredClone',
  queueMicrotask: 'a bare V8 has no queueMicrotask',
};

export interface Incompatibility {
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

type Node = acorn.Node & Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    if (Array.isArray(value)) out.push(...value.filter(isNode));
    else if (isNode(value)) out.push(value);
  }
  return out;
}

function keyName(node: Node): string {
  const key = node.key as Node | undefined;
  if (!key) return '';
  if (key.type === 'PrivateIdentifier' || key.type === 'Identifier') return String(key.name);
  return key.type === 'Literal' ? String(key.value) : '[computed]';
}

/** The reason a node's syntax is refused, or undefined when Apps Script accepts it. */
function syntaxReason(node: Node): string | undefined {
  switch (node.type) {
    case 'Literal':
      return typeof node.bigint === 'string'
        ? `BigInt literal ${node.raw}: Apps Script's parser rejects it (ParseError: Unexpected token ILLEGAL)`
        : undefined;
    case 'PrivateIdentifier':
      return `private class member #${String(node.name)}: Apps Script's parser rejects private members`;
    case 'PropertyDefinition':
      return node.static
        ? `static class field ${keyName(node)}: Apps Script does not support static field declarations`
        : `class field ${keyName(node)}: the build must lower class fields to constructor assignments`;
    case 'StaticBlock':
      return "static class block: Apps Script's parser rejects it";
    case 'ImportDeclaration':
    case 'ImportExpression':
      return 'import: Apps Script has no ES modules (all files share one global scope)';
    case 'ExportNamedDeclaration':
    case 'ExportDefaultDeclaration':
    case 'ExportAllDeclaration':
      return 'export: Apps Script has no ES modules (all files share one global scope)';
    case 'MetaProperty':
      return (node.meta as Node).name === 'import' ? 'import.meta: Apps Script has no ES modules' : undefined;
    default:
      return undefined;
  }
}

function hasMissingGlobal(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(MISSING_GLOBALS, name);
}

function missingGlobalReason(name: string): string {
  return `free reference to ${name}: Apps Script's V8 runtime has no ${name} (${MISSING_GLOBALS[name]})`;
}

function at(node: acorn.Node, reason: string): Incompatibility {
  const start = node.loc?.start ?? { line: 0, column: 0 };
  return { line: start.line, column: start.column + 1, reason };
}

/** `typeof X` is how scripts test for a global safely: it never throws, so it is not refused. */
function isTypeofOperand(node: ESTree.Identifier, parents: ReadonlyMap<ESTree.Node, ESTree.Node>): boolean {
  const parent = parents.get(node);
  return parent?.type === 'UnaryExpression' && parent.operator === 'typeof';
}

function parse(code: string, sourceType: 'script' | 'module'): acorn.Program {
  return acorn.parse(code, { ecmaVersion: 'latest', sourceType, locations: true, ranges: true });
}

/**
 * Parses as a script (how Apps Script reads a .gs file); when that fails only because of
 * import/export, parses as a module so each of them can be reported where it is.
 */
function parseScript(code: string): { program?: acorn.Program; error?: Incompatibility } {
  try {
    return { program: parse(code, 'script') };
  } catch (scriptError) {
    try {
      return { program: parse(code, 'module') };
    } catch {
      const { message, loc } = scriptError as SyntaxError & { loc?: { line: number; column: number } };
      return {
        error: {
          line: loc?.line ?? 0,
          column: (loc?.column ?? 0) + 1,
          reason: `syntax error: ${message.replace(/\s*\(\d+:\d+\)$/, '')}`,
        },
      };
    }
  }
}

/** Every construct of `code` that Apps Script's parser or runtime would refuse, in source order. */
export function findIncompatibilities(code: string): Incompatibility[] {
  const { program, error } = parseScript(code);
  if (!program) return error ? [error] : [];
  const found: Incompatibility[] = [];
  const parents = new Map<ESTree.Node, ESTree.Node>();
  const visit = (node: Node) => {
    const reason = syntaxReason(node);
    if (reason) found.push(at(node, reason));
    if (
      node.type === 'MemberExpression' &&
      (node.object as Node).type === 'Identifier' &&
      (node.object as Node).name === 'globalThis' &&
      !node.computed &&
      hasMissingGlobal(String((node.property as Node).name))
    ) {
      found.push(at(node, missingGlobalReason(String((node.property as Node).name))));
    }
    for (const child of children(node)) {
      parents.set(child as unknown as ESTree.Node, node as unknown as ESTree.Node);
      visit(child);
    }
  };
  visit(program as unknown as Node);
  const scopes = analyze(program as unknown as ESTree.Program, {
    ecmaVersion: 2022,
    sourceType: program.sourceType,
  });
  for (const reference of scopes.globalScope?.through ?? []) {
    const { identifier } = reference;
    if (identifier.type !== 'Identifier') continue;
    if (!hasMissingGlobal(identifier.name) || isTypeofOperand(identifier, parents)) continue;
    found.push(at(identifier as unknown as acorn.Node, missingGlobalReason(identifier.name)));
  }
  if (found.length === 0) found.push(...newerThanEs2020(code));
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Shipped code is ES2020 (esbuild's target): syntax from later editions (logical assignment,
 * numeric separators, top-level await…) means the build target drifted.
 */
function newerThanEs2020(code: string): Incompatibility[] {
  try {
    acorn.parse(code, { ecmaVersion: 2020, sourceType: 'script' });
    return [];
  } catch (error) {
    const { message, loc } = error as SyntaxError & { loc?: { line: number; column: number } };
    return [
      {
        line: loc?.line ?? 0,
        column: (loc?.column ?? 0) + 1,
        reason: `syntax newer than ES2020 (${message.replace(/\s*\(\d+:\d+\)$/, '')}): the build targets ES2020`,
      },
    ];
  }
}

/** One line per problem: `file:line:column: reason`. */
export function describeIncompatibilities(file: string, problems: readonly Incompatibility[]): string {
  return problems.map((p) => `${file}:${p.line}:${p.column}: ${p.reason}`).join('\n');
}

/** The error a refused script gets, from the build and from the local runtime alike. */
export class IncompatibleScriptError extends Error {
  override readonly name = 'IncompatibleScriptError';
  constructor(
    readonly file: string,
    readonly problems: readonly Incompatibility[],
  ) {
    super(`${file} would not run in Apps Script:\n${describeIncompatibilities(file, problems)}`);
  }
}

/** Throws IncompatibleScriptError when `code` holds anything Apps Script refuses. */
export function assertAppsScriptCompatible(file: string, code: string): void {
  const problems = findIncompatibilities(code);
  if (problems.length > 0) throw new IncompatibleScriptError(file, problems);
}
