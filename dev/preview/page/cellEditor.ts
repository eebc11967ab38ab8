/**
 * The in-cell editors: a text box (typing, formulas) and a list for dropdown validation. Each sits over
 * the cell, commits once (Enter, Tab, a choice, or leaving the text box) and cancels on Escape.
 */
/**
 * A commit moves the selection down (Enter) or right (Tab), keeps it with the focus on the cell ('stay': a
 * choice from a list), or leaves focus where it went ('none': the text box lost focus to something else).
 */
export type EditorOutcome =
  | { readonly kind: 'commit'; readonly input: string; readonly move: 'down' | 'right' | 'stay' | 'none' }
  | { readonly kind: 'cancel' };

export interface EditorPlacement {
  readonly host: HTMLElement;
  readonly cell: HTMLElement;
  readonly label: string;
}

function place(editor: HTMLElement, { host, cell }: EditorPlacement): void {
  const hostRect = host.getBoundingClientRect();
  const cellRect = cell.getBoundingClientRect();
  editor.style.top = `${cellRect.top - hostRect.top + host.scrollTop}px`;
  editor.style.left = `${cellRect.left - hostRect.left + host.scrollLeft}px`;
  editor.style.minWidth = `${cellRect.width}px`;
  editor.classList.add('cell-editor');
  host.appendChild(editor);
  editor.focus();
}

function once(editor: HTMLElement, done: (outcome: EditorOutcome) => void): (outcome: EditorOutcome) => void {
  let finished = false;
  return (outcome) => {
    if (finished) return;
    finished = true;
    editor.remove();
    done(outcome);
  };
}

export function openTextEditor(
  placement: EditorPlacement,
  initial: string,
  done: (outcome: EditorOutcome) => void,
): void {
  const input = document.createElement('input');
  input.type = 'text';
  input.value = initial;
  input.setAttribute('aria-label', placement.label);
  const finish = once(input, done);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') finish({ kind: 'commit', input: input.value, move: 'down' });
    else if (event.key === 'Tab') finish({ kind: 'commit', input: input.value, move: 'right' });
    else if (event.key === 'Escape') finish({ kind: 'cancel' });
    else return;
    event.preventDefault();
    event.stopPropagation();
  });
  input.addEventListener('blur', () => finish({ kind: 'commit', input: input.value, move: 'none' }));
  place(input, placement);
  input.setSelectionRange(input.value.length, input.value.length);
}

const NAVIGATION_KEYS = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export function openListEditor(
  placement: EditorPlacement,
  options: readonly string[],
  current: string,
  done: (outcome: EditorOutcome) => void,
): void {
  const select = document.createElement('select');
  select.size = Math.min(Math.max(options.length, 2), 10);
  select.setAttribute('aria-label', placement.label);
  for (const option of options) select.add(new Option(option, option, false, option === current));
  const finish = once(select, done);
  let navigatingByKeyboard = false;
  select.addEventListener('keydown', (event) => {
    navigatingByKeyboard = NAVIGATION_KEYS.has(event.key);
    if (event.key === 'Enter') finish({ kind: 'commit', input: select.value, move: 'down' });
    else if (event.key === 'Escape') finish({ kind: 'cancel' });
    else return;
    event.preventDefault();
    event.stopPropagation();
  });
  // A click or a programmatic choice commits; moving through the list with the keyboard waits for Enter.
  select.addEventListener('change', () => {
    if (navigatingByKeyboard) navigatingByKeyboard = false;
    else finish({ kind: 'commit', input: select.value, move: 'stay' });
  });
  select.addEventListener('click', (event) => {
    if (event.target instanceof HTMLOptionElement) {
      finish({ kind: 'commit', input: event.target.value, move: 'stay' });
    }
  });
  select.addEventListener('blur', () => finish({ kind: 'cancel' }));
  place(select, placement);
}
