import type { DueStatus } from '../domain/cadence';
import type { TeamMemberSummary } from '../server/rpc';

/** Engineers whose name or position contains every word of the query (case ignored). */
export function filterMembers(
  members: readonly TeamMemberSummary[],
  query: string,
): readonly TeamMemberSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return members;
  return members.filter((member) => {
    const haystack = `${member.name} ${member.position}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** A review of the member that is overdue or due within 30 days. */
export interface DueReview {
  readonly kind: 'step' | 'level';
  readonly status: Exclude<DueStatus, 'later'>;
}

/**
 * Every review of the member that is overdue or due within 30 days, step before level (the Review
 * Calendar's "S+L"); empty when neither is.
 */
export function dueReviews(member: TeamMemberSummary): readonly DueReview[] {
  const reviews = [
    { kind: 'step' as const, status: member.nextStepReview.status },
    { kind: 'level' as const, status: member.nextLevelReview.status },
  ];
  return reviews.flatMap(({ kind, status }) =>
    status === 'overdue' || status === 'due-soon' ? [{ kind, status }] : [],
  );
}
