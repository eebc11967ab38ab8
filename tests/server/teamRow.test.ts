import { parseIsoDate, type CalendarDate } from '../../src/domain/dates';
import { DEFAULT_LADDER } from '../../src/domain/ladder';
import { planMove } from '../../src/domain/moves';
import { inputsAfterMove, TEAM_INPUT_WIDTH, teamRowA1 } from '../../src/server/promotions/teamRow';
import { readTeamRow } from '../../src/tables/team';
import { TEAM_HEADERS } from '../../src/tables/team';

const ZONE = 'Europe/Berlin';
const midnight = (iso: string) => new Date(`${iso}T00:00:00+01:00`);
const date = (iso: string) => parseIsoDate(iso) as CalendarDate;
const CONTEXT = { ladder: DEFAULT_LADDER, timeZone: ZONE };
const ROW = ['=Ada', 'D2', 1, true, '+Mia', midnight('2023-03-01'), midnight('2024-03-01'), ''];

describe('a Team row', () => {
  test('its input cells are the first columns of Team, Name through Last level review', () => {
    expect(Object.values(TEAM_HEADERS).slice(0, TEAM_INPUT_WIDTH)).toEqual([
      'Name',
      'Position',
      'Step',
      'Tech lead',
      'Manager',
      'In position since',
      'Last step review',
      'Last level review',
    ]);
    expect(teamRowA1(7)).toBe("'Team'!A7:H7");
  });

  test('reads as an engineer with calendar dates in the spreadsheet zone', () => {
    expect(readTeamRow(5, ROW, CONTEXT)).toMatchObject({
      name: '=Ada',
      techLead: true,
      manager: '+Mia',
      place: { step: 1, position: { code: 'D2' } },
      inPositionSince: date('2023-03-01'),
      lastStepReview: date('2024-03-01'),
      lastLevelReview: undefined,
    });
  });

  test('a row whose position or step the ladder does not have is named in the error', () => {
    expect(() => readTeamRow(5, ['Ada', 'Q1', 1], CONTEXT)).toThrow(
      'Team row 5 (Ada): position "Q1" is not on the Ladder (D1–D7, EM4–EM7)',
    );
    expect(() => readTeamRow(5, ['Ada', 'D2', 4], CONTEXT)).toThrow(
      'Team row 5 (Ada): step 4 is not a step of D2 (accepted: a whole number 1–3)',
    );
    expect(() => readTeamRow(5, ['', '', ''], CONTEXT)).toThrow('Team row 5 holds no engineer');
  });

  test('after a level promotion it holds the new place, restarted dates and the other cells as literal text', () => {
    const engineer = readTeamRow(5, ROW, CONTEXT);
    const planned = planMove(
      DEFAULT_LADDER,
      { ...engineer, place: { ...engineer.place, step: 3 } },
      { type: 'promote', to: { position: 'D3', step: 1 }, justification: '' },
      date('2025-01-15'),
      date('2025-01-15'),
    );
    if (!planned.ok) throw new Error(planned.problem);
    const effective = midnight('2025-01-15');
    expect(inputsAfterMove(ROW, planned.plan, ZONE)).toEqual([
      "'=Ada",
      "'D3",
      1,
      true,
      "'+Mia",
      effective,
      effective,
      effective,
    ]);
  });
});
