import { dueStatus } from '../../domain/cadence';
import { formatIsoDate, type CalendarDate } from '../../domain/dates';
import type { ReviewKind } from '../../domain/ladder';
import { nextReviewOf, type EngineerState } from '../../domain/moves';
import type { ReviewDue } from '../rpc';

export function reviewDue(state: EngineerState, kind: ReviewKind, today: CalendarDate): ReviewDue {
  const due = nextReviewOf(state, kind);
  return due ? { date: formatIsoDate(due), status: dueStatus(due, today) } : { date: null, status: null };
}
