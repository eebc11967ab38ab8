import { checkFluency } from './checkFluency';
import { checkLadder } from './checkLadder';
import { checkSalaryBands } from './checkSalaryBands';
import { checkTeam } from './checkTeam';
import type { Problem } from './problems';
import { SHEET_NAMES } from '../../tables/layout';

type Values = readonly (readonly unknown[])[];

/** The checked sheets' values (header row first), or undefined for a missing sheet. */
export type CheckedTables = Readonly<
  Record<'ladder' | 'team' | 'fluency' | 'salaryBands', Values | undefined>
>;

/** Every problem in Ladder, Team, Fluency and Salary Bands, in sheet then row order. */
export function checkWorkbook(tables: CheckedTables): Problem[] {
  const problems: Problem[] = [];
  const present = (sheet: string, values: Values | undefined): values is Values => {
    if (values) return true;
    problems.push({ sheet, row: 1, column: 1, message: 'the sheet is missing; run Set up workbook' });
    return false;
  };
  const ladder = present(SHEET_NAMES.ladder, tables.ladder)
    ? checkLadder(tables.ladder, problems)
    : undefined;
  const team = present(SHEET_NAMES.team, tables.team) ? checkTeam(tables.team, ladder, problems) : undefined;
  if (present(SHEET_NAMES.fluency, tables.fluency)) checkFluency(tables.fluency, team?.names, problems);
  if (present(SHEET_NAMES.salaryBands, tables.salaryBands)) {
    checkSalaryBands(tables.salaryBands, ladder, problems);
  }
  return problems;
}
