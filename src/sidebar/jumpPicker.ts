import { el, replaceChildren } from './dom';
import type { JumpTarget } from './moveChoices';

export interface JumpPicker {
  readonly element: HTMLElement;
  readonly position: HTMLSelectElement;
  readonly step: HTMLSelectElement;
}

/** Two labelled selects: the position a jump leads to, then one of the steps reachable in it. */
export function jumpPicker(targets: readonly JumpTarget[]): JumpPicker {
  const position = el(
    'select',
    { attrs: { id: 'jump-position' } },
    ...targets.map(({ position: p }) =>
      el('option', { attrs: { value: p.code } }, `${p.code} (${p.track}, level ${p.level})`),
    ),
  );
  const step = el('select', { attrs: { id: 'jump-step' } });
  const fillSteps = () => {
    const steps = targets.find((target) => target.position.code === position.value)?.steps ?? [];
    replaceChildren(step, ...steps.map((n) => el('option', { attrs: { value: n } }, `Step ${n}`)));
  };
  position.addEventListener('change', fillSteps);
  fillSteps();
  const element = el(
    'div',
    { className: 'jump-fields', attrs: { hidden: true } },
    el(
      'div',
      { className: 'form-group' },
      el('label', { attrs: { for: 'jump-position' } }, 'Jump to position'),
      position,
    ),
    el('div', { className: 'form-group' }, el('label', { attrs: { for: 'jump-step' } }, 'Step'), step),
  );
  return { element, position, step };
}
