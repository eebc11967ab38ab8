import type { TeamList, TeamMemberSummary } from '../server/rpc';
import { el, replaceChildren } from './dom';
import { DUE_LABELS } from './format';
import { dueReviews, filterMembers, type DueReview } from './teamSearch';

export interface TeamListView {
  readonly element: HTMLElement;
  show(team: TeamList, selectedRow: number | undefined): void;
}

/** "Step review: overdue". */
function badgeText(review: DueReview): string {
  return `${review.kind === 'step' ? 'Step' : 'Level'} review: ${DUE_LABELS[review.status].toLowerCase()}`;
}

function memberButton(member: TeamMemberSummary, selected: boolean, onPick: () => void): HTMLElement {
  const place = `${member.position} · step ${member.step}`;
  const due = dueReviews(member);
  return el(
    'button',
    {
      className: 'member',
      attrs: {
        type: 'button',
        'aria-pressed': selected ? 'true' : 'false',
        'aria-label': [member.name, place, ...due.map(badgeText)].join(', '),
      },
      on: { click: onPick },
    },
    el('span', { className: 'member-name' }, member.name),
    el('span', { className: 'member-place gray' }, place),
    ...due.map((review) => el('span', { className: `badge ${review.status}` }, badgeText(review))),
  );
}

/** The search box and the team as a list of buttons; picking one calls `onPick`. */
export function teamListView(onPick: (member: TeamMemberSummary) => void): TeamListView {
  const search = el('input', {
    attrs: { id: 'team-search', type: 'search', autocomplete: 'off', placeholder: 'Name or position' },
  });
  const count = el('p', { className: 'gray count', attrs: { 'aria-live': 'polite' } });
  const list = el('ul', { className: 'team-list', attrs: { 'aria-label': 'Team' } });
  const problems = el('div');
  let team: TeamList | undefined;
  let selected: number | undefined;

  const render = () => {
    if (!team) return;
    const shown = filterMembers(team.members, search.value);
    count.textContent = `${shown.length} of ${team.members.length} engineer${team.members.length === 1 ? '' : 's'}`;
    replaceChildren(
      list,
      ...shown.map((member) =>
        el(
          'li',
          {},
          memberButton(member, member.row === selected, () => onPick(member)),
        ),
      ),
    );
    replaceChildren(
      problems,
      team.problems.length > 0 &&
        el(
          'div',
          { className: 'problems' },
          el('p', {}, 'Rows the sidebar cannot read:'),
          el('ul', {}, ...team.problems.map((p) => el('li', {}, p))),
        ),
    );
  };
  search.addEventListener('input', render);

  const element = el(
    'section',
    { className: 'block', attrs: { 'aria-label': 'Team' } },
    el(
      'div',
      { className: 'form-group' },
      el('label', { attrs: { for: 'team-search' } }, 'Search engineers'),
      search,
    ),
    count,
    list,
    problems,
  );
  return {
    element,
    show(next, selectedRow) {
      team = next;
      selected = selectedRow;
      render();
    },
  };
}
