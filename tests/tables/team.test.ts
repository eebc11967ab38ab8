import { DEFAULT_LADDER } from '../../src/domain/ladder';
import { readTeamTable, TEAM_HEADERS } from '../../src/tables/team';

const context = { ladder: DEFAULT_LADDER, timeZone: 'Europe/Lisbon' };
const header = [
  'Name',
  'Position',
  'Step',
  'Tech lead',
  'Manager',
  'In position since',
  'Last step review',
  'Last level review',
];
const since = new Date('2024-03-01T00:00:00Z');

const withEmail = (email: unknown) =>
  readTeamTable(
    [
      [...header, TEAM_HEADERS.email],
      ['Ana Souza', 'D2', 1, false, 'Maya Chen', since, since, since, email],
    ],
    context,
  );

describe('the Team Email column', () => {
  test('an address reads back trimmed and lower-cased, so accounts match whatever the case', () => {
    const read = withEmail('  Ana.Souza@Example.COM ');
    expect(read.rows.map((row) => row.value.email)).toEqual(['ana.souza@example.com']);
    expect(read.problems).toEqual([]);
  });

  test('an empty cell is no address, and no problem', () => {
    const read = withEmail('');
    expect(read.rows.map((row) => row.value.email)).toEqual(['']);
    expect(read.problems).toEqual([]);
  });

  test.each(['ana souza@example.com', 'ana@example', '@example.com', 42])(
    '%p is reported at its cell with what is accepted, and the row is not used',
    (email) => {
      const read = withEmail(email);
      expect(read.rows).toEqual([]);
      expect(read.problems).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/is not an email address \(accepted: name@domain/),
        }),
      ]);
    },
  );

  test('a Team without the column (made by an earlier version) reads with no addresses', () => {
    const read = readTeamTable(
      [header, ['Ana Souza', 'D2', 1, false, 'Maya Chen', since, since, since]],
      context,
    );
    expect(read.rows.map((row) => row.value.email)).toEqual(['']);
    expect(read.problems).toEqual([]);
  });
});
