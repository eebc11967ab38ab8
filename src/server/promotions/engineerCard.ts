import { formatIsoDate, wholeMonthsBetween } from '../../domain/dates';
import { AXES } from '../../domain/fluency';
import type { Ladder } from '../../domain/ladder';
import type { EngineerCard, EngineerRequest, PositionSummary } from '../rpc';
import { latestAssessment } from './assessments';
import { readBands } from './bandsTable';
import { reviewDue } from './reviewDue';
import { rowVersion } from './rowVersion';
import { readTeamTable } from './teamTable';
import { nameIn, readEngineerRow, TEAM_INPUT_WIDTH } from './teamRow';
import { openWorkbook, readLadder } from './workbook';

function summarize(ladder: Ladder): PositionSummary[] {
  return ladder.positions.map((position) => ({
    code: position.code,
    track: position.track,
    level: position.level,
    steps: position.steps,
    expected: AXES.map((axis) => position.expected[axis]),
    stepCadenceMonths: position.stepCadenceMonths,
    levelCadenceMonths: position.levelCadenceMonths,
  }));
}

/** Everything the sidebar shows for one engineer, with the row version a move must send back. */
export function loadEngineerCard(request: EngineerRequest): EngineerCard {
  const workbook = openWorkbook();
  const ladder = readLadder(workbook);
  const team = readTeamTable(workbook);
  const found = team.rows.find(
    ({ row, values }) => row === request.row && nameIn(values) === request.name.trim(),
  );
  if (!found) {
    throw new Error(
      `Team row ${request.row} does not hold "${request.name}" any more: the team changed since the list was loaded. Reload the list.`,
    );
  }
  const engineer = readEngineerRow(found.row, found.values, ladder, workbook.timeZone);
  const salary = team.salaryColumn === undefined ? undefined : found.values[team.salaryColumn];
  const { today } = workbook;
  return {
    row: found.row,
    version: rowVersion(found.values.slice(0, TEAM_INPUT_WIDTH)),
    today: formatIsoDate(today),
    name: engineer.name,
    position: engineer.place.position.code,
    step: engineer.place.step,
    techLead: engineer.techLead,
    manager: engineer.manager,
    inPositionSince: engineer.inPositionSince ? formatIsoDate(engineer.inPositionSince) : null,
    monthsInPosition: engineer.inPositionSince ? wholeMonthsBetween(engineer.inPositionSince, today) : null,
    lastStepReview: engineer.lastStepReview ? formatIsoDate(engineer.lastStepReview) : null,
    lastLevelReview: engineer.lastLevelReview ? formatIsoDate(engineer.lastLevelReview) : null,
    nextStepReview: reviewDue(engineer, 'step', today),
    nextLevelReview: reviewDue(engineer, 'level', today),
    salary: typeof salary === 'number' && salary > 0 ? salary : null,
    assessment: latestAssessment(workbook, engineer.name),
    ladder: summarize(ladder),
    bands: readBands(workbook),
  };
}
