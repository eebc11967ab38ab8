/**
 * Local Apps Script runtime: loads the built add-on into a fresh vm realm with an in-memory
 * spreadsheet (HyperFormula formulas). See dev/runtime/README.md for the contract.
 */
import fs from 'node:fs';
import path from 'node:path';
import { boundA1, parseA1 } from './a1';
import { scanBundle } from './bundle';
import { findIncompatibilities, IncompatibleScriptError } from '../build/appsScriptCompat';
import type { BundleGlobal } from './bundle';
import { writeBlock } from './cells';
import { Core } from './core';
import type { ExecutionCalls, MenuEntry, ServiceCallInfo, UiRecord } from './core';
import { Engine } from './engine';
import type { CustomFunctionResult } from './engine';
import { newWorkbook } from './model';
import { parseSavedWorkbook, saveWorkbook } from './persistence';
import { preparePlatformRealm, resolvePlatform } from './platform';
import type { PlatformSwitches } from './platform';
import type { SavedWorkbook } from './persistence';
import { createRealm, isDateLike } from './realm';
import { Service, ServiceException } from './services/base';
import { ChartType } from './services/chart';
import {
  CacheService,
  Console,
  LockService,
  Logger,
  PropertiesService,
  ScriptApp,
  Session,
  User,
  Utilities,
} from './services/misc';
import { Spreadsheet, SpreadsheetApp } from './services/spreadsheet';
import { HtmlService } from './services/ui';
import { WorkbookView } from './workbook-view';

export type { SavedWorkbook } from './persistence';
export { loadWorkbookFile } from './persistence';
export type { ExecutionCalls, ServiceCallInfo } from './core';
export type { SheetInfo } from './workbook-view';
export { WorkbookView } from './workbook-view';
export { measureRuntimeLoad } from './bench';
export type { PlatformSwitch, PlatformSwitches } from './platform';
export { DEFAULT_PLATFORM, FLIPPED_PLATFORM, PLATFORM_SWITCHES } from './platform';

export interface LoadOptions {
  /** default 'dist/Code.js' (relative to the working directory) */
  bundlePath?: string;
  /** the bundle text itself (wins over bundlePath) */
  bundleSource?: string;
  /** where HtmlService reads NAME.html; default: the bundle's directory (or 'dist') */
  htmlDir?: string;
  /** default 'Etc/UTC' (a saved state keeps its own zone unless this is given) */
  spreadsheetTimeZone?: string;
  /** default: appsscript.json timeZone, else 'Etc/UTC' */
  scriptTimeZone?: string;
  locale?: string;
  /** Session.getActiveUser(): the person running executions and typing in userEdit; default 'me@example.com' */
  activeUser?: string;
  /** Session.getEffectiveUser(): whose rights script writes use; default = activeUser (an add-on runs as its user) */
  effectiveUser?: string;
  /** the spreadsheet's owner (always an editor of every protection); default = effectiveUser, or the saved owner */
  owner?: string;
  /** caption of createAddonMenu(); default 'Career Ladder' */
  addonName?: string;
  /** virtual clock start; default: real time at load */
  now?: Date | (() => Date);
  state?: SavedWorkbook;
  /** how the unconfirmed behaviours of contracts section 14 go (dev/runtime/platform.ts); default DEFAULT_PLATFORM */
  platform?: Partial<PlatformSwitches>;
}

export interface UiView extends Omit<UiRecord, 'scriptedAnswers'> {
  /** buttons the next alerts answer, in order ('OK', 'YES', 'NO', 'CANCEL', 'CLOSE') */
  answerNextAlerts(...answers: string[]): void;
}

export type EditResult = { ok: true; flagged: boolean } | { ok: false; message: string };

class AppsScriptNotImplemented extends Service {
  readonly _className: string;
  constructor(core: Core, name: string) {
    super(core);
    this._className = name;
  }
}

class Charts extends Service {
  readonly _className = 'Charts';
  readonly ChartType = ChartType;
}

function readScriptZone(): string {
  try {
    const manifest = JSON.parse(fs.readFileSync('appsscript.json', 'utf8')) as { timeZone?: string };
    return manifest.timeZone ?? 'Etc/UTC';
  } catch {
    return 'Etc/UTC';
  }
}

/** google.script.run argument rules: Dates and functions anywhere fail [doc] Run, [observed] 10.2. */
function checkClientArgs(args: unknown[]): void {
  const illegal = (v: unknown): boolean => {
    if (typeof v === 'function' || isDateLike(v)) return true;
    if (Array.isArray(v)) return v.some(illegal);
    if (v && typeof v === 'object') return Object.values(v).some(illegal);
    return false;
  };
  args.forEach((a, i) => {
    if (illegal(a)) throw new Error(`Failed due to illegal value in property: ${i}`);
  });
}

/** What a google.script.run success handler receives [observed] 10.2. */
function toClient(v: unknown): unknown {
  let hasDate = false;
  const conv = (x: unknown, inArray: boolean): unknown => {
    if (x === undefined) return inArray ? null : undefined;
    if (x === null || typeof x !== 'object') return typeof x === 'function' ? null : x;
    if (isDateLike(x)) {
      hasDate = true;
      return null;
    }
    if (Array.isArray(x)) return x.map((y) => conv(y, true));
    const p = Object.getPrototypeOf(x);
    if (p !== Object.prototype && p !== null) return {};
    const o: Record<string, unknown> = {};
    for (const [k, y] of Object.entries(x)) if (y !== undefined) o[k] = conv(y, false);
    return o;
  };
  const out = conv(v, false);
  return hasDate ? null : out;
}

const checkedSources = new Map<string, ReturnType<typeof findIncompatibilities>>();

/**
 * Apps Script refuses the whole project when its parser rejects a construct, or fails a call that
 * reaches for a global it lacks: the runtime refuses such a bundle too, with the build's message.
 */
function refuseIncompatible(file: string, source: string): void {
  let problems = checkedSources.get(source);
  if (!problems) {
    problems = findIncompatibilities(source);
    checkedSources.set(source, problems);
  }
  if (problems.length > 0) throw new IncompatibleScriptError(file, problems);
}

export class Runtime {
  readonly core: Core;
  readonly globals: BundleGlobal[];
  readonly customFunctions: string[];
  readonly workbook: WorkbookView;
  readonly ui: UiView;
  readonly calls: { readonly last: ExecutionCalls | undefined; readonly all: ExecutionCalls[] };
  readonly clock: { now(): Date; set(d: Date): void; advance(ms: number): void };

  constructor(opts: LoadOptions = {}) {
    const bundlePath = opts.bundlePath ?? 'dist/Code.js';
    const source = opts.bundleSource ?? fs.readFileSync(bundlePath, 'utf8');
    refuseIncompatible(opts.bundleSource === undefined ? bundlePath : 'Code.js', source);
    const now = typeof opts.now === 'function' ? opts.now() : (opts.now ?? new Date());
    const activeUser = opts.activeUser ?? 'me@example.com';
    this.core = new Core(
      {
        spreadsheetTimeZone: opts.spreadsheetTimeZone ?? 'Etc/UTC',
        scriptTimeZone: opts.scriptTimeZone ?? readScriptZone(),
        locale: opts.locale ?? 'en_US',
        activeUser,
        effectiveUser: opts.effectiveUser ?? activeUser,
        addonName: opts.addonName ?? 'Career Ladder',
        htmlDir: opts.htmlDir ?? (opts.bundleSource ? 'dist' : path.dirname(bundlePath)),
        platform: resolvePlatform(opts.platform),
      },
      now.getTime(),
    );
    const core = this.core;
    core.realm = createRealm(() => core.nowMs);
    preparePlatformRealm(core);
    core.model = opts.state
      ? parseSavedWorkbook(opts.state)
      : newWorkbook(core.opts.spreadsheetTimeZone, core.opts.locale);
    if (opts.state && opts.spreadsheetTimeZone) core.model.timeZone = opts.spreadsheetTimeZone;
    if (opts.state && opts.locale) core.model.locale = opts.locale;
    core.model.owner = opts.owner ?? core.model.owner ?? core.opts.effectiveUser;

    this.globals = scanBundle(source);
    this.customFunctions = this.globals.filter((g) => g.customFunction).map((g) => g.name);
    const byUpper = new Map(this.customFunctions.map((n) => [n.toUpperCase(), n]));
    core.engine = new Engine(
      core.model,
      {
        has: (n) => byUpper.has(n.toUpperCase()),
        run: (n, args, at) => this.runCustom(byUpper.get(n.toUpperCase()) ?? n, args, at),
      },
      [...byUpper.keys()],
      () => core.nowMs,
    );
    this.installGlobals();
    core.realm.run(source, 'Code.js');
    core.engine.loadAll();

    this.workbook = new WorkbookView(core);
    const ui = core.ui;
    this.ui = {
      get menus() {
        return ui.menus;
      },
      get sidebars() {
        return ui.sidebars;
      },
      get dialogs() {
        return ui.dialogs;
      },
      get alerts() {
        return ui.alerts;
      },
      get toasts() {
        return ui.toasts;
      },
      answerNextAlerts: (...answers: string[]) => ui.scriptedAnswers.push(...answers),
    };
    const history = core.history;
    this.calls = {
      get last() {
        for (let i = history.length - 1; i >= 0; i--)
          if (history[i]?.kind !== 'customFunction') return history[i];
        return undefined;
      },
      all: history,
    };
    this.clock = {
      now: () => new Date(core.nowMs),
      set: (d: Date) => {
        core.nowMs = d.getTime();
      },
      advance: (ms: number) => core.advance(ms),
    };
  }

  private installGlobals(): void {
    const core = this.core;
    const g = core.realm.global;
    const services: Record<string, Service> = {
      SpreadsheetApp: new SpreadsheetApp(core),
      HtmlService: new HtmlService(core),
      LockService: new LockService(core),
      PropertiesService: new PropertiesService(core),
      CacheService: new CacheService(core),
      Session: new Session(core),
      Utilities: new Utilities(core),
      Logger: new Logger(core),
      ScriptApp: new ScriptApp(core),
      Charts: new Charts(core),
      console: new Console(core),
    };
    for (const name of [
      'DriveApp',
      'DocumentApp',
      'GmailApp',
      'MailApp',
      'CalendarApp',
      'UrlFetchApp',
      'FormApp',
      'SlidesApp',
      'ContentService',
      'XmlService',
      'Maps',
      'LanguageApp',
      'Jdbc',
      'CardService',
      'DataStudioApp',
      'Browser',
    ])
      services[name] = new AppsScriptNotImplemented(core, name);
    for (const [name, svc] of Object.entries(services)) g[name] = core.wrap(svc);
  }

  private fn(name: string): (...a: unknown[]) => unknown {
    const f = this.core.realm.global[name];
    if (typeof f !== 'function') throw new Error(`Script function not found: ${name}`);
    return f as (...a: unknown[]) => unknown;
  }

  private hostError(e: unknown): Error {
    if (e instanceof ServiceException) return e;
    if (e && typeof e === 'object' && 'message' in e) {
      const err = new Error(String((e as Error).message));
      err.name = String((e as Error).name ?? 'Error');
      (err as Error & { cause?: unknown }).cause = e;
      if ((e as Error).stack) err.stack = (e as Error).stack;
      return err;
    }
    return new Error(String(e));
  }

  private exec(name: string, kind: 'run' | 'trigger' | 'menu', args: unknown[]): unknown {
    const f = this.fn(name);
    try {
      return this.core.execute(name, kind, () =>
        this.core.realm.toHost(f(...args.map((a) => this.core.realm.fromHost(a)))),
      );
    } catch (e) {
      throw this.hostError(e);
    }
  }

  /** One execution as google.script.run calls it (argument and return rules of 10.1–10.2). */
  run(name: string, ...args: unknown[]): unknown {
    if (name.endsWith('_')) throw new Error(`Script function not found: ${name}`);
    checkClientArgs(args);
    return toClient(
      this.exec(name, 'run', JSON.parse(JSON.stringify(args, (_k, v) => (v === undefined ? null : v)))),
    );
  }

  /** One execution with no google.script.run filtering: Dates go in and come back as Dates. */
  call(name: string, ...args: unknown[]): unknown {
    return this.exec(name, 'run', args);
  }

  /** Runs a trigger function with an event object made in the realm. */
  trigger(name: string, event: Record<string, unknown> = {}): unknown {
    const core = this.core;
    const authMode = name === 'onInstall' ? 'FULL' : 'LIMITED';
    const e = {
      authMode,
      source: core.wrap(new Spreadsheet(core)),
      user: core.wrap(new User(core, core.opts.activeUser)),
      ...event,
    };
    return this.exec(name, 'trigger', [e]);
  }

  /** Runs the handler of a menu item built by onOpen; label = item caption or 'Menu ▸ Item'. */
  runMenuItem(label: string): unknown {
    const parts = label.split(/\s*[▸>]\s*/);
    const wanted = parts[parts.length - 1] ?? label;
    const find = (items: MenuEntry[]): string | null => {
      for (const it of items) {
        if (it.type === 'item' && it.caption === wanted) return it.functionName;
        if (it.type === 'submenu') {
          const f = find(it.items);
          if (f) return f;
        }
      }
      return null;
    };
    for (const m of this.core.ui.menus) {
      if (parts.length > 1 && m.caption !== parts[0]) continue;
      const fnName = find(m.items);
      if (fnName) return this.exec(fnName, 'menu', []);
    }
    const all = this.core.ui.menus.map(
      (m) => `${m.caption}: ${m.items.map((i) => (i.type === 'separator' ? '—' : i.caption)).join(', ')}`,
    );
    throw new Error(
      `runtime: no menu item "${label}" (menus: ${all.join(' | ') || 'none — run trigger("onOpen") first'})`,
    );
  }

  private runCustom(
    name: string,
    args: unknown[],
    at: { sheetId: number; row: number; col: number },
  ): CustomFunctionResult {
    const core = this.core;
    try {
      const f = this.fn(name);
      const value = core.execute(
        name,
        'customFunction',
        () => core.realm.toHost(f(...args.map((a) => core.realm.fromHost(a)))),
        at,
      );
      return { ok: true, value };
    } catch (e) {
      const msg = e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
      return { ok: false, message: msg };
    }
  }

  /**
   * A person typing into a cell: validation, then recalculation — of everything, or with
   * `{ recalculate: 'sheet' }` first of what the edited sheet shows; the rest is recalculated as soon as
   * anything else is read (a read never sees a value that is not recalculated).
   */
  userEdit(a1: string, value: unknown, opts: { recalculate?: 'all' | 'sheet' } = {}): EditResult {
    const p = parseA1(a1);
    if (!p) throw new Error(`runtime: not an A1 reference: ${a1}`);
    const { sheet, ref } = this.workbook.resolve(a1);
    const one = { ...boundA1(p, sheet.maxRows, sheet.maxCols), numRows: 1, numCols: 1 };
    void ref;
    try {
      writeBlock(this.core, sheet, one, [[value]], { user: true });
    } catch (e) {
      if (e instanceof ServiceException) return { ok: false, message: e.message };
      throw e;
    }
    if (opts.recalculate === 'sheet') this.core.engine.settleSheet(sheet);
    else this.core.engine.settle();
    return { ok: true, flagged: this.workbook.isFlagged(a1) };
  }

  /**
   * From now on executions and user edits are made by `email` (Session.getActiveUser) with its own rights
   * (Session.getEffectiveUser = `email` unless `effectiveUser` is given), as when another person opens the file.
   */
  setActiveUser(email: string, opts: { effectiveUser?: string } = {}): void {
    this.core.opts.activeUser = email;
    this.core.opts.effectiveUser = opts.effectiveUser ?? email;
  }

  /**
   * Makes `sheetName` the active sheet, as clicking its tab in Sheets does: the next execution's
   * getActiveSheet() (and a sheet-less address) is that sheet.
   */
  activate(sheetName: string): void {
    const m = this.core.model;
    const s = m.sheets.find((x) => x.name.toLowerCase() === sheetName.toLowerCase());
    if (!s)
      throw new Error(
        `runtime: no sheet named "${sheetName}" (sheets: ${m.sheets.map((x) => x.name).join(', ')})`,
      );
    m.activeSheetId = s.id;
  }

  /** Who the spreadsheet's owner is (protections never restrict them). */
  get owner(): string {
    return this.core.owner;
  }

  /** How this runtime plays the unconfirmed behaviours of contracts section 14. */
  get platform(): PlatformSwitches {
    return this.core.opts.platform;
  }

  recalc(): void {
    this.core.engine.recalc();
  }

  save(): SavedWorkbook {
    this.core.engine.settle();
    return saveWorkbook(this.core.model, new Date(this.core.nowMs));
  }

  saveToFile(file: string): void {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(this.save(), null, 1));
  }

  /** The first `times` calls of 'Class.method' run fn just before the method (to overlap executions). */
  during(method: string, fn: () => void, opts: { times?: number } = {}): void {
    this.core.hooks.push({ method, times: opts.times ?? 1, fn });
  }

  onServiceCall(fn: (c: ServiceCallInfo) => void): () => void {
    this.core.observers.add(fn);
    return () => this.core.observers.delete(fn);
  }

  get logs(): string[] {
    return this.core.logs;
  }

  get properties(): {
    script: Record<string, string>;
    user: Record<string, string>;
    document: Record<string, string>;
  } {
    return this.core.model.properties;
  }

  dispose(): void {
    this.core.engine.destroy();
  }
}

export function loadRuntime(opts: LoadOptions = {}): Runtime {
  return new Runtime(opts);
}
