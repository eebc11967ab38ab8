/** The add-on menus in the menu bar ("Career Ladder"): a `role="menu"` of `menuitem`s per menu. */
import type { MenuEntryView, MenuView } from '../protocol';
import { escapeHtml } from './escapeHtml';

function entriesHtml(entries: readonly MenuEntryView[], label: string): string {
  const items = entries.map((entry) => {
    switch (entry.type) {
      case 'separator':
        return '<li role="separator"></li>';
      case 'item':
        return `<li role="none"><button type="button" role="menuitem" data-item="${escapeHtml(entry.caption)}">${escapeHtml(entry.caption)}</button></li>`;
      case 'submenu':
        return (
          `<li role="none" class="menu"><button type="button" role="menuitem" aria-haspopup="menu" aria-expanded="false">` +
          `${escapeHtml(entry.caption)} ▸</button>${entriesHtml(entry.items, entry.caption)}</li>`
        );
    }
  });
  return `<ul role="menu" aria-label="${escapeHtml(label)}" hidden>${items.join('')}</ul>`;
}

export class MenuBar {
  constructor(
    private readonly bar: HTMLElement,
    onItem: (item: string) => void,
  ) {
    bar.addEventListener('click', (event) => {
      const target =
        event.target instanceof Element ? event.target.closest<HTMLElement>('[role="menuitem"]') : null;
      if (!target) return;
      if (target.dataset.item !== undefined) {
        this.closeAll();
        onItem(target.dataset.item);
      } else {
        this.toggle(target);
      }
    });
    bar.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closeAll();
    });
    document.addEventListener('click', (event) => {
      if (!(event.target instanceof Node) || !bar.contains(event.target)) this.closeAll();
    });
  }

  render(menus: readonly MenuView[]): void {
    this.bar.innerHTML = menus
      .map(
        (menu) =>
          `<div class="menu"><button type="button" role="menuitem" aria-haspopup="menu" aria-expanded="false">` +
          `${escapeHtml(menu.caption)}</button>${entriesHtml(menu.items, menu.caption)}</div>`,
      )
      .join('');
  }

  private toggle(button: HTMLElement): void {
    const menu = button.nextElementSibling as HTMLElement | null;
    const opening = button.getAttribute('aria-expanded') !== 'true';
    if (button.closest('[role="menu"]') === null) this.closeAll();
    button.setAttribute('aria-expanded', String(opening));
    if (menu) menu.hidden = !opening;
    if (opening) menu?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }

  private closeAll(): void {
    for (const button of this.bar.querySelectorAll('[aria-haspopup="menu"]')) {
      button.setAttribute('aria-expanded', 'false');
    }
    for (const menu of this.bar.querySelectorAll<HTMLElement>('[role="menu"]')) menu.hidden = true;
  }
}
