import type { MovePlan } from '../domain/moves';
import type {
  ApprovalsView,
  ProposalSummary,
  RecordRequest,
  Refusal,
  TeamList,
  TeamMemberSummary,
} from '../server/rpc';
import { awaitingView, pendingProposalView, type ProposalDecision } from './approvalsView';
import { calendarView } from './calendarView';
import { cardModel, type CardModel } from './cardModel';
import { confirmDialog } from './confirmDialog';
import { confirmationOf } from './confirmation';
import { el, replaceChildren } from './dom';
import { engineerCardView } from './engineerCardView';
import { actionFor, type MoveForm } from './moveChoices';
import { moveFormView } from './moveFormView';
import { noticeArea, type NoticeAction } from './notice';
import { isRefusal, offerFor, RefusalError } from './refusals';
import { newRequestId } from './requestId';
import { call } from './rpcClient';
import { teamListView } from './teamListView';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Answer = Refusal | { readonly outcome: 'recorded' | 'proposed' | 'decided'; readonly message: string };

/**
 * The Promotions sidebar: what awaits your approval first (for approvers), then the team list, the
 * engineer card with their pending proposal, the move form and the confirmation.
 */
export function startApp(root: HTMLElement): void {
  const notice = noticeArea();
  const awaitingArea = el('div');
  const list = teamListView((member) => void pick(member));
  const cardArea = el('div', { className: 'engineer' });
  const dialogArea = el('div');
  replaceChildren(root, notice.element, awaitingArea, list.element, cardArea, dialogArea, calendarView());

  let team: TeamList | undefined;
  let approvals: ApprovalsView | undefined;
  let selected: Pick<TeamMemberSummary, 'row' | 'name'> | undefined;

  const reloadAction: NoticeAction = { label: 'Reload', run: () => void reload() };

  /** Reload, or Try again (`retry`), as the refusal's code says; Reload after any other failure. */
  function actionAfter(error: unknown, retry: () => void): NoticeAction {
    const offer = error instanceof RefusalError ? offerFor(error.refusal) : 'reload';
    return offer === 'try-again' ? { label: 'Try again', run: retry } : reloadAction;
  }

  async function loadTeam(): Promise<void> {
    const answer = await call('promotionsTeam', {});
    if (isRefusal(answer)) throw new RefusalError(answer);
    team = answer;
    list.show(team, selected?.row);
    const view = await call('promotionsApprovals', {});
    if (isRefusal(view)) throw new RefusalError(view);
    approvals = view;
    replaceChildren(
      awaitingArea,
      awaitingView(view, (proposal) => void open(proposal)),
    );
  }

  function open(proposal: ProposalSummary): Promise<void> {
    return pick({ row: proposal.row, name: proposal.engineer });
  }

  async function decide(
    proposal: ProposalSummary,
    decision: ProposalDecision,
    reason: string,
  ): Promise<void> {
    try {
      const outcome = await call('promotionsDecide', {
        requestId: newRequestId(),
        proposalId: proposal.proposalId,
        engineer: proposal.engineer,
        decision,
        reason,
      });
      report(outcome, () => void decide(proposal, decision, reason));
    } catch (error) {
      notice.show('error', messageOf(error), reloadAction);
    }
  }

  async function loadCard(): Promise<void> {
    if (!selected) return;
    replaceChildren(cardArea, el('p', { className: 'gray' }, `Loading ${selected.name}…`));
    const answer = await call('promotionsEngineer', { row: selected.row, name: selected.name });
    if (isRefusal(answer)) throw new RefusalError(answer);
    const model = cardModel(answer);
    const name = answer.name.toLowerCase();
    const pending = approvals?.pending.find((proposal) => proposal.engineer.toLowerCase() === name);
    replaceChildren(
      cardArea,
      engineerCardView(model),
      pending && approvals
        ? pendingProposalView(model, pending, approvals, (decision, reason) =>
            decide(pending, decision, reason),
          )
        : null,
      moveFormView(model, (plan, form) => confirm(model, plan, form)),
    );
  }

  async function reload(): Promise<void> {
    notice.clear();
    try {
      await loadTeam();
      await loadCard();
    } catch (error) {
      replaceChildren(cardArea);
      notice.show(
        'error',
        messageOf(error),
        actionAfter(error, () => void reload()),
      );
    }
  }

  async function pick(member: Pick<TeamMemberSummary, 'row' | 'name'>): Promise<void> {
    selected = { row: member.row, name: member.name };
    notice.clear();
    if (team) list.show(team, member.row);
    try {
      await loadCard();
      cardArea.querySelector<HTMLElement>('h2')?.focus();
    } catch (error) {
      replaceChildren(cardArea);
      notice.show(
        'error',
        messageOf(error),
        actionAfter(error, () => void pick(member)),
      );
    }
  }

  function report(outcome: Answer, retry: () => void): void {
    if (isRefusal(outcome) && outcome.outcome !== 'already-recorded') {
      notice.show('error', outcome.message, actionAfter(new RefusalError(outcome), retry));
      return;
    }
    const kind = outcome.outcome === 'already-recorded' ? 'info' : 'success';
    void reload().then(() => notice.show(kind, outcome.message));
  }

  async function send(request: RecordRequest, propose: boolean): Promise<void> {
    try {
      const outcome = await call(propose ? 'promotionsPropose' : 'promotionsRecord', request);
      replaceChildren(dialogArea);
      report(outcome, () => void send(request, propose));
    } catch (error) {
      replaceChildren(dialogArea);
      notice.show('error', messageOf(error), reloadAction);
    }
  }

  function confirm(model: CardModel, plan: MovePlan, form: MoveForm): void {
    const { card } = model;
    const request: RecordRequest = {
      requestId: newRequestId(),
      row: card.row,
      name: card.name,
      version: card.version,
      from: { position: card.position, step: card.step },
      action: actionFor(model, form),
      effectiveDate: form.effectiveDate,
    };
    const close = () => {
      replaceChildren(dialogArea);
      cardArea.querySelector<HTMLElement>('button[type="submit"]')?.focus();
    };
    const propose = approvals?.needsApproval[plan.kind] ?? false;
    const approvers = approvals?.approvers.filter((approver) => approver !== approvals?.me) ?? [];
    replaceChildren(
      dialogArea,
      confirmDialog(
        confirmationOf(model, plan, propose ? approvers : undefined),
        () => send(request, propose),
        close,
      ),
    );
    dialogArea.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  }

  void reload();
}
