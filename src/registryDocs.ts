/**
 * What each global of the registry (main.ts) says about itself: the JSDoc the build writes on its
 * top-level stub. Custom functions' docs are what Sheets shows when autocompleting them. Only the
 * build reads this table; the bundle never imports it, so none of this text is shipped twice.
 */
import type { registry } from './main';
import type { GlobalDocs, ParamDoc } from './registry';

const POSITION_PARAM: ParamDoc = {
  name: 'position',
  type: 'string|number|Array<Array<string|number>>',
  description:
    'A position code such as "D3" or "EM4" (case and spaces ignored), a level number 1–7, or a range of them.',
};
const KIND_PARAM: ParamDoc = {
  name: 'kind',
  type: 'string',
  description: '"step" (the default) or "level".',
  optional: true,
};
const LADDER_PARAM: ParamDoc = {
  name: 'ladder',
  type: 'Array<Array<string|number>>',
  description:
    'Optional: the Ladder table including its header row (e.g. Ladder!A1:K) so a customised ladder is used; omitted, the built-in ladder.',
  optional: true,
};

const POSITION_CODE_PARAM: ParamDoc = {
  name: 'position',
  type: 'string|Array<Array<string>>',
  description: 'A position code such as "D3" or "EM4" (case and spaces ignored), or a range of them.',
};
const AXIS_PARAM: ParamDoc = {
  name: 'axis',
  type: 'string|Array<Array<string>>',
  description: 'Technology, System, People, Process or Influence (case ignored), or a range of them.',
};
const BANDS_PARAM: ParamDoc = {
  name: 'bands',
  type: 'Array<Array<string|number>>',
  description:
    "The Salary Bands table including its header row (e.g. 'Salary Bands'!A1:H): Position, Step 1, Step 2, … columns.",
};

export const GLOBAL_DOCS: { readonly [Name in keyof typeof registry]: GlobalDocs } = {
  // ── Triggers ──
  onOpen: {
    description: 'Adds the Career Ladder menu when the spreadsheet opens.',
    params: [{ name: 'e', type: 'Object', description: 'The open event.' }],
  },
  onInstall: {
    description: 'Adds the Career Ladder menu right after the add-on is installed.',
    params: [{ name: 'e', type: 'Object', description: 'The install event.' }],
  },
  // ── Menu handlers (menu order = registry order) ──
  setUpWorkbook: {
    description: 'Creates or repairs the Career Ladder sheets; never overwrites what you entered.',
    params: [],
  },
  setUpWithSampleTeam: {
    description: 'Sets up the workbook and fills an empty Team and Fluency with a sample team.',
    params: [],
  },
  openPromotionsSidebar: {
    description: 'Opens the Promotions sidebar: record step and level promotions, reviews and jumps.',
    params: [],
  },
  checkWorkbook: {
    description:
      'Lists every inconsistent cell of Ladder, Team, Fluency and Salary Bands on a Problems sheet.',
    params: [],
  },
  diagnose: {
    description:
      'Checks how this spreadsheet behaves where Apps Script is not documented, and what you may edit; changes nothing.',
    params: [],
  },
  showAbout: {
    description: 'What each sheet and menu item does, and who can read salaries.',
    params: [],
  },

  // ── Sidebar endpoints (google.script.run targets) ──
  promotionsTeam: {
    description: 'Promotions sidebar: the team with next reviews and due/overdue status.',
    params: [{ name: 'payload', type: 'Object', description: 'An empty object.' }],
    returns: { type: 'Object', description: 'TeamList (src/server/rpc.ts).' },
  },
  promotionsEngineer: {
    description: "Promotions sidebar: one engineer's card with the row version a move must send back.",
    params: [{ name: 'payload', type: 'Object', description: '{ row, name } of the engineer on Team.' }],
    returns: { type: 'Object', description: 'EngineerCard (src/server/rpc.ts).' },
  },
  promotionsRecord: {
    description: 'Promotions sidebar: records a promotion, jump or review under the document lock.',
    params: [{ name: 'payload', type: 'Object', description: 'RecordRequest (src/server/rpc.ts).' }],
    returns: { type: 'Object', description: 'RecordOutcome (src/server/rpc.ts).' },
  },
  promotionsApprovals: {
    description:
      'Promotions sidebar: the signed-in account, the approval policy of Settings and the pending proposals.',
    params: [{ name: 'payload', type: 'Object', description: 'An empty object.' }],
    returns: { type: 'Object', description: 'ApprovalsView (src/server/rpc.ts).' },
  },
  promotionsPropose: {
    description: 'Promotions sidebar: proposes a move that needs approval, as one Proposals row.',
    params: [{ name: 'payload', type: 'Object', description: 'RecordRequest (src/server/rpc.ts).' }],
    returns: { type: 'Object', description: 'ProposeOutcome (src/server/rpc.ts).' },
  },
  promotionsDecide: {
    description:
      'Promotions sidebar: approves (and records), rejects or withdraws a pending proposal under the document lock.',
    params: [{ name: 'payload', type: 'Object', description: 'DecideRequest (src/server/rpc.ts).' }],
    returns: { type: 'Object', description: 'DecideOutcome (src/server/rpc.ts).' },
  },

  // ── Custom functions ──
  NEXT_REVIEW: {
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
  },
  REVIEW_CADENCE: {
    description: 'How many months apart step or level reviews are for a position.',
    params: [POSITION_PARAM, KIND_PARAM, LADDER_PARAM],
    returns: { type: 'number|Array<Array<number|string>>', description: 'Months between reviews.' },
  },
  EXPECTED_FLUENCY: {
    description: 'The fluency a position expects on an axis, e.g. "Owns" for D4 on System.',
    params: [POSITION_CODE_PARAM, AXIS_PARAM, LADDER_PARAM],
    returns: {
      type: 'string|Array<Array<string>>',
      description: 'The fluency name; blank where an input row is blank.',
    },
  },
  FLUENCY_GAP: {
    description:
      'Assessed minus expected fluency on each of the five axes: negative is below what the position expects, 0 meets it. One position per row of the assessment.',
    params: [
      POSITION_CODE_PARAM,
      {
        name: 'assessment',
        type: 'Array<Array<string|number>>',
        description:
          'The five axis cells of a row (Technology, System, People, Process, Influence), as fluency names or levels 1–5, or several such rows.',
      },
      LADDER_PARAM,
    ],
    returns: {
      type: 'Array<Array<number|string>>',
      description: 'Five gaps per row; blank where a cell or its position is blank.',
    },
  },
  FLUENCY_LEVEL: {
    description: 'The level number 1–5 of a fluency on an axis, e.g. 3 for "Owns" on System.',
    params: [
      AXIS_PARAM,
      {
        name: 'fluency',
        type: 'string|number|Array<Array<string|number>>',
        description: 'A fluency name of that axis (case ignored) or a level 1–5, or a range of them.',
      },
    ],
    returns: {
      type: 'number|Array<Array<number|string>>',
      description: 'The level number; blank where an input row is blank.',
    },
  },
  BAND_SALARY: {
    description: 'The salary of a position at a step, from the Salary Bands table.',
    params: [
      POSITION_CODE_PARAM,
      {
        name: 'step',
        type: 'number|Array<Array<number>>',
        description: 'The step within the position, 1 to its number of steps (3 by default), or a range.',
      },
      BANDS_PARAM,
      LADDER_PARAM,
    ],
    returns: {
      type: 'number|Array<Array<number|string>>',
      description: 'The band amount; blank where an input row is blank.',
    },
  },
  COMPA_RATIO: {
    description:
      "A salary divided by the midpoint of its position's band (halfway between the lowest and highest step): 1 is on the midpoint.",
    params: [
      {
        name: 'salary',
        type: 'number|Array<Array<number>>',
        description: 'The salary, or a range of salaries.',
      },
      POSITION_CODE_PARAM,
      BANDS_PARAM,
      LADDER_PARAM,
    ],
    returns: {
      type: 'number|Array<Array<number|string>>',
      description: 'The compa-ratio, e.g. 0.95; blank where an input row is blank.',
    },
  },
  REVIEW_SCHEDULE: {
    description:
      'Everyone\'s next step and level reviews, earliest first, as rows of due date, name, position and "Step" or "Level". Rows with a blank name, an unknown position or no last review date of a kind are left out.',
    params: [
      { name: 'names', type: 'Array<Array<string>>', description: "Engineers' names, e.g. Team!A2:A." },
      {
        name: 'positions',
        type: 'Array<Array<string>>',
        description: 'Their position codes, e.g. Team!B2:B.',
      },
      {
        name: 'last_step',
        type: 'Array<Array<Date>>',
        description: 'Dates of their last step review, e.g. Team!G2:G.',
      },
      {
        name: 'last_level',
        type: 'Array<Array<Date>>',
        description: 'Dates of their last level review, e.g. Team!H2:H.',
      },
      LADDER_PARAM,
    ],
    returns: {
      type: 'Array<Array<Date|string>>',
      description: 'One row per review, sorted by due date; blank when there is none.',
    },
  },

  // ── Review reminders ──
  openReviewReminders: {
    description:
      'Opens Review reminders: turn the weekly digest to managers on or off, choose its weekday, hour and window, send yourself a preview.',
    params: [],
  },
  openReviewCalendar: {
    description:
      'Opens the review calendar: an .ics file of every review due in the next 12 months, to download or copy.',
    params: [],
  },
  remindersState: {
    description: 'Review reminders dialog: the settings, the trigger, the last run and the mail quota.',
    params: [{ name: 'payload', type: 'Object', description: 'An empty object.' }],
    returns: { type: 'Object', description: 'ReminderState (src/server/rpc.ts).' },
  },
  remindersSave: {
    description: 'Review reminders dialog: saves the settings and installs or removes the weekly trigger.',
    params: [
      { name: 'payload', type: 'Object', description: 'ReminderSettings (src/domain/reminderSettings.ts).' },
    ],
    returns: { type: 'Object', description: 'ReminderState (src/server/rpc.ts).' },
  },
  remindersPreview: {
    description: 'Review reminders dialog: emails you the digest now (your reports, or the whole team).',
    params: [{ name: 'payload', type: 'Object', description: 'An empty object.' }],
    returns: { type: 'Object', description: 'PreviewOutcome (src/server/rpc.ts).' },
  },
  reviewCalendar: {
    description: 'Review calendar: the .ics text of the reviews due in the next 12 months.',
    params: [{ name: 'payload', type: 'Object', description: 'ReviewCalendarRequest (src/server/rpc.ts).' }],
    returns: { type: 'Object', description: 'ReviewCalendarFile (src/server/rpc.ts).' },
  },
  sendReviewReminders: {
    description:
      'The weekly time-driven trigger of Review reminders: emails each manager their reports’ reviews due.',
    params: [{ name: 'e', type: 'Object', description: 'The time-driven event.' }],
  },
};
