import { formatIsoDate } from '../../domain/dates';
import type { TeamList, TeamMemberSummary } from '../rpc';
import { reviewDue } from './reviewDue';
import { readTeamTable } from './teamTable';
import { readEngineerRow, TeamRowError } from './teamRow';
import { openWorkbook, readLadder } from './workbook';

/** Every engineer on Team with their next reviews and how due they are; unreadable rows as problems. */
export function loadTeamList(): TeamList {
  const workbook = openWorkbook();
  const ladder = readLadder(workbook);
  const members: TeamMemberSummary[] = [];
  const problems: string[] = [];
  for (const { row, values } of readTeamTable(workbook).rows) {
    try {
      const engineer = readEngineerRow(row, values, ladder, workbook.timeZone);
      members.push({
        row,
        name: engineer.name,
        position: engineer.place.position.code,
        step: engineer.place.step,
        nextStepReview: reviewDue(engineer, 'step', workbook.today),
        nextLevelReview: reviewDue(engineer, 'level', workbook.today),
      });
    } catch (error) {
      if (!(error instanceof TeamRowError)) throw error;
      problems.push(error.message);
    }
  }
  return { today: formatIsoDate(workbook.today), members, problems };
}
