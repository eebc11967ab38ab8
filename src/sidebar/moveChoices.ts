import { parseIsoDate } from '../domain/dates';
import { findPosition, nextPosition, type Position } from '../domain/ladder';
import { planMove, type MoveAction, type PlanResult } from '../domain/moves';
import { classifyMove, type LadderPlace, type MoveKind } from '../domain/promotion';
import { bandAt, type CardModel } from './cardModel';
import { formatAmount, formatRatio, NOTHING } from './format';

export type ChoiceId = 'next-step' | 'next-level' | 'step-review' | 'level-review' | 'jump';

export interface MoveChoice {
  readonly id: ChoiceId;
  readonly label: string;
}

/** What the manager filled in on the form. */
export interface MoveForm {
  readonly choice: ChoiceId;
  readonly jumpPosition: string;
  readonly jumpStep: number;
  readonly justification: string;
  readonly effectiveDate: string;
}

/** The choices that make sense for this engineer, each labelled with where it leads. */
export function moveChoices(model: CardModel): MoveChoice[] {
  const { position, step } = model.state.place;
  const choices: MoveChoice[] = [];
  if (step < position.steps) {
    choices.push({ id: 'next-step', label: `Promote one step (to ${position.code} step ${step + 1})` });
  }
  const next = nextPosition(model.ladder, position);
  if (next) choices.push({ id: 'next-level', label: `Promote to the next level (${next.code} step 1)` });
  choices.push(
    { id: 'step-review', label: 'Step review, no change' },
    { id: 'level-review', label: 'Level review, no change' },
    { id: 'jump', label: 'Another move (a jump)' },
  );
  return choices;
}

export interface JumpTarget {
  readonly position: Position;
  /** The steps of the position a promotion may enter from where the engineer is. */
  readonly steps: readonly number[];
}

/** Every position a promotion may lead to, with its reachable steps. */
export function jumpTargets(model: CardModel): readonly JumpTarget[] {
  const from = model.state.place;
  return model.ladder.positions
    .map((position) => ({
      position,
      steps: Array.from({ length: position.steps }, (_, i) => i + 1).filter(
        (step) => classifyMove(model.ladder, from, { position, step }).ok,
      ),
    }))
    .filter((target) => target.steps.length > 0);
}

export function actionFor(model: CardModel, form: MoveForm): MoveAction {
  const { position, step } = model.state.place;
  const justification = form.justification;
  switch (form.choice) {
    case 'next-step':
      return { type: 'promote', to: { position: position.code, step: step + 1 }, justification };
    case 'next-level': {
      const next = nextPosition(model.ladder, position);
      return { type: 'promote', to: { position: next?.code ?? position.code, step: 1 }, justification };
    }
    case 'step-review':
      return { type: 'review', review: 'step', justification };
    case 'level-review':
      return { type: 'review', review: 'level', justification };
    case 'jump':
      return { type: 'promote', to: { position: form.jumpPosition, step: form.jumpStep }, justification };
  }
}

/** The plan the server will record for this form, or the problem that stops it. */
export function planForm(model: CardModel, form: MoveForm): PlanResult {
  const effective = parseIsoDate(form.effectiveDate);
  const today = parseIsoDate(model.card.today);
  if (!effective || !today) return { ok: false, problem: 'enter the effective date as a date' };
  return planMove(model.ladder, model.state, actionFor(model, form), effective, today);
}

/** Where the form leads and, for a promotion, its kind and why a jump is one; undefined when it leads nowhere valid. */
export function destinationOf(
  model: CardModel,
  form: MoveForm,
): { readonly to: LadderPlace; readonly kind?: MoveKind; readonly reasons: readonly string[] } | undefined {
  const action = actionFor(model, form);
  if (action.type === 'review') return { to: model.state.place, reasons: [] };
  const position = findPosition(model.ladder, action.to.position);
  if (!position) return undefined;
  const to = { position, step: action.to.step };
  const move = classifyMove(model.ladder, model.state.place, to);
  return move.ok ? { to, kind: move.kind, reasons: move.reasons } : undefined;
}

/** The band amount and compa-ratio now and where the form leads (a dash while it leads nowhere valid). */
export function bandPreview(model: CardModel, to: LadderPlace | undefined): readonly string[] {
  const now = bandAt(model, model.state.place);
  const after = to && bandAt(model, to);
  return [
    `Band amount: ${formatAmount(now.amount)} now → ${after ? formatAmount(after.amount) : NOTHING} after this move`,
    `Compa-ratio: ${formatRatio(now.compaRatio)} now → ${after ? formatRatio(after.compaRatio) : NOTHING} after`,
  ];
}
