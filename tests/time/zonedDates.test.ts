import { formatIsoDate, parseIsoDate, type CalendarDate } from '../../src/domain/dates';
import { calendarDateAt, isValidTimeZone, startOfDayIn } from '../../src/time/zonedDates';
import { cellDate, isoDateIn } from '../support/appsScriptGlobals';

const d = (iso: string): CalendarDate => parseIsoDate(iso) as CalendarDate;

const ZONES = [
  'Etc/UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Asia/Kathmandu',
];

/** Every day of 2024 and 2025: both DST changes of every zone above, month ends and a leap day. */
const DAYS = Array.from({ length: 731 }, (_, i) => isoDateIn('Etc/UTC', new Date(Date.UTC(2024, 0, 1 + i))));

describe('converting between cell dates and calendar dates', () => {
  test.each(ZONES)('every day of 2024–2025 starts where a cell in %s holds it, and reads back', (zone) => {
    const wrong = DAYS.filter((iso) => {
      const start = startOfDayIn(d(iso), zone);
      return (
        start.getTime() !== cellDate(zone, iso).getTime() ||
        formatIsoDate(calendarDateAt(start, zone)) !== iso
      );
    });
    expect(wrong).toEqual([]);
  });

  test('the helper’s cell dates are the zone’s midnights', () => {
    expect(cellDate('America/Los_Angeles', '2025-01-15').toISOString()).toBe('2025-01-15T08:00:00.000Z');
    expect(cellDate('America/Los_Angeles', '2025-07-15').toISOString()).toBe('2025-07-15T07:00:00.000Z');
    expect(cellDate('Pacific/Kiritimati', '2025-01-15').toISOString()).toBe('2025-01-14T10:00:00.000Z');
    expect(cellDate('Australia/Lord_Howe', '2025-01-15').toISOString()).toBe('2025-01-14T13:00:00.000Z');
  });

  test('a day whose midnight the clocks skip starts at 01:00 (Santiago, 8 Sep 2024)', () => {
    expect(startOfDayIn(d('2024-09-08'), 'America/Santiago').toISOString()).toBe('2024-09-08T04:00:00.000Z');
  });

  test('a day whose midnight comes twice starts at the first (Amman, 15 Sep 1995)', () => {
    expect(startOfDayIn(d('1995-09-15'), 'Asia/Amman').toISOString()).toBe('1995-09-14T21:00:00.000Z');
  });

  test('any instant of a day reads as that day, in the zone given', () => {
    const lateEvening = new Date('2025-03-09T06:59:59Z');
    expect(formatIsoDate(calendarDateAt(lateEvening, 'America/Los_Angeles'))).toBe('2025-03-08');
    expect(formatIsoDate(calendarDateAt(lateEvening, 'Etc/UTC'))).toBe('2025-03-09');
  });

  test('stays right after more distinct instants than its caches hold (every 10 minutes for 14 months)', () => {
    const zone = 'Australia/Lord_Howe';
    const start = Date.UTC(2024, 11, 1);
    const wrong: string[] = [];
    for (let i = 0; i < 60_000; i += 1) {
      const instant = new Date(start + i * 600_000);
      const expected = isoDateIn(zone, instant);
      if (formatIsoDate(calendarDateAt(instant, zone)) !== expected) wrong.push(instant.toISOString());
    }
    expect(wrong).toEqual([]);
  });

  test('zones Intl knows are valid and others are not', () => {
    expect(isValidTimeZone('Australia/Lord_Howe')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
