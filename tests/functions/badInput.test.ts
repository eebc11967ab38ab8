import { BAND_SALARY, COMPA_RATIO } from '../../src/functions/bands';
import { EXPECTED_FLUENCY, FLUENCY_GAP, FLUENCY_LEVEL } from '../../src/functions/fluency';
import { NEXT_REVIEW, REVIEW_CADENCE } from '../../src/functions/reviews';
import { cellDate, stubAppsScript } from '../support/appsScriptGlobals';

/** The message of the error a call throws. */
function thrown(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the call did not throw');
}

const DATE = cellDate('Etc/UTC', '2025-01-15');
const BANDS = [
  ['Position', 'Step 1', 'Step 2', 'Step 3'],
  ['D1', 50_000, 52_000, 54_000],
  ['D2', 60_000, '', 66_000],
];
const BROKEN_LADDER = [
  ['Position', 'Track', 'Level', 'Technology', 'System', 'People', 'Process', 'Influence'],
  ['D3', 'Developer', 3, 'Specializes', 'Designs', 'Supports', 'Challenges', 'Everyone'],
];
const LADDER_PROBLEM =
  'ladder row 2: Influence fluency "Everyone" of D3 is unknown (Subsystem, Team, Multiple Teams, Company, Community, or 1–5)';
const BAD_POSITIONS: unknown[] = ['X9', 'EM3', 'D8', 0, 8];
const CODES_OR_LEVELS = 'D1–D7, EM4–EM7, or a level number 1–7';
const CODES = 'D1–D7, EM4–EM7';
const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

beforeEach(() => stubAppsScript());

describe('NEXT_REVIEW refuses bad input', () => {
  test.each(BAD_POSITIONS)('position %j, naming the codes and levels accepted', (position) => {
    expect(thrown(() => NEXT_REVIEW(position, DATE))).toBe(
      `NEXT_REVIEW: position ${shown(position)} is not on the ladder (${CODES_OR_LEVELS})`,
    );
  });

  test('text where the date belongs', () => {
    expect(thrown(() => NEXT_REVIEW('D2', 'last spring'))).toBe(
      'NEXT_REVIEW: last_review "last spring" is not a date (enter a date, e.g. 2025-03-31)',
    );
  });

  test('a kind other than step or level', () => {
    expect(thrown(() => NEXT_REVIEW('D2', DATE, 'promotion'))).toBe(
      'NEXT_REVIEW: kind "promotion" is not a review kind (accepted: "step" or "level")',
    );
  });

  test('ranges of different shapes', () => {
    expect(thrown(() => NEXT_REVIEW([['D1'], ['D2']], [[DATE], [DATE], [DATE]]))).toBe(
      'NEXT_REVIEW: last_review is a 3×1 range but position is 2×1 (ranges must have the same size; only a single row or column is repeated to fit)',
    );
  });

  test('a broken ladder table', () => {
    expect(thrown(() => NEXT_REVIEW('D3', DATE, 'step', BROKEN_LADDER))).toBe(
      `NEXT_REVIEW: ${LADDER_PROBLEM}`,
    );
  });

  test('a single value where the ladder table belongs', () => {
    expect(thrown(() => NEXT_REVIEW('D3', DATE, 'step', 'Ladder!A1:K'))).toBe(
      'NEXT_REVIEW: ladder must be the Ladder table range including its header row (e.g. Ladder!A1:K), not a single value',
    );
  });
});

describe('REVIEW_CADENCE refuses bad input', () => {
  test.each(BAD_POSITIONS)('position %j', (position) => {
    expect(thrown(() => REVIEW_CADENCE(position))).toBe(
      `REVIEW_CADENCE: position ${shown(position)} is not on the ladder (${CODES_OR_LEVELS})`,
    );
  });

  test('a kind other than step or level', () => {
    expect(thrown(() => REVIEW_CADENCE('D2', 'yearly'))).toBe(
      'REVIEW_CADENCE: kind "yearly" is not a review kind (accepted: "step" or "level")',
    );
  });

  test('ranges of different shapes', () => {
    expect(thrown(() => REVIEW_CADENCE([['D1'], ['D2']], [['step'], ['step'], ['level']]))).toMatch(
      /^REVIEW_CADENCE: kind is a 3×1 range but position is 2×1/,
    );
  });

  test('a broken ladder table', () => {
    expect(thrown(() => REVIEW_CADENCE('D3', 'step', BROKEN_LADDER))).toBe(
      `REVIEW_CADENCE: ${LADDER_PROBLEM}`,
    );
  });
});

describe('EXPECTED_FLUENCY refuses bad input', () => {
  test.each(BAD_POSITIONS)(
    'position %j, a level number included, since tracks expect different fluencies',
    (position) => {
      expect(thrown(() => EXPECTED_FLUENCY(position, 'System'))).toBe(
        `EXPECTED_FLUENCY: position ${shown(position)} is not on the ladder (${CODES})`,
      );
    },
  );

  test('an axis that does not exist', () => {
    expect(thrown(() => EXPECTED_FLUENCY('D2', 'Culture'))).toBe(
      'EXPECTED_FLUENCY: axis "Culture" is not an axis (accepted: Technology, System, People, Process, Influence)',
    );
  });

  test('ranges of different shapes', () => {
    expect(thrown(() => EXPECTED_FLUENCY([['D1'], ['D2']], [['System'], ['People'], ['Process']]))).toMatch(
      /^EXPECTED_FLUENCY: axis is a 3×1 range but position is 2×1/,
    );
  });

  test('a broken ladder table', () => {
    expect(thrown(() => EXPECTED_FLUENCY('D3', 'System', BROKEN_LADDER))).toBe(
      `EXPECTED_FLUENCY: ${LADDER_PROBLEM}`,
    );
  });
});

describe('FLUENCY_GAP refuses bad input', () => {
  const ROW = [[1, 1, 1, 1, 1]];

  test.each(BAD_POSITIONS)('position %j, shown in each gap cell of its row', (position) => {
    const message = `FLUENCY_GAP: position ${shown(position)} is not on the ladder (${CODES})`;
    expect(FLUENCY_GAP(position, ROW)).toEqual([[message, message, message, message, message]]);
  });

  test('a fluency that is not one of its axis, shown in that cell alone', () => {
    expect(FLUENCY_GAP('D1', [[1, 'Masters', 1, 1, 1]])).toEqual([
      [
        0,
        'FLUENCY_GAP: System fluency "Masters" is unknown (accepted: Enhances, Designs, Owns, Evolves, Leads, or 1–5)',
        0,
        0,
        0,
      ],
    ]);
  });

  test.each([
    ['a single cell', 'Owns', 'one cell'],
    ['four columns', [[1, 1, 1, 1]], '4 columns'],
  ])('an assessment of %s instead of five axis columns', (_case, assessment, width) => {
    expect(thrown(() => FLUENCY_GAP('D1', assessment))).toBe(
      `FLUENCY_GAP: assessment is ${width} wide (accepted: a range of the 5 axis cells of each row: Technology, System, People, Process, Influence)`,
    );
  });

  test('ranges of different shapes', () => {
    expect(thrown(() => FLUENCY_GAP([['D1'], ['D2']], [ROW[0], ROW[0], ROW[0]]))).toMatch(
      /^FLUENCY_GAP: assessment is a 3×5 range but position is 2×1/,
    );
  });

  test('a broken ladder table', () => {
    expect(thrown(() => FLUENCY_GAP('D3', ROW, BROKEN_LADDER))).toBe(`FLUENCY_GAP: ${LADDER_PROBLEM}`);
  });
});

describe('FLUENCY_LEVEL refuses bad input', () => {
  test('an axis that does not exist', () => {
    expect(thrown(() => FLUENCY_LEVEL('Culture', 'Owns'))).toBe(
      'FLUENCY_LEVEL: axis "Culture" is not an axis (accepted: Technology, System, People, Process, Influence)',
    );
  });

  test.each([['Owns'], [0], [6]])('fluency %j on Technology', (fluency) => {
    expect(thrown(() => FLUENCY_LEVEL('Technology', fluency))).toBe(
      `FLUENCY_LEVEL: Technology fluency ${shown(fluency)} is unknown (accepted: Adopts, Specializes, Evangelizes, Masters, Creates, or 1–5)`,
    );
  });

  test('ranges of different shapes', () => {
    expect(thrown(() => FLUENCY_LEVEL([['System', 'People']], [[1, 2, 3]]))).toMatch(
      /^FLUENCY_LEVEL: fluency is a 1×3 range but axis is 1×2/,
    );
  });
});

describe('BAND_SALARY refuses bad input', () => {
  test.each(BAD_POSITIONS)('position %j', (position) => {
    expect(thrown(() => BAND_SALARY(position, 1, BANDS))).toBe(
      `BAND_SALARY: position ${shown(position)} is not on the ladder (${CODES})`,
    );
  });

  test.each([[0], [4], ['two']])('step %j of a three-step position', (step) => {
    expect(thrown(() => BAND_SALARY('D1', step, BANDS))).toBe(
      `BAND_SALARY: step ${shown(step)} is not a step of D1 (accepted: a whole number 1–3)`,
    );
  });

  test('a step whose amount the bands table leaves blank', () => {
    expect(thrown(() => BAND_SALARY('D2', 2, BANDS))).toBe(
      'BAND_SALARY: the bands table has no amount for D2 step 2 (fill its Step 2 cell)',
    );
  });

  test('ranges of different shapes', () => {
    expect(thrown(() => BAND_SALARY([['D1'], ['D2']], [[1], [2], [3]], BANDS))).toMatch(
      /^BAND_SALARY: step is a 3×1 range but position is 2×1/,
    );
  });

  test('a broken ladder table', () => {
    expect(thrown(() => BAND_SALARY('D3', 1, BANDS, BROKEN_LADDER))).toBe(`BAND_SALARY: ${LADDER_PROBLEM}`);
  });

  test('a missing or broken bands table', () => {
    expect(thrown(() => BAND_SALARY('D1', 1, ''))).toBe(
      "BAND_SALARY: bands must be the Salary Bands table range including its header row (e.g. 'Salary Bands'!A1:H)",
    );
    expect(
      thrown(() =>
        BAND_SALARY('D1', 1, [
          ['Position', 'Step 1'],
          ['D1', 'a lot'],
        ]),
      ),
    ).toBe('BAND_SALARY: bands row 2: Step 1 "a lot" of D1 is not an amount (a number above 0, or blank)');
  });
});

describe('COMPA_RATIO refuses bad input', () => {
  test.each(BAD_POSITIONS)('position %j', (position) => {
    expect(thrown(() => COMPA_RATIO(50_000, position, BANDS))).toBe(
      `COMPA_RATIO: position ${shown(position)} is not on the ladder (${CODES})`,
    );
  });

  test.each([['fifty thousand'], [0], [-1]])('salary %j', (salary) => {
    expect(thrown(() => COMPA_RATIO(salary, 'D1', BANDS))).toBe(
      `COMPA_RATIO: salary ${shown(salary)} is not an amount (accepted: a number above 0)`,
    );
  });

  test('a position the bands table has no amounts for', () => {
    expect(thrown(() => COMPA_RATIO(50_000, 'D4', BANDS))).toBe(
      'COMPA_RATIO: the bands table has no amounts for D4 (fill its row of steps)',
    );
  });

  test('ranges of different shapes', () => {
    expect(thrown(() => COMPA_RATIO([[1], [2], [3]], [['D1'], ['D2']], BANDS))).toMatch(
      /^COMPA_RATIO: position is a 2×1 range but salary is 3×1/,
    );
  });

  test('a broken ladder table or bands table', () => {
    expect(thrown(() => COMPA_RATIO(50_000, 'D1', BANDS, BROKEN_LADDER))).toBe(
      `COMPA_RATIO: ${LADDER_PROBLEM}`,
    );
    expect(thrown(() => COMPA_RATIO(50_000, 'D1', [['Step 1']]))).toBe(
      'COMPA_RATIO: the bands table has no "Position" column; pass the whole Salary Bands table including its header row',
    );
  });
});
