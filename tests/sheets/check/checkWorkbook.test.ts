import { DEFAULT_LADDER } from '../../../src/domain/ladder';
import { checkWorkbook, type CheckedTables } from '../../../src/sheets/check/checkWorkbook';
import { describeProblem } from '../../../src/sheets/check/problems';
import { ladderRows } from '../../../src/sheets/ladderSheet';
import { LADDER_HEADERS } from '../../../src/tables/ladder';
import { FLUENCY_HEADERS } from '../../../src/tables/fluency';
import { SALARY_BAND_HEADERS } from '../../../src/tables/bands';
import { TEAM_HEADERS } from '../../../src/tables/team';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const ladder = (): unknown[][] => [Object.values(LADDER_HEADERS), ...ladderRows(DEFAULT_LADDER)];

function team(rows: unknown[][]): unknown[][] {
  return [Object.values(TEAM_HEADERS), ...rows];
}
const engineer = (name: string, position: string, step: number): unknown[] => [
  name,
  position,
  step,
  false,
  '',
  day('2024-01-10'),
  day('2024-07-10'),
  day('2024-01-10'),
  '',
  '',
  '',
  '',
  90_000,
  '',
  '',
];

function fluency(rows: unknown[][]): unknown[][] {
  return [Object.values(FLUENCY_HEADERS), ...rows];
}
const assessment = (name: string, fluencies: unknown[]): unknown[] => [
  name,
  day('2024-10-01'),
  'Maya Chen',
  ...fluencies,
  'Evidence',
];

function bands(overrides: Record<string, number[]> = {}): unknown[][] {
  const rows = DEFAULT_LADDER.positions.map((p) => {
    const base = 50_000 + 10_000 * p.level;
    const steps = overrides[p.code] ?? Array.from({ length: p.steps }, (_, i) => base + 2_000 * i);
    return [p.code, p.track, p.level, '', '', '', ...steps, ...Array(10 - steps.length).fill('')];
  });
  return [Object.values(SALARY_BAND_HEADERS), ...rows];
}

const D3_MEETS = ['Specializes', 'Designs', 'Supports', 'Challenges', 'Team'];

function tables(overrides: Partial<CheckedTables> = {}): CheckedTables {
  return {
    ladder: ladder(),
    team: team([engineer('Ana Souza', 'D3', 2), engineer('Ben Carter', 'EM4', 1)]),
    fluency: fluency([assessment('Ana Souza', D3_MEETS)]),
    salaryBands: bands(),
    ...overrides,
  };
}

const TODAY = { timeZone: 'Etc/UTC', today: { year: 2025, month: 1, day: 15 } };
const problems = (input: CheckedTables) => checkWorkbook(input, TODAY).map(describeProblem);

describe('Check workbook', () => {
  test('finds nothing in a consistent workbook', () => {
    expect(problems(tables())).toEqual([]);
  });

  test('reports a step beyond the position’s steps at the Step cell', () => {
    expect(problems(tables({ team: team([engineer('Ana Souza', 'D3', 5)]) }))).toEqual([
      'Team!C2: step 5 is not a step of D3 (accepted: a whole number 1–3)',
    ]);
  });

  test('reports a position that is not on the Ladder, naming the accepted codes', () => {
    expect(problems(tables({ team: team([engineer('Ana Souza', 'X9', 1)]) }))).toEqual([
      'Team!B2: position "X9" is not on the Ladder (D1–D7, EM4–EM7)',
    ]);
  });

  test('reports text where a date belongs, and a missing review date', () => {
    const row = engineer('Ana Souza', 'D3', 1);
    row[6] = 'soon';
    row[7] = '';
    expect(problems(tables({ team: team([row]) }))).toEqual([
      'Team!G2: last step review "soon" is not a date (enter a date, e.g. 2025-03-31)',
      'Team!H2: last level review is empty; enter a date',
    ]);
  });

  test('reports a name used twice and a row with data but no name', () => {
    const nameless = engineer('', 'D2', 1);
    expect(
      problems(
        tables({ team: team([engineer('Ana Souza', 'D3', 1), engineer('Ana Souza', 'D2', 1), nameless]) }),
      ),
    ).toEqual([
      'Team!A3: Ana Souza appears twice (also row 2); names must be unique',
      'Team!A4: this row has data but no name',
    ]);
  });

  test('reports a fluency of the wrong axis and an assessment of someone not on Team', () => {
    const wrongAxis = ['Specializes', 'Masters', 'Supports', 'Challenges', 'Team'];
    expect(
      problems(
        tables({ fluency: fluency([assessment('Ana Souza', wrongAxis), assessment('Nobody', D3_MEETS)]) }),
      ),
    ).toEqual([
      'Fluency!E2: System "Masters" is not a System fluency (Enhances, Designs, Owns, Evolves, Leads, or 1–5)',
      'Fluency!A3: Nobody is not on the Team sheet',
    ]);
  });

  test('reports Ladder rows with a bad level or fluency, and a position listed twice', () => {
    const rows = ladder();
    (rows[2] as unknown[])[2] = 2.5;
    (rows[3] as unknown[])[3] = 'Owns';
    rows.push([...(rows[1] as unknown[])]);
    const found = problems(tables({ ladder: rows, team: team([]), fluency: fluency([]) }));
    expect(found.slice(0, 3)).toEqual([
      'Ladder!C3: level 2.5 of D2 must be a whole number 1–20',
      'Ladder!D4: Technology fluency "Owns" of D3 is unknown (Adopts, Specializes, Evangelizes, Masters, Creates, or 1–5)',
      'Ladder!A13: position D1 appears twice (also row 2)',
    ]);
  });

  test('reports a band step that does not increase, a missing amount and a position without a row', () => {
    const rows = bands({ D2: [65_000, 64_000, 70_000], D4: [95_000, 99_000] });
    rows.splice(3, 1);
    expect(problems(tables({ salaryBands: rows }))).toEqual([
      "'Salary Bands'!A1: D3 has no row; add one with its step amounts",
      "'Salary Bands'!H3: D2 step 2 (64,000) is not above the step before (65,000)",
      "'Salary Bands'!I4: D4 step 3 has no amount",
    ]);
  });

  test('reports a missing sheet and a missing header column', () => {
    const headerless = team([]);
    (headerless[0] as unknown[])[2] = 'Stage';
    expect(problems(tables({ salaryBands: undefined, team: headerless, fluency: fluency([]) }))).toEqual([
      'Team!A1: the Team sheet has no "Step" column; run Set up workbook to repair it',
      "'Salary Bands'!A1: the sheet is missing; run Set up workbook",
    ]);
  });

  test('reports an empty cell as empty, not as an empty quote', () => {
    const row = engineer('Ana Souza', 'D3', 1);
    row[2] = '';
    expect(problems(tables({ team: team([row]) }))).toEqual([
      'Team!C2: step is empty; enter a whole number from 1 to 3',
    ]);
  });

  test('accepts every form the formulas accept: step and level as text, fluencies as 1–5, ISO date text', () => {
    const row = engineer('Ana Souza', 'D3', 1);
    row[2] = ' 2 ';
    row[6] = '2024-07-10';
    const rows = ladder();
    (rows[1] as unknown[])[2] = '1';
    (rows[1] as unknown[])[3] = 1;
    expect(
      problems(
        tables({
          ladder: rows,
          team: team([row, engineer('Ben Carter', 'EM4', 1)]),
          fluency: fluency([assessment('ana souza', [2, ' designs ', 2, 'Challenges', 'team'])]),
        }),
      ),
    ).toEqual([]);
  });
});

describe('Check workbook finds what the rest would trip on', () => {
  const withTeam = (...rows: unknown[][]) => problems(tables({ team: team(rows) }));

  test('an "In position since" after the last step or level review', () => {
    const late = engineer('Ana Souza', 'D3', 1);
    late[5] = day('2030-01-01');
    expect(withTeam(late, engineer('Ben Carter', 'EM4', 1))).toEqual([
      'Team!F2: in position since 2030-01-01 is after the last step review 2024-07-10; entering a position is its first step and level review',
      'Team!F2: in position since 2030-01-01 is after the last level review 2024-01-10; entering a position is its first step and level review',
      'Team!F2: in position since 2030-01-01 is more than 366 days ahead (latest 2026-01-16)',
    ]);
  });

  test('a review dated further ahead than a move can be recorded', () => {
    const ahead = engineer('Ana Souza', 'D3', 1);
    ahead[6] = day('2026-01-17');
    const inTime = engineer('Ben Carter', 'EM4', 1);
    inTime[6] = day('2026-01-16');
    expect(withTeam(ahead, inTime)).toEqual([
      'Team!G2: last step review 2026-01-17 is more than 366 days ahead (latest 2026-01-16)',
    ]);
  });

  test('a formula’s error value in an input column, at its cell', () => {
    const broken = engineer('#NAME?', 'D3', 1);
    broken[4] = '#N/A';
    expect(withTeam(broken, engineer('Ben Carter', 'EM4', 1))).toEqual([
      'Team!A2: Name shows #NAME?, the error of a formula; type the value itself',
      'Team!E2: Manager shows #N/A, the error of a formula; type the value itself',
      'Fluency!A2: Ana Souza is not on the Team sheet',
    ]);
    const assessedBy = assessment('Ana Souza', D3_MEETS);
    assessedBy[2] = '#REF!';
    expect(problems(tables({ fluency: fluency([assessedBy, assessment('Ana Souza', D3_MEETS)]) }))).toEqual([
      'Fluency!C2: Assessor shows #REF!, the error of a formula; type the value itself',
    ]);
  });

  test('a manager who is not on Team', () => {
    const managed = engineer('Ana Souza', 'D3', 1);
    managed[4] = 'Zed';
    expect(withTeam(managed, engineer('Ben Carter', 'EM4', 1))).toEqual([
      'Team!E2: manager Zed is not on the Team sheet',
    ]);
  });

  test('a manager with reports but no email, at their Email cell', () => {
    const ana = engineer('Ana Souza', 'D3', 1);
    ana[4] = 'ben carter';
    const cy = engineer('Cy Park', 'D3', 1);
    cy[4] = 'Ben Carter';
    expect(withTeam(ana, engineer('Ben Carter', 'EM4', 1), cy)).toEqual([
      'Team!P3: Ben Carter manages 2 engineers but has no email; enter one (e.g. name@example.com) so review reminders reach them',
    ]);
  });

  test('a manager with an email, and a row with no reports and no email, are fine', () => {
    const ana = engineer('Ana Souza', 'D3', 1);
    ana[4] = 'Ben Carter';
    const ben = [...engineer('Ben Carter', 'EM4', 1), 'ben.carter@example.com'];
    expect(withTeam(ana, ben)).toEqual([]);
  });

  test('a name used twice, ignoring case', () => {
    expect(withTeam(engineer('Ana Souza', 'D3', 1), engineer('ana souza', 'D2', 1))).toEqual([
      'Team!A3: ana souza appears twice (also row 2); names must be unique',
    ]);
  });

  test('an assessment of someone not on Team, next to one of someone who is', () => {
    expect(
      problems(
        tables({ fluency: fluency([assessment('Nobody', D3_MEETS), assessment('Ana Souza', D3_MEETS)]) }),
      ),
    ).toEqual(['Fluency!A2: Nobody is not on the Team sheet']);
  });
});
