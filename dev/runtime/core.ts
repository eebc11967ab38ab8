/** Runtime internals shared by the services: realm, model, engine, clock, executions, accounting. */
import type { Engine } from './engine';
import type { WorkbookModel } from './model';
import { appliesPendingWrites, DeferredRefusal, type PlatformSwitches } from './platform';
import type { ProjectModel } from './project';
import type { Realm } from './realm';
import { Service, ServiceException } from './services/base';

/** `trigger`: a simple trigger (onOpen…); `timeDriven`: an installable time-driven trigger's run. */
export type ExecutionKind = 'run' | 'trigger' | 'menu' | 'customFunction' | 'timeDriven';

/** ScriptApp.AuthMode: what an execution may use. Simple triggers run LIMITED, custom functions CUSTOM_FUNCTION. */
export type AuthMode = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export interface ExecutionCalls {
  id: number;
  name: string;
  kind: ExecutionKind;
  total: number;
  byMethod: Record<string, number>;
}

export interface Execution {
  calls: ExecutionCalls;
  readOnly: boolean;
  authMode: AuthMode;
  /** the cell a custom function is computing */
  cell: { sheetId: number; row: number; col: number } | null;
  /** a protected write the platform accepted at the call and refuses when pending writes apply (14.5) */
  pendingRefusal?: string;
}

export interface ServiceCallInfo {
  method: string;
  execution: ExecutionCalls;
  args: unknown[];
}

export interface UiRecord {
  menus: { caption: string; items: MenuEntry[] }[];
  /** html: the page as served (meta tags from addMetaTag in its head, those written in it dropped) */
  sidebars: PanelRecord[];
  dialogs: (PanelRecord & { modal: boolean })[];
  alerts: { title: string | null; prompt: string; buttons: string; answer: string }[];
  toasts: { message: string; title: string; timeoutSeconds: number | null }[];
  scriptedAnswers: string[];
}

export interface PanelRecord {
  html: string;
  title: string;
  width: number | null;
  height: number | null;
  metaTags: { name: string; content: string }[];
}

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface CoreOptions {
  spreadsheetTimeZone: string;
  scriptTimeZone: string;
  locale: string;
  activeUser: string;
  effectiveUser: string;
  addonName: string;
  htmlDir: string;
  /** the contracts' section-14 behaviours (dev/runtime/platform.ts) */
  platform: PlatformSwitches;
  /** the scopes the user granted: the manifest's `oauthScopes`, or every scope the code uses ('automatic') */
  oauthScopes: ReadonlySet<string> | 'automatic';
  /** MailApp recipients per user per 24 hours */
  mailQuota: number;
}

const MUTATOR =
  /^(set|insert|delete|clear|append|remove|protect|update|merge|break|sort|copy|move|hide|show|activate|auto|check|uncheck|add|create|trim|randomize|group|ungroup|collapse|expand|unprotect)/;
const READONLY_CLASSES = new Set([
  'Spreadsheet',
  'Sheet',
  'Range',
  'NamedRange',
  'Protection',
  'EmbeddedChart',
]);

export class Core {
  realm!: Realm;
  model!: WorkbookModel;
  project!: ProjectModel;
  engine!: Engine;
  readonly opts: CoreOptions;
  nowMs: number;
  readonly stack: Execution[] = [];
  readonly history: ExecutionCalls[] = [];
  readonly logs: string[] = [];
  readonly ui: UiRecord = {
    menus: [],
    sidebars: [],
    dialogs: [],
    alerts: [],
    toasts: [],
    scriptedAnswers: [],
  };
  readonly hooks: { method: string; times: number; fn: () => void }[] = [];
  readonly observers = new Set<(c: ServiceCallInfo) => void>();
  /** lock resource → execution id holding it */
  readonly locks = new Map<string, number>();
  readonly cache = new Map<string, { value: string; expires: number }>();
  private nextExecId = 1;
  private proxies = new WeakMap<object, object>();
  private targets = new WeakMap<object, object>();

  constructor(opts: CoreOptions, now: number) {
    this.opts = opts;
    this.nowMs = now;
  }

  /** the spreadsheet's owner (saved with the workbook): always an editor of every protection */
  get owner(): string {
    return this.model.owner ?? this.opts.effectiveUser;
  }

  get current(): Execution | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  /**
   * Runs fn as one execution; releases its locks at the end. A custom function runs in CUSTOM_FUNCTION mode,
   * anything else in `authMode` (FULL unless a simple trigger says otherwise).
   */
  execute<T>(
    name: string,
    kind: ExecutionKind,
    fn: () => T,
    cell: Execution['cell'] = null,
    authMode: AuthMode = 'FULL',
  ): T {
    const calls: ExecutionCalls = { id: this.nextExecId++, name, kind, total: 0, byMethod: {} };
    this.history.push(calls);
    const execution: Execution = {
      calls,
      readOnly: kind === 'customFunction',
      authMode: kind === 'customFunction' ? 'CUSTOM_FUNCTION' : authMode,
      cell,
    };
    this.stack.push(execution);
    try {
      const result = fn();
      // pending writes are applied when the execution ends: a deferred refusal fails it there
      if (execution.pendingRefusal !== undefined) throw new ServiceException(execution.pendingRefusal);
      return result;
    } finally {
      this.stack.pop();
      for (const [res, holder] of [...this.locks]) if (holder === calls.id) this.locks.delete(res);
      if (this.stack.length === 0) this.engine.settle();
    }
  }

  // ---- proxies: accounting, hooks, not-implemented, realm conversion ----

  wrap<T extends object>(target: T): T {
    const existing = this.proxies.get(target);
    if (existing) return existing as T;
    const className = (target as unknown as Service)._className ?? 'Object';
    const cache = new Map<string, unknown>();
    const proxy = new Proxy(target, {
      get: (t, prop, receiver) => {
        if (typeof prop === 'symbol') return Reflect.get(t, prop, receiver);
        if (prop.startsWith('_') || !(prop in t) || prop === 'constructor') {
          if (prop === 'then' || prop === 'toJSON') return undefined;
          throw this.realm.makeError(`not implemented: ${className}.${prop}`, 'Error');
        }
        const v = Reflect.get(t, prop, t);
        if (typeof v !== 'function') return this.toRealm(v);
        let w = cache.get(prop);
        if (!w) {
          w = this.counted(t, className, prop, v as (...a: unknown[]) => unknown);
          cache.set(prop, w);
        }
        return w;
      },
      set: (t, prop) => {
        throw this.realm.makeError(`not implemented: setting ${className}.${String(prop)}`, 'Error');
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  /** Registers a proxy made elsewhere (HtmlTemplate) so it unwraps to its target. */
  registerProxy(proxy: object, target: object): void {
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
  }

  unwrap(v: unknown): unknown {
    if (v !== null && typeof v === 'object') {
      const t = this.targets.get(v);
      if (t) return t;
    }
    return v;
  }

  private counted(t: object, className: string, prop: string, fn: (...a: unknown[]) => unknown): unknown {
    const method = `${className}.${prop}`;
    return (...args: unknown[]) => {
      this.beforeCall(method, prop, className, args);
      let result: unknown;
      try {
        result = fn.apply(
          t,
          args.map((a) => this.argToHost(a)),
        );
      } catch (e) {
        if (e instanceof DeferredRefusal && this.current) {
          // accepted at the call, nothing applied: the refusal surfaces when pending writes apply
          this.current.pendingRefusal ??= e.refusal;
          return this.wrap(t);
        }
        throw this.toRealmError(e);
      }
      return result === t ? this.wrap(t) : this.toRealm(result);
    };
  }

  private argToHost(a: unknown): unknown {
    if (a === null || typeof a !== 'object') return a;
    const t = this.targets.get(a);
    if (t) return t;
    return this.unwrapDeep(this.realm.toHost(a));
  }

  /** Service objects inside (nested) array arguments, e.g. setDataValidations' 2-D array of rules. */
  private unwrapDeep(v: unknown): unknown {
    return Array.isArray(v) ? v.map((x) => this.unwrapDeep(x)) : this.unwrap(v);
  }

  beforeCall(method: string, prop: string, className: string, args: unknown[]): void {
    const exec = this.current;
    if (exec) {
      exec.calls.total++;
      exec.calls.byMethod[method] = (exec.calls.byMethod[method] ?? 0) + 1;
      if (exec.readOnly && READONLY_CLASSES.has(className) && MUTATOR.test(prop)) {
        throw this.realm.makeError(`You do not have permission to call ${prop}`, 'Exception');
      }
      if (exec.pendingRefusal !== undefined && appliesPendingWrites(method)) {
        const refusal = exec.pendingRefusal;
        delete exec.pendingRefusal;
        throw this.realm.makeError(refusal, 'Exception');
      }
      for (const o of this.observers) o({ method, execution: exec.calls, args });
    }
    for (const h of this.hooks) {
      if (h.times > 0 && h.method === method) {
        h.times--;
        h.fn();
      }
    }
  }

  toRealm(v: unknown): unknown {
    if (v === null || typeof v !== 'object') return v;
    if (this.targets.has(v)) return v;
    if (v instanceof Service) return this.wrap(v);
    if (Array.isArray(v)) {
      let hasService = false;
      for (const x of v) {
        if (x instanceof Service || (Array.isArray(x) && x.some((y) => y instanceof Service))) {
          hasService = true;
          break;
        }
      }
      if (hasService) return this.realm.fromHost(v.map((x) => this.toRealm(x)));
    }
    return this.realm.fromHost(v);
  }

  toRealmError(e: unknown): unknown {
    if (e instanceof ServiceException) return this.realm.makeError(e.message, e.name);
    return e;
  }

  /**
   * A method that needs authorization: only a FULL execution of a user who granted `scope` may call it.
   * Custom functions, simple triggers (LIMITED) and a manifest without the scope get Apps Script's refusal
   * ([observed] `You do not have permission to call MailApp.sendEmail. Required permissions:
   * https://www.googleapis.com/auth/script.send_mail`; contracts 8.6).
   */
  requireScope(method: string, scope: string): void {
    const mode = this.current?.authMode ?? 'FULL';
    const granted = this.opts.oauthScopes === 'automatic' || this.opts.oauthScopes.has(scope);
    if (mode !== 'FULL' || !granted) {
      throw new ServiceException(
        `You do not have permission to call ${method}. Required permissions: ${scope}`,
      );
    }
  }

  // ---- clock ----
  advance(ms: number): void {
    this.nowMs += Math.max(0, ms);
  }
}

export { ServiceException };
