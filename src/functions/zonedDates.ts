import type { CalendarDate } from '../domain/dates';

/**
 * Dates in cells are instants at midnight in the spreadsheet's time zone. These convert between such
 * instants and calendar dates in an explicit zone, never through the script zone's local getters.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const wallClockCache = new Map<string, Map<number, number[]>>();
const CACHE_LIMIT = 20_000;

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

/** [year, month, day, hour, minute, second] of an instant on the wall clock of `timeZone`. */
function wallClock(epochMs: number, timeZone: string): number[] {
  let zoneCache = wallClockCache.get(timeZone);
  if (!zoneCache) wallClockCache.set(timeZone, (zoneCache = new Map()));
  const cached = zoneCache.get(epochMs);
  if (cached) return cached;
  const parts = [0, 0, 0, 0, 0, 0];
  for (const part of formatter(timeZone).formatToParts(epochMs)) {
    const index = PART_INDEX[part.type];
    if (index !== undefined) parts[index] = Number(part.value);
  }
  if (zoneCache.size >= CACHE_LIMIT) zoneCache.clear();
  zoneCache.set(epochMs, parts);
  return parts;
}

const PART_INDEX: Partial<Record<string, number>> = {
  year: 0,
  month: 1,
  day: 2,
  hour: 3,
  minute: 4,
  second: 5,
};

/** Milliseconds the zone's wall clock is ahead of UTC at that instant. */
function offsetMs(epochMs: number, timeZone: string): number {
  const [y, mo, d, h, mi, s] = wallClock(epochMs, timeZone) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  return wallAsUtc - Math.floor(epochMs / 1000) * 1000;
}

export function calendarDateAt(instant: Date, timeZone: string): CalendarDate {
  const [year, month, day] = wallClock(instant.getTime(), timeZone) as [number, number, number];
  return { year, month, day };
}

/** The instant the day starts in `timeZone` (midnight, or the first minute after a DST gap). */
export function startOfDayIn(date: CalendarDate, timeZone: string): Date {
  const wallMidnight = Date.UTC(date.year, date.month - 1, date.day);
  let instant = wallMidnight - offsetMs(wallMidnight, timeZone);
  const corrected = wallMidnight - offsetMs(instant, timeZone);
  if (corrected !== instant) {
    const [y, mo, d] = wallClock(corrected, timeZone);
    instant = y === date.year && mo === date.month && d === date.day ? corrected : instant;
  }
  return new Date(instant);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}
