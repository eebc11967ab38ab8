import { bandRange, compaRatio, type BandMatrix } from '../domain/bands';
import { parseIsoDate } from '../domain/dates';
import { AXES, type FluencyLevel, type FluencyProfile } from '../domain/fluency';
import { findPosition, type Ladder, type Position } from '../domain/ladder';
import type { EngineerState } from '../domain/moves';
import type { LadderPlace } from '../domain/promotion';
import type { EngineerCard, PositionSummary } from '../server/rpc';

function profile(levels: readonly number[]): FluencyProfile {
  const result = {} as Record<(typeof AXES)[number], FluencyLevel>;
  AXES.forEach((axis, index) => (result[axis] = (levels[index] ?? 1) as FluencyLevel));
  return result;
}

function position(summary: PositionSummary): Position {
  return { ...summary, expected: profile(summary.expected) };
}

/** The card's data in domain terms, so the sidebar plans a move with the rules the server applies. */
export interface CardModel {
  readonly card: EngineerCard;
  readonly ladder: Ladder;
  readonly state: EngineerState;
  readonly bands: BandMatrix;
}

export function cardModel(card: EngineerCard): CardModel {
  const ladder: Ladder = { positions: card.ladder.map(position) };
  const current = findPosition(ladder, card.position);
  if (!current) throw new Error(`${card.position} is not on the ladder`);
  const date = (iso: string | null) => (iso ? parseIsoDate(iso) : undefined);
  const amounts = new Map(
    Object.entries(card.bands).map(([code, steps]) => [code, steps.map((amount) => amount ?? undefined)]),
  );
  return {
    card,
    ladder,
    state: {
      place: { position: current, step: card.step },
      inPositionSince: date(card.inPositionSince),
      lastStepReview: date(card.lastStepReview),
      lastLevelReview: date(card.lastLevelReview),
    },
    bands: { amounts },
  };
}

/** The band amount of a place, the midpoint of its position's band and the salary's compa-ratio. */
export function bandAt(
  model: CardModel,
  place: LadderPlace,
): { readonly amount: number | null; readonly compaRatio: number | null } {
  const amount = model.bands.amounts.get(place.position.code)?.[place.step - 1] ?? null;
  const range = bandRange(model.bands, place.position.code);
  const salary = model.card.salary;
  return { amount, compaRatio: range && salary !== null ? compaRatio(salary, range) : null };
}
