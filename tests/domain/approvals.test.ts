import {
  approversText,
  checkDecision,
  DEFAULT_NEEDS_APPROVAL,
  decidedText,
  isApprover,
  needsApproval,
  pendingFor,
  pendingProposals,
  proposalHistories,
  reasonProblem,
  type ApprovalPolicy,
  type ProposalEvent,
  type ProposalState,
} from '../../src/domain/approvals';

const policy: ApprovalPolicy = {
  approvers: ['lead@example.com', 'em@example.com'],
  needsApproval: DEFAULT_NEEDS_APPROVAL,
};

let clock = 0;
function event(
  proposalId: string,
  state: ProposalState,
  by: string,
  engineer = 'Ada',
  reason = '',
): ProposalEvent {
  clock += 1;
  return { proposalId, state, engineer, by, at: new Date(clock * 1000), reason };
}

describe('which moves need approval', () => {
  test.each([
    ['level', true],
    ['jump', true],
    ['step', false],
    ['step-review', false],
    ['level-review', false],
  ] as const)('by default a %s needs approval: %s', (kind, expected) => {
    expect(needsApproval(policy, kind)).toBe(expected);
  });

  test('an approver is known by their email whatever its case and spaces', () => {
    expect(isApprover(policy, '  Lead@Example.com ')).toBe(true);
    expect(isApprover(policy, 'someone@example.com')).toBe(false);
    expect(isApprover(policy, '')).toBe(false);
  });

  test('the approvers read as a sentence, and an empty list says Settings names none', () => {
    expect(approversText(policy)).toBe('lead@example.com or em@example.com');
    expect(approversText({ ...policy, approvers: [] })).toMatch(/names no approver/);
  });
});

describe('the state of proposals over the append-only rows', () => {
  test('the latest row of a proposal is its state, and later rows after a decision change nothing', () => {
    const histories = proposalHistories([
      event('p1', 'proposed', 'em@example.com'),
      event('p1', 'approved', 'lead@example.com'),
      event('p1', 'rejected', 'other@example.com'),
    ]);
    expect(histories.get('p1')?.latest).toMatchObject({ state: 'approved', by: 'lead@example.com' });
  });

  test('rows sorted by hand read the same: a decision above its proposal still closes it, the earliest decision wins', () => {
    const proposed = event('p1', 'proposed', 'em@example.com');
    const approved = event('p1', 'approved', 'lead@example.com');
    const rejected = event('p1', 'rejected', 'other@example.com');
    const histories = proposalHistories([rejected, approved, proposed]);
    expect(histories.get('p1')).toEqual({ proposal: proposed, latest: approved });
    expect(pendingFor(histories, 'Ada')).toBeUndefined();
  });

  test('a state row without its proposal is ignored', () => {
    expect(proposalHistories([event('ghost', 'approved', 'lead@example.com')]).size).toBe(0);
  });

  test('an engineer has at most the pending proposal; decided ones are not pending', () => {
    const histories = proposalHistories([
      event('p1', 'proposed', 'em@example.com', 'Ada'),
      event('p1', 'withdrawn', 'em@example.com', 'Ada'),
      event('p2', 'proposed', 'em@example.com', 'Ada'),
      event('p3', 'proposed', 'em@example.com', 'Ben'),
      event('p3', 'rejected', 'lead@example.com', 'Ben', 'Not this cycle.'),
    ]);
    expect(pendingFor(histories, ' ada ')?.proposal.proposalId).toBe('p2');
    expect(pendingFor(histories, 'Ben')).toBeUndefined();
    expect(pendingProposals(histories).map((h) => h.proposal.proposalId)).toEqual(['p2']);
  });

  test('a decided proposal says who decided it and why', () => {
    expect(decidedText(event('p', 'approved', 'lead@example.com'))).toBe(
      'already approved by lead@example.com',
    );
    expect(decidedText(event('p', 'stale', 'lead@example.com', 'Ada', 'row changed'))).toBe(
      'already marked stale by lead@example.com (row changed)',
    );
  });
});

describe('who may decide', () => {
  const pending = {
    proposal: event('p1', 'proposed', 'em@example.com'),
    latest: event('p1', 'proposed', 'em@example.com'),
  };

  test('another approver may approve or reject', () => {
    expect(checkDecision(policy, pending, 'approve', 'lead@example.com')).toEqual({
      ok: true,
      state: 'approved',
    });
    expect(checkDecision(policy, pending, 'reject', 'LEAD@example.com')).toEqual({
      ok: true,
      state: 'rejected',
    });
  });

  test('nobody approves their own proposal, even an approver', () => {
    expect(checkDecision(policy, pending, 'approve', 'em@example.com')).toMatchObject({
      ok: false,
      code: 'own-proposal',
    });
  });

  test('someone who is not an approver is refused', () => {
    expect(checkDecision(policy, pending, 'approve', 'x@example.com')).toMatchObject({
      ok: false,
      code: 'not-approver',
    });
  });

  test('an empty account is refused with a message about signing in', () => {
    expect(checkDecision(policy, pending, 'approve', '')).toMatchObject({
      ok: false,
      code: 'no-account',
      message: expect.stringMatching(/signed-in Google account/),
    });
  });

  test('only the proposer withdraws', () => {
    expect(checkDecision(policy, pending, 'withdraw', 'em@example.com')).toEqual({
      ok: true,
      state: 'withdrawn',
    });
    expect(checkDecision(policy, pending, 'withdraw', 'lead@example.com')).toMatchObject({
      ok: false,
      code: 'not-proposer',
    });
  });

  test('a decided proposal cannot be decided again', () => {
    const approved = { ...pending, latest: event('p1', 'approved', 'lead@example.com') };
    expect(checkDecision(policy, approved, 'approve', 'other@example.com')).toMatchObject({
      ok: false,
      code: 'already-decided',
      message: expect.stringContaining('already approved by lead@example.com'),
    });
  });

  test('a rejection needs a reason of ten characters or more', () => {
    expect(reasonProblem('too short')).toMatch(/at least 10/);
    expect(reasonProblem('  Not ready yet.  ')).toBeUndefined();
  });
});
