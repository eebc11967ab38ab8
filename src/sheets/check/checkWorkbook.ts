import type { CalendarDate } from '../../domain/dates';
import { DEFAULT_LADDER } from '../../domain/ladder';
import { readBandsTable } from '../../tables/bands';
import { readFluencyTable } from '../../tables/fluency';
import { readLadderTable } from '../../tables/ladder';
import { HEADER_ROW, SHEET_NAMES } from '../../tables/layout';
import type { Problem, TableRead } from '../../tables/reader';
import { readTeamTable } from '../../tables/team';
import { bandFindings } from './bandRules';
import { problemAt } from './problems';
import { teamFindings } from './teamRules';

type Values = readonly (readonly unknown[])[];

const CHECKED_SHEETS = ['ladder', 'team', 'fluency', 'salaryBands'] as const;

/** The checked sheets' values (header row first), or undefined for a missing sheet. */
export type CheckedTables = Readonly<
  Record<'ladder' | 'team' | 'fluency' | 'salaryBands', Values | undefined>
>;

/** When the check runs: the spreadsheet's zone (cell dates are midnights there) and today in it. */
export interface CheckDay {
  readonly timeZone: string;
  readonly today: CalendarDate;
}

/** The text of a column's cells below the header, trimmed and lower-cased (blank ones left out). */
function columnTexts(values: Values, read: TableRead<unknown>, key: string): Set<string> {
  const column = read.columns[key];
  if (column === undefined) return new Set();
  return new Set(
    values
      .slice(HEADER_ROW)
      .map((row) =>
        String(row[column - 1] ?? '')
          .trim()
          .toLowerCase(),
      )
      .filter((text) => text !== ''),
  );
}

/**
 * Every problem in Ladder, Team, Fluency and Salary Bands, in sheet then row order: each table's
 * reader finds what the formulas and the sidebar would refuse, and the rules across tables what they
 * would get wrong (a manager or an assessment of someone not on Team, bands that do not fit the Ladder).
 */
export function checkWorkbook(tables: CheckedTables, day: CheckDay): Problem[] {
  const problems: Problem[] = [];
  const present = (sheet: string, values: Values | undefined): values is Values => {
    if (values) return true;
    problems.push(problemAt(sheet, HEADER_ROW, 1, 'the sheet is missing; run Set up workbook'));
    return false;
  };
  let ladder = DEFAULT_LADDER;
  if (present(SHEET_NAMES.ladder, tables.ladder)) {
    const read = readLadderTable(tables.ladder, 'sheet');
    problems.push(...read.problems);
    ladder = { positions: read.rows.map((row) => row.value) };
  }
  let names = new Set<string>();
  if (present(SHEET_NAMES.team, tables.team)) {
    const team = readTeamTable(tables.team, { ladder, timeZone: day.timeZone });
    names = columnTexts(tables.team, team, 'name');
    problems.push(...team.problems, ...teamFindings(team, names, day.today));
  }
  if (present(SHEET_NAMES.fluency, tables.fluency)) {
    const fluency = readFluencyTable(tables.fluency, day.timeZone);
    problems.push(...fluency.problems);
    for (const { row, fields } of fluency.filled) {
      const engineer = fields.engineer;
      if (typeof engineer === 'string' && !names.has(engineer.toLowerCase())) {
        problems.push(
          problemAt(
            SHEET_NAMES.fluency,
            row,
            fluency.columns.engineer ?? 1,
            `${engineer} is not on the Team sheet`,
          ),
        );
      }
    }
  }
  if (present(SHEET_NAMES.salaryBands, tables.salaryBands)) {
    const bands = readBandsTable(tables.salaryBands, 'sheet');
    const listed = new Set(
      [...columnTexts(tables.salaryBands, bands, 'position')].map((code) => code.toUpperCase()),
    );
    problems.push(...bands.problems, ...bandFindings(bands, listed, ladder));
  }
  const order = CHECKED_SHEETS.map((key) => SHEET_NAMES[key] as string);
  return problems.sort(
    (a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || a.row - b.row || a.column - b.column,
  );
}
