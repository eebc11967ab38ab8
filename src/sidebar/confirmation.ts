import { formatIsoDate, type CalendarDate } from '../domain/dates';
import {
  DATE_FIELD_LABELS,
  LOGGED_KIND_TITLES,
  nextReviewOf,
  stateAfter,
  type MovePlan,
} from '../domain/moves';
import type { LadderPlace } from '../domain/promotion';
import { bandAt, type CardModel } from './cardModel';
import { formatAmount, formatDate } from './format';

function day(date: CalendarDate | undefined): string {
  return date ? formatDate(formatIsoDate(date)) : 'blank';
}

function place(at: LadderPlace): string {
  return `${at.position.code} step ${at.step}`;
}

export interface Confirmation {
  readonly title: string;
  /** Each cell the move writes, old → new. */
  readonly writes: readonly string[];
  /** What the sheet's formulas will show afterwards. */
  readonly consequences: readonly string[];
  /** Set when the move is proposed for approval rather than recorded: who can approve it. */
  readonly approvers?: readonly string[];
}

/**
 * States exactly what recording the plan changes, in the order the sheet shows it; for a move that
 * needs approval, `approvers` are who can approve the proposal.
 */
export function confirmationOf(
  model: CardModel,
  plan: MovePlan,
  approvers?: readonly string[],
): Confirmation {
  const { state, card } = model;
  const after = stateAfter(state, plan);
  const writes: string[] = [];
  if (plan.to.position.code !== plan.from.position.code) {
    writes.push(`Team ▸ Position: ${plan.from.position.code} → ${plan.to.position.code}`);
  }
  if (plan.to.step !== plan.from.step) writes.push(`Team ▸ Step: ${plan.from.step} → ${plan.to.step}`);
  for (const field of plan.restarts) {
    writes.push(`Team ▸ ${DATE_FIELD_LABELS[field]}: ${day(state[field])} → ${day(plan.effective)}`);
  }
  const justification = plan.justification === '' ? '' : `, justification “${plan.justification}”`;
  writes.push(
    `Promotion Log ▸ new row: ${LOGGED_KIND_TITLES[plan.kind]}, ${place(plan.from)} → ${place(plan.to)}, effective ${day(plan.effective)}${justification}`,
  );
  const consequences = [
    `Next step review: ${day(nextReviewOf(state, 'step'))} → ${day(nextReviewOf(after, 'step'))}`,
    `Next level review: ${day(nextReviewOf(state, 'level'))} → ${day(nextReviewOf(after, 'level'))}`,
  ];
  const bandBefore = bandAt(model, plan.from).amount;
  const bandAfter = bandAt(model, plan.to).amount;
  if (bandBefore !== bandAfter) {
    consequences.push(`Band amount: ${formatAmount(bandBefore)} → ${formatAmount(bandAfter)}`);
  }
  return {
    title: `${LOGGED_KIND_TITLES[plan.kind]} for ${card.name}${plan.kind === 'jump' ? ` (${plan.reasons.join('; ')})` : ''}`,
    writes,
    consequences,
    ...(approvers ? { approvers } : {}),
  };
}
