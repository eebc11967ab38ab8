/** The sheet tabs under the grid: one `role="tab"` per sheet, in order; arrows move between them. */
import { escapeHtml } from './escapeHtml';

export class SheetTabs {
  constructor(
    private readonly list: HTMLElement,
    onSelect: (sheet: string) => void,
  ) {
    list.addEventListener('click', (event) => {
      const tab = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="tab"]') : null;
      if (tab?.dataset.sheet !== undefined) onSelect(tab.dataset.sheet);
    });
    list.addEventListener('keydown', (event) => {
      const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
      const current = tabs.findIndex((tab) => tab === document.activeElement);
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      const next = tabs[(current + step + tabs.length) % tabs.length];
      if (!step || current < 0 || !next) return;
      event.preventDefault();
      next.focus();
      if (next.dataset.sheet !== undefined) onSelect(next.dataset.sheet);
    });
  }

  render(sheets: readonly string[], active: string): void {
    this.list.innerHTML = sheets
      .map((sheet) => {
        const selected = sheet === active;
        return (
          `<button type="button" role="tab" aria-controls="sheet-panel" data-sheet="${escapeHtml(sheet)}" ` +
          `aria-selected="${selected}" tabindex="${selected ? 0 : -1}">${escapeHtml(sheet)}</button>`
        );
      })
      .join('');
  }
}
