import fc from 'fast-check';
import { DEFAULT_LADDER } from '../../src/domain/ladder';
import { readDate, readStep } from '../../src/functions/inputs';
import { parseBands, readBandsTable } from '../../src/tables/bands';
import { LADDER_HEADERS, parseLadder, readLadderTable } from '../../src/tables/ladder';
import { TableError, type TableRead } from '../../src/tables/reader';
import { readTeamTable, TEAM_HEADERS } from '../../src/tables/team';

const ZONE = 'Europe/Berlin';
const midnight = (iso: string) => new Date(`${iso}T00:00:00+01:00`);

/** Cells a person (or a formula) could leave in a table: good ones, near misses, blanks and error values. */
const anyCell = fc.constantFrom<unknown>('', ' ', null, '#N/A', '#NAME?', true, false, 0, -1, 2.5, 'x', 'D3');
const cellOf = (...good: unknown[]) => fc.oneof(fc.constantFrom(...good), anyCell);

const ladderRowOf = (cell: (...good: unknown[]) => fc.Arbitrary<unknown>) =>
  fc.tuple(
    cell('D1', ' em4 ', 'SRE2', '3D', 'D1'),
    cell('Developer', 'Engineering Manager', '  '),
    cell(1, 4, '3', ' 7 ', 20, 21, '3.0'),
    cell('Adopts', 'masters', 1, 5, 6, 'Owns'),
    cell('Designs', 'Owns', 2, '2'),
    cell('Learns', 'Manages', 3),
    cell('Follows', 'Defines', 4),
    cell('Team', 'multiple teams', 1),
    cell('', 3, 10, 11, '2'),
    cell('', 6, 60, 61),
    cell('', 12, 0),
  );
const blankRow = fc.constant(Array<unknown>(11).fill(''));
const ladderTableOf = (row: fc.Arbitrary<unknown[]>) =>
  fc
    .array(fc.oneof({ weight: 4, arbitrary: row }, { weight: 1, arbitrary: blankRow }), { maxLength: 6 })
    .map((rows) => [Object.values(LADDER_HEADERS), ...rows.map((cells) => [...cells])]);
const ladderTable = ladderTableOf(ladderRowOf(cellOf));
/** Rows of well-formed cells only, so that many tables read without a problem. */
const wellFormedLadder = ladderTableOf(
  fc.tuple(
    fc.constantFrom('D1', ' em4 ', 'SRE2', 'd7'),
    fc.constantFrom('Developer', 'Engineering Manager'),
    fc.constantFrom(1, 4, '3', ' 7 ', 20),
    ...(['Adopts', 'Designs', 'Learns', 'Follows', 'Team'] as const).map((name) => fc.constantFrom(name, 3)),
    fc.constantFrom('', 3, '2'),
    fc.constantFrom('', 6),
    fc.constantFrom('', 12),
  ),
);

const bandsTable = fc
  .array(fc.tuple(cellOf('D1', 'd2', 'EM4', 'D1'), cellOf('', 50_000, 1), cellOf('', 52_000, '52,000')), {
    maxLength: 5,
  })
  .map((rows) => [['Position', 'Step 1', 'Step 2'], ...rows.map((row) => [...row])]);

const teamTable = fc
  .array(
    fc.tuple(
      cellOf('Ada', 'Grace', 'Ada'),
      cellOf('D2', 'd4', 'X9'),
      cellOf(1, '2', 3, 4),
      cellOf(false, true, ''),
      cellOf('', 'Ada', 'Someone'),
      cellOf('', midnight('2023-01-01'), '2024-02-30'),
      cellOf('', midnight('2024-06-01'), '2024-06-01', '1 June'),
      cellOf('', midnight('2022-01-01'), midnight('2024-06-01')),
    ),
    { maxLength: 5 },
  )
  .map((rows) => [Object.values(TEAM_HEADERS).slice(0, 8), ...rows.map((row) => [...row])]);

function thrown(read: () => unknown): string | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    if (error instanceof TableError) return error.message;
    throw error;
  }
}

/** Strict reading refuses exactly the tables where collecting finds a problem, with the first one's message. */
function agrees<Row>(collect: TableRead<Row>, strict: () => unknown): boolean {
  return thrown(strict) === collect.problems[0]?.sentence;
}

describe('a table reader, strict and collecting', () => {
  test('the Ladder: strict accepts a table exactly when collecting finds no problem', () => {
    fc.assert(
      fc.property(ladderTable, (values) =>
        agrees(readLadderTable(values, 'argument'), () => parseLadder(values, 'argument')),
      ),
    );
  });

  test('the Ladder: what strict reads is what collecting reads', () => {
    fc.assert(
      fc.property(wellFormedLadder, (values) => {
        const read = readLadderTable(values, 'sheet');
        fc.pre(read.problems.length === 0);
        expect(parseLadder(values, 'sheet').positions).toEqual(read.rows.map((row) => row.value));
      }),
    );
  });

  test('Salary Bands: strict accepts a table exactly when collecting finds no problem', () => {
    fc.assert(
      fc.property(bandsTable, (values) =>
        agrees(readBandsTable(values, 'argument'), () => parseBands(values, 'argument')),
      ),
    );
  });

  test('Team: a row the formulas accept (step, last review) is one Check workbook does not flag there', () => {
    const context = { ladder: DEFAULT_LADDER, timeZone: ZONE };
    fc.assert(
      fc.property(teamTable, (values) => {
        const read = readTeamTable(values, context);
        values.slice(1).forEach((cells, index) => {
          const row = index + 2;
          const flagged = (column: number) => read.problems.some((p) => p.row === row && p.column === column);
          const position = DEFAULT_LADDER.positions.find(
            (p) => p.code === String(cells[1]).trim().toUpperCase(),
          );
          if (position && read.filled.some((filled) => filled.row === row)) {
            expect(flagged(3)).toBe(threw(() => readStep(cells[2], position)));
          }
          if (cells[6] !== '' && cells[6] !== null && read.filled.some((filled) => filled.row === row)) {
            expect(flagged(7)).toBe(threw(() => readDate('last_review', cells[6], ZONE)));
          }
        });
      }),
    );
  });
});

function threw(read: () => unknown): boolean {
  try {
    read();
    return false;
  } catch {
    return true;
  }
}
