import type { MovePlan } from '../domain/moves';
import type { RecordOutcome, RecordRequest, TeamList, TeamMemberSummary } from '../server/rpc';
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

/** The Promotions sidebar: team list, engineer card, move form and confirmation. */
export function startApp(root: HTMLElement): void {
  const notice = noticeArea();
  const list = teamListView((member) => void pick(member));
  const cardArea = el('div', { className: 'engineer' });
  const dialogArea = el('div');
  replaceChildren(root, notice.element, list.element, cardArea, dialogArea, calendarView());

  let team: TeamList | undefined;
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
  }

  async function loadCard(): Promise<void> {
    if (!selected) return;
    replaceChildren(cardArea, el('p', { className: 'gray' }, `Loading ${selected.name}…`));
    const answer = await call('promotionsEngineer', { row: selected.row, name: selected.name });
    if (isRefusal(answer)) throw new RefusalError(answer);
    const model = cardModel(answer);
    replaceChildren(
      cardArea,
      engineerCardView(model),
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

  async function pick(member: TeamMemberSummary): Promise<void> {
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

  function report(outcome: RecordOutcome, retry: () => void): void {
    if (outcome.outcome === 'recorded' || outcome.outcome === 'already-recorded') {
      const kind = outcome.outcome === 'recorded' ? 'success' : 'info';
      void reload().then(() => notice.show(kind, outcome.message));
      return;
    }
    notice.show('error', outcome.message, actionAfter(new RefusalError(outcome), retry));
  }

  async function send(request: RecordRequest): Promise<void> {
    try {
      const outcome = await call('promotionsRecord', request);
      replaceChildren(dialogArea);
      report(outcome, () => void send(request));
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
    replaceChildren(
      dialogArea,
      confirmDialog(confirmationOf(model, plan), () => send(request), close),
    );
    dialogArea.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  }

  void reload();
}
