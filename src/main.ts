/**
 * The one registry of globals. Every trigger, menu handler, sidebar endpoint and custom function the
 * add-on exposes is listed here and nowhere else; the build emits a top-level stub for each, with
 * the JSDoc of registryDocs.ts.
 *
 * dist/Code.js holds only what a custom-function execution needs (Apps Script loads it for every
 * formula call): the custom functions and the menu. Menu handlers and sidebar endpoints run in the
 * server module, which is loaded only when one of them is called (serverModule.ts).
 */
import { BAND_SALARY, COMPA_RATIO } from './functions/bands';
import { EXPECTED_FLUENCY, FLUENCY_GAP, FLUENCY_LEVEL } from './functions/fluency';
import { NEXT_REVIEW, REVIEW_CADENCE } from './functions/reviews';
import { REVIEW_SCHEDULE } from './functions/schedule';
import { buildMenu } from './menu';
import { menuItems, type Registry } from './registry';
import { onServer } from './serverModule';

const addMenu = () => buildMenu(menuItems(registry));

export const registry = {
  // ── Triggers ──
  onOpen: { kind: 'trigger', run: addMenu },
  onInstall: { kind: 'trigger', run: addMenu },

  // ── Menu handlers (menu order = registry order) ──
  setUpWorkbook: { kind: 'menu', menuLabel: 'Set up workbook', run: onServer('setUpWorkbook') },
  setUpWithSampleTeam: {
    kind: 'menu',
    menuLabel: 'Set up with a sample team',
    run: onServer('setUpWithSampleTeam'),
  },
  openPromotionsSidebar: {
    kind: 'menu',
    menuLabel: 'Promotions',
    run: onServer('openPromotionsSidebar'),
  },
  checkWorkbook: { kind: 'menu', menuLabel: 'Check workbook', run: onServer('checkWorkbook') },
  diagnose: { kind: 'menu', menuLabel: 'Diagnose', run: onServer('diagnose') },
  showAbout: { kind: 'menu', menuLabel: 'About and help', run: onServer('showAbout') },

  // ── Sidebar endpoints (google.script.run targets) ──
  promotionsTeam: { kind: 'endpoint', run: onServer('promotionsTeam') },
  promotionsEngineer: { kind: 'endpoint', run: onServer('promotionsEngineer') },
  promotionsRecord: { kind: 'endpoint', run: onServer('promotionsRecord') },
  promotionsApprovals: { kind: 'endpoint', run: onServer('promotionsApprovals') },
  promotionsPropose: { kind: 'endpoint', run: onServer('promotionsPropose') },
  promotionsDecide: { kind: 'endpoint', run: onServer('promotionsDecide') },

  // ── Custom functions ──
  NEXT_REVIEW: { kind: 'customFunction', run: NEXT_REVIEW },
  REVIEW_CADENCE: { kind: 'customFunction', run: REVIEW_CADENCE },
  EXPECTED_FLUENCY: { kind: 'customFunction', run: EXPECTED_FLUENCY },
  FLUENCY_GAP: { kind: 'customFunction', run: FLUENCY_GAP },
  FLUENCY_LEVEL: { kind: 'customFunction', run: FLUENCY_LEVEL },
  BAND_SALARY: { kind: 'customFunction', run: BAND_SALARY },
  COMPA_RATIO: { kind: 'customFunction', run: COMPA_RATIO },
  REVIEW_SCHEDULE: { kind: 'customFunction', run: REVIEW_SCHEDULE },

  // ── Review reminders: menu items, dialog endpoints, the weekly trigger's handler ──
  openReviewReminders: {
    kind: 'menu',
    menuLabel: 'Review reminders…',
    run: onServer('openReviewReminders'),
  },
  openReviewCalendar: {
    kind: 'menu',
    menuLabel: 'Download review calendar',
    run: onServer('openReviewCalendar'),
  },
  remindersState: { kind: 'endpoint', run: onServer('remindersState') },
  remindersSave: { kind: 'endpoint', run: onServer('remindersSave') },
  remindersPreview: { kind: 'endpoint', run: onServer('remindersPreview') },
  reviewCalendar: { kind: 'endpoint', run: onServer('reviewCalendar') },
  sendReviewReminders: { kind: 'clockTrigger', run: onServer('sendReviewReminders') },
} as const satisfies Registry;
