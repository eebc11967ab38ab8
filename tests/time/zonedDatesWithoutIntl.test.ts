/**
 * Cell dates where Intl knows no time zone but UTC (a V8 without full ICU data; contracts 14.6): the
 * wall clock comes from Utilities.formatDate instead, and every date must come out the same.
 */
import { formatIsoDate, parseIsoDate, type CalendarDate } from '../../src/domain/dates';
import { calendarDateAt, isValidTimeZone, startOfDayIn } from '../../src/time/zonedDates';
import { cellDate, isoDateIn, utilitiesFormatDate } from '../support/appsScriptGlobals';

const d = (iso: string): CalendarDate => parseIsoDate(iso) as CalendarDate;

const ZONES = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe', 'America/Santiago'];
/** Every day of 2024 and 2025: both DST changes of every zone above, month ends and a leap day. */
const DAYS = Array.from({ length: 731 }, (_, i) => isoDateIn('Etc/UTC', new Date(Date.UTC(2024, 0, 1 + i))));
/** Worked out with the real Intl before it is taken away. */
const STARTS = new Map(ZONES.map((zone) => [zone, DAYS.map((iso) => cellDate(zone, iso).getTime())]));

const RealDateTimeFormat = Intl.DateTimeFormat;
let formatDateCalls = 0;
const formatDate = utilitiesFormatDate(RealDateTimeFormat);

/** Intl.DateTimeFormat refusing every zone but UTC, as in a V8 built without full ICU data. */
function withoutTimeZones(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
  const zone = options?.timeZone;
  if (zone !== undefined && !/^(utc|etc\/utc)$/i.test(zone)) {
    throw new RangeError(`Invalid time zone specified: ${zone}`);
  }
  return new RealDateTimeFormat(locales, options);
}

beforeAll(() => {
  Object.defineProperty(Intl, 'DateTimeFormat', {
    value: withoutTimeZones,
    configurable: true,
    writable: true,
  });
  Object.assign(globalThis, {
    Utilities: {
      formatDate: (date: Date, timeZone: string, pattern: string) => {
        formatDateCalls += 1;
        return formatDate(date, timeZone, pattern);
      },
    },
  });
});

afterAll(() => {
  Object.defineProperty(Intl, 'DateTimeFormat', {
    value: RealDateTimeFormat,
    configurable: true,
    writable: true,
  });
  delete (globalThis as { Utilities?: unknown }).Utilities;
});

describe('cell dates without Intl time zones', () => {
  test('Intl refuses the zones here, so the dates must come from Utilities.formatDate', () => {
    expect(() => new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo' })).toThrow(RangeError);
    const before = formatDateCalls;
    startOfDayIn(d('2025-03-01'), 'Asia/Tokyo');
    expect(formatDateCalls).toBeGreaterThan(before);
  });

  test.each(ZONES)('every day of 2024–2025 starts where a cell in %s holds it, and reads back', (zone) => {
    const starts = STARTS.get(zone) as number[];
    const wrong = DAYS.filter((iso, i) => {
      const start = startOfDayIn(d(iso), zone);
      return start.getTime() !== starts[i] || formatIsoDate(calendarDateAt(start, zone)) !== iso;
    });
    expect(wrong).toEqual([]);
  });

  test('a zone Utilities knows is valid and one it does not is not', () => {
    expect(isValidTimeZone('Asia/Kathmandu')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
