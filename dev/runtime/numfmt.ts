/** Sheets number formats: which are dates, how values display, how typed text is parsed. */
import { MONTHS, DAYS, serialFromWall, wallFromSerial } from './dates';
import { localeRules, type LocaleRules } from './locale';

function stripLiterals(fmt: string): string {
  return fmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
}

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = stripLiterals(fmt.split(';')[0] ?? '');
  return /[dyhs]|m{1,5}/i.test(f) && !/^[#0,.%\s$€£-]*$/.test(f) && /[dDyYhHsSmM]/.test(f) && !/[#0]/.test(f);
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

function formatDatePattern(serial: number, fmt: string): string {
  const w = wallFromSerial(serial);
  const tokens = fmt.match(/"[^"]*"|\\.|a\/p|am\/pm|[dDmMyYhHsS]+|./gi) ?? [];
  const hasAmPm = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  let out = '';
  tokens.forEach((t, i) => {
    if (t.startsWith('"')) return void (out += t.slice(1, -1));
    if (t.startsWith('\\')) return void (out += t.slice(1));
    const lower = t.toLowerCase();
    const c = lower[0];
    const n = t.length;
    if (/^(am\/pm|a\/p)$/i.test(t)) return void (out += w.hour < 12 ? 'AM' : 'PM');
    if (c === 'y') return void (out += n <= 2 ? pad(w.year % 100, 2) : String(w.year));
    if (c === 'd') {
      if (n >= 4) return void (out += DAYS[w.weekday]);
      if (n === 3) return void (out += DAYS[w.weekday]?.slice(0, 3));
      return void (out += pad(w.day, n));
    }
    if (c === 'h') return void (out += pad(hasAmPm ? w.hour % 12 || 12 : w.hour, n));
    if (c === 's') return void (out += pad(w.second, n));
    if (c === 'm') {
      const prev = tokens
        .slice(0, i)
        .reverse()
        .find((x) => /^[dmyhs]/i.test(x));
      const next = tokens.slice(i + 1).find((x) => /^[dmyhs]/i.test(x));
      const minute = (prev && /^h/i.test(prev)) || (next && /^s/i.test(next));
      if (minute) return void (out += pad(w.minute, n));
      if (n >= 5) return void (out += MONTHS[w.month - 1]?.[0]);
      if (n === 4) return void (out += MONTHS[w.month - 1]);
      if (n === 3) return void (out += MONTHS[w.month - 1]?.slice(0, 3));
      return void (out += pad(w.month, n));
    }
    out += t;
  });
  return out;
}

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number written with the locale's decimal and grouping separators (de_DE: 1.234,5). */
function localized(digits: string, rules: LocaleRules): string {
  if (rules.decimal === '.') return digits;
  return digits.replace(/[.,]/g, (ch) => (ch === '.' ? rules.decimal : rules.group));
}

function formatNumberPattern(value: number, fmt: string, rules: LocaleRules): string {
  const sections = fmt.split(';');
  let section = sections[0] ?? '';
  let v = value;
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    v = -value;
  } else if (value === 0 && sections[2] !== undefined) section = sections[2];
  const percent = section.includes('%');
  if (percent) v *= 100;
  const m = /([#0,]*)(?:\.([0#]*))?/.exec(
    section
      .replace(/"[^"]*"|\\./g, (s) => ' '.repeat(s.length))
      .replace(/[^#0,.]/g, ' ')
      .trim(),
  );
  const intPat = m?.[1] ?? '0';
  const decPat = m?.[2] ?? '';
  const decimals = decPat.length;
  const minDec = (decPat.match(/0/g) ?? []).length;
  let num = Math.abs(v).toFixed(decimals);
  if (decimals > minDec)
    num = num
      .replace(/0+$/, (z) => z.slice(0, Math.max(0, z.length - (decimals - minDec))))
      .replace(/\.$/, '');
  const parts = num.split('.');
  let int = parts[0] ?? '0';
  const dec = parts[1];
  if (!/0/.test(intPat) && int === '0' && dec) int = '';
  if (intPat.includes(',')) int = groupThousands(int);
  const body = localized(
    (v < 0 && sections[1] === undefined ? '-' : '') + int + (dec ? `.${dec}` : ''),
    rules,
  );
  // put the number where the pattern's digits are, keep literal prefix/suffix
  const literal = section.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const first = literal.search(/[#0]/);
  const lastMatch = /[#0.,%](?!.*[#0])/.exec(literal);
  const prefix = first < 0 ? '' : literal.slice(0, first).replace(/[#0,.]/g, '');
  const suffix = lastMatch ? literal.slice(literal.lastIndexOf(lastMatch[0]) + 1).replace(/[#0,.]/g, '') : '';
  return prefix + body + (percent && !suffix.includes('%') ? '%' : '') + suffix;
}

/** Sheets' automatic ("General") rendering of a number. */
function formatGeneral(n: number, rules: LocaleRules): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e15 || (abs > 0 && abs < 1e-9)) return localized(n.toExponential(2).toUpperCase(), rules);
  return localized(String(Number(n.toPrecision(10))), rules);
}

/** A value as the cell shows it, by its number format and the spreadsheet's locale (default en_US). */
export function formatValue(
  value: unknown,
  fmt: string | undefined,
  isDate: boolean,
  locale?: string,
): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (typeof value !== 'number') return String(value);
  const rules = localeRules(locale);
  if (fmt && fmt !== '@' && fmt.toLowerCase() !== 'general') {
    return isDateFormat(fmt) ? formatDatePattern(value, fmt) : formatNumberPattern(value, fmt, rules);
  }
  if (isDate) {
    return formatDatePattern(value, Number.isInteger(value) ? rules.dateFormat : rules.dateTimeFormat);
  }
  return formatGeneral(value, rules);
}

export interface ParsedInput {
  value: number | string | boolean;
  /** number format Sheets would attach (dates, percentages, currency) */
  format?: string;
}

const MONTH_ABBR = MONTHS.map((m) => m.slice(0, 3).toLowerCase());

/**
 * Text typed (or written with setValue) parsed as Sheets does in the spreadsheet's locale (locale.ts):
 * numbers with the locale's separators, dates in its day/month order, ISO yyyy-mm-dd in every locale. A
 * date that does not exist in the locale's reading stays text: the other reading is never tried.
 * [inference on the exact coercions]
 */
export function parseInput(text: string, locale?: string): ParsedInput {
  const rules = localeRules(locale);
  const s = text.trim();
  if (s === '') return { value: '' };
  if (/^true$/i.test(s)) return { value: true };
  if (/^false$/i.test(s)) return { value: false };
  const number = parseNumber(s, rules);
  if (number) return number;
  // ISO 2024-01-31 [ 13:45[:30]]
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m) return dateResult(text, rules, +m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6]);
  // 1/31/2024 (en_US), 31/01/2024 (en_GB), 31.01.2024 (de_DE), with an optional time
  const separator = `[${rules.dateSeparators.replace(/[-\]\\^]/g, '\\$&')}]`;
  m = new RegExp(
    `^(\\d{1,2})(${separator})(\\d{1,2})\\2(\\d{2,4})(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$`,
  ).exec(s);
  if (m) {
    const y = +m[4]! < 100 ? 2000 + +m[4]! : +m[4]!;
    const [mo, d] = rules.dateOrder === 'MDY' ? [+m[1]!, +m[3]!] : [+m[3]!, +m[1]!];
    return dateResult(text, rules, y, mo, d, m[5], m[6], m[7]);
  }
  if (!rules.englishMonthNames) return { value: text };
  // 31 Jan 2024 / Jan 31, 2024
  m = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})$/.exec(s);
  if (m) {
    const mi = MONTH_ABBR.indexOf(m[2]!.slice(0, 3).toLowerCase());
    if (mi >= 0) return dateResult(text, rules, +m[3]!, mi + 1, +m[1]!);
  }
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(s);
  if (m) {
    const mi = MONTH_ABBR.indexOf(m[1]!.slice(0, 3).toLowerCase());
    if (mi >= 0) return dateResult(text, rules, +m[3]!, mi + 1, +m[2]!);
  }
  return { value: text };
}

/** 1,234.5 / -2.5% / $2.99 in en_US; 1.234,5 / 2,5% in de_DE. */
function parseNumber(s: string, rules: LocaleRules): ParsedInput | null {
  const g = rules.group === ',' ? ',' : '\\.';
  const d = rules.decimal === '.' ? '\\.' : ',';
  const symbol = rules.currency ? `(${rules.currency.symbol.replace(/[$]/g, '\\$&')})?` : '()';
  const m = new RegExp(`^([-+]?)${symbol}((?:\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}\\d+)?)(%?)$`).exec(s);
  if (!m || !m[3] || !/\d/.test(m[3])) return null;
  let n = Number(m[3].split(rules.group).join('').replace(rules.decimal, '.'));
  if (m[1] === '-') n = -n;
  if (m[4]) return { value: n / 100, format: '0%' };
  if (m[2] && rules.currency) return { value: n, format: rules.currency.format };
  return { value: n };
}

function dateResult(
  text: string,
  rules: LocaleRules,
  y: number,
  mo: number,
  d: number,
  h?: string,
  mi?: string,
  sec?: string,
): ParsedInput {
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || probe.getUTCDate() !== d) return { value: text };
  const serial = serialFromWall({
    year: y,
    month: mo,
    day: d,
    hour: h ? +h : 0,
    minute: mi ? +mi : 0,
    second: sec ? +sec : 0,
    ms: 0,
  });
  return { value: serial, format: h ? rules.dateTimeFormat : rules.dateFormat };
}
