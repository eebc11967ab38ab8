import { parseIsoDate, type CalendarDate } from '../../src/domain/dates';
import {
  PROPOSAL_HEADERS,
  proposalRow,
  readProposalsTable,
  type ProposalRow,
} from '../../src/tables/proposals';

const ROW: ProposalRow = {
  proposalId: 'proposal-0001',
  state: 'rejected',
  engineer: 'Ada',
  teamRow: 2,
  from: { position: 'D2', step: 3 },
  to: { position: 'D3', step: 1 },
  kind: 'level',
  effectiveDate: parseIsoDate('2025-01-15') as CalendarDate,
  justification: '=1+1 is how we scored it',
  by: 'ravi.patel@example.com',
  at: new Date('2025-01-15T09:00:00Z'),
  version: '0123456789abcdef',
  reason: '@team: not this cycle',
  requestId: 'request-0002',
};

/** A written row as Sheets reads it back: the apostrophe forces text and is not part of the value. */
const asRead = (cells: unknown[]) =>
  cells.map((cell) => (typeof cell === 'string' ? cell.replace(/^'/, '') : cell));

describe('the Proposals table', () => {
  test('a row is written with every text literal, and reads back as written', () => {
    const written = proposalRow(ROW, 'Etc/UTC');
    expect(
      written
        .filter((cell) => typeof cell === 'string' && cell !== '')
        .every((cell) => String(cell).startsWith("'")),
    ).toBe(true);
    const read = readProposalsTable([Object.values(PROPOSAL_HEADERS), asRead(written)], 'Etc/UTC');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => row.value)).toEqual([ROW]);
  });

  test('a row with an unknown state is reported, not read', () => {
    const cells = asRead(proposalRow(ROW, 'Etc/UTC'));
    cells[1] = 'forced';
    const read = readProposalsTable([Object.values(PROPOSAL_HEADERS), cells], 'Etc/UTC');
    expect(read.rows).toEqual([]);
    expect(read.problems[0]?.sentence).toContain(
      'state "forced" is not one of proposed, approved, rejected, withdrawn, stale',
    );
  });
});
