import { NEXT_REVIEW } from '../../src/functions/reviews';
import { cellDate, isoDateIn, stubAppsScript } from '../support/appsScriptGlobals';

/**
 * A date cell holds the instant its calendar date starts in the spreadsheet's zone; NEXT_REVIEW must
 * return the instant the due date starts in that same zone, whatever the zone and whatever the zone
 * the script itself runs in (the process TZ here: `npm run test:zones` repeats this file under others).
 */
function nextReviewIn(zone: string, position: string, lastReview: string, kind?: string): Date {
  stubAppsScript({ spreadsheetTimeZone: zone, scriptTimeZone: 'Etc/UTC' });
  return NEXT_REVIEW(position, cellDate(zone, lastReview), kind) as Date;
}

describe.each([
  // Etc/UTC: no offset, no DST.
  ['Etc/UTC', 'D2', 'step', '2025-01-15', '2025-07-15'],
  ['Etc/UTC', 'D2', 'step', '2025-08-31', '2026-02-28'],
  // America/Los_Angeles: clocks go forward on 9 Mar 2025 and back on 2 Nov 2025.
  ['America/Los_Angeles', 'D2', 'step', '2024-12-15', '2025-06-15'],
  ['America/Los_Angeles', 'D2', 'step', '2025-06-15', '2025-12-15'],
  ['America/Los_Angeles', 'D2', 'step', '2024-09-09', '2025-03-09'],
  ['America/Los_Angeles', 'D2', 'step', '2025-05-02', '2025-11-02'],
  ['America/Los_Angeles', 'D4', 'step', '2025-03-09', '2026-03-09'],
  ['America/Los_Angeles', 'D2', 'step', '2025-11-02', '2026-05-02'],
  // Pacific/Kiritimati: UTC+14, so its midnight is the previous day in UTC.
  ['Pacific/Kiritimati', 'D2', 'step', '2025-01-31', '2025-07-31'],
  ['Pacific/Kiritimati', 'D2', 'step', '2025-08-31', '2026-02-28'],
  ['Pacific/Kiritimati', 'EM4', 'level', '2024-02-29', '2026-02-28'],
  // Pacific/Pago_Pago: UTC−11, so its midnight is 11:00 UTC the same day.
  ['Pacific/Pago_Pago', 'D2', 'step', '2023-08-31', '2024-02-29'],
  ['Pacific/Pago_Pago', 'D3', 'level', '2024-02-29', '2025-02-28'],
  ['Pacific/Pago_Pago', 'D1', 'step', '2025-12-31', '2026-06-30'],
  // Australia/Lord_Howe: half-hour DST, ending 6 Apr 2025 and starting 5 Oct 2025.
  ['Australia/Lord_Howe', 'D2', 'step', '2024-10-06', '2025-04-06'],
  ['Australia/Lord_Howe', 'D2', 'step', '2025-04-06', '2025-10-06'],
  ['Australia/Lord_Howe', 'D2', 'step', '2025-04-05', '2025-10-05'],
])('in %s', (zone, position, kind, last, due) => {
  test(`${position} ${kind} review after ${last} is due at the start of ${due} there`, () => {
    expect(nextReviewIn(zone, position, last, kind)).toEqual(cellDate(zone, due));
  });
});

describe('when the script runs in another zone than the spreadsheet', () => {
  const hostZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const sheetZone = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].find((zone) => zone !== hostZone) as string;

  test('the due date is still the calendar date of the spreadsheet zone', () => {
    expect(sheetZone).not.toBe(hostZone);
    stubAppsScript({ spreadsheetTimeZone: sheetZone, scriptTimeZone: hostZone });
    const due = NEXT_REVIEW('D2', cellDate(sheetZone, '2025-08-31')) as Date;
    expect(due).toEqual(cellDate(sheetZone, '2026-02-28'));
    expect(isoDateIn(sheetZone, due)).toBe('2026-02-28');
  });

  test('a column of dates across both DST changes keeps every due date at midnight', () => {
    const zone = 'America/Los_Angeles';
    stubAppsScript({ spreadsheetTimeZone: zone, scriptTimeZone: 'Pacific/Kiritimati' });
    const lasts = ['2024-09-09', '2024-12-15', '2025-03-09', '2025-05-02', '2025-11-02'];
    const dues = ['2025-03-09', '2025-06-15', '2025-09-09', '2025-11-02', '2026-05-02'];
    expect(
      NEXT_REVIEW(
        'D1',
        lasts.map((iso) => [cellDate(zone, iso)]),
      ),
    ).toEqual(dues.map((iso) => [cellDate(zone, iso)]));
  });
});
