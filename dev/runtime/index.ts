/**
 * Local Apps Script runtime: loads the built add-on into a fresh vm realm with an in-memory
 * spreadsheet (HyperFormula formulas). See dev/runtime/README.md for the contract.
 */
import fs from 'node:fs';
import path from 'node:path';
import { boundA1, parseA1 } from './a1';
import { BUNDLE_PATH, scanBundle } from './bundle';
import { findIncompatibilities, IncompatibleScriptError } from '../build/appsScriptCompat';
import type { BundleGlobal } from './bundle';
import { writeBlock } from './cells';
import { clockEventFields, describeSchedule, nextFireAfter } from './clock-schedule';
import { Core } from './core';
import type { AuthMode, ExecutionCalls, MenuEntry, ServiceCallInfo, UiRecord } from './core';
import { Engine } from './engine';
import type { CustomFunctionResult } from './engine';
import { newWorkbook } from './model';
import { parseSavedProject, parseSavedWorkbook, saveWorkbook } from './persistence';
import { newProject, type SentMail, type TriggerSpec } from './project';
import { preparePlatformRealm, resolvePlatform } from './platform';
import type { PlatformSwitches } from './platform';
import type { SavedWorkbook } from './persistence';
import { createRealm, isDateLike } from './realm';
import { Service, ServiceException } from './services/base';
import { ChartType } from './services/chart';
import { CONSUMER_MAIL_QUOTA, MailApp } from './services/mail';
import {
  CacheService,
  Console,
  LockService,
  Logger,
  PropertiesService,
  Session,
  User,
  Utilities,
} from './services/misc';
import { ScriptApp } from './services/script-app';
import { Spreadsheet, SpreadsheetApp } from './services/spreadsheet';
import { HtmlService } from './services/ui';
import { WorkbookView } from './workbook-view';

export type { SavedWorkbook } from './persistence';
export { loadWorkbookFile } from './persistence';
export type { ExecutionCalls, ServiceCallInfo } from './core';
export type { SheetInfo } from './workbook-view';
export { WorkbookView } from './workbook-view';
export { measureRuntimeLoad } from './bench';
export { BUNDLE_PATH } from './bundle';
export { SEND_MAIL_SCOPE } from './services/mail';
export { SCRIPTAPP_SCOPE } from './services/script-app';
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
  /**
   * The OAuth scopes the user granted. Default: the manifest's `oauthScopes` (appsscript.json beside the
   * bundle, else in the working directory); `'automatic'` (a manifest without the list) grants every scope.
   */
  oauthScopes?: readonly string[] | 'automatic';
  /** MailApp recipients each user may send to in 24 hours; default 100 (consumer accounts) */
  mailQuota?: number;
}

/** A message MailApp sent, as the outbox holds it. */
export interface SentEmail extends Omit<SentMail, 'sentAt'> {
  /** the virtual time it was sent */
  readonly sentAt: Date;
}

/** An installable trigger of the project (any user's), for the host. */
export interface TriggerInfo {
  readonly uid: string;
  readonly handlerFunction: string;
  /** who created it: it runs as them */
  readonly owner: string;
  readonly eventType: 'CLOCK';
  readonly triggerSource: 'CLOCK';
  readonly timeZone: string;
  /** e.g. "every week on MONDAY at 09:59 (Europe/Paris)" */
  readonly schedule: string;
  /** when it fires next on the virtual clock */
  readonly nextRunAt: Date;
}

/** One execution of a time-driven trigger. */
export interface TriggerRun {
  readonly triggerUid: string;
  readonly handlerFunction: string;
  readonly owner: string;
  /** the virtual time it started */
  readonly at: Date;
  readonly ok: boolean;
  /** what it threw (Apps Script mails the owner a "Summary of failures") */
  readonly error?: { readonly name: string; readonly message: string };
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

interface Manifest {
  timeZone?: unknown;
  oauthScopes?: unknown;
}

/** appsscript.json beside the bundle (dist/ holds the one clasp pushes), else in the working directory. */
function readManifest(bundlePath: string | undefined): Manifest {
  const files = bundlePath ? [path.join(path.dirname(bundlePath), 'appsscript.json')] : [];
  for (const file of [...files, 'appsscript.json']) {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
    } catch {
      // next candidate
    }
  }
  return {};
}

function grantedScopes(manifest: Manifest): string[] | 'automatic' {
  const scopes = manifest.oauthScopes;
  return Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : 'automatic';
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
  /**
   * The virtual clock. `advance(ms)` lets time pass: every time-driven trigger due in (now, now + ms] runs, in
   * order, each as one execution; it returns those runs. `set(date)` jumps and runs nothing.
   */
  readonly clock: { now(): Date; set(d: Date): void; advance(ms: number): TriggerRun[] };

  constructor(opts: LoadOptions = {}) {
    const bundlePath = opts.bundlePath ?? BUNDLE_PATH;
    const source = opts.bundleSource ?? fs.readFileSync(bundlePath, 'utf8');
    refuseIncompatible(opts.bundleSource === undefined ? bundlePath : 'Code.js', source);
    const now = typeof opts.now === 'function' ? opts.now() : (opts.now ?? new Date());
    const activeUser = opts.activeUser ?? 'me@example.com';
    const manifest = readManifest(opts.bundleSource === undefined ? bundlePath : undefined);
    const scopes = opts.oauthScopes ?? grantedScopes(manifest);
    this.core = new Core(
      {
        spreadsheetTimeZone: opts.spreadsheetTimeZone ?? 'Etc/UTC',
        scriptTimeZone:
          opts.scriptTimeZone ?? (typeof manifest.timeZone === 'string' ? manifest.timeZone : 'Etc/UTC'),
        locale: opts.locale ?? 'en_US',
        activeUser,
        effectiveUser: opts.effectiveUser ?? activeUser,
        addonName: opts.addonName ?? 'Career Ladder',
        htmlDir: opts.htmlDir ?? (opts.bundleSource ? 'dist' : path.dirname(bundlePath)),
        platform: resolvePlatform(opts.platform),
        oauthScopes: scopes === 'automatic' ? scopes : new Set(scopes),
        mailQuota: opts.mailQuota ?? CONSUMER_MAIL_QUOTA,
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
    core.project = opts.state ? parseSavedProject(opts.state) : newProject();

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
      advance: (ms: number) => this.letTimePass(ms),
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
      MailApp: new MailApp(core),
      Charts: new Charts(core),
      console: new Console(core),
    };
    for (const name of [
      'DriveApp',
      'DocumentApp',
      'GmailApp',
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

  private exec(
    name: string,
    kind: 'run' | 'trigger' | 'menu',
    args: unknown[],
    authMode: AuthMode = 'FULL',
  ): unknown {
    const f = this.fn(name);
    try {
      return this.core.execute(
        name,
        kind,
        () => this.core.realm.toHost(f(...args.map((a) => this.core.realm.fromHost(a)))),
        null,
        authMode,
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

  /**
   * Runs a simple trigger (onOpen, onEdit, onInstall…) with an event object made in the realm. It runs in the
   * event's `authMode` (default LIMITED, FULL for onInstall): below FULL, services needing authorization
   * (ScriptApp's triggers, MailApp) refuse, as for a simple trigger [doc] guides/triggers.
   */
  trigger(name: string, event: Record<string, unknown> = {}): unknown {
    const core = this.core;
    const given = event.authMode;
    const authMode: AuthMode =
      given === 'NONE' || given === 'LIMITED' || given === 'FULL' || given === 'CUSTOM_FUNCTION'
        ? given
        : name === 'onInstall'
          ? 'FULL'
          : 'LIMITED';
    const e = {
      source: core.wrap(new Spreadsheet(core)),
      user: core.wrap(new User(core, core.opts.activeUser)),
      ...event,
      authMode,
    };
    return this.exec(name, 'trigger', [e], authMode);
  }

  /** Lets `ms` of virtual time pass, running every time-driven trigger due on the way (see `clock`). */
  private letTimePass(ms: number): TriggerRun[] {
    const core = this.core;
    const end = core.nowMs + Math.max(0, ms);
    const runs: TriggerRun[] = [];
    let from = core.nowMs;
    for (;;) {
      let at = Infinity;
      for (const trigger of core.project.triggers) at = Math.min(at, nextFireAfter(trigger, from));
      if (at > end) break;
      // every trigger due at that instant, in the order they were created; one a run deleted does not run
      const due = core.project.triggers.filter((trigger) => nextFireAfter(trigger, from) === at);
      core.nowMs = Math.max(core.nowMs, at);
      for (const trigger of due) if (core.project.triggers.includes(trigger)) runs.push(this.fire(trigger));
      from = at;
    }
    core.nowMs = Math.max(core.nowMs, end);
    return runs;
  }

  /**
   * One run of a time-driven trigger: an execution as its owner ("Installable triggers always run under the
   * account of the person who created them" [doc]), in FULL mode, with the time-driven event object. What it
   * throws is recorded, never rethrown: time goes on.
   */
  private fire(trigger: TriggerSpec): TriggerRun {
    const core = this.core;
    const users = { active: core.opts.activeUser, effective: core.opts.effectiveUser };
    core.opts.activeUser = trigger.owner;
    core.opts.effectiveUser = trigger.owner;
    const at = core.nowMs;
    let error: { name: string; message: string } | undefined;
    try {
      core.execute(
        trigger.handlerFunction,
        'timeDriven',
        () => {
          const f = this.fn(trigger.handlerFunction);
          return core.realm.toHost(f(core.realm.fromHost(clockEventFields(trigger, at))));
        },
        null,
        'FULL',
      );
    } catch (e) {
      const thrown = this.hostError(e);
      error = { name: thrown.name, message: thrown.message };
    } finally {
      core.opts.activeUser = users.active;
      core.opts.effectiveUser = users.effective;
    }
    const run = {
      triggerUid: trigger.uid,
      handlerFunction: trigger.handlerFunction,
      owner: trigger.owner,
      at: new Date(at).toISOString(),
      ok: error === undefined,
      ...(error ? { error } : {}),
    };
    if (error) core.project.triggerFailures.push(run);
    return { ...run, at: new Date(at) };
  }

  /** Every user's installable triggers, in the order they were created, with when each fires next. */
  get triggers(): TriggerInfo[] {
    const now = this.core.nowMs;
    return this.core.project.triggers.map((t) => ({
      uid: t.uid,
      handlerFunction: t.handlerFunction,
      owner: t.owner,
      eventType: t.eventType,
      triggerSource: t.triggerSource,
      timeZone: t.timeZone,
      schedule: describeSchedule(t),
      nextRunAt: new Date(nextFireAfter(t, now)),
    }));
  }

  /** What MailApp sent, oldest first (copies). */
  get outbox(): SentEmail[] {
    return this.core.project.outbox.map((m) => ({
      ...m,
      to: [...m.to],
      cc: [...m.cc],
      bcc: [...m.bcc],
      sentAt: new Date(m.sentAt),
    }));
  }

  /** Trigger runs that threw, oldest first: what Apps Script's "Summary of failures" mail would list. */
  get triggerFailures(): TriggerRun[] {
    return this.core.project.triggerFailures.map((r) => ({ ...r, at: new Date(r.at) }));
  }

  /** MailApp.getRemainingDailyQuota() for `user` (default: the effective user) at the virtual time. */
  remainingMailQuota(user: string = this.core.opts.effectiveUser): number {
    const usage = this.core.project.mailUsage[user];
    const used = usage && this.core.nowMs < usage.since + 86_400_000 ? usage.recipients : 0;
    return Math.max(0, this.core.opts.mailQuota - used);
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
    return saveWorkbook(this.core.model, new Date(this.core.nowMs), this.core.project);
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
