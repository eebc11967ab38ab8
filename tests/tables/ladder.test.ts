import { AXES, fluencyName } from '../../src/domain/fluency';
import { DEFAULT_LADDER } from '../../src/domain/ladder';
import { LADDER_HEADERS, parseLadder } from '../../src/tables/ladder';
import { TableError } from '../../src/tables/reader';

const HEADER = Object.values(LADDER_HEADERS);

/** The built-in ladder as the Ladder sheet shows it: fluency names, steps and cadences. */
function defaultLadderRows(): unknown[][] {
  return [
    HEADER,
    ...DEFAULT_LADDER.positions.map((p) => [
      p.code,
      p.track,
      p.level,
      ...AXES.map((axis) => fluencyName(axis, p.expected[axis])),
      p.steps,
      p.stepCadenceMonths,
      p.levelCadenceMonths,
    ]),
  ];
}

function problem(rows: unknown[][]): string {
  try {
    parseLadder(rows, 'argument');
  } catch (error) {
    if (error instanceof TableError) return error.message;
    throw error;
  }
  throw new Error('the table was accepted');
}

describe('reading the Ladder table', () => {
  test('the built-in ladder written as a table reads back as the built-in ladder', () => {
    expect(parseLadder(defaultLadderRows(), 'argument')).toEqual(DEFAULT_LADDER);
  });

  test('columns are found by header in any order, ignoring case, spaces and punctuation', () => {
    const rows = [
      ['influence', 'PROCESS', 'people', 'system', 'technology', 'level', 'track', ' position '],
      ['Team', 'Challenges', 'Mentors', 'Owns', 'Evangelizes', 4, 'Site Reliability', 'sre4'],
    ];
    expect(parseLadder(rows, 'argument').positions[0]).toEqual({
      code: 'SRE4',
      track: 'Site Reliability',
      level: 4,
      expected: { Technology: 3, System: 3, People: 3, Process: 3, Influence: 2 },
      steps: 3,
      stepCadenceMonths: 12,
      levelCadenceMonths: 24,
    });
  });

  test('fluencies may be level numbers, and steps and cadences override the defaults', () => {
    const rows = [HEADER, ['D3', 'Developer', '3', 2, 2, 2, 3, 2, 4, 3, 9]];
    expect(parseLadder(rows, 'argument').positions[0]).toMatchObject({
      level: 3,
      expected: { Technology: 2, Process: 3 },
      steps: 4,
      stepCadenceMonths: 3,
      levelCadenceMonths: 9,
    });
  });

  test('blank rows are skipped and blank optional cells take the defaults', () => {
    const rows = [HEADER, ['', '', ''], ['D1', 'Developer', 1, 1, 1, 1, 1, 1, '', '', ''], []];
    expect(parseLadder(rows, 'argument').positions).toEqual([DEFAULT_LADDER.positions[0]]);
  });
});

describe('a broken Ladder table', () => {
  const row = (changes: Record<number, unknown>): unknown[] => {
    const cells: unknown[] = ['D3', 'Developer', 3, 2, 2, 2, 3, 2, 3, 6, 12];
    for (const [index, value] of Object.entries(changes)) cells[Number(index)] = value;
    return cells;
  };

  test.each([
    ['an empty table', [], 'the ladder table is empty; pass the whole Ladder table including its header row'],
    [
      'a table without the axis columns',
      [['Position', 'Track', 'Level']],
      'the ladder table has no "Technology", "System", "People", "Process", "Influence" column; pass the whole Ladder table including its header row',
    ],
    ['a header with no positions', [HEADER], 'the ladder table has no positions'],
    [
      'a position code starting with a digit',
      [HEADER, row({ 0: '3D' })],
      'ladder row 2: position "3D" is not a position code (letters then digits, e.g. D3)',
    ],
    [
      'a position listed twice',
      [HEADER, row({}), row({})],
      'ladder row 3: position D3 appears twice (also row 2)',
    ],
    ['a position without a track', [HEADER, row({ 1: ' ' })], 'ladder row 2: D3 has no track'],
    ['level 0', [HEADER, row({ 2: 0 })], 'ladder row 2: level 0 of D3 must be a whole number 1–20'],
    [
      'a level written in words',
      [HEADER, row({ 2: 'three' })],
      'ladder row 2: level "three" of D3 must be a whole number 1–20',
    ],
    [
      'a fluency of another axis',
      [HEADER, row({ 4: 'Masters' })],
      'ladder row 2: System fluency "Masters" of D3 is unknown (Enhances, Designs, Owns, Evolves, Leads, or 1–5)',
    ],
    [
      'fluency level 6',
      [HEADER, row({ 3: 6 })],
      'ladder row 2: Technology fluency 6 of D3 is unknown (Adopts, Specializes, Evangelizes, Masters, Creates, or 1–5)',
    ],
    [
      'a position with 11 steps',
      [HEADER, row({ 8: 11 })],
      'ladder row 2: steps 11 of D3 must be a whole number 1–10',
    ],
    [
      'a step review every 0 months',
      [HEADER, row({ 9: 0 })],
      'ladder row 2: step review (months) 0 of D3 must be a whole number 1–60',
    ],
    [
      'a level review every 2.5 months',
      [HEADER, row({ 10: 2.5 })],
      'ladder row 2: level review (months) 2.5 of D3 must be a whole number 1–60',
    ],
  ])('%s is refused', (_case, rows, message) => {
    expect(problem(rows as unknown[][])).toBe(message);
  });
});
