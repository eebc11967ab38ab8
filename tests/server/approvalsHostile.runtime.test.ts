import {
  APPROVER,
  as,
  decideOn,
  loadApprovalRuntime,
  proposalRows,
  proposeMove,
} from '../support/approvalWorkbook';
import { logRows, requestFor, type EngineerSeed } from '../support/promotionWorkbook';
import { SHEET_NAMES } from '../../src/tables/layout';

const MEGABYTE = 'x'.repeat(1024 * 1024);

const ADA: EngineerSeed = {
  name: 'Ada',
  position: 'D2',
  step: 3,
  inPositionSince: '2023-03-01',
  lastStepReview: '2024-03-01',
  lastLevelReview: '2023-03-01',
};

describe('hostile or malformed approval requests', () => {
  const rt = loadApprovalRuntime([ADA, { ...ADA, name: 'Ben' }]);
  const proposal = requestFor(rt, 2, 'Ada', {
    type: 'promote',
    to: { position: 'D3', step: 1 },
    justification: 'Owns the release train for a year.',
  });
  proposeMove(rt, proposal);
  const valid = {
    requestId: 'decide-request-1',
    proposalId: proposal.requestId,
    engineer: 'Ada',
    decision: 'approve',
    reason: '',
  };
  const workbookNow = () => [
    rt.workbook.values('Team!A1:P4'),
    rt.workbook.values(`'${SHEET_NAMES.promotionLog}'!A1:M3`),
    rt.workbook.values(`'${SHEET_NAMES.proposals}'!A1:P4`),
  ];
  const untouched = workbookNow();
  const forged = (change: Record<string, unknown>): unknown => ({ ...valid, ...change });
  const decideAsApprover = (payload: unknown) => as(rt, APPROVER, () => rt.run('promotionsDecide', payload));

  afterEach(() => expect(workbookNow()).toEqual(untouched));

  test.each<[string, unknown, string]>([
    [
      'not an object',
      'approve it',
      'the request must be { requestId, proposalId, engineer, decision, reason }',
    ],
    ['null', null, 'the request must be { requestId, proposalId, engineer, decision, reason }'],
    [
      'a decision that is not one',
      forged({ decision: 'force' }),
      'decision must be "approve", "reject" or "withdraw"',
    ],
    ['a proposal id given as a number', forged({ proposalId: 42 }), 'proposalId must be text'],
    ['a 1 MB proposal id', forged({ proposalId: MEGABYTE }), 'proposalId must be at most 64 characters'],
    [
      'a 1 MB reason',
      forged({ decision: 'reject', reason: MEGABYTE }),
      'reason must be at most 2000 characters',
    ],
    ['a 1 MB engineer', forged({ engineer: MEGABYTE }), 'engineer must be at most 200 characters'],
    [
      'a proposal id with a formula',
      forged({ proposalId: '=IMPORTXML(1)' }),
      'proposalId must be 8–64 letters, digits and dashes',
    ],
    [
      'an approver smuggled in the payload',
      forged({ approvedBy: APPROVER }),
      'unexpected field(s) "approvedBy"',
    ],
  ])('%s is refused with what was wrong', (_label, payload, problem) => {
    expect(decideAsApprover(payload)).toEqual({
      outcome: 'invalid-request',
      message: `The request was refused (${problem}). Nothing was changed.`,
    });
  });

  test.each([
    ['a forged proposal id', forged({ proposalId: 'forged-proposal-id' }), 'unknown-proposal'],
    ['a proposal id of another engineer', forged({ engineer: 'Ben' }), 'unknown-proposal'],
    [
      'a rejection whose reason is too short',
      forged({ decision: 'reject', reason: '+short' }),
      'invalid-request',
    ],
  ])('%s is refused and changes nothing', (_label, payload, outcome) => {
    expect(decideAsApprover(payload)).toMatchObject({ outcome });
  });

  test('a proposal whose payload is not a move is refused', () => {
    expect(rt.run('promotionsPropose', { ...proposal, action: { type: 'approve' } })).toMatchObject({
      outcome: 'invalid-request',
    });
  });
});

describe('text that looks like a formula or a number', () => {
  test.each([
    '=SUM(1,2) because',
    '+1 for the platform work',
    '-2 weeks early, still worth it',
    '@channel shipped it',
  ])('a justification and a reason beginning "%s" read back exactly as typed', (text) => {
    const rt = loadApprovalRuntime([ADA]);
    const request = requestFor(rt, 2, 'Ada', {
      type: 'promote',
      to: { position: 'D3', step: 1 },
      justification: text,
    });
    expect(proposeMove(rt, request).outcome).toBe('proposed');
    const reason = `${text} — not yet`;
    as(rt, APPROVER, () =>
      decideOn(rt, { proposalId: request.requestId, engineer: 'Ada', decision: 'reject', reason }),
    );
    expect(proposalRows(rt).map((row) => [row[10], row[14]])).toEqual([
      [text, ''],
      [text, reason],
    ]);
    expect(logRows(rt)).toEqual([]);
  });
});
