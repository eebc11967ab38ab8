/** A fresh vm realm with a virtual-clock Date, and value copying between it and the host. */
import vm from 'node:vm';

export interface Realm {
  context: vm.Context;
  global: Record<string, unknown>;
  /** host value → realm value (arrays, plain objects and Dates copied; other objects passed through) */
  fromHost(v: unknown): unknown;
  /** realm value → host value (same rules the other way) */
  toHost(v: unknown): unknown;
  makeError(message: string, name: string): Error;
  run(code: string, filename: string): unknown;
}

const REALM_SETUP = `(function (getNow, hostObjectProto) {
  'use strict';
  const D = Date;
  function VDate(...a) {
    if (!new.target) return new D(getNow()).toString();
    return a.length === 0 ? new D(getNow()) : new D(...a);
  }
  VDate.prototype = D.prototype;
  VDate.now = () => getNow();
  VDate.UTC = D.UTC;
  VDate.parse = D.parse;
  Object.defineProperty(D.prototype, 'constructor', { value: VDate, writable: true, configurable: true });
  globalThis.Date = VDate;
  const toStr = Object.prototype.toString;
  function fromHost(v) {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      const n = v.length;
      const out = new Array(n);
      for (let i = 0; i < n; i++) {
        const x = v[i];
        out[i] = x === null || typeof x !== 'object' ? x : fromHost(x);
      }
      return out;
    }
    if (toStr.call(v) === '[object Date]') return new D(v.getTime());
    const p = Object.getPrototypeOf(v);
    if (p === hostObjectProto || p === null) {
      const o = {};
      for (const k of Object.keys(v)) o[k] = fromHost(v[k]);
      return o;
    }
    return v;
  }
  function makeError(message, name) {
    const e = new Error(message);
    e.name = name;
    return e;
  }
  return { fromHost, makeError };
})`;

export function createRealm(getNow: () => number): Realm {
  const context = vm.createContext({});
  const setup = vm.runInContext(REALM_SETUP, context) as (
    n: () => number,
    p: object,
  ) => { fromHost(v: unknown): unknown; makeError(m: string, n: string): Error };
  const helpers = setup(getNow, Object.prototype);
  const realmObjectProto = vm.runInContext('Object.prototype', context) as object;

  function toHost(v: unknown): unknown {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(toHost);
    if (Object.prototype.toString.call(v) === '[object Date]') return new Date((v as Date).getTime());
    const p = Object.getPrototypeOf(v);
    if (p === realmObjectProto || p === null) {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(v)) o[k] = toHost((v as Record<string, unknown>)[k]);
      return o;
    }
    return v;
  }

  return {
    context,
    global: context as Record<string, unknown>,
    fromHost: helpers.fromHost,
    toHost,
    makeError: helpers.makeError,
    run: (code, filename) => vm.runInContext(code, context, { filename }),
  };
}

export function isDateLike(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
