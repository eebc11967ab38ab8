import type { LoggedKind } from './moves';

/**
 * Who approves what: the Settings sheet's approvers (lower-cased emails) and, per kind of move, whether
 * it is proposed for approval instead of recorded directly.
 */
export interface ApprovalPolicy {
  readonly approvers: readonly string[];
  readonly needsApproval: Readonly<Record<LoggedKind, boolean>>;
}

/** Level promotions and jumps need one approval; step promotions and reviews with no change do not. */
export const DEFAULT_NEEDS_APPROVAL: Readonly<Record<LoggedKind, boolean>> = {
  step: false,
  level: true,
  jump: true,
  'step-review': false,
  'level-review': false,
};

/** A workbook without approvals set up (no Settings sheet): every move is recorded directly. */
export const NO_APPROVALS: ApprovalPolicy = {
  approvers: [],
  needsApproval: { step: false, level: false, jump: false, 'step-review': false, 'level-review': false },
};

/** Reasons are at least this long, so a rejection says why. */
export const MIN_REASON_LENGTH = 10;

export function needsApproval(policy: ApprovalPolicy, kind: LoggedKind): boolean {
  return policy.needsApproval[kind];
}

export function isApprover(policy: ApprovalPolicy, email: string): boolean {
  const wanted = email.trim().toLowerCase();
  return wanted !== '' && policy.approvers.includes(wanted);
}

/** The approvers as a sentence: "a@x.com or b@x.com", or a note that Settings names none. */
export function approversText(policy: ApprovalPolicy): string {
  const { approvers } = policy;
  if (approvers.length === 0) return 'nobody yet (Settings names no approver)';
  if (approvers.length === 1) return approvers[0] as string;
  return `${approvers.slice(0, -1).join(', ')} or ${approvers[approvers.length - 1] as string}`;
}

/** Where a proposal is: waiting, or decided for good. */
export type ProposalState = 'proposed' | 'approved' | 'rejected' | 'withdrawn' | 'stale';

/** What someone does to a pending proposal. */
export type Decision = 'approve' | 'reject' | 'withdraw';

const DECIDED: Readonly<Record<Decision, ProposalState>> = {
  approve: 'approved',
  reject: 'rejected',
  withdraw: 'withdrawn',
};

/** One row of the append-only Proposals sheet: a proposal made, or a later change of its state. */
export interface ProposalEvent {
  readonly proposalId: string;
  readonly state: ProposalState;
  readonly engineer: string;
  /** Who made this row: the proposer on "proposed", the approver, rejecter or withdrawer after. */
  readonly by: string;
  readonly at: Date;
  /** Why: the reason of a rejection or of a stale proposal; '' otherwise. */
  readonly reason: string;
}

/** A proposal's "proposed" row and its state now: its decision row, or the "proposed" row while pending. */
export interface ProposalHistory<E extends ProposalEvent> {
  readonly proposal: E;
  readonly latest: E;
}

/**
 * Every proposal by id: its "proposed" row and its decision, the earliest of its other rows (a
 * decision is final, so rows after it change nothing). Earliest is by the rows' times, then by sheet
 * order, so a Proposals sheet sorted by hand (by State, by engineer) reads the same. A state row for
 * an id with no "proposed" row is ignored (it cannot be told apart from a forgery).
 */
export function proposalHistories<E extends ProposalEvent>(
  events: readonly E[],
): Map<string, ProposalHistory<E>> {
  const proposed = new Map<string, E>();
  const decided = new Map<string, E>();
  for (const event of events) {
    const earliest = event.state === 'proposed' ? proposed : decided;
    const seen = earliest.get(event.proposalId);
    if (!seen || event.at.getTime() < seen.at.getTime()) earliest.set(event.proposalId, event);
  }
  const histories = new Map<string, ProposalHistory<E>>();
  for (const [id, proposal] of proposed) {
    histories.set(id, { proposal, latest: decided.get(id) ?? proposal });
  }
  return histories;
}

/** The engineer's pending proposal (names compared ignoring case and surrounding spaces), if any. */
export function pendingFor<E extends ProposalEvent>(
  histories: ReadonlyMap<string, ProposalHistory<E>>,
  engineer: string,
): ProposalHistory<E> | undefined {
  const wanted = engineer.trim().toLowerCase();
  for (const history of histories.values()) {
    if (history.latest.state === 'proposed' && history.proposal.engineer.trim().toLowerCase() === wanted) {
      return history;
    }
  }
  return undefined;
}

/** Every pending proposal, oldest first. */
export function pendingProposals<E extends ProposalEvent>(
  histories: ReadonlyMap<string, ProposalHistory<E>>,
): ProposalHistory<E>[] {
  return [...histories.values()].filter((history) => history.latest.state === 'proposed');
}

export type DecisionCheck =
  | { readonly ok: true; readonly state: ProposalState }
  | {
      readonly ok: false;
      readonly code: 'no-account' | 'not-approver' | 'own-proposal' | 'already-decided' | 'not-proposer';
      readonly message: string;
    };

const DONE_BY: Readonly<Record<Exclude<ProposalState, 'proposed'>, string>> = {
  approved: 'approved',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
  stale: 'marked stale',
};

/** "already approved by ada@example.com", for a proposal that is no longer pending. */
export function decidedText(latest: ProposalEvent): string {
  if (latest.state === 'proposed') return 'still waiting for approval';
  return `already ${DONE_BY[latest.state]} by ${latest.by}${latest.reason ? ` (${latest.reason})` : ''}`;
}

/**
 * Whether `actor` (the platform's signed-in account, '' when it gives none) may make `decision` on a
 * proposal: a signed-in account is needed; only a pending proposal changes; an approver approves or
 * rejects someone else's proposal; only the proposer withdraws theirs.
 */
export function checkDecision(
  policy: ApprovalPolicy,
  history: ProposalHistory<ProposalEvent>,
  decision: Decision,
  actor: string,
): DecisionCheck {
  const me = actor.trim().toLowerCase();
  if (me === '') {
    return {
      ok: false,
      code: 'no-account',
      message:
        'Approvals need a signed-in Google account of this domain, and the platform gave none for you. Nothing was changed.',
    };
  }
  const { proposal, latest } = history;
  if (latest.state !== 'proposed') {
    return {
      ok: false,
      code: 'already-decided',
      message: `The proposal for ${proposal.engineer} was ${decidedText(latest)}. Nothing was changed.`,
    };
  }
  const proposer = proposal.by.trim().toLowerCase();
  if (decision === 'withdraw') {
    return me === proposer
      ? { ok: true, state: DECIDED.withdraw }
      : {
          ok: false,
          code: 'not-proposer',
          message: `Only ${proposal.by}, who proposed it, can withdraw the proposal for ${proposal.engineer}. Nothing was changed.`,
        };
  }
  if (me === proposer) {
    return {
      ok: false,
      code: 'own-proposal',
      message: `You proposed this move for ${proposal.engineer}: someone else must ${decision} it. Nothing was changed.`,
    };
  }
  if (!isApprover(policy, me)) {
    return {
      ok: false,
      code: 'not-approver',
      message: `${me} is not an approver in Settings (approvers: ${approversText(policy)}). Nothing was changed.`,
    };
  }
  return { ok: true, state: DECIDED[decision] };
}

/** A reason the text fails, or undefined: a rejection says why in at least MIN_REASON_LENGTH characters. */
export function reasonProblem(reason: string): string | undefined {
  return reason.trim().length < MIN_REASON_LENGTH
    ? `a rejection needs a reason of at least ${MIN_REASON_LENGTH} characters`
    : undefined;
}
