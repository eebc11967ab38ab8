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

const URGENCY: Readonly<Record<DueStatus, number>> = { overdue: 2, 'due-soon': 1, later: 0 };

/** The more urgent of a member's step and level review, with which one it is; undefined when neither is due soon. */
export function urgentReview(
  member: TeamMemberSummary,
): { readonly status: Exclude<DueStatus, 'later'>; readonly kind: 'step' | 'level' } | undefined {
  const candidates = [
    { kind: 'level' as const, status: member.nextLevelReview.status },
    { kind: 'step' as const, status: member.nextStepReview.status },
  ];
  let best: (typeof candidates)[number] | undefined;
  for (const candidate of candidates) {
    if (!candidate.status || candidate.status === 'later') continue;
    if (!best || URGENCY[candidate.status] > URGENCY[best.status as DueStatus]) best = candidate;
  }
  return best && { kind: best.kind, status: best.status as Exclude<DueStatus, 'later'> };
}
