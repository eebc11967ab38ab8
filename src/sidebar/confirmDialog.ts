import type { Confirmation } from './confirmation';
import { el } from './dom';

/**
 * A modal panel stating exactly what will change (for a move that needs approval: who can approve
 * it, and "Propose" instead of "Record"). "Record" runs `onRecord` once (the button stays
 * disabled while it runs, so a double click sends one request); Escape or "Cancel" calls `onCancel`.
 */
export function confirmDialog(
  confirmation: Confirmation,
  onRecord: () => Promise<void>,
  onCancel: () => void,
): HTMLElement {
  const cancel = el('button', { attrs: { type: 'button' }, on: { click: () => onCancel() } }, 'Cancel');
  const { approvers } = confirmation;
  const verb = approvers ? 'Propose' : 'Record';
  const record = el('button', { className: 'action', attrs: { type: 'button' } }, verb);
  record.addEventListener('click', () => {
    if (record.disabled) return;
    record.disabled = true;
    cancel.disabled = true;
    record.textContent = approvers ? 'Proposing…' : 'Recording…';
    void onRecord();
  });
  const dialog = el(
    'div',
    {
      className: 'dialog',
      attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'confirm-title', tabindex: -1 },
    },
    el(
      'h2',
      { attrs: { id: 'confirm-title' } },
      `${approvers ? 'Propose' : 'Confirm'}: ${confirmation.title}`,
    ),
    approvers
      ? el(
          'p',
          { className: 'approvers' },
          `This move needs an approval. It is proposed now and recorded when ${
            approvers.length > 0 ? approvers.join(' or ') : 'an approver (Settings names none yet)'
          } approves it. Nobody approves their own proposal.`,
        )
      : null,
    el('p', {}, approvers ? 'Once approved, recording writes:' : 'Recording writes:'),
    el('ul', { className: 'changes' }, ...confirmation.writes.map((line) => el('li', {}, line))),
    el('p', {}, 'Afterwards the sheet shows:'),
    el('ul', { className: 'changes' }, ...confirmation.consequences.map((line) => el('li', {}, line))),
    el('div', { className: 'buttons' }, record, cancel),
  );
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !cancel.disabled) onCancel();
    if (event.key !== 'Tab') return;
    const first = record.disabled ? cancel : record;
    if (event.shiftKey ? document.activeElement === first : document.activeElement === cancel) {
      event.preventDefault();
      (event.shiftKey ? cancel : first).focus();
    }
  });
  return el('div', { className: 'overlay' }, dialog);
}
