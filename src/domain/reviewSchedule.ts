import { nextReview } from './cadence';
import { compareDates, type CalendarDate } from './dates';
import type { Position, ReviewKind } from './ladder';

export interface ScheduleInput {
  readonly name: string;
  readonly position: Position;
  readonly lastStepReview?: CalendarDate;
  readonly lastLevelReview?: CalendarDate;
}

export interface ScheduledReview {
  readonly due: CalendarDate;
  readonly name: string;
  readonly position: string;
  readonly kind: ReviewKind;
}

/**
 * Every engineer's next step and next level review, earliest first (then by name, step before
 * level). A review whose last date is unknown is left out.
 */
export function reviewSchedule(inputs: readonly ScheduleInput[]): ScheduledReview[] {
  const reviews: ScheduledReview[] = [];
  for (const input of inputs) {
    const lastByKind: [ReviewKind, CalendarDate | undefined][] = [
      ['step', input.lastStepReview],
      ['level', input.lastLevelReview],
    ];
    for (const [kind, last] of lastByKind) {
      if (!last) continue;
      reviews.push({
        due: nextReview(input.position, last, kind),
        name: input.name,
        position: input.position.code,
        kind,
      });
    }
  }
  return reviews.sort(
    (a, b) =>
      compareDates(a.due, b.due) ||
      a.name.localeCompare(b.name) ||
      (a.kind === b.kind ? 0 : a.kind === 'step' ? -1 : 1),
  );
}
