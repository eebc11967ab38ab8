import { addMonths, daysBetween, type CalendarDate } from './dates';
import type { Position, ReviewKind } from './ladder';

export const REVIEW_KINDS: readonly ReviewKind[] = ['step', 'level'];

export function cadenceMonths(position: Position, kind: ReviewKind): number {
  return kind === 'step' ? position.stepCadenceMonths : position.levelCadenceMonths;
}

/** The date the next review of `kind` is due, counted in calendar months from the last one. */
export function nextReview(position: Position, lastReview: CalendarDate, kind: ReviewKind): CalendarDate {
  return addMonths(lastReview, cadenceMonths(position, kind));
}

export type DueStatus = 'overdue' | 'due-soon' | 'later';

export const DUE_SOON_DAYS = 30;

/** Overdue once the due date has passed; due soon within the next 30 days (inclusive). */
export function dueStatus(due: CalendarDate, today: CalendarDate): DueStatus {
  const daysLeft = daysBetween(today, due);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'later';
}
