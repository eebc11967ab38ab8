/**
 * The shared column layout of the workbook's tables: sheet names and, for Team, Fluency, Salary Bands
 * and Promotion Log, each column's header in sheet order (key → header, like LADDER_HEADERS). Every
 * table has its header in row 1 and data from row 2. Code that reads or writes these sheets finds
 * columns by header with `locateColumns`, or by position with `columnIndex` when it wrote the header.
 */
export const SHEET_NAMES = {
  ladder: 'Ladder',
  team: 'Team',
  fluency: 'Fluency',
  fluencyChart: 'Fluency Chart',
  salaryBands: 'Salary Bands',
  reviewCalendar: 'Review Calendar',
  promotionLog: 'Promotion Log',
  problems: 'Problems',
} as const;

/** The size of a sheet made by insertSheet (Sheets' default grid). */
export const NEW_SHEET_SIZE = { rows: 1000, columns: 26 } as const;

export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

/**
 * Team: one row per engineer. Only the input columns may be written by scripts; the computed ones
 * hold one array formula each in row 2 that fills the column, and a value written below it breaks it.
 */
export const TEAM_HEADERS = {
  name: 'Name',
  position: 'Position',
  step: 'Step',
  techLead: 'Tech lead',
  manager: 'Manager',
  inPositionSince: 'In position since',
  lastStepReview: 'Last step review',
  lastLevelReview: 'Last level review',
  nextStepReview: 'Next step review',
  nextLevelReview: 'Next level review',
  bandSalary: 'Band salary',
  compaRatio: 'Compa-ratio',
  salary: 'Salary',
  notes: 'Notes',
  stepsInPosition: 'Steps in position',
} as const;

export type TeamColumn = keyof typeof TEAM_HEADERS;

export const TEAM_COMPUTED_COLUMNS = [
  'nextStepReview',
  'nextLevelReview',
  'bandSalary',
  'compaRatio',
  'stepsInPosition',
] as const satisfies readonly TeamColumn[];

export type TeamComputedColumn = (typeof TEAM_COMPUTED_COLUMNS)[number];

/**
 * Fluency: one assessment per row; the axes hold fluency names (e.g. "Owns"). Readiness and the
 * hidden columns after it are computed (one array formula each in row 2), never written by scripts.
 */
export const FLUENCY_HEADERS = {
  engineer: 'Engineer',
  date: 'Date',
  assessor: 'Assessor',
  Technology: 'Technology',
  System: 'System',
  People: 'People',
  Process: 'Process',
  Influence: 'Influence',
  evidence: 'Evidence',
  readiness: 'Readiness',
  position: 'Position',
  nextPosition: 'Next position',
  gapTechnology: 'Technology gap',
  gapSystem: 'System gap',
  gapPeople: 'People gap',
  gapProcess: 'Process gap',
  gapInfluence: 'Influence gap',
  nextGapTechnology: 'Technology gap to next',
  nextGapSystem: 'System gap to next',
  nextGapPeople: 'People gap to next',
  nextGapProcess: 'Process gap to next',
  nextGapInfluence: 'Influence gap to next',
  latest: 'Latest',
} as const;

export type FluencyColumn = keyof typeof FLUENCY_HEADERS;

export const FLUENCY_INPUT_COLUMNS: readonly FluencyColumn[] = [
  'engineer',
  'date',
  'assessor',
  'Technology',
  'System',
  'People',
  'Process',
  'Influence',
  'evidence',
];

/** Salary Bands: one row per position; amounts of steps beyond the position's step count stay blank. */
export const SALARY_BAND_HEADERS = {
  position: 'Position',
  track: 'Track',
  level: 'Level',
  min: 'Min',
  mid: 'Mid',
  max: 'Max',
  step1: 'Step 1',
  step2: 'Step 2',
  step3: 'Step 3',
  step4: 'Step 4',
  step5: 'Step 5',
  step6: 'Step 6',
  step7: 'Step 7',
  step8: 'Step 8',
  step9: 'Step 9',
  step10: 'Step 10',
} as const;

export type SalaryBandColumn = keyof typeof SALARY_BAND_HEADERS;

/** Promotion Log: append-only; one row per recorded promotion or review. */
export const PROMOTION_LOG_HEADERS = {
  timestamp: 'Timestamp',
  engineer: 'Engineer',
  fromPosition: 'From position',
  fromStep: 'From step',
  toPosition: 'To position',
  toStep: 'To step',
  kind: 'Kind',
  effectiveDate: 'Effective date',
  justification: 'Justification',
  recordedBy: 'Recorded by',
  requestId: 'Request id',
} as const;

export type PromotionLogColumn = keyof typeof PROMOTION_LOG_HEADERS;

/** 0-based index of a column in a header record (its position in sheet order). */
export function columnIndex<K extends string>(headers: Readonly<Record<K, string>>, key: K): number {
  return Object.keys(headers).indexOf(key);
}

/** Column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Column letter of a key in a header record: columnOf(TEAM_HEADERS, 'step') → 'C'. */
export function columnOf<K extends string>(headers: Readonly<Record<K, string>>, key: K): string {
  return columnLetter(columnIndex(headers, key));
}
