import { MIN_REASON_LENGTH } from '../domain/approvals';
import { findPosition } from '../domain/ladder';
import { LOGGED_KIND_TITLES } from '../domain/moves';
import type { ApprovalsView, ProposalSummary } from '../server/rpc';
import { bandAt, type CardModel } from './cardModel';
import { el } from './dom';
import { formatAmount, formatDate, formatRatio } from './format';

export type ProposalDecision = 'approve' | 'reject' | 'withdraw';

function move(proposal: ProposalSummary): string {
  return `${proposal.from.position} step ${proposal.from.step} → ${proposal.to.position} step ${proposal.to.step}`;
}

/** "Awaiting your approval (N)": each proposal an approver may decide, with a button opening it. */
export function awaitingView(
  approvals: ApprovalsView,
  onOpen: (proposal: ProposalSummary) => void,
): HTMLElement | null {
  if (!approvals.isApprover) return null;
  const { awaiting } = approvals;
  return el(
    'section',
    { className: 'block awaiting', attrs: { 'aria-labelledby': 'awaiting-heading' } },
    el('h2', { attrs: { id: 'awaiting-heading' } }, `Awaiting your approval (${awaiting.length})`),
    awaiting.length === 0
      ? el('p', { className: 'gray' }, 'Nothing is waiting for you.')
      : el(
          'ul',
          { className: 'proposals' },
          ...awaiting.map((proposal) =>
            el(
              'li',
              {},
              el(
                'button',
                {
                  className: 'link',
                  attrs: { type: 'button', 'aria-label': `Open the proposal for ${proposal.engineer}` },
                  on: { click: () => onOpen(proposal) },
                },
                proposal.engineer,
              ),
              ` · ${LOGGED_KIND_TITLES[proposal.kind]} ${move(proposal)}, proposed by ${proposal.proposedBy}`,
            ),
          ),
        ),
  );
}

/**
 * The engineer's pending proposal on their card: what it is, why, who proposed it, band and
 * compa-ratio now → after; Approve and Reject (with a reason) for an approver who did not propose it,
 * Withdraw for its proposer. `onDecide` resolves when the answer has been shown.
 */
export function pendingProposalView(
  model: CardModel,
  proposal: ProposalSummary,
  approvals: ApprovalsView,
  onDecide: (decision: ProposalDecision, reason: string) => Promise<void>,
): HTMLElement {
  const position = findPosition(model.ladder, proposal.to.position);
  const now = bandAt(model, model.state.place);
  const after = position ? bandAt(model, { position, step: proposal.to.step }) : undefined;
  const mine = proposal.proposedBy.toLowerCase() === approvals.me;
  const mayDecide = approvals.awaiting.some((p) => p.proposalId === proposal.proposalId);
  const reason = el('textarea', {
    attrs: { id: 'decision-reason', rows: 2, maxlength: 2000, 'aria-describedby': 'decision-hint' },
  });
  const problem = el('p', { className: 'error', attrs: { role: 'alert' } });
  const buttons: HTMLButtonElement[] = [];
  const button = (label: string, decision: ProposalDecision, primary: boolean) => {
    const b = el('button', { className: primary ? 'action' : '', attrs: { type: 'button' } }, label);
    b.addEventListener('click', () => {
      if (b.disabled) return;
      if (decision === 'reject' && reason.value.trim().length < MIN_REASON_LENGTH) {
        problem.textContent = `Not rejected: write a reason of at least ${MIN_REASON_LENGTH} characters.`;
        reason.focus();
        return;
      }
      problem.textContent = '';
      for (const other of buttons) other.disabled = true;
      b.textContent = `${label}…`;
      void onDecide(decision, decision === 'reject' ? reason.value : '');
    });
    buttons.push(b);
    return b;
  };
  return el(
    'section',
    { className: 'block pending', attrs: { 'aria-labelledby': 'pending-heading' } },
    el('h3', { attrs: { id: 'pending-heading' } }, 'Pending proposal'),
    el(
      'dl',
      { className: 'facts' },
      el('dt', {}, 'Move'),
      el('dd', {}, `${LOGGED_KIND_TITLES[proposal.kind]}: ${move(proposal)}`),
      el('dt', {}, 'Effective'),
      el('dd', {}, formatDate(proposal.effectiveDate)),
      el('dt', {}, 'Justification'),
      el('dd', { className: 'justification' }, proposal.justification || '—'),
      el('dt', {}, 'Proposed by'),
      el('dd', {}, proposal.proposedBy),
      el('dt', {}, 'Band amount'),
      el('dd', {}, `${formatAmount(now.amount)} → ${formatAmount(after?.amount)}`),
      el('dt', {}, 'Compa-ratio'),
      el('dd', {}, `${formatRatio(now.compaRatio)} → ${formatRatio(after?.compaRatio)}`),
    ),
    mayDecide
      ? el(
          'div',
          { className: 'form-group' },
          el('label', { attrs: { for: 'decision-reason' } }, 'Reason (to reject)'),
          reason,
          el(
            'p',
            { className: 'gray hint', attrs: { id: 'decision-hint' } },
            `A rejection says why in at least ${MIN_REASON_LENGTH} characters.`,
          ),
        )
      : el(
          'p',
          { className: 'gray' },
          mine
            ? `Waiting for ${approvals.approvers.filter((a) => a !== approvals.me).join(' or ') || 'an approver'}.`
            : `Waiting for an approver (${approvals.approvers.join(', ') || 'Settings names none'}).`,
        ),
    problem,
    el(
      'div',
      { className: 'buttons' },
      mayDecide ? button('Approve', 'approve', true) : null,
      mayDecide ? button('Reject', 'reject', false) : null,
      mine ? button('Withdraw', 'withdraw', false) : null,
    ),
  );
}
