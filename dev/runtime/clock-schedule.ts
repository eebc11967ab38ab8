/**
 * When a time-driven trigger fires, on the virtual clock, in the trigger's time zone.
 *
 * Google runs a trigger inside a window, not at a minute: `atHour(h)` "runs between h and h+1" and keeps
 * that timing from run to run ([doc] guides/triggers/installable, reference/script/clock-trigger-builder),
 * `nearMinute(m)` is "plus or minus 15 minutes". The runtime picks one deterministic point, the late end of
 * the window, so a script that assumes it runs on the hour sees it does not:
 * - `atHour(h)` alone fires at h:59;
 * - `atHour(h).nearMinute(m)` fires at h:m + 15 minutes (23:50 + 15 rolls into 00:05 of the next day);
 * - without `atHour`, the hour is the one in which the trigger was created ([inference]; Google picks one).
 * A daily or weekly trigger first fires at the first such point after it was created, then every n days or
 * weeks; `everyHours(n)` first fires n hours after creation [inference], then every n hours.
 */
import { instantOf, wallClock } from './dates';
import { WEEK_DAYS, type ClockSchedule, type TriggerSpec, type WeekDay } from './project';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/** What a ClockTriggerBuilder was told, validated (services/script-app.ts). */
export interface ClockRequest {
  readonly every: 'hours' | 'days' | 'weeks';
  readonly n: number;
  readonly weekDay: WeekDay | null;
  readonly hour: number | null;
  readonly nearMinute: number | null;
}

/** The local calendar day (days since 1970-01-01) of an instant in a zone. */
function localDay(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Math.floor(Date.UTC(w.year, w.month - 1, w.day) / MS_PER_DAY);
}

/** The instant at which the zone's clock shows `minuteOfDay` minutes after the start of local day `day`. */
function instantOnDay(day: number, minuteOfDay: number, timeZone: string): number {
  const wall = new Date(day * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE);
  return instantOf(
    {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: 0,
      ms: 0,
    },
    timeZone,
  );
}

/** 1 = Monday … 7 = Sunday, as the time-driven event's `day-of-week` [doc] guides/triggers/event-objects. */
export function isoWeekDay(day: number): number {
  // 1970-01-01 was a Thursday (4)
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The schedule a new trigger gets: the window's late end, from the first such point after `createdAt`. */
export function scheduleFor(request: ClockRequest, createdAt: number, timeZone: string): ClockSchedule {
  if (request.every === 'hours') {
    return { every: 'hours', n: request.n, firstAt: createdAt + request.n * MS_PER_HOUR };
  }
  const hour = request.hour ?? wallClock(createdAt, timeZone).hour;
  const minuteOfDay = hour * 60 + (request.nearMinute === null ? 59 : request.nearMinute + 15);
  const created = localDay(createdAt, timeZone);
  const weekDay = request.weekDay ?? (WEEK_DAYS[isoWeekDay(created) - 1] as WeekDay);
  const onSchedule = (day: number) =>
    request.every === 'days' || isoWeekDay(day) === WEEK_DAYS.indexOf(weekDay) + 1;
  // a scheduled day may have started the evening before (a minute rolled past midnight): look from the day before
  let day = created - 1;
  while (!onSchedule(day) || instantOnDay(day, minuteOfDay, timeZone) <= createdAt) day++;
  return request.every === 'days'
    ? { every: 'days', n: request.n, minuteOfDay, firstDay: day }
    : { every: 'weeks', n: request.n, weekDay, minuteOfDay, firstDay: day };
}

/** The first instant strictly after `afterMs` at which the trigger fires. */
export function nextFireAfter(trigger: TriggerSpec, afterMs: number): number {
  const s = trigger.schedule;
  if (s.every === 'hours') {
    if (afterMs < s.firstAt) return s.firstAt;
    const period = s.n * MS_PER_HOUR;
    return s.firstAt + (Math.floor((afterMs - s.firstAt) / period) + 1) * period;
  }
  const stepDays = s.every === 'days' ? s.n : 7 * s.n;
  const fromDay = localDay(afterMs, trigger.timeZone) - 1;
  let k = Math.max(0, Math.floor((fromDay - s.firstDay) / stepDays) - 1);
  for (;;) {
    const at = instantOnDay(s.firstDay + k * stepDays, s.minuteOfDay, trigger.timeZone);
    if (at > afterMs) return at;
    k++;
  }
}

/** ISO 8601 week number (1–53) of a local day. */
function isoWeekOfYear(day: number): number {
  const thursday = day - isoWeekDay(day) + 4;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const firstOfYear = Math.floor(Date.UTC(year, 0, 1) / MS_PER_DAY);
  return Math.floor((thursday - firstOfYear) / 7) + 1;
}

/**
 * The time-driven event object's fields [doc] guides/triggers/event-objects ("Time-driven events"), for a
 * run at `ms`, read in the trigger's zone [inference: the doc does not say which zone]. `week-of-year` is
 * the ISO week (the doc says 1–52; ISO years have 53 weeks at times).
 */
export function clockEventFields(trigger: TriggerSpec, ms: number): Record<string, unknown> {
  const w = wallClock(ms, trigger.timeZone);
  const day = localDay(ms, trigger.timeZone);
  return {
    authMode: 'FULL',
    triggerUid: trigger.uid,
    year: w.year,
    month: w.month,
    'day-of-month': w.day,
    'day-of-week': isoWeekDay(day),
    'week-of-year': isoWeekOfYear(day),
    hour: w.hour,
    minute: w.minute,
    second: w.second,
    timezone: trigger.timeZone,
  };
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** A person's reading of the schedule, e.g. "every week on MONDAY at 09:59 (Europe/Paris)". */
export function describeSchedule(trigger: TriggerSpec): string {
  const s = trigger.schedule;
  if (s.every === 'hours') return `every ${s.n === 1 ? 'hour' : `${s.n} hours`}`;
  const minutes = ((s.minuteOfDay % 1440) + 1440) % 1440;
  const at = `${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`;
  const rolled = s.minuteOfDay >= 1440 ? ' the next day' : '';
  const zone = ` (${trigger.timeZone})`;
  if (s.every === 'days') return `every ${s.n === 1 ? 'day' : `${s.n} days`} at ${at}${rolled}${zone}`;
  return `every ${s.n === 1 ? 'week' : `${s.n} weeks`} on ${s.weekDay} at ${at}${rolled}${zone}`;
}
