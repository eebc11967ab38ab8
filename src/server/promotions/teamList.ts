import { formatIsoDate } from '../../domain/dates';
import type { TeamList } from '../rpc';
import { reviewDue } from './reviewDue';
import { openTeamSheet } from './teamTable';
import { openWorkbook } from './workbook';

/**
 * Every engineer on Team with their next reviews and how due they are; a row that cannot be read (a
 * position not on the ladder, a formula's error value in a cell…) is listed with its first problem.
 */
export function loadTeamList(): TeamList {
  const workbook = openWorkbook();
  const team = openTeamSheet(workbook);
  const members = team.rows.map(({ row, value: engineer }) => ({
    row,
    name: engineer.name,
    position: engineer.place.position.code,
    step: engineer.place.step,
    nextStepReview: reviewDue(engineer, 'step', workbook.today),
    nextLevelReview: reviewDue(engineer, 'level', workbook.today),
  }));
  const firstOfEachRow = team.problems.filter(
    (problem, index) => team.problems[index - 1]?.row !== problem.row,
  );
  return {
    today: formatIsoDate(workbook.today),
    members,
    problems: firstOfEachRow.map((problem) => problem.sentence),
  };
}
