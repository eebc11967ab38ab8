import { addDays, compareDates, formatIsoDate, type CalendarDate } from './dates';
import { nextReview } from './cadence';
import { findPosition, type Ladder, type ReviewKind } from './ladder';
import { classifyMove, justificationProblem, type LadderPlace, type MoveKind } from './promotion';

/** What a manager asks the sidebar to record. */
export type MoveAction =
  | {
      readonly type: 'promote';
      readonly to: { readonly position: string; readonly step: number };
      readonly justification: string;
    }
  | { readonly type: 'review'; readonly review: ReviewKind; readonly justification: string };

/** What a recorded move was: a promotion (step, level or jump) or a review with no change. */
export type LoggedKind = MoveKind | 'step-review' | 'level-review';

/** The Promotion Log's Kind cell for each kind. */
export const LOGGED_KIND_TEXT: Readonly<Record<LoggedKind, string>> = {
  step: 'step',
  level: 'level',
  jump: 'jump',
  'step-review': 'step review',
  'level-review': 'level review',
};

/** How the sidebar and its messages name each kind. */
export const LOGGED_KIND_TITLES: Readonly<Record<LoggedKind, string>> = {
  step: 'Step promotion',
  level: 'Level promotion',
  jump: 'Jump',
  'step-review': 'Step review with no change',
  'level-review': 'Level review with no change',
};

export interface EngineerDates {
  readonly inPositionSince?: CalendarDate;
  readonly lastStepReview?: CalendarDate;
  readonly lastLevelReview?: CalendarDate;
}

export type DateField = keyof EngineerDates;

export const DATE_FIELD_LABELS: Readonly<Record<DateField, string>> = {
  inPositionSince: 'In position since',
  lastStepReview: 'Last step review',
  lastLevelReview: 'Last level review',
};

export interface EngineerState extends EngineerDates {
  readonly place: LadderPlace;
}

export interface MovePlan {
  readonly kind: LoggedKind;
  readonly from: LadderPlace;
  readonly to: LadderPlace;
  /** Why a jump is a jump; empty for every other kind. */
  readonly reasons: readonly string[];
  /** The date columns set to the effective date (a promotion or review restarts these clocks). */
  readonly restarts: readonly DateField[];
  readonly effective: CalendarDate;
  readonly justification: string;
}

export type PlanResult =
  { readonly ok: true; readonly plan: MovePlan } | { readonly ok: false; readonly problem: string };

/** The longest justification or note the Promotion Log keeps. */
export const MAX_JUSTIFICATION_LENGTH = 2000;

/** How far ahead an effective date may be: a promotion can be recorded before it takes effect. */
export const MAX_DAYS_AHEAD = 366;

const REVIEW_RESTARTS: Readonly<Record<ReviewKind, DateField>> = {
  step: 'lastStepReview',
  level: 'lastLevelReview',
};

function effectiveDateProblem(
  state: EngineerState,
  restarts: readonly DateField[],
  effective: CalendarDate,
  today: CalendarDate,
): string | undefined {
  const latest = addDays(today, MAX_DAYS_AHEAD);
  if (compareDates(effective, latest) > 0) {
    return `the effective date ${formatIsoDate(effective)} is more than ${MAX_DAYS_AHEAD} days ahead (latest ${formatIsoDate(latest)})`;
  }
  for (const field of restarts) {
    const current = state[field];
    if (current && compareDates(effective, current) < 0) {
      return `the effective date ${formatIsoDate(effective)} is before ${DATE_FIELD_LABELS[field].toLowerCase()} (${formatIsoDate(current)}); pick that day or later`;
    }
  }
  return undefined;
}

/**
 * Decides what recording `action` for an engineer means: the logged kind, the place they end at and
 * the review clocks it restarts. The server plans from the sheet; the sidebar plans the same way to
 * show the confirmation, so both describe one change.
 */
export function planMove(
  ladder: Ladder,
  state: EngineerState,
  action: MoveAction,
  effective: CalendarDate,
  today: CalendarDate,
): PlanResult {
  const justification = action.justification.trim();
  let plan: MovePlan;
  if (action.type === 'review') {
    plan = {
      kind: action.review === 'step' ? 'step-review' : 'level-review',
      from: state.place,
      to: state.place,
      reasons: [],
      restarts: [REVIEW_RESTARTS[action.review]],
      effective,
      justification,
    };
  } else {
    const position = findPosition(ladder, action.to.position);
    if (!position) return { ok: false, problem: `position "${action.to.position}" is not on the ladder` };
    const to = { position, step: action.to.step };
    const move = classifyMove(ladder, state.place, to);
    if (!move.ok) return { ok: false, problem: move.reason };
    const missing = justificationProblem(move.kind, justification);
    if (missing) return { ok: false, problem: `${missing}: this move ${move.reasons.join(', ')}` };
    const samePosition = position.code === state.place.position.code;
    plan = {
      kind: move.kind,
      from: state.place,
      to,
      reasons: move.reasons,
      restarts: samePosition ? ['lastStepReview'] : ['inPositionSince', 'lastStepReview', 'lastLevelReview'],
      effective,
      justification,
    };
  }
  const dateProblem = effectiveDateProblem(state, plan.restarts, effective, today);
  return dateProblem ? { ok: false, problem: dateProblem } : { ok: true, plan };
}

/** Where the engineer stands once the plan is recorded. */
export function stateAfter(state: EngineerState, plan: MovePlan): EngineerState {
  const after: { -readonly [K in keyof EngineerState]: EngineerState[K] } = { ...state, place: plan.to };
  for (const field of plan.restarts) after[field] = plan.effective;
  return after;
}

/** When the next review of `kind` is due, as Team's NEXT_REVIEW column computes it (none without a last review). */
export function nextReviewOf(state: EngineerState, kind: ReviewKind): CalendarDate | undefined {
  const last = kind === 'step' ? state.lastStepReview : state.lastLevelReview;
  return last ? nextReview(state.place.position, last, kind) : undefined;
}
