import {
  approversText,
  checkDecision,
  isApprover,
  needsApproval,
  pendingFor,
  pendingProposals,
  proposalHistories,
  reasonProblem,
  type ApprovalPolicy,
  type Decision,
  type ProposalHistory,
} from '../../domain/approvals';
import { formatIsoDate, parseIsoDate, type CalendarDate } from '../../domain/dates';
import { LOGGED_KIND_TITLES, planMove, type MoveAction } from '../../domain/moves';
import { columnIndex, columnLetter, SHEET_NAMES, sheetRef } from '../../tables/layout';
import { PROPOSAL_HEADERS, proposalRow, readProposalsTable, type ProposalRow } from '../../tables/proposals';
import { assertCanAppendProposal, explainingRefusal, writingProposals } from './canRecord';
import { APPROVAL_PROTECTED_MESSAGE } from './protectedEdit';
import { undoAppend } from './undoAppend';
import { readTeamRow } from '../../tables/team';
import { LockBusyError, withDocumentLock } from '../lock';
import { Refused } from '../refusal';
import type {
  ApprovalsView,
  DecideOutcome,
  DecideRequest,
  ProposalSummary,
  ProposeOutcome,
  RecordRequest,
  Refusal,
} from '../rpc';
import { changedRow, recordPlannedMove, startProblem, teamRowRange } from './recordMove';
import { openWorkbook, readLadder, readPolicy, type Workbook } from './workbook';

type Range = GoogleAppsScript.Spreadsheet.Range;

const PROPOSAL_WIDTH = Object.keys(PROPOSAL_HEADERS).length;
const PROPOSAL_REQUEST_ID_INDEX = columnIndex(PROPOSAL_HEADERS, 'requestId');
type History = ProposalHistory<ProposalRow>;

const NO_ACCOUNT: Refusal = {
  outcome: 'no-account',
  message:
    'Approvals need a signed-in Google account of this domain, and the platform gave none for you. Nothing was changed.',
};

/** The acting person: the platform's signed-in account, lower-cased; never taken from a payload. */
function currentAccount(): string {
  return Session.getActiveUser().getEmail().trim().toLowerCase();
}

/**
 * The Proposals table's columns, header row first, as one open-ended range. Under the lock it is
 * located again: a range ends at the grid's last row when located, and a row another execution
 * appended past it meanwhile must be seen.
 */
function proposalsRange(workbook: Workbook): Range | undefined {
  const last = columnLetter(PROPOSAL_WIDTH - 1);
  try {
    return workbook.spreadsheet.getRange(sheetRef(SHEET_NAMES.proposals, `A1:${last}`));
  } catch {
    return undefined;
  }
}

const NOT_SET_UP = `This spreadsheet has no "${SHEET_NAMES.proposals}" sheet. Run Career Ladder ▸ Set up workbook first.`;

function requiredProposalsRange(workbook: Workbook): Range {
  const range = proposalsRange(workbook);
  if (!range) throw new Refused('not-set-up', NOT_SET_UP);
  return range;
}

/** The Proposals sheet, once this user is known to be allowed to append to it. */
function appendableProposals(workbook: Workbook): GoogleAppsScript.Spreadsheet.Sheet {
  const range = requiredProposalsRange(workbook);
  assertCanAppendProposal(range);
  return range.getSheet();
}

/** Every proposal on the sheet by id (one read); rows that cannot be read are left to the owner. */
function readHistories(range: Range, timeZone: string): Map<string, History> {
  const rows = readProposalsTable(range.getValues(), timeZone).rows;
  return proposalHistories(rows.map((row) => row.value));
}

/** "D2 step 3 → D3 step 1, effective 2025-01-15" */
function moveText(proposal: ProposalRow): string {
  return `${proposal.from.position} step ${proposal.from.step} → ${proposal.to.position} step ${proposal.to.step}, effective ${formatIsoDate(proposal.effectiveDate)}`;
}

function describe(proposal: ProposalRow): string {
  return `${LOGGED_KIND_TITLES[proposal.kind].toLowerCase()} ${moveText(proposal)}`;
}

function summary(history: History): ProposalSummary {
  const { proposal } = history;
  return {
    proposalId: proposal.proposalId,
    row: proposal.teamRow,
    engineer: proposal.engineer,
    from: proposal.from,
    to: proposal.to,
    kind: proposal.kind,
    effectiveDate: formatIsoDate(proposal.effectiveDate),
    justification: proposal.justification,
    proposedBy: proposal.by,
    proposedAt: proposal.at.toISOString(),
  };
}

/** The promotionsApprovals endpoint: who you are, the policy and the pending proposals. */
export function loadApprovals(): ApprovalsView {
  const me = currentAccount();
  const workbook = openWorkbook();
  const policy = readPolicy(workbook);
  const range = proposalsRange(workbook);
  const pending = range ? pendingProposals(readHistories(range, workbook.timeZone)) : [];
  const approver = isApprover(policy, me);
  return {
    me,
    isApprover: approver,
    approvers: policy.approvers,
    needsApproval: policy.needsApproval,
    awaiting: approver ? pending.filter((h) => h.proposal.by.toLowerCase() !== me).map(summary) : [],
    pending: pending.map(summary),
  };
}

function lockedOrBusy<T>(critical: (commit: () => void) => T | Refusal): T | Refusal {
  try {
    return withDocumentLock(critical);
  } catch (error) {
    if (error instanceof LockBusyError) return { outcome: 'busy', message: error.message };
    throw error;
  }
}

function noApprover(policy: ApprovalPolicy): Refusal | undefined {
  return policy.approvers.length === 0
    ? {
        outcome: 'not-approver',
        message: `Settings names no approver, so nobody could approve this proposal. Ask the spreadsheet owner to add approvers' emails to the ${SHEET_NAMES.settings} sheet. Nothing was changed.`,
      }
    : undefined;
}

/**
 * The promotionsPropose endpoint: holding the document lock, checks the move as recording would
 * (the row unchanged since the sidebar loaded it, the move allowed by the ladder), that its kind needs
 * approval and that the engineer has no pending proposal, then appends one "proposed" row. The
 * request id is the proposal id, so a repeated request adds nothing.
 */
export function propose(request: RecordRequest): ProposeOutcome {
  const me = currentAccount();
  if (me === '') return NO_ACCOUNT;
  const workbook = openWorkbook();
  const policy = readPolicy(workbook);
  const unapprovable = noApprover(policy);
  if (unapprovable) return unapprovable;
  const ladder = readLadder(workbook);
  const effective = parseIsoDate(request.effectiveDate) as CalendarDate;
  const teamRange = teamRowRange(workbook, request.row);
  const sheet = appendableProposals(workbook);
  const { timeZone } = workbook;
  return lockedOrBusy((commit): ProposeOutcome => {
    const histories = readHistories(requiredProposalsRange(workbook), timeZone);
    if (histories.has(request.requestId)) {
      return { outcome: 'already-recorded', message: 'This proposal was already made; nothing was added.' };
    }
    const values = teamRange.getValues()[0] as unknown[];
    const changed = changedRow(values, request);
    if (changed) return changed;
    const engineer = readTeamRow(request.row, values, { ladder, timeZone });
    const moved = startProblem(engineer, request);
    if (moved) throw new Refused('row-changed', moved);
    const planned = planMove(ladder, engineer, request.action, effective, workbook.today);
    if (!planned.ok) {
      throw new Refused('refused-move', `Cannot propose this for ${engineer.name}: ${planned.problem}.`);
    }
    const { plan } = planned;
    const title = LOGGED_KIND_TITLES[plan.kind];
    if (!needsApproval(policy, plan.kind)) {
      return {
        outcome: 'refused-move',
        message: `A ${title.toLowerCase()} needs no approval (Settings): record it directly. Nothing was proposed.`,
      };
    }
    const pending = pendingFor(histories, engineer.name);
    if (pending) {
      return {
        outcome: 'pending-proposal',
        message: `${engineer.name} already has a pending proposal (${describe(pending.proposal)}, by ${pending.proposal.by}, id ${pending.proposal.proposalId}). It must be approved, rejected or withdrawn before another one. Nothing was proposed.`,
      };
    }
    const row: ProposalRow = {
      proposalId: request.requestId,
      state: 'proposed',
      engineer: engineer.name,
      teamRow: request.row,
      from: { position: plan.from.position.code, step: plan.from.step },
      to: { position: plan.to.position.code, step: plan.to.step },
      kind: plan.kind,
      effectiveDate: plan.effective,
      justification: plan.justification,
      by: me,
      at: new Date(),
      version: request.version,
      reason: '',
      requestId: request.requestId,
    };
    writingProposals(() => {
      sheet.appendRow(proposalRow(row, timeZone));
      commit();
    });
    return {
      outcome: 'proposed',
      proposalId: row.proposalId,
      message: `Proposed: ${title.toLowerCase()} for ${engineer.name} (${moveText(row)}). ${approversText(policy)} can approve it.`,
    };
  });
}

/** The move a proposal stands for, as the sidebar would have sent it to be recorded. */
function actionOf(proposal: ProposalRow): MoveAction {
  if (proposal.kind === 'step-review' || proposal.kind === 'level-review') {
    const review = proposal.kind === 'step-review' ? 'step' : 'level';
    return { type: 'review', review, justification: proposal.justification };
  }
  return { type: 'promote', to: proposal.to, justification: proposal.justification };
}

/** The proposal of this id for this engineer, or the refusal saying there is none. */
function findProposal(histories: ReadonlyMap<string, History>, request: DecideRequest): History | Refusal {
  const history = histories.get(request.proposalId);
  if (!history || history.proposal.engineer.toLowerCase() !== request.engineer.trim().toLowerCase()) {
    return {
      outcome: 'unknown-proposal',
      message: `There is no proposal ${request.proposalId} for ${request.engineer}. Reload the sidebar. Nothing was changed.`,
    };
  }
  return history;
}

function isRefusal(value: History | Refusal): value is Refusal {
  return 'outcome' in value;
}

/** A refusal when `me` may not make the decision on the proposal now; undefined when they may. */
function decisionRefusal(
  policy: ApprovalPolicy,
  history: History,
  decision: Decision,
  me: string,
): Refusal | undefined {
  const check = checkDecision(policy, history, decision, me);
  return check.ok ? undefined : { outcome: check.code, message: check.message };
}

function decidedRow(
  proposal: ProposalRow,
  state: ProposalRow['state'],
  by: string,
  reason: string,
  requestId: string,
) {
  return { ...proposal, state, by, at: new Date(), reason, requestId };
}

const DONE: Readonly<Record<Exclude<Decision, 'approve'>, 'rejected' | 'withdrawn'>> = {
  reject: 'rejected',
  withdraw: 'withdrawn',
};

/** Rejects or withdraws: under the lock, the proposal is read again and one state row appended. */
function close(
  request: DecideRequest & { readonly decision: 'reject' | 'withdraw' },
  workbook: Workbook,
  policy: ApprovalPolicy,
  me: string,
): DecideOutcome {
  const reason = request.reason.trim();
  const state = DONE[request.decision];
  const sheet = appendableProposals(workbook);
  return lockedOrBusy((commit): DecideOutcome => {
    const found = findProposal(readHistories(requiredProposalsRange(workbook), workbook.timeZone), request);
    if (isRefusal(found)) return found;
    const refused = decisionRefusal(policy, found, request.decision, me);
    if (refused) return refused;
    writingProposals(() => {
      sheet.appendRow(
        proposalRow(decidedRow(found.proposal, state, me, reason, request.requestId), workbook.timeZone),
      );
      commit();
    });
    return {
      outcome: 'decided',
      state,
      message: `The proposal for ${found.proposal.engineer} (${describe(found.proposal)}) is ${state}. Nothing was recorded.`,
    };
  });
}

/**
 * Approves: the proposal is checked outside the lock (a quick refusal) and again under it, then the
 * move is recorded exactly as promotionsRecord records it, with "Approved by" and the proposal id on
 * the log row and an "approved" Proposals row, all under one lock. When the engineer's row changed
 * since the proposal, the proposal becomes stale (a "stale" row saying why) and nothing is recorded.
 */
function approve(
  request: DecideRequest,
  workbook: Workbook,
  policy: ApprovalPolicy,
  range: Range,
  me: string,
): DecideOutcome {
  const found = findProposal(readHistories(range, workbook.timeZone), request);
  if (isRefusal(found)) return found;
  const early = decisionRefusal(policy, found, 'approve', me);
  if (early) return early;
  const { proposal } = found;
  const { timeZone } = workbook;
  assertCanAppendProposal(range);
  const sheet = range.getSheet();
  const append = (state: ProposalRow['state'], reason: string) =>
    writingProposals(() =>
      sheet.appendRow(proposalRow(decidedRow(proposal, state, me, reason, request.requestId), timeZone)),
    );
  const outcome = explainingRefusal(APPROVAL_PROTECTED_MESSAGE, () =>
    recordPlannedMove(
      {
        requestId: request.requestId,
        row: proposal.teamRow,
        name: proposal.engineer,
        version: proposal.version,
        from: proposal.from,
        action: actionOf(proposal),
        effectiveDate: formatIsoDate(proposal.effectiveDate),
      },
      {
        workbook,
        policy,
        approval: {
          proposedBy: proposal.by,
          approvedBy: me,
          proposalId: proposal.proposalId,
          stillPending: () => {
            const again = findProposal(readHistories(requiredProposalsRange(workbook), timeZone), request);
            return isRefusal(again) ? again : decisionRefusal(policy, again, 'approve', me);
          },
          stale: (why) => {
            append('stale', why);
            return {
              outcome: 'stale',
              message: `The proposal for ${proposal.engineer} is now stale and was not recorded: ${why}`,
            };
          },
          kind: proposal.kind,
          appendDecision: () => append('approved', ''),
          undoDecision: () => undoAppend(sheet, PROPOSAL_REQUEST_ID_INDEX, PROPOSAL_WIDTH, request.requestId),
        },
      },
    ),
  );
  if (outcome.outcome !== 'recorded') return outcome;
  return {
    outcome: 'decided',
    state: 'approved',
    message: `Approved and ${outcome.message.charAt(0).toLowerCase()}${outcome.message.slice(1)}`,
  };
}

/** The promotionsDecide endpoint: approve, reject (with a reason) or withdraw a pending proposal. */
export function decide(request: DecideRequest): DecideOutcome {
  const me = currentAccount();
  if (me === '') return NO_ACCOUNT;
  if (request.decision === 'reject') {
    const problem = reasonProblem(request.reason);
    if (problem)
      return { outcome: 'invalid-request', message: `Not rejected: ${problem}. Nothing was changed.` };
  }
  const workbook = openWorkbook();
  const policy = readPolicy(workbook);
  if (request.decision === 'approve') {
    return approve(request, workbook, policy, requiredProposalsRange(workbook), me);
  }
  return close({ ...request, decision: request.decision }, workbook, policy, me);
}
