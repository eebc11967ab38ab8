import { formatIsoDate, wholeMonthsBetween } from '../../domain/dates';
import { AXES } from '../../domain/fluency';
import type { Ladder } from '../../domain/ladder';
import type { EngineerCard, EngineerRequest, PositionSummary } from '../rpc';
import { latestAssessment } from './assessments';
import { reviewDue } from './reviewDue';
import { rowVersion } from './rowVersion';
import { readBands } from './bands';
import { openTeamSheet, problemsOfRow } from './teamTable';
import { TEAM_INPUT_WIDTH } from './teamRow';
import { openWorkbook } from './workbook';
import { Refused } from '../refusal';

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
  const team = openTeamSheet(workbook);
  const found = team.rows.find(({ row, value }) => row === request.row && value.name === request.name.trim());
  if (!found) {
    const [problem] = problemsOfRow(team, request.row);
    if (problem) throw new Refused('unreadable', `${problem.sentence}. Fix the row, then reload the list.`);
    throw new Refused(
      'row-changed',
      `Team row ${request.row} does not hold "${request.name}" any more: the team changed since the list was loaded. Reload the list.`,
    );
  }
  const { value: engineer } = found;
  const { today } = workbook;
  return {
    row: found.row,
    version: rowVersion(team.cells(found.row).slice(0, TEAM_INPUT_WIDTH)),
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
    salary: engineer.salary ?? null,
    assessment: latestAssessment(workbook, engineer.name),
    ladder: summarize(team.ladder),
    bands: readBands(workbook),
  };
}
