import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import * as acorn from 'acorn';
import { registry } from '../../src/main';
import { GLOBAL_DOCS } from '../../src/registryDocs';
import { serverGlobals } from '../../src/server/module';
import { SERVER_MODULE_FILE, SERVER_MODULE_GLOBAL } from '../../src/serverModule';
import { appsScriptServices, cellDate } from '../support/appsScriptGlobals';
import { buildIntoTemp } from './buildIntoTemp';
import { ladderTable } from '../support/ladderTables';

const BUNDLE_GLOBAL = 'CareerLadder_';
const SERVICES = [
  'SpreadsheetApp',
  'Session',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'CacheService',
  'ScriptApp',
  'Utilities',
  'Logger',
  'UrlFetchApp',
  'DriveApp',
  'DocumentApp',
  'GmailApp',
  'MailApp',
  'CalendarApp',
  'Charts',
  'Browser',
];
const ZONE = 'Pacific/Kiritimati';

let tempDir: string;
let code: string;
let server: string;
let program: acorn.Program;
const comments: acorn.Comment[] = [];

beforeAll(() => {
  tempDir = buildIntoTemp('career-ladder-bundle-');
  code = readFileSync(join(tempDir, 'dist', 'Code.js'), 'utf8');
  server = readFileSync(join(tempDir, 'dist', `${SERVER_MODULE_FILE}.html`), 'utf8');
  program = acorn.parse(code, { ecmaVersion: 2022, sourceType: 'script', onComment: comments });
});

afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

/** A fresh realm with the bundle loaded; every service is a Proxy that logs each access and throws on unknown members. */
function loadBundle(): { context: vm.Context; accesses: string[] } {
  const accesses: string[] = [];
  const stubs = appsScriptServices({ spreadsheetTimeZone: ZONE, scriptTimeZone: 'Etc/UTC' });
  const globals = Object.fromEntries(
    SERVICES.map((name) => {
      const target = (stubs[name] ?? {}) as object;
      const proxy = new Proxy(target, {
        get(object, member) {
          accesses.push(`${name}.${String(member)}`);
          if (!(member in object)) throw new Error(`${name}.${String(member)} is not available in this test`);
          return Reflect.get(object, member);
        },
      });
      return [name, proxy];
    }),
  );
  const context = vm.createContext(globals);
  vm.runInContext(code, context, { filename: 'Code.js' });
  return { context, accesses };
}

/** Rows of cells made in the bundle's realm, as Apps Script passes a range: ISO dates become realm Dates. */
function realmRange(context: vm.Context, rows: unknown[][]): unknown[][] {
  const make = vm.runInContext(
    '(rows, isDate) => Array.from(rows, (row) => Array.from(row, (cell) => (isDate(cell) ? new Date(cell.epochMs) : cell)))',
    context,
  ) as (rows: unknown[][], isDate: (cell: unknown) => boolean) => unknown[][];
  const asMarkers = rows.map((row) =>
    row.map((cell) => (cell instanceof Date ? { epochMs: cell.getTime() } : cell)),
  );
  return make(asMarkers, (cell) => typeof cell === 'object' && cell !== null && 'epochMs' in cell);
}

function topLevelFunctions(): acorn.FunctionDeclaration[] {
  return program.body.filter(
    (node): node is acorn.FunctionDeclaration => node.type === 'FunctionDeclaration',
  );
}

function leadingComment(node: acorn.Node): string | undefined {
  const before = comments.filter((c) => c.end <= node.start && code.slice(c.end, node.start).trim() === '');
  return before.at(-1)?.value;
}

describe('the top level of dist/Code.js', () => {
  test('declares exactly one function per registry entry', () => {
    const declared = topLevelFunctions().map((fn) => fn.id.name);
    expect([...declared].sort()).toEqual(Object.keys(registry).sort());
  });

  test('has no other binding than the bundle object and no other statement', () => {
    const others = program.body.filter((node) => node.type !== 'FunctionDeclaration');
    const described = others.map((node) => {
      if (node.type === 'ExpressionStatement' && node.directive) return `directive ${node.directive}`;
      if (node.type === 'VariableDeclaration') {
        return `var ${node.declarations.map((d) => (d.id.type === 'Identifier' ? d.id.name : d.id.type)).join(',')}`;
      }
      return node.type;
    });
    expect(described).toEqual(['directive use strict', `var ${BUNDLE_GLOBAL}`]);
  });

  test('gives every custom function a JSDoc block with @customfunction and each parameter, and no other stub one', () => {
    const problems = topLevelFunctions().flatMap((fn) => {
      const name = fn.id.name as keyof typeof registry;
      const doc = leadingComment(fn) ?? '';
      const marked = doc.includes('@customfunction');
      if (registry[name]?.kind !== 'customFunction')
        return marked ? [`${name} is marked @customfunction`] : [];
      const missing = GLOBAL_DOCS[name].params.filter(
        (p) => !new RegExp(`@param \\{[^}]*\\} \\[?${p.name}\\]?`).test(doc),
      );
      return [
        ...(marked ? [] : [`${fn.id.name} lacks @customfunction`]),
        ...missing.map((p) => `${fn.id.name} does not document ${p.name}`),
        ...(doc.includes('@return') ? [] : [`${fn.id.name} does not document its result`]),
      ];
    });
    expect(problems).toEqual([]);
  });
});

describe('loading and calling the bundle in a fresh realm', () => {
  test('loading it touches no Apps Script service', () => {
    expect(loadBundle().accesses).toEqual([]);
  });

  test('NEXT_REVIEW through its stub returns a Date of that realm for a single cell, reading only the spreadsheet zone', () => {
    const { context, accesses } = loadBundle();
    const [[last]] = realmRange(context, [[cellDate(ZONE, '2025-08-31')]]) as [[Date]];
    const due = (context.NEXT_REVIEW as (...args: unknown[]) => unknown)('D2', last);
    expect(due instanceof (vm.runInContext('Date', context) as DateConstructor)).toBe(true);
    expect((due as Date).getTime()).toBe(cellDate(ZONE, '2026-02-28').getTime());
    expect(accesses).toEqual(['SpreadsheetApp.getActiveSpreadsheet']);
  });

  test('NEXT_REVIEW through its stub maps a range of realm arrays, passing every argument on', () => {
    const { context } = loadBundle();
    const positions = realmRange(context, [['D1'], [''], ['EM4'], ['EM3']]);
    const dates = realmRange(context, [
      [cellDate(ZONE, '2024-02-29')],
      [cellDate(ZONE, '2024-02-29')],
      [cellDate(ZONE, '2024-02-29')],
      [cellDate(ZONE, '2024-02-29')],
    ]);
    const ladder = realmRange(
      context,
      ladderTable(
        {
          code: 'D1',
          track: 'Developer',
          level: 1,
          Technology: 1,
          System: 1,
          People: 1,
          Process: 1,
          Influence: 1,
          levelCadence: 18,
        },
        {
          code: 'EM4',
          track: 'Engineering Manager',
          level: 4,
          Technology: 3,
          System: 3,
          People: 4,
          Process: 3,
          Influence: 2,
        },
      ),
    );
    const out = (context.NEXT_REVIEW as (...args: unknown[]) => unknown[][])(
      positions,
      dates,
      'level',
      ladder,
    );
    expect(Array.isArray(out) && out.every((row) => Array.isArray(row))).toBe(true);
    const shown = out.map(([cell]) => (typeof cell === 'string' ? cell : (cell as Date).getTime()));
    expect(shown).toEqual([
      cellDate(ZONE, '2025-08-29').getTime(),
      '',
      cellDate(ZONE, '2026-02-28').getTime(),
      'NEXT_REVIEW: position "EM3" is not on the ladder (D1, EM4, or a level number 1–4)',
    ]);
  });

  test('a bad single value through the stub throws the function’s message', () => {
    const { context } = loadBundle();
    expect(() => (context.NEXT_REVIEW as (...args: unknown[]) => unknown)('D8', 'yesterday')).toThrow(
      'NEXT_REVIEW: position "D8" is not on the ladder (D1–D7, EM4–EM7, or a level number 1–7)',
    );
  });
});

describe('the server module (dist/Server.html)', () => {
  const serverRun = Object.entries(registry)
    .filter(([, entry]) => ['menu', 'endpoint', 'clockTrigger'].includes(entry.kind))
    .map(([name]) => name)
    .sort();

  /** Evaluates the module's script as Code.js does, in a realm whose services log every access. */
  function loadServerModule(): { globals: Record<string, unknown>; accesses: string[] } {
    const accesses: string[] = [];
    const logged = new Proxy(
      {},
      {
        get(_target, member) {
          accesses.push(String(member));
          return undefined;
        },
      },
    );
    const context = vm.createContext(Object.fromEntries(SERVICES.map((name) => [name, logged])));
    const evaluate = vm.runInContext(
      `new Function(${JSON.stringify(`${server}\nreturn ${SERVER_MODULE_GLOBAL}.serverGlobals;`)})`,
      context,
    ) as () => Record<string, unknown>;
    return { globals: evaluate(), accesses };
  }

  test('implements exactly the registry’s menu handlers and sidebar endpoints, and touches no service when loaded', () => {
    const { globals, accesses } = loadServerModule();
    expect(Object.keys(globals).sort()).toEqual(serverRun);
    expect(Object.keys(serverGlobals).sort()).toEqual(serverRun);
    expect(Object.values(globals).every((handler) => typeof handler === 'function')).toBe(true);
    expect(accesses).toEqual([]);
  });

  test('is a script with one top-level binding, which HtmlService reads raw (no scriptlet markers)', () => {
    const script = acorn.parse(server, { ecmaVersion: 2020, sourceType: 'script' });
    const bindings = script.body.flatMap((node) =>
      node.type === 'VariableDeclaration'
        ? node.declarations.map((d) => (d.id.type === 'Identifier' ? d.id.name : d.id.type))
        : node.type === 'FunctionDeclaration'
          ? [node.id.name]
          : [],
    );
    expect(bindings).toEqual([SERVER_MODULE_GLOBAL]);
    expect(server).not.toMatch(/<\?|\?>/);
  });

  test('Code.js carries none of the server code: no set-up, locks, protections or dialogs', () => {
    for (const serverOnly of [
      'setConditionalFormatRules',
      'LockService',
      'getProtections',
      'showModalDialog',
    ]) {
      expect(code).not.toContain(serverOnly);
      expect(server).toContain(serverOnly);
    }
  });

  test('a menu handler’s stub loads the module from its HTML file and calls its handler', () => {
    const { context, accesses } = loadBundle();
    const ran: string[] = [];
    vm.runInContext(
      `HtmlService = { createTemplateFromFile: (file) => ({ getRawContent: () => { log('read ' + file); return source; } }) };`,
      Object.assign(context, {
        log: (line: string) => ran.push(line),
        source: `var ${SERVER_MODULE_GLOBAL} = { serverGlobals: { showAbout: () => { log('showAbout'); return 'shown'; }, diagnose: () => 'diagnosed' } };`,
      }),
    );
    expect((context.showAbout as () => unknown)()).toBe('shown');
    expect((context.diagnose as () => unknown)()).toBe('diagnosed');
    expect(ran).toEqual([`read ${SERVER_MODULE_FILE}`, 'showAbout']);
    expect(accesses).toEqual([]);
  });
});
