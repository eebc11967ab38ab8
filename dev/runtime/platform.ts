/**
 * Platform switches: the behaviours of contracts section 14 that no source we could read confirms.
 * The runtime can behave either way (`loadRuntime({ platform: { … } })`), so tests can prove the
 * add-on works whichever way Apps Script really behaves. The defaults are what the runtime did before
 * the switches existed; every hook the services call lives here so the switches stay in one place.
 */
import * as z from 'zod/mini';
import type { Core } from './core';
import type { Cell } from './model';

export interface PlatformSwitches {
  /** 14.1: a leading-apostrophe string written by a script into a cell formatted '@'. */
  readonly plainTextApostrophe: 'kept' | 'dropped';
  /** 14.2: reject-mode custom-formula validation sees the rest of the same setValues (true) or the sheet before it. */
  readonly validationSeesSameWrite: boolean;
  /** 14.3: `whenCellNotEmpty()` counts a formula returning "" as not empty. */
  readonly notEmptyOnFormulaBlank: boolean;
  /** 14.4: formula text read back (getFormula(s), custom-formula criteria) as written or re-formatted. */
  readonly formulaTextReadBack: 'verbatim' | 'normalized';
  /** 14.5: a write a protection refuses throws at the call, or only when pending writes are applied. */
  readonly protectedWriteFails: 'at-call' | 'at-flush';
  /** 14.6: `Intl.DateTimeFormat` accepts time zones other than UTC (a V8 with full ICU). */
  readonly intlTimeZones: boolean;
}

export type PlatformSwitch = keyof PlatformSwitches;

/** What the runtime does when no switch is given: its behaviour before the switches existed. */
export const DEFAULT_PLATFORM: PlatformSwitches = Object.freeze({
  plainTextApostrophe: 'dropped',
  validationSeesSameWrite: true,
  notEmptyOnFormulaBlank: false,
  formulaTextReadBack: 'verbatim',
  protectedWriteFails: 'at-call',
  intlTimeZones: true,
});

/** The other plausible outcome of each switch. */
export const FLIPPED_PLATFORM: PlatformSwitches = Object.freeze({
  plainTextApostrophe: 'kept',
  validationSeesSameWrite: false,
  notEmptyOnFormulaBlank: true,
  formulaTextReadBack: 'normalized',
  protectedWriteFails: 'at-flush',
  intlTimeZones: false,
});

export const PLATFORM_SWITCHES = Object.keys(DEFAULT_PLATFORM) as PlatformSwitch[];

const platformSchema = z.partial(
  z.strictObject({
    plainTextApostrophe: z.enum(['kept', 'dropped']),
    validationSeesSameWrite: z.boolean(),
    notEmptyOnFormulaBlank: z.boolean(),
    formulaTextReadBack: z.enum(['verbatim', 'normalized']),
    protectedWriteFails: z.enum(['at-call', 'at-flush']),
    intlTimeZones: z.boolean(),
  }),
);

/** The switches of a load option: the defaults, overridden by what is given (unknown keys or values throw). */
export function resolvePlatform(given: unknown = {}): PlatformSwitches {
  const parsed = platformSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'platform'}: ${issue.message}`,
    );
    throw new Error(`runtime: invalid platform option (${problems.join('; ')})`);
  }
  return { ...DEFAULT_PLATFORM, ...parsed.data };
}

// ---- 14.1 plain-text apostrophe ----

/** The literal a script's leading-apostrophe string leaves in a cell with number format `nf`. */
export function apostropheText(core: Core, text: string, nf: string | undefined): string {
  return nf === '@' && core.opts.platform.plainTextApostrophe === 'kept' ? text : text.slice(1);
}

// ---- 14.2 validation and the rest of the same write ----

/** Whether a custom-formula rule is checked after the whole write (true) or against the sheet before it. */
export function validationSeesSameWrite(core: Core): boolean {
  return core.opts.platform.validationSeesSameWrite;
}

// ---- 14.3 "is not empty" on a formula returning "" ----

/** Whether a cell counts as empty for `whenCellEmpty` / `whenCellNotEmpty`. */
export function emptyForConditionalFormat(core: Core, cell: Cell | undefined, value: unknown): boolean {
  const blank = value === null || value === '';
  if (!blank) return false;
  return !(core.opts.platform.notEmptyOnFormulaBlank && cell?.f !== undefined);
}

// ---- 14.4 formula text read back ----

const COMPARISON = /^(<=|>=|<>|<|>|=|&)/;

/** A formula as Sheets might hand it back: function names and references upper-cased, spaced out. */
export function normalizedFormulaText(formula: string): string {
  if (!formula.startsWith('=')) return formula;
  let out = '=';
  let i = 1;
  const body = formula;
  while (i < body.length) {
    const ch = body[i] as string;
    if (ch === '"') {
      let j = i + 1;
      while (j < body.length && !(body[j] === '"' && body[j + 1] !== '"')) j += body[j] === '"' ? 2 : 1;
      out += body.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      while (j < body.length && !(body[j] === "'" && body[j + 1] !== "'")) j += body[j] === "'" ? 2 : 1;
      const name = body.slice(i + 1, j).replace(/''/g, "'");
      out += /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : body.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(body.slice(i))?.[0];
    if (word) {
      const isFunction = body[i + word.length] === '(';
      const isReference = /^[A-Za-z]{1,3}\d*$/.test(word) || /^(true|false)$/i.test(word);
      out += isFunction || isReference ? word.toUpperCase() : word;
      i += word.length;
      continue;
    }
    if (ch === ',') {
      out += ', ';
      i += 1;
      while (body[i] === ' ') i += 1;
      continue;
    }
    const operator = COMPARISON.exec(body.slice(i))?.[0];
    if (operator) {
      out = `${out.replace(/ +$/, '')} ${operator} `;
      i += operator.length;
      while (body[i] === ' ') i += 1;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** Formula text as a script reads it back from the sheet. */
export function formulaReadBack(core: Core, formula: string): string {
  return core.opts.platform.formulaTextReadBack === 'normalized' ? normalizedFormulaText(formula) : formula;
}

// ---- 14.5 protected writes refused at flush ----

/**
 * Thrown by the protection guard when the platform defers the refusal: the call that tried the write
 * returns as if it worked, nothing of it is applied, and the execution fails at the next flush, the
 * next read of cells, or its end.
 */
export class DeferredRefusal extends Error {
  constructor(readonly refusal: string) {
    super(refusal);
    this.name = 'DeferredRefusal';
  }
}

/** Whether a refused script write fails later rather than at the call. */
export function refusalsDeferred(core: Core): boolean {
  return core.opts.platform.protectedWriteFails === 'at-flush';
}

const APPLIES_PENDING_WRITES = new Set([
  'SpreadsheetApp.flush',
  'Range.getValue',
  'Range.getValues',
  'Range.getDisplayValue',
  'Range.getDisplayValues',
  'Range.getFormula',
  'Range.getFormulas',
  'Range.isBlank',
  'Sheet.getDataRange',
  'Sheet.getLastRow',
  'Sheet.getLastColumn',
]);

/** Calls that apply the pending writes first, so a deferred refusal surfaces there. */
export function appliesPendingWrites(method: string): boolean {
  return APPLIES_PENDING_WRITES.has(method);
}

// ---- 14.6 Intl without time zones ----

/**
 * Makes the realm's `Intl.DateTimeFormat` (and `Date#toLocale*String`) refuse every time zone but UTC
 * with V8's RangeError, as a V8 built without full ICU data would. `Utilities.formatDate` is a service
 * and keeps working.
 */
const WITHOUT_TIME_ZONES = `(function () {
  'use strict';
  var Original = Intl.DateTimeFormat;
  function checkZone(options) {
    var zone = options && options.timeZone;
    if (zone === undefined || /^(utc|etc\\/utc|gmt|etc\\/gmt|z)$/i.test(String(zone))) return;
    throw new RangeError('Invalid time zone specified: ' + zone);
  }
  function DateTimeFormat(locales, options) {
    checkZone(options);
    return new Original(locales, options);
  }
  DateTimeFormat.prototype = Original.prototype;
  DateTimeFormat.supportedLocalesOf = Original.supportedLocalesOf;
  Object.defineProperty(Intl, 'DateTimeFormat', { value: DateTimeFormat, writable: true, configurable: true });
  ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'].forEach(function (name) {
    var original = Date.prototype[name];
    Object.defineProperty(Date.prototype, name, {
      value: function (locales, options) {
        checkZone(options);
        return original.call(this, locales, options);
      },
      writable: true,
      configurable: true,
    });
  });
})();`;

/** Applies the switches that change the realm itself; call once, before the bundle runs. */
export function preparePlatformRealm(core: Core): void {
  if (!core.opts.platform.intlTimeZones) core.realm.run(WITHOUT_TIME_ZONES, 'platform-intl.js');
}
