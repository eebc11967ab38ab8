/**
 * The review calendar over the built add-on: the endpoint's .ics (every engineer, or one manager's
 * reports) read back with a real parser (ical.js), the request validated, and the menu's dialog with the
 * file to download and its text to copy.
 */
import ICAL from 'ical.js';
import type { Refusal, ReviewCalendarFile } from '../../src/server/rpc';
import { loadPromotionRuntime, type EngineerSeed } from '../support/promotionWorkbook';
import { describeWithBuiltBundle } from '../support/runtime';

const HOSTILE = 'Souza, Ana; <script>x</script>\\ =1';

const TEAM: EngineerSeed[] = [
  {
    name: 'Maya Chen',
    position: 'EM5',
    step: 1,
    lastStepReview: '2024-06-01',
    lastLevelReview: '2024-06-01',
  },
  { name: HOSTILE, position: 'D2', step: 1, manager: 'Maya Chen', lastStepReview: '2024-08-01' },
  {
    name: 'Bo Li',
    position: 'D4',
    step: 1,
    manager: 'Omar Haddad',
    lastStepReview: '2024-01-10',
    lastLevelReview: '2023-01-10',
  },
];

function summaries(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return `${event.startDate.toString()} ${event.summary}`;
  });
}

describeWithBuiltBundle('the review calendar endpoint', () => {
  const rt = loadPromotionRuntime(TEAM);

  test('gives every engineer’s reviews of the next 12 months, the managers and a file name', () => {
    const file = rt.run('reviewCalendar', { manager: null }) as ReviewCalendarFile;
    expect(summaries(file.text)).toEqual([
      '2025-01-10 Step review: Bo Li (D4)',
      '2025-01-10 Level review: Bo Li (D4)',
      `2025-02-01 Step review: ${HOSTILE} (D2)`,
      '2025-06-01 Step review: Maya Chen (EM5)',
    ]);
    expect(file.managers).toEqual(['Maya Chen', 'Omar Haddad']);
    expect(file.fileName).toBe('reviews-team-2025-01-15.ics');
  });

  test('gives only a chosen manager’s reports', () => {
    const file = rt.run('reviewCalendar', { manager: 'maya chen' }) as ReviewCalendarFile;
    expect(summaries(file.text)).toEqual([`2025-02-01 Step review: ${HOSTILE} (D2)`]);
  });

  test('refuses a request that is not a manager’s name or null', () => {
    expect((rt.run('reviewCalendar', { manager: 3 }) as Refusal).outcome).toBe('invalid-request');
    expect((rt.run('reviewCalendar', {}) as Refusal).outcome).toBe('invalid-request');
  });
});

describeWithBuiltBundle('Career Ladder ▸ Download review calendar', () => {
  test('opens a dialog with a download link and the text to copy', () => {
    const rt = loadPromotionRuntime(TEAM);
    rt.trigger('onOpen');
    rt.runMenuItem('Download review calendar');
    const dialog = rt.ui.dialogs[rt.ui.dialogs.length - 1];
    expect(dialog?.title).toBe('Review calendar');
    expect(dialog?.html).toContain('<a id="download" href="#">reviews-team-2025-01-15.ics</a>');
    expect(dialog?.html).toContain('<textarea id="text" readonly></textarea>');
    expect(dialog?.html).toContain('BEGIN:VCALENDAR');
    expect(dialog?.html).not.toContain('<script>x</script>');
  });
});
