import { DEFAULT_LADDER } from '../../src/domain/ladder';
import { bandsArgument, ladderArgument } from '../../src/functions/context';
import { ladderTable } from '../support/ladderTables';

describe('the ladder argument', () => {
  test('omitted or blank, it is the built-in ladder', () => {
    expect(ladderArgument('FN', undefined)).toBe(DEFAULT_LADDER);
    expect(ladderArgument('FN', '')).toBe(DEFAULT_LADDER);
  });

  test('a Ladder table range is read as the ladder', () => {
    const ladder = ladderArgument(
      'FN',
      ladderTable({
        code: 'SRE2',
        track: 'SRE',
        level: 2,
        Technology: 1,
        System: 2,
        People: 2,
        Process: 2,
        Influence: 1,
        steps: 2,
        stepCadence: 4,
        levelCadence: 8,
      }),
    );
    expect(ladder.positions.map((p) => [p.code, p.steps, p.stepCadenceMonths])).toEqual([['SRE2', 2, 4]]);
  });

  test('a single value throws, saying what to pass', () => {
    expect(() => ladderArgument('FN', 'Ladder')).toThrow(
      'FN: ladder must be the Ladder table range including its header row (e.g. Ladder!A1:K), not a single value',
    );
  });

  test('a broken table throws with the function name and the table’s problem', () => {
    expect(() =>
      ladderArgument(
        'FN',
        ladderTable({
          code: 'D3',
          track: 'Developer',
          level: 9.5,
          Technology: 1,
          System: 1,
          People: 1,
          Process: 1,
          Influence: 1,
        }),
      ),
    ).toThrow('FN: ladder row 2: level 9.5 of D3 must be a whole number 1–20');
  });
});

describe('the bands argument', () => {
  test('a Salary Bands table range is read as the band matrix', () => {
    expect(
      bandsArgument('FN', [
        ['Position', 'Step 1'],
        ['D1', 50_000],
      ]).amounts.get('D1'),
    ).toEqual([50_000]);
  });

  test('omitted, it throws saying what to pass', () => {
    expect(() => bandsArgument('FN', undefined)).toThrow(
      "FN: bands must be the Salary Bands table range including its header row (e.g. 'Salary Bands'!A1:H)",
    );
  });

  test('a broken table throws with the function name', () => {
    expect(() => bandsArgument('FN', [['Step 1']])).toThrow('FN: the bands table has no "Position" column');
  });
});
