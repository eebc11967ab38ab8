import { fromEpochDay, type CalendarDate } from '../domain/dates';

/**
 * Dates in cells are instants at midnight in the spreadsheet's time zone. These convert between such
 * instants and calendar dates in an explicit zone, never through the script zone's local getters.
 *
 * The wall clock comes from Intl, or from Utilities.formatDate where Intl knows no time zones.
 * A range holds thousands of dates, mostly repeated, and asking takes microseconds, so per zone:
 * - offsets are cached per week: when the offset is the same at the start of a week and of the next,
 *   no transition happens in between (no zone changes its clocks twice within a week and back), and
 *   every instant of that week shares it; only instants in a week with a transition are asked one by one;
 * - each instant's calendar date and each calendar date's start are remembered once computed.
 */
const MS_PER_DAY = 86_400_000;
const MS_PER_WEEK = 7 * MS_PER_DAY;

interface ZoneCache {
  readonly timeZone: string;
  /** Offsets asked of Intl (or Utilities), by instant. */
  readonly offsetAtInstant: Map<number, number>;
  /** Each week's offset, by week since 1970; null for a week with a transition. */
  readonly offsetThroughWeek: Map<number, number | null>;
  readonly dateAtInstant: Map<number, CalendarDate>;
  /** The instant each calendar date starts, by dayKey. */
  readonly dayStart: Map<number, number>;
}

/** Entries per map before it is emptied, so a long-lived realm cannot grow without bound. */
const CACHE_LIMIT = 50_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const cachesByZone = new Map<string, ZoneCache>();
let lastZone: ZoneCache | undefined;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

const PART_INDEX: Partial<Record<string, number>> = {
  year: 0,
  month: 1,
  day: 2,
  hour: 3,
  minute: 4,
  second: 5,
};

/** Whether Intl knows time zones; asked only once a zone is refused (undefined until then). */
let intlKnowsZones: boolean | undefined;

/**
 * Year, month, day, hour, minute and second of the zone's wall clock at that instant, from Intl. A V8
 * without full ICU data knows no zone but UTC, and Apps Script's is not confirmed to have it (contracts
 * 14.6): when Intl refuses the zone and also a zone every full ICU knows, the wall clock comes from
 * Utilities.formatDate (documented, and allowed in custom functions) from then on.
 */
function wallClock(epochMs: number, timeZone: string): number[] {
  if (intlKnowsZones !== false) {
    try {
      const wall = [0, 0, 0, 0, 0, 0];
      for (const part of formatter(timeZone).formatToParts(epochMs)) {
        const index = PART_INDEX[part.type];
        if (index !== undefined) wall[index] = Number(part.value);
      }
      return wall;
    } catch (error) {
      intlKnowsZones ??= isIntlZone('America/New_York');
      if (intlKnowsZones) throw error;
    }
  }
  return Utilities.formatDate(new Date(epochMs), timeZone, 'yyyy M d H m s').split(' ').map(Number);
}

function isIntlZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds the zone's wall clock is ahead of UTC at that instant. */
function exactOffsetMs(epochMs: number, timeZone: string): number {
  const [y, mo, d, h, mi, s] = wallClock(epochMs, timeZone) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(epochMs / 1000) * 1000;
}

function zoneCache(timeZone: string): ZoneCache {
  if (lastZone?.timeZone === timeZone) return lastZone;
  let found = cachesByZone.get(timeZone);
  if (!found) {
    found = {
      timeZone,
      offsetAtInstant: new Map(),
      offsetThroughWeek: new Map(),
      dateAtInstant: new Map(),
      dayStart: new Map(),
    };
    cachesByZone.set(timeZone, found);
  }
  return (lastZone = found);
}

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

function offsetAtInstant(zone: ZoneCache, epochMs: number): number {
  const offset = zone.offsetAtInstant.get(epochMs);
  return offset ?? remember(zone.offsetAtInstant, epochMs, exactOffsetMs(epochMs, zone.timeZone));
}

/** Milliseconds the zone's wall clock is ahead of UTC at that instant. */
function offsetMs(zone: ZoneCache, epochMs: number): number {
  const week = Math.floor(epochMs / MS_PER_WEEK);
  let offset = zone.offsetThroughWeek.get(week);
  if (offset === undefined) {
    const atStart = offsetAtInstant(zone, week * MS_PER_WEEK);
    const constant = atStart === offsetAtInstant(zone, (week + 1) * MS_PER_WEEK);
    offset = remember(zone.offsetThroughWeek, week, constant ? atStart : null);
  }
  return offset ?? offsetAtInstant(zone, epochMs);
}

function calendarDateOfEpochMs(zone: ZoneCache, epochMs: number): CalendarDate {
  const date = zone.dateAtInstant.get(epochMs);
  if (date) return date;
  const day = fromEpochDay(Math.floor((epochMs + offsetMs(zone, epochMs)) / MS_PER_DAY));
  return remember(zone.dateAtInstant, epochMs, day);
}

export function calendarDateAt(instant: Date, timeZone: string): CalendarDate {
  return calendarDateOfEpochMs(zoneCache(timeZone), instant.getTime());
}

/**
 * The first instant of `date` in the zone: its midnight under the offset in force a day before or a day
 * after. When the clocks fall back over midnight both are midnights and the earlier one starts the day;
 * when they skip midnight neither is, and the day starts as they jump, at the offset of the day before.
 */
function dayStartMs(zone: ZoneCache, date: CalendarDate): number {
  const wallMidnight = Date.UTC(date.year, date.month - 1, date.day);
  const offsetBefore = offsetMs(zone, wallMidnight - MS_PER_DAY);
  const offsetAfter = offsetMs(zone, wallMidnight + MS_PER_DAY);
  const before = wallMidnight - offsetBefore;
  if (offsetBefore === offsetAfter) return before;
  const after = wallMidnight - offsetAfter;
  const isMidnight = (instant: number) => instant + offsetMs(zone, instant) === wallMidnight;
  const first = Math.min(before, after);
  const second = Math.max(before, after);
  if (isMidnight(first)) return first;
  return isMidnight(second) ? second : before;
}

/** A number naming a calendar date, cheaper to compute than its epoch day. */
function dayKey(date: CalendarDate): number {
  return (date.year * 16 + date.month) * 32 + date.day;
}

/** The instant the day starts in `timeZone`: midnight, or when the clocks jump if they skip it. */
export function startOfDayIn(date: CalendarDate, timeZone: string): Date {
  const zone = zoneCache(timeZone);
  const key = dayKey(date);
  const start = zone.dayStart.get(key) ?? remember(zone.dayStart, key, dayStartMs(zone, date));
  return new Date(start);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    wallClock(0, timeZone);
    return true;
  } catch {
    return false;
  }
}
