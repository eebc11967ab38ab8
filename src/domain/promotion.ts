import { nextPosition, type Ladder, type Position } from './ladder';

export interface LadderPlace {
  readonly position: Position;
  readonly step: number;
}

/**
 * - `step`: one step up within the level;
 * - `level`: from the last step of a level to step 1 of the next level on the same track;
 * - `jump`: any other move up or across (skipped steps, a new level before the last step, a skipped
 *   level, a change of track): allowed only with a written justification.
 */
export type MoveKind = 'step' | 'level' | 'jump';

export type MoveClassification =
  | { readonly ok: true; readonly kind: MoveKind; readonly reasons: readonly string[] }
  | { readonly ok: false; readonly reason: string };

export const MIN_JUSTIFICATION_LENGTH = 20;

export function classifyMove(ladder: Ladder, from: LadderPlace, to: LadderPlace): MoveClassification {
  if (to.step < 1 || to.step > to.position.steps || !Number.isInteger(to.step)) {
    return {
      ok: false,
      reason: `step ${to.step} is not one of the ${to.position.steps} steps of ${to.position.code}`,
    };
  }
  if (from.position.code === to.position.code) {
    if (to.step === from.step)
      return { ok: false, reason: `${from.position.code} step ${from.step} is where they already are` };
    if (to.step < from.step) {
      return {
        ok: false,
        reason: `step ${to.step} is below the current step ${from.step}; the ladder records promotions only`,
      };
    }
    if (to.step === from.step + 1) return { ok: true, kind: 'step', reasons: [] };
    return {
      ok: true,
      kind: 'jump',
      reasons: [`skips ${to.step - from.step - 1} step(s) of ${from.position.code}`],
    };
  }
  if (to.position.level < from.position.level) {
    return {
      ok: false,
      reason: `${to.position.code} is below ${from.position.code}; the ladder records promotions only`,
    };
  }
  const reasons: string[] = [];
  const next = nextPosition(ladder, from.position);
  if (to.position.track !== from.position.track)
    reasons.push(`changes track from ${from.position.track} to ${to.position.track}`);
  else if (next && to.position.code !== next.code) reasons.push(`skips ${next.code}`);
  if (from.step < from.position.steps) {
    reasons.push(`leaves ${from.position.code} at step ${from.step} of ${from.position.steps}`);
  }
  if (to.step !== 1) reasons.push(`enters ${to.position.code} at step ${to.step}, not step 1`);
  return reasons.length === 0 ? { ok: true, kind: 'level', reasons } : { ok: true, kind: 'jump', reasons };
}

export function justificationProblem(kind: MoveKind, justification: string): string | undefined {
  if (kind !== 'jump') return undefined;
  const length = justification.trim().length;
  if (length >= MIN_JUSTIFICATION_LENGTH) return undefined;
  return `a jump needs a written justification of at least ${MIN_JUSTIFICATION_LENGTH} characters (got ${length})`;
}
