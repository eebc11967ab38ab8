import {
  ADA,
  APPROVER,
  JUSTIFICATION,
  TO_D3,
  PROPOSER,
  SECOND_APPROVER,
  approvals,
  as,
  decideOn,
  loadApprovalRuntime,
  proposalRows,
  proposeMove,
} from '../support/approvalWorkbook';
import {
  logRows,
  record,
  requestFor,
  tamperPromotionWorkbook,
  teamInputs,
  type EngineerSeed,
} from '../support/promotionWorkbook';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const BEN: EngineerSeed = { ...ADA, name: 'Ben', step: 1 };

/** Ada at D2 step 3 and Ben at D2 step 1; Maya (signed in) proposes Ada's level promotion. */
function adaProposed() {
  const rt = loadApprovalRuntime([ADA, BEN]);
  const request = requestFor(rt, 2, 'Ada', TO_D3);
  const proposed = proposeMove(rt, request);
  return { rt, request, proposalId: request.requestId, proposed };
}

describe('proposing a move that needs approval', () => {
  test('a level promotion cannot be recorded directly: it must be proposed', () => {
    const rt = loadApprovalRuntime([ADA]);
    const outcome = record(rt, requestFor(rt, 2, 'Ada', TO_D3));
    expect(outcome.outcome).toBe('needs-approval');
    expect(logRows(rt)).toEqual([]);
    expect(teamInputs(rt, 2)[1]).toBe('D2');
  });

  test('a step promotion is still recorded directly, and cannot be proposed', () => {
    const rt = loadApprovalRuntime([BEN]);
    const step = { type: 'promote' as const, to: { position: 'D2', step: 2 }, justification: '' };
    expect(proposeMove(rt, requestFor(rt, 2, 'Ben', step)).outcome).toBe('refused-move');
    expect(record(rt, requestFor(rt, 2, 'Ben', step)).outcome).toBe('recorded');
    expect(proposalRows(rt)).toEqual([]);
  });

  test('a proposal is one Proposals row naming the proposer and who can approve; nothing else changes', () => {
    const { rt, proposed, proposalId, request } = adaProposed();
    expect(proposed).toEqual({
      outcome: 'proposed',
      proposalId,
      message: `Proposed: level promotion for Ada (D2 step 3 → D3 step 1, effective 2025-01-15). ${APPROVER}, ${SECOND_APPROVER} or ${PROPOSER} can approve it.`,
    });
    expect(proposalRows(rt)).toEqual([
      [
        proposalId,
        'proposed',
        'Ada',
        2,
        'D2',
        3,
        'D3',
        1,
        'level',
        day('2025-01-15'),
        JUSTIFICATION,
        PROPOSER,
        new Date('2025-01-15T09:00:00Z'),
        request.version,
        '',
        proposalId,
      ],
    ]);
    expect(teamInputs(rt, 2)[1]).toBe('D2');
    expect(logRows(rt)).toEqual([]);
  });

  test('a second proposal for the same engineer is refused with a message naming the pending one', () => {
    const { rt, proposalId } = adaProposed();
    const again = proposeMove(rt, requestFor(rt, 2, 'Ada', TO_D3));
    expect(again.outcome).toBe('pending-proposal');
    expect(again.message).toContain(`Ada already has a pending proposal`);
    expect(again.message).toContain(proposalId);
    expect(proposalRows(rt)).toHaveLength(1);
  });

  test('the same request sent twice proposes once', () => {
    const { rt, request } = adaProposed();
    expect(proposeMove(rt, request).outcome).toBe('already-recorded');
    expect(proposalRows(rt)).toHaveLength(1);
  });

  test('the sidebar sees the pending proposal; approvers other than the proposer see it awaiting them', () => {
    const { rt, proposalId } = adaProposed();
    expect(approvals(rt)).toMatchObject({ me: PROPOSER, isApprover: true, awaiting: [] });
    expect(approvals(rt).pending.map((p) => p.proposalId)).toEqual([proposalId]);
    const seen = as(rt, APPROVER, () => approvals(rt));
    expect(seen.awaiting).toEqual([
      {
        proposalId,
        row: 2,
        engineer: 'Ada',
        from: { position: 'D2', step: 3 },
        to: { position: 'D3', step: 1 },
        kind: 'level',
        effectiveDate: '2025-01-15',
        justification: JUSTIFICATION,
        proposedBy: PROPOSER,
        proposedAt: '2025-01-15T09:00:00.000Z',
      },
    ]);
  });
});

describe('approving', () => {
  test('an approver approves: the move is recorded as a direct recording is, by the proposer, with Approved by and the proposal', () => {
    const { rt, proposalId } = adaProposed();
    const outcome = as(rt, APPROVER, () =>
      decideOn(rt, { proposalId, engineer: 'Ada', decision: 'approve', reason: '' }),
    );
    expect(outcome).toEqual({
      outcome: 'decided',
      state: 'approved',
      message:
        'Approved and recorded: level promotion for Ada (D2 step 3 → D3 step 1), effective 2025-01-15.',
    });
    expect(teamInputs(rt, 2).slice(0, 3)).toEqual(['Ada', 'D3', 1]);
    const [logged] = logRows(rt);
    expect(logged).toEqual([
      new Date('2025-01-15T09:00:00Z'),
      'Ada',
      'D2',
      3,
      'D3',
      1,
      'level',
      day('2025-01-15'),
      JUSTIFICATION,
      PROPOSER,
      expect.any(String),
    ]);
    expect(rt.workbook.values(`'Promotion Log'!L2:M2`)).toEqual([[APPROVER, proposalId]]);
    expect(proposalRows(rt).map((row) => [row[0], row[1], row[11]])).toEqual([
      [proposalId, 'proposed', PROPOSER],
      [proposalId, 'approved', APPROVER],
    ]);
  });

  test('nobody approves their own proposal, even an approver', () => {
    const { rt, proposalId } = adaProposed();
    const outcome = decideOn(rt, { proposalId, engineer: 'Ada', decision: 'approve', reason: '' });
    expect(outcome.outcome).toBe('own-proposal');
    expect(logRows(rt)).toEqual([]);
    expect(proposalRows(rt)).toHaveLength(1);
  });

  test('someone who is not an approver is refused', () => {
    const { rt, proposalId } = adaProposed();
    const outcome = as(rt, 'jonas.berg@example.com', () =>
      decideOn(rt, { proposalId, engineer: 'Ada', decision: 'approve', reason: '' }),
    );
    expect(outcome.outcome).toBe('not-approver');
    expect(outcome.message).toContain('jonas.berg@example.com is not an approver');
    expect(logRows(rt)).toEqual([]);
  });

  test('an account the platform gives no email for is told approvals need a signed-in account; nothing is written', () => {
    const { rt, proposalId } = adaProposed();
    const outcome = as(rt, '', () =>
      decideOn(rt, { proposalId, engineer: 'Ada', decision: 'approve', reason: '' }),
    );
    expect(outcome).toEqual({
      outcome: 'no-account',
      message:
        'Approvals need a signed-in Google account of this domain, and the platform gave none for you. Nothing was changed.',
    });
    expect(as(rt, '', () => proposeMove(rt, requestFor(rt, 3, 'Ben', TO_D3))).outcome).toBe('no-account');
    expect(proposalRows(rt)).toHaveLength(1);
    expect(logRows(rt)).toEqual([]);
  });

  test('approving twice records once; the second is told who approved it', () => {
    const { rt, proposalId } = adaProposed();
    const approve = { proposalId, engineer: 'Ada', decision: 'approve' as const, reason: '' };
    const requestId = 'double-click-approve';
    as(rt, APPROVER, () => decideOn(rt, { ...approve, requestId }));
    const again = as(rt, APPROVER, () => decideOn(rt, { ...approve, requestId }));
    const other = as(rt, SECOND_APPROVER, () => decideOn(rt, approve));
    for (const outcome of [again, other]) {
      expect(outcome.outcome).toBe('already-decided');
      expect(outcome.message).toContain(`already approved by ${APPROVER}`);
    }
    expect(logRows(rt)).toHaveLength(1);
    expect(proposalRows(rt).filter((row) => row[1] === 'approved')).toHaveLength(1);
  });

  test('two approvers approving at the same moment: one Promotion Log row, one approved row, the other told who approved', () => {
    const { rt, proposalId } = adaProposed();
    const approve = { proposalId, engineer: 'Ada', decision: 'approve' as const, reason: '' };
    let first: ReturnType<typeof decideOn> | undefined;
    rt.during('Lock.tryLock', () => {
      first = as(rt, SECOND_APPROVER, () => decideOn(rt, approve));
      rt.setActiveUser(APPROVER);
    });
    const second = as(rt, APPROVER, () => decideOn(rt, approve));
    expect(first?.outcome).toBe('decided');
    expect(second.outcome).toBe('already-decided');
    expect(second.message).toContain(`already approved by ${SECOND_APPROVER}`);
    expect(logRows(rt)).toHaveLength(1);
    expect(rt.workbook.values(`'Promotion Log'!L2:M2`)).toEqual([[SECOND_APPROVER, proposalId]]);
    expect(proposalRows(rt).filter((row) => row[1] === 'approved')).toHaveLength(1);
  });

  test('a row changed since the proposal makes it stale, saying why; nothing is recorded', () => {
    const { rt, proposalId } = adaProposed();
    rt.userEdit('Team!E2', 'Tom Eriksen');
    const outcome = as(rt, APPROVER, () =>
      decideOn(rt, { proposalId, engineer: 'Ada', decision: 'approve', reason: '' }),
    );
    expect(outcome.outcome).toBe('stale');
    expect(outcome.message).toContain("Ada's row changed since the proposal was made");
    expect(logRows(rt)).toEqual([]);
    expect(teamInputs(rt, 2)[1]).toBe('D2');
    const [, stale] = proposalRows(rt);
    expect(stale?.[1]).toBe('stale');
    expect(String(stale?.[14])).toContain("Ada's row changed since");
    const later = as(rt, APPROVER, () =>
      decideOn(rt, { proposalId, engineer: 'Ada', decision: 'approve', reason: '' }),
    );
    expect(later.outcome).toBe('already-decided');
    expect(proposeMove(rt, requestFor(rt, 2, 'Ada', TO_D3)).outcome).toBe('proposed');
  });
});

describe('a Ladder changed since the proposal', () => {
  test('makes it stale when the same move is now another kind: what was approved is what is recorded', () => {
    const { rt, proposalId } = adaProposed();
    tamperPromotionWorkbook(
      rt,
      `var l = ss.getSheetByName('Ladder'); var v = l.getDataRange().getValues(); var h = v[0].indexOf('Steps');
       for (var i = 1; i < v.length; i++) if (v[i][0] === 'D2') l.getRange(i + 1, h + 1).setValue(4);`,
    );
    const outcome = as(rt, APPROVER, () =>
      decideOn(rt, { proposalId, engineer: 'Ada', decision: 'approve', reason: '' }),
    );
    expect(outcome).toMatchObject({
      outcome: 'stale',
      message: expect.stringContaining(
        'the Ladder changed since the proposal was made: this move is now a jump, not a level promotion.',
      ),
    });
    expect([logRows(rt), teamInputs(rt, 2)[1]]).toEqual([[], 'D2']);
  });
});

describe('rejecting and withdrawing', () => {
  test('a rejection needs a reason of ten characters or more, and is a new row with it', () => {
    const { rt, proposalId } = adaProposed();
    const reject = { proposalId, engineer: 'Ada', decision: 'reject' as const };
    expect(as(rt, APPROVER, () => decideOn(rt, { ...reject, reason: 'no' })).outcome).toBe('invalid-request');
    const reason = '=Not this cycle: more scope first.';
    const outcome = as(rt, APPROVER, () => decideOn(rt, { ...reject, reason }));
    expect(outcome).toMatchObject({ outcome: 'decided', state: 'rejected' });
    expect(proposalRows(rt).map((row) => [row[1], row[11], row[14]])).toEqual([
      ['proposed', PROPOSER, ''],
      ['rejected', APPROVER, reason],
    ]);
    expect(logRows(rt)).toEqual([]);
  });

  test('only the proposer withdraws; afterwards the engineer can be proposed again', () => {
    const { rt, proposalId } = adaProposed();
    const withdraw = { proposalId, engineer: 'Ada', decision: 'withdraw' as const, reason: '' };
    expect(as(rt, APPROVER, () => decideOn(rt, withdraw)).outcome).toBe('not-proposer');
    expect(decideOn(rt, withdraw)).toMatchObject({ outcome: 'decided', state: 'withdrawn' });
    expect(approvals(rt).pending).toEqual([]);
    expect(proposeMove(rt, requestFor(rt, 2, 'Ada', TO_D3)).outcome).toBe('proposed');
  });

  test('a proposal id of another engineer, or one never made, is refused', () => {
    const { rt, proposalId } = adaProposed();
    const forged = as(rt, APPROVER, () =>
      decideOn(rt, { proposalId, engineer: 'Ben', decision: 'approve', reason: '' }),
    );
    expect(forged.outcome).toBe('unknown-proposal');
    const unknown = as(rt, APPROVER, () =>
      decideOn(rt, { proposalId: 'never-made-0001', engineer: 'Ada', decision: 'approve', reason: '' }),
    );
    expect(unknown.outcome).toBe('unknown-proposal');
    expect(proposalRows(rt)).toHaveLength(1);
    expect(logRows(rt)).toEqual([]);
  });
});

describe('a protected Proposals sheet', () => {
  test('an approver who is not an editor of it is refused before anything is written', () => {
    const { rt, proposalId } = adaProposed();
    tamperPromotionWorkbook(
      rt,
      `var p = ss.getSheetByName('Proposals').protect();
       p.removeEditors(p.getEditors()); p.setDomainEdit(false);`,
    );
    const outcome = as(rt, APPROVER, () =>
      decideOn(rt, { proposalId, engineer: 'Ada', decision: 'approve', reason: '' }),
    );
    expect(outcome.outcome).toBe('protected');
    expect(outcome.message).toContain('not an editor of the protected Proposals sheet');
    expect(teamInputs(rt, 2)[1]).toBe('D2');
    expect(logRows(rt)).toEqual([]);
    expect(proposalRows(rt)).toHaveLength(1);
  });
});
