/**
 * The one registry of globals. Every menu handler, trigger, sidebar endpoint and custom function the
 * add-on exposes is listed here and nowhere else; the build emits a top-level stub for each.
 */
import { NEXT_REVIEW, REVIEW_CADENCE } from './functions/reviews';
import { menuItems, type Registry } from './registry';
import { buildMenu } from './server/menu';

const POSITION_PARAM = {
  name: 'position',
  type: 'string|number|Array<Array<string|number>>',
  description:
    'A position code such as "D3" or "EM4" (case and spaces ignored), a level number 1–7, or a range of them.',
};
const KIND_PARAM = {
  name: 'kind',
  type: 'string',
  description: '"step" (the default) or "level".',
  optional: true,
};
const LADDER_PARAM = {
  name: 'ladder',
  type: 'Array<Array<string|number>>',
  description:
    'Optional: the Ladder table including its header row (e.g. Ladder!A1:K) so a customised ladder is used; omitted, the built-in ladder.',
  optional: true,
};

export const registry: Registry = {
  // ── Triggers ──
  onOpen: {
    kind: 'trigger',
    description: 'Adds the Career Ladder menu when the spreadsheet opens.',
    params: [{ name: 'e', type: 'Object', description: 'The open event.' }],
    run: () => buildMenu(menuItems(registry)),
  },
  onInstall: {
    kind: 'trigger',
    description: 'Adds the Career Ladder menu right after the add-on is installed.',
    params: [{ name: 'e', type: 'Object', description: 'The install event.' }],
    run: () => buildMenu(menuItems(registry)),
  },
  // ── Menu handlers (menu order = registry order) ──

  // ── Sidebar endpoints (google.script.run targets) ──

  // ── Custom functions ──
  NEXT_REVIEW: {
    kind: 'customFunction',
    description:
      'The date the next step or level review is due: the last review plus the cadence of the position (levels 1–3: step every 6 months, level every 12; levels 4–7: 12 and 24). Works on single cells and on ranges.',
    params: [
      POSITION_PARAM,
      {
        name: 'last_review',
        type: 'Date|Array<Array<Date>>',
        description: 'The date of the last review of that kind, or a range of dates.',
      },
      KIND_PARAM,
      LADDER_PARAM,
    ],
    returns: {
      type: 'Date|Array<Array<Date|string>>',
      description: 'The due date; blank where an input row is blank.',
    },
    run: NEXT_REVIEW,
  },
  REVIEW_CADENCE: {
    kind: 'customFunction',
    description: 'How many months apart step or level reviews are for a position.',
    params: [POSITION_PARAM, KIND_PARAM, LADDER_PARAM],
    returns: { type: 'number|Array<Array<number|string>>', description: 'Months between reviews.' },
    run: REVIEW_CADENCE,
  },
};
