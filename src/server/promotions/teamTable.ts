import type { Ladder } from '../../domain/ladder';
import { FIRST_DATA_ROW, SHEET_NAMES } from '../../tables/layout';
import type { Problem, TableRead } from '../../tables/reader';
import { readTeamTable, TEAM_HEADERS, type TeamMember } from '../../tables/team';
import { Refused } from '../refusal';
import { TEAM_INPUT_WIDTH } from './teamRow';
import { readLadder, readRequiredSheet, startsWithHeaders, type Workbook } from './workbook';

export interface TeamSheet extends TableRead<TeamMember> {
  readonly ladder: Ladder;
  /** Each data row's cells as read, by sheet row (FIRST_DATA_ROW is the first engineer). */
  readonly cells: (row: number) => readonly unknown[];
}

const INPUT_HEADERS = Object.values(TEAM_HEADERS).slice(0, TEAM_INPUT_WIDTH);

/**
 * The Team sheet read through its table reader, with the workbook's ladder. Recording writes columns
 * A–H by position, so the sheet must still have its input columns in the set-up order.
 */
export function openTeamSheet(workbook: Workbook): TeamSheet {
  const values = readRequiredSheet(workbook, SHEET_NAMES.team);
  if (!startsWithHeaders(values[0] ?? [], INPUT_HEADERS)) {
    throw new Refused(
      'not-set-up',
      `The Team sheet's first columns must be ${INPUT_HEADERS.join(', ')}. Run Career Ladder ▸ Set up workbook to repair it.`,
    );
  }
  const ladder = readLadder(workbook);
  const read = readTeamTable(values, { ladder, timeZone: workbook.timeZone });
  return { ...read, ladder, cells: (row) => values[row - FIRST_DATA_ROW + 1] ?? [] };
}

/** The problems of a row, each sentence naming the row, in column order. */
export function problemsOfRow(team: TableRead<TeamMember>, row: number): Problem[] {
  return team.problems.filter((problem) => problem.row === row);
}
