import { el, replaceChildren } from './dom';

export type NoticeKind = 'success' | 'info' | 'error';

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

/** The message area at the top of the sidebar: one message, optionally with one action button. */
export function noticeArea(): {
  element: HTMLElement;
  show(kind: NoticeKind, message: string, action?: NoticeAction): void;
  clear(): void;
} {
  const element = el('div', {
    className: 'notice',
    attrs: { role: 'status', 'aria-live': 'polite', tabindex: -1 },
  });
  return {
    element,
    show(kind, message, action) {
      element.className = `notice ${kind}`;
      replaceChildren(
        element,
        el('p', {}, message),
        action && el('button', { attrs: { type: 'button' }, on: { click: action.run } }, action.label),
      );
      (element.querySelector('button') ?? element).focus();
    },
    clear() {
      element.className = 'notice';
      replaceChildren(element);
    },
  };
}
