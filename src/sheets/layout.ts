import type { TeamColumn } from '../tables/team';

/** The size of a sheet made by insertSheet (Sheets' default grid). */
export const NEW_SHEET_SIZE = { rows: 1000, columns: 26 } as const;

/** Team's computed columns: one array formula each in row 2 fills the column (set-up writes them). */
export const TEAM_COMPUTED_COLUMNS = [
  'nextStepReview',
  'nextLevelReview',
  'bandSalary',
  'compaRatio',
  'stepsInPosition',
] as const satisfies readonly TeamColumn[];

export type TeamComputedColumn = (typeof TEAM_COMPUTED_COLUMNS)[number];
