/** Sheets number formats: which are dates, how values display, how typed text is parsed. */
import { MONTHS, DAYS, serialFromWall, wallFromSerial } from './dates';

export const DEFAULT_DATE_FORMAT = 'M/d/yyyy';
export const DEFAULT_DATETIME_FORMAT = 'M/d/yyyy H:mm:ss';

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

function formatNumberPattern(value: number, fmt: string): string {
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
  const body = (v < 0 && sections[1] === undefined ? '-' : '') + int + (dec ? `.${dec}` : '');
  // put the number where the pattern's digits are, keep literal prefix/suffix
  const literal = section.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const first = literal.search(/[#0]/);
  const lastMatch = /[#0.,%](?!.*[#0])/.exec(literal);
  const prefix = first < 0 ? '' : literal.slice(0, first).replace(/[#0,.]/g, '');
  const suffix = lastMatch ? literal.slice(literal.lastIndexOf(lastMatch[0]) + 1).replace(/[#0,.]/g, '') : '';
  return prefix + body + (percent && !suffix.includes('%') ? '%' : '') + suffix;
}

/** Sheets' automatic ("General") rendering of a number. */
function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e15 || (abs > 0 && abs < 1e-9)) return n.toExponential(2).toUpperCase();
  return String(Number(n.toPrecision(10)));
}

export function formatValue(value: unknown, fmt: string | undefined, isDate: boolean): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (typeof value !== 'number') return String(value);
  if (fmt && fmt !== '@' && fmt.toLowerCase() !== 'general') {
    return isDateFormat(fmt) ? formatDatePattern(value, fmt) : formatNumberPattern(value, fmt);
  }
  if (isDate) {
    return formatDatePattern(value, Number.isInteger(value) ? DEFAULT_DATE_FORMAT : DEFAULT_DATETIME_FORMAT);
  }
  return formatGeneral(value);
}

export interface ParsedInput {
  value: number | string | boolean;
  /** number format Sheets would attach (dates, percentages, currency) */
  format?: string;
}

const MONTH_ABBR = MONTHS.map((m) => m.slice(0, 3).toLowerCase());

/** Text typed (or written with setValue) parsed as Sheets does for en_US [inference on the exact coercions]. */
export function parseInput(text: string): ParsedInput {
  const s = text.trim();
  if (s === '') return { value: '' };
  if (/^true$/i.test(s)) return { value: true };
  if (/^false$/i.test(s)) return { value: false };
  let m = /^([-+]?)(\$?)((?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?)(%?)$/.exec(s);
  if (m && m[3] && /\d/.test(m[3])) {
    let n = Number(m[3].replace(/,/g, ''));
    if (m[1] === '-') n = -n;
    if (m[4]) return { value: n / 100, format: '0%' };
    if (m[2]) return { value: n, format: '$#,##0.00' };
    return { value: n };
  }
  // ISO 2024-01-31 [ 13:45[:30]]
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m) return dateResult(text, +m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6]);
  // US 1/31/2024
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m) {
    const y = +m[3]! < 100 ? 2000 + +m[3]! : +m[3]!;
    return dateResult(text, y, +m[1]!, +m[2]!, m[4], m[5], m[6]);
  }
  // 31 Jan 2024 / Jan 31, 2024
  m = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})$/.exec(s);
  if (m) {
    const mi = MONTH_ABBR.indexOf(m[2]!.slice(0, 3).toLowerCase());
    if (mi >= 0) return dateResult(text, +m[3]!, mi + 1, +m[1]!);
  }
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(s);
  if (m) {
    const mi = MONTH_ABBR.indexOf(m[1]!.slice(0, 3).toLowerCase());
    if (mi >= 0) return dateResult(text, +m[3]!, mi + 1, +m[2]!);
  }
  return { value: text };
}

function dateResult(
  text: string,
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
  return { value: serial, format: h ? DEFAULT_DATETIME_FORMAT : DEFAULT_DATE_FORMAT };
}
