import { MAX_JUSTIFICATION_LENGTH, type MovePlan } from '../domain/moves';
import { MIN_JUSTIFICATION_LENGTH } from '../domain/promotion';
import type { CardModel } from './cardModel';
import { el, replaceChildren } from './dom';
import { jumpPicker } from './jumpPicker';
import {
  bandPreview,
  destinationOf,
  jumpTargets,
  moveChoices,
  planForm,
  type ChoiceId,
  type MoveForm,
} from './moveChoices';

/** The form that picks a move; "Review and record…" hands a valid plan to `onReview`. */
export function moveFormView(
  model: CardModel,
  onReview: (plan: MovePlan, form: MoveForm) => void,
): HTMLElement {
  const choices = moveChoices(model);
  const radios = choices.map((choice, index) =>
    el('input', {
      attrs: { type: 'radio', name: 'move', id: `move-${choice.id}`, value: choice.id, checked: index === 0 },
    }),
  );
  const jump = jumpPicker(jumpTargets(model));
  const justification = el('textarea', {
    attrs: {
      id: 'justification',
      rows: 3,
      maxlength: MAX_JUSTIFICATION_LENGTH,
      'aria-describedby': 'justification-hint',
    },
  });
  const hint = el('p', { className: 'gray hint', attrs: { id: 'justification-hint' } });
  const effective = el('input', {
    attrs: { id: 'effective-date', type: 'date', value: model.card.today, required: true },
  });
  const preview = el('div', { className: 'preview', attrs: { 'aria-live': 'polite' } });
  const problem = el('p', { className: 'error', attrs: { role: 'alert', id: 'move-problem' } });

  const readForm = (): MoveForm => ({
    choice: (radios.find((radio) => radio.checked)?.value ?? 'step-review') as ChoiceId,
    jumpPosition: jump.position.value,
    jumpStep: Number(jump.step.value),
    justification: justification.value,
    effectiveDate: effective.value,
  });

  const update = () => {
    const form = readForm();
    jump.element.hidden = form.choice !== 'jump';
    problem.textContent = '';
    const destination = destinationOf(model, form);
    const isJump = destination?.kind === 'jump';
    const typed = form.justification.trim().length;
    hint.textContent = isJump
      ? `This is a jump (${destination.reasons.join('; ')}): a justification of at least ${MIN_JUSTIFICATION_LENGTH} characters is required (${typed} so far).`
      : 'Optional: a note stored in the Promotion Log.';
    justification.required = isJump;
    replaceChildren(preview, ...bandPreview(model, destination?.to).map((line) => el('p', {}, line)));
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const form = readForm();
    const planned = planForm(model, form);
    if (!planned.ok) {
      problem.textContent = `Not recorded: ${planned.problem}.`;
      return;
    }
    onReview(planned.plan, form);
  };

  for (const control of [...radios, jump.position, jump.step, justification, effective]) {
    control.addEventListener('input', update);
    control.addEventListener('change', update);
  }
  update();

  return el(
    'form',
    {
      className: 'block move-form',
      attrs: { 'aria-labelledby': 'move-heading', novalidate: true },
      on: { submit },
    },
    el('h3', { attrs: { id: 'move-heading' } }, 'Record a move'),
    el(
      'fieldset',
      {},
      el('legend', {}, 'What happened'),
      ...choices.map((choice, index) =>
        el(
          'div',
          { className: 'choice' },
          radios[index] ?? null,
          el('label', { attrs: { for: `move-${choice.id}` } }, choice.label),
        ),
      ),
    ),
    jump.element,
    el(
      'div',
      { className: 'form-group' },
      el('label', { attrs: { for: 'justification' } }, 'Justification'),
      justification,
      hint,
    ),
    el(
      'div',
      { className: 'form-group' },
      el('label', { attrs: { for: 'effective-date' } }, 'Effective date'),
      effective,
    ),
    preview,
    problem,
    el(
      'div',
      { className: 'buttons' },
      el('button', { className: 'action', attrs: { type: 'submit' } }, 'Review and record…'),
    ),
  );
}
