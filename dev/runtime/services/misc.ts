/** LockService, PropertiesService, CacheService, Session, Utilities, Logger. */
import { randomUUID } from 'node:crypto';
import type { Core } from '../core';
import { formatJava, isValidZone } from '../dates';
import { Service, checkArgs, fail } from './base';

// ---- LockService ----

export class Lock extends Service {
  readonly _className = 'Lock';
  private _held = false;
  constructor(
    core: Core,
    readonly _resource: string,
    readonly _execId: number,
  ) {
    super(core);
  }
  private _acquire(ms: number): boolean {
    const holder = this._core.locks.get(this._resource);
    if (holder === undefined || holder === this._execId) {
      this._core.locks.set(this._resource, this._execId);
      this._held = true;
      return true;
    }
    // the holder is a suspended execution: nothing can release it while we wait
    this._core.advance(ms);
    return false;
  }
  tryLock(ms: number): boolean {
    checkArgs('LockService.Lock.tryLock', [ms], ['number']);
    return this._acquire(ms);
  }
  waitLock(ms: number): void {
    checkArgs('LockService.Lock.waitLock', [ms], ['number']);
    if (!this._acquire(ms)) fail('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this._held && this._core.locks.get(this._resource) === this._execId;
  }
  releaseLock(): void {
    if (this.hasLock()) this._core.locks.delete(this._resource);
    this._held = false;
  }
}

export class LockService extends Service {
  readonly _className = 'LockService';
  private _exec(): number {
    return this._core.current?.calls.id ?? 0;
  }
  getDocumentLock(): Lock {
    return new Lock(this._core, 'document', this._exec());
  }
  getScriptLock(): Lock {
    return new Lock(this._core, 'script', this._exec());
  }
  getUserLock(): Lock {
    return new Lock(this._core, `user:${this._core.opts.activeUser}`, this._exec());
  }
}

// ---- PropertiesService ----

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

export class Properties extends Service {
  readonly _className = 'Properties';
  constructor(
    core: Core,
    readonly _store: 'script' | 'user' | 'document',
  ) {
    super(core);
  }
  private _m(): Record<string, string> {
    return this._core.model.properties[this._store];
  }
  private _check(next: Record<string, string>): void {
    for (const [k, v] of Object.entries(next))
      if (k.length + v.length > VALUE_LIMIT) fail('Argument too large: value');
    const size = Object.entries(next).reduce((n, [k, v]) => n + k.length + v.length, 0);
    if (size > STORE_LIMIT)
      fail('You have exceeded the property storage quota. Please remove some properties and try again.');
  }
  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this._m(), key) ? (this._m()[key] ?? null) : null;
  }
  setProperty(key: string, value: unknown): this {
    const next = { ...this._m(), [String(key)]: String(value) };
    this._check(next);
    this._core.model.properties[this._store] = next;
    return this;
  }
  getProperties(): Record<string, string> {
    return { ...this._m() };
  }
  setProperties(props: Record<string, unknown>, deleteAllOthers?: boolean): this {
    const next: Record<string, string> = deleteAllOthers ? {} : { ...this._m() };
    for (const [k, v] of Object.entries(props ?? {})) next[k] = String(v);
    this._check(next);
    this._core.model.properties[this._store] = next;
    return this;
  }
  getKeys(): string[] {
    return Object.keys(this._m());
  }
  deleteProperty(key: string): this {
    const next = { ...this._m() };
    delete next[key];
    this._core.model.properties[this._store] = next;
    return this;
  }
  deleteAllProperties(): this {
    this._core.model.properties[this._store] = {};
    return this;
  }
}

export class PropertiesService extends Service {
  readonly _className = 'PropertiesService';
  getScriptProperties(): Properties {
    return new Properties(this._core, 'script');
  }
  getUserProperties(): Properties {
    return new Properties(this._core, 'user');
  }
  getDocumentProperties(): Properties {
    return new Properties(this._core, 'document');
  }
}

// ---- CacheService ----

class Cache extends Service {
  readonly _className = 'Cache';
  constructor(
    core: Core,
    readonly _scope: string,
  ) {
    super(core);
  }
  private _k(key: string): string {
    if (String(key).length > 250) fail('Argument too large: key');
    return `${this._scope}\u0000${key}`;
  }
  get(key: string): string | null {
    const e = this._core.cache.get(this._k(key));
    if (!e || e.expires <= this._core.nowMs) return null;
    return e.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, seconds = 600): void {
    const v = String(value);
    if (v.length > 100 * 1024) fail('Argument too large: value');
    const s = Math.min(21600, Math.max(1, seconds));
    this._core.cache.set(this._k(key), { value: v, expires: this._core.nowMs + s * 1000 });
  }
  putAll(values: Record<string, string>, seconds = 600): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, seconds);
  }
  remove(key: string): void {
    this._core.cache.delete(this._k(key));
  }
  removeAll(keys: string[]): void {
    keys.forEach((k) => this.remove(k));
  }
}

export class CacheService extends Service {
  readonly _className = 'CacheService';
  getScriptCache(): Cache {
    return new Cache(this._core, 'script');
  }
  getUserCache(): Cache {
    return new Cache(this._core, `user:${this._core.opts.activeUser}`);
  }
  getDocumentCache(): Cache {
    return new Cache(this._core, 'document');
  }
}

// ---- Session ----

export class User extends Service {
  readonly _className = 'User';
  constructor(
    core: Core,
    readonly _email: string,
  ) {
    super(core);
  }
  getEmail(): string {
    return this._email;
  }
}

export class Session extends Service {
  readonly _className = 'Session';
  getActiveUser(): User {
    // custom functions see a blank active user [doc] Session
    return new User(this._core, this._core.current?.readOnly ? '' : this._core.opts.activeUser);
  }
  getEffectiveUser(): User {
    return new User(this._core, this._core.current?.readOnly ? '' : this._core.opts.effectiveUser);
  }
  getScriptTimeZone(): string {
    return this._core.opts.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return this._core.model.locale.split('_')[0] ?? 'en';
  }
  getTemporaryActiveUserKey(): string {
    return `temp-${Buffer.from(this._core.opts.activeUser).toString('base64')}`;
  }
}

// ---- Utilities ----

export class Utilities extends Service {
  readonly _className = 'Utilities';
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!(date instanceof Date))
      checkArgs('Utilities.formatDate', [date, timeZone, format], ['Date', 'String', 'String']);
    if (!isValidZone(timeZone)) fail(`Invalid argument: timeZone`);
    try {
      return formatJava(date.getTime(), timeZone, String(format));
    } catch (e) {
      return fail(`Invalid argument: format (${(e as Error).message})`);
    }
  }
  getUuid(): string {
    return randomUUID();
  }
  sleep(ms: number): void {
    checkArgs('Utilities.sleep', [ms], ['number']);
    if (ms > 300000) fail('Argument too large: milliseconds');
    this._core.advance(ms);
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%[sdif%]/g, (m) => (m === '%%' ? '%' : String(args[i++])));
  }
}

// ---- Logger / console ----

function line(args: unknown[]): string {
  return args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
}

export class Logger extends Service {
  readonly _className = 'Logger';
  private _lines: string[] = [];
  log(fmt: unknown, ...args: unknown[]): this {
    const text =
      typeof fmt === 'string' && args.length
        ? new Utilities(this._core).formatString(fmt, ...args)
        : line([fmt]);
    this._lines.push(text);
    this._core.logs.push(text);
    return this;
  }
  getLog(): string {
    return this._lines.join('\n');
  }
  clear(): void {
    this._lines = [];
  }
}

export class Console extends Service {
  readonly _className = 'console';
  private _p(level: string, args: unknown[]): void {
    this._core.logs.push(level === 'log' ? line(args) : `[${level}] ${line(args)}`);
  }
  log(...a: unknown[]): void {
    this._p('log', a);
  }
  info(...a: unknown[]): void {
    this._p('info', a);
  }
  warn(...a: unknown[]): void {
    this._p('warn', a);
  }
  error(...a: unknown[]): void {
    this._p('error', a);
  }
}
