/**
 * The one place unit tests stub Apps Script: the minimal SpreadsheetApp and Session the custom
 * functions read (the spreadsheet's time zone), and the Dates a cell holds in a given zone.
 * (The full local runtime is tests/support/runtime.ts.)
 */
export interface AppsScriptSettings {
  /** The spreadsheet's time zone (File ▸ Settings); null when there is no active spreadsheet. */
  readonly spreadsheetTimeZone?: string | null;
  /** The script project's time zone (appsscript.json). */
  readonly scriptTimeZone?: string;
}

/** Plain objects standing in for the services: SpreadsheetApp and Session. */
export function appsScriptServices(settings: AppsScriptSettings = {}): Record<string, unknown> {
  const { spreadsheetTimeZone = 'Etc/UTC', scriptTimeZone = 'Etc/UTC' } = settings;
  return {
    SpreadsheetApp: {
      getActiveSpreadsheet: () =>
        spreadsheetTimeZone === null ? null : { getSpreadsheetTimeZone: () => spreadsheetTimeZone },
    },
    Session: { getScriptTimeZone: () => scriptTimeZone },
  };
}

/** Installs the services as globals, as Apps Script provides them, for the code under test. */
export function stubAppsScript(settings: AppsScriptSettings = {}): void {
  Object.assign(globalThis, appsScriptServices(settings));
}

const STEP_MS = 15 * 60_000;
const isoDateFormats = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD` of an instant on the wall clock of `timeZone`. */
export function isoDateIn(timeZone: string, instant: Date): string {
  let format = isoDateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    isoDateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/**
 * The Date a date cell holds in a spreadsheet whose zone is `timeZone`: the first instant of that
 * calendar day there (midnight, unless the clocks skip it). Found by scanning quarter hours with
 * Intl, independently of the code under test, and never through the host zone.
 */
export function cellDate(timeZone: string, isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day);
  for (
    let instant = utcMidnight - 15 * 3_600_000;
    instant < utcMidnight + 13 * 3_600_000;
    instant += STEP_MS
  ) {
    if (isoDateIn(timeZone, new Date(instant)) === isoDate) return new Date(instant);
  }
  throw new Error(`${isoDate} has no start in ${timeZone}`);
}

const JAVA_FIELDS: Readonly<Record<string, string>> = {
  y: 'year',
  M: 'month',
  d: 'day',
  H: 'hour',
  m: 'minute',
  s: 'second',
};

/**
 * `Utilities.formatDate(date, timeZone, pattern)` for the numeric Java pattern letters y, M, d, H, m
 * and s (a run of n letters pads to n digits), computed with the given Intl.DateTimeFormat; an
 * unknown zone throws as Intl does.
 */
export function utilitiesFormatDate(
  DateTimeFormat: typeof Intl.DateTimeFormat,
): (date: Date, timeZone: string, pattern: string) => string {
  return (date, timeZone, pattern) => {
    const parts = new DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(date);
    const field = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
    return pattern.replace(/([yMdHms])\1*/g, (run) =>
      String(Number(field(JAVA_FIELDS[run[0] as string] as string))).padStart(run.length, '0'),
    );
  };
}
