/** Alerts, toasts and errors an execution or an edit produced, shown above the grid until dismissed. */
import type { NoticeView } from '../protocol';
import { escapeHtml } from './escapeHtml';

export class Notices {
  constructor(private readonly region: HTMLElement) {
    region.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button.dismiss') : null;
      button?.closest('.notice')?.remove();
    });
  }

  show(notices: readonly NoticeView[]): void {
    for (const notice of notices) {
      const element = document.createElement('div');
      element.className = `notice notice-${notice.kind}`;
      element.setAttribute('role', notice.kind === 'toast' ? 'status' : 'alert');
      element.innerHTML =
        (notice.title ? `<strong>${escapeHtml(notice.title)}</strong> ` : '') +
        `<span class="notice-message">${escapeHtml(notice.message)}</span>` +
        '<button type="button" class="dismiss" aria-label="Dismiss">×</button>';
      this.region.appendChild(element);
    }
  }

  clear(): void {
    this.region.replaceChildren();
  }
}
