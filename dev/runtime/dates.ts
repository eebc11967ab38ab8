/** Time-zone arithmetic with Intl (never the host zone) and Sheets serial numbers. */

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
}

const MS_PER_DAY = 86400000;
/** Date.UTC(1899, 11, 30) */
const EPOCH = Date.UTC(1899, 11, 30);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: normalizeZone(tz),
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Accepts IANA ids and `GMT+4:00` style zones (Session#getScriptTimeZone may return those). */
function normalizeZone(tz: string): string {
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(tz);
  if (m) {
    if (m[3] && m[3] !== '00') return tz; // Intl has no fractional Etc zones; let it throw
    const h = Number(m[2]);
    // Etc/GMT signs are inverted
    return h === 0 ? 'Etc/UTC' : `Etc/GMT${m[1] === '+' ? '-' : '+'}${h}`;
  }
  return tz;
}

export function isValidZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    formatters.delete(tz);
    return false;
  }
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Wall clocks already worked out, by zone and instant (Intl is slow; a grid repeats its dates). */
const wallClocks = new Map<string, Map<number, WallClock>>();
const WALL_CLOCKS_KEPT = 50_000;

export function wallClock(ms: number, tz: string): WallClock {
  let known = wallClocks.get(tz);
  if (!known) {
    known = new Map();
    wallClocks.set(tz, known);
  }
  const hit = known.get(ms);
  if (hit) return hit;
  if (known.size >= WALL_CLOCKS_KEPT) known.clear();
  const computed = wallClockOf(ms, tz);
  known.set(ms, computed);
  return computed;
}

function wallClockOf(ms: number, tz: string): WallClock {
  const parts = formatter(tz).formatToParts(new Date(ms));
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '0';
  let year = Number(get('year'));
  if (get('era') === 'BC' || get('era') === 'B') year = 1 - year;
  return {
    year,
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    ms: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS[get('weekday')] ?? 0,
  };
}

function utcOf(w: Omit<WallClock, 'weekday'>): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, w.ms);
  return d.getTime();
}

/** Offset (ms) of the zone at the instant: wall-clock-as-UTC minus instant. */
function zoneOffset(ms: number, tz: string): number {
  const w = wallClock(ms, tz);
  return utcOf(w) - ms;
}

/** The instant at which the zone's wall clock shows the given time. */
export function instantOf(w: Omit<WallClock, 'weekday'>, tz: string): number {
  const asUtc = utcOf(w);
  let t = asUtc - zoneOffset(asUtc, tz);
  const o2 = zoneOffset(t, tz);
  t = asUtc - o2;
  return t;
}

/** Instant → Sheets serial number of its wall clock in the zone. */
export function serialFromInstant(ms: number, tz: string): number {
  const w = wallClock(ms, tz);
  return (utcOf(w) - EPOCH) / MS_PER_DAY;
}

/** Sheets serial → instant of that wall clock in the zone. */
export function instantFromSerial(serial: number, tz: string): number {
  const wallMs = Math.round(EPOCH + serial * MS_PER_DAY);
  const d = new Date(wallMs);
  return instantOf(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      ms: d.getUTCMilliseconds(),
    },
    tz,
  );
}

/** The wall clock a serial number stands for (zone-free). */
export function wallFromSerial(serial: number): WallClock {
  const d = new Date(Math.round(EPOCH + serial * MS_PER_DAY));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

export function serialFromWall(w: Omit<WallClock, 'weekday'>): number {
  return (utcOf(w) - EPOCH) / MS_PER_DAY;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/** Java SimpleDateFormat subset (Utilities.formatDate). */
export function formatJava(ms: number, tz: string, pattern: string): string {
  const w = wallClock(ms, tz);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] ?? '';
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'y':
      case 'Y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1]?.slice(0, 3) : pad(w.month, n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'h':
        out += pad(w.hour % 12 || 12, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.ms, n);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'E':
        out += n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday]?.slice(0, 3);
        break;
      case 'u':
        out += String(w.weekday === 0 ? 7 : w.weekday);
        break;
      case 'z':
      case 'Z':
      case 'X': {
        const off = Math.round(zoneOffset(ms, tz) / 60000);
        const sign = off < 0 ? '-' : '+';
        const a = Math.abs(off);
        const hhmm = `${pad(Math.floor(a / 60), 2)}${ch === 'Z' ? '' : ':'}${pad(a % 60, 2)}`;
        out += ch === 'z' ? `GMT${sign}${hhmm}` : ch === 'X' && off === 0 ? 'Z' : `${sign}${hhmm}`;
        break;
      }
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

export { MONTHS, DAYS };
