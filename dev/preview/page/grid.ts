/**
 * The interactive grid: renders a SheetView (one innerHTML build) and patches it cell by cell, keeps a
 * selected cell, moves it with the mouse and keyboard, and opens the text or list editor. A commit goes to
 * the `commit` callback at once (the edit queue) and the selection moves on, as in Sheets; until the
 * workbook answers, the cell shows the typed text marked as pending. A refused edit's message stays next
 * to its cell until dismissed or the cell is edited again.
 */
import type { CellView, SheetPatch, SheetView } from '../protocol';
import { cellA1 } from './a1';
import { openListEditor, openTextEditor, type EditorOutcome } from './cellEditor';
import { chartLayerHtml } from './chartLayer';
import { escapeHtml } from './escapeHtml';
import { frozenLefts, gridHtml, rowSpills, viewCellHtml } from './gridHtml';

/** Queues what the user entered in a cell (an A1 address of the shown sheet). */
export type CommitEdit = (cell: string, input: string) => void;

interface Position {
  row: number;
  col: number;
}

/** Attributes the selection owns: a redrawn cell keeps them. */
const SELECTION_ATTRIBUTES = new Set(['aria-selected', 'tabindex']);

export class Grid {
  private view: SheetView | null = null;
  /** The shown view's cells, patched in place. */
  private cells: CellView[][] = [];
  private lefts: number[] = [];
  private selected: Position = { row: 0, col: 0 };
  /** The column where a run of Tab commits started: Enter then goes down to it, as in Sheets. */
  private tabStart: number | null = null;
  private editing = false;
  /** Typed text of edits not yet answered, by sheet and A1 address (the latest edit of a cell wins). */
  private readonly pending = new Map<string, Map<string, string>>();
  /** Refused edits on the shown sheet, by A1 address: the message, shown beside or below the cell. */
  private readonly refusals = new Map<string, { message: string; below: boolean }>();
  private readonly content = document.createElement('div');

  constructor(
    private readonly host: HTMLElement,
    private readonly commit: CommitEdit,
  ) {
    this.content.className = 'grid-content';
    host.appendChild(this.content);
    host.addEventListener('click', (event) => this.onClick(event));
    host.addEventListener('dblclick', (event) => this.onDoubleClick(event));
    host.addEventListener('keydown', (event) => this.onKeyDown(event));
  }

  get sheetName(): string | null {
    return this.view?.name ?? null;
  }

  /** The version of the shown view (what an edit's patch must start from). */
  get version(): number | null {
    return this.view?.version ?? null;
  }

  render(view: SheetView): void {
    const hadFocus = this.content.contains(document.activeElement);
    if (view.name !== this.view?.name) {
      // another sheet opens at its top-left, as a tab does in Sheets
      this.selected = { row: 0, col: 0 };
      this.refusals.clear();
      this.host.scrollTop = 0;
      this.host.scrollLeft = 0;
    }
    this.view = view;
    this.cells = view.cells.map((row) => [...row]);
    this.lefts = frozenLefts(view);
    this.content.innerHTML = gridHtml(view) + chartLayerHtml(view);
    for (const address of this.pendingOfShownSheet().keys()) this.redraw(address);
    for (const address of this.refusals.keys()) this.placeRefusal(address);
    // a redraw replaces the focused cell: focus its successor, so the next keystroke still reaches the grid
    this.select(this.clamp(this.selected), hadFocus);
  }

  /** Applies a patch of the shown view; false when it does not start from the shown version. */
  applyPatch(patch: SheetPatch): boolean {
    const view = this.view;
    if (!view || patch.name !== view.name || patch.base !== view.version) return false;
    for (const [row, col, cell] of patch.cells) {
      const cells = this.cells[row];
      if (!cells || col >= cells.length) return false;
      cells[col] = cell;
    }
    this.view = { ...view, version: patch.version, cells: this.cells };
    // a changed cell can change how its neighbours' text runs on: the whole row is redrawn (in place)
    const rows = new Set(patch.cells.map(([row]) => row));
    for (const row of rows) {
      view.columns.forEach((column, col) => {
        if (col < (this.cells[row]?.length ?? 0)) this.redraw(cellA1(row, column.index));
      });
    }
    return true;
  }

  /** Shows typed text in a cell of `sheet` as pending, or (text null) the cell's value again. */
  setPending(sheet: string, address: string, text: string | null): void {
    let cells = this.pending.get(sheet);
    if (text === null) {
      cells?.delete(address);
    } else {
      if (!cells) {
        cells = new Map();
        this.pending.set(sheet, cells);
      }
      cells.set(address, text);
    }
    if (sheet === this.view?.name) this.redraw(address);
  }

  /** Shows a refused edit's message next to its cell of the shown sheet. */
  refuse(address: string, message: string): void {
    // out of the way of the typing: below the cell when the selection moved on along its row, else beside it
    const refused = this.positionOfAddress(address);
    const below = refused !== null && refused.row === this.selected.row && this.selected.col > refused.col;
    this.refusals.set(address, { message, below });
    this.placeRefusal(address);
  }

  focus(): void {
    this.cellElement(this.selected)?.focus();
  }

  private pendingOfShownSheet(): Map<string, string> {
    return (this.view && this.pending.get(this.view.name)) ?? new Map<string, string>();
  }

  /** The view position of an A1 address of the shown sheet (hidden columns make them differ). */
  private positionOfAddress(address: string): Position | null {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (!match || !this.view) return null;
    const col = this.view.columns.findIndex((column) => cellA1(0, column.index) === `${match[1]}1`);
    const row = Number(match[2]) - 1;
    return col < 0 || row >= this.cells.length ? null : { row, col };
  }

  /** Redraws one cell from the view (in place, so focus stays), then its pending text over it. */
  private redraw(address: string): void {
    const view = this.view;
    const position = this.positionOfAddress(address);
    const data = position && this.cells[position.row]?.[position.col];
    const td = position && this.cellElement(position);
    if (!view || !position || !data || !td) return;
    const spill = rowSpills(view, this.cells[position.row] ?? [])[position.col];
    const template = document.createElement('template');
    template.innerHTML = `<table><tbody><tr>${viewCellHtml(view, this.lefts, position.row, position.col, data, spill)}</tr></tbody></table>`;
    const fresh = template.content.querySelector('td');
    if (!fresh) return;
    for (const { name } of [...td.attributes]) {
      if (!SELECTION_ATTRIBUTES.has(name) && !fresh.hasAttribute(name)) td.removeAttribute(name);
    }
    for (const { name, value } of [...fresh.attributes]) td.setAttribute(name, value);
    td.innerHTML = fresh.innerHTML;
    if (this.refusals.has(address)) td.classList.add('refused');
    const typed = this.pendingOfShownSheet().get(address);
    if (typed === undefined) return;
    td.classList.add('pending');
    td.setAttribute('aria-busy', 'true');
    td.title = 'Saving…';
    if (td.classList.contains('checkbox')) td.classList.toggle('checked', /^true$/i.test(typed));
    else td.textContent = typed;
  }

  private placeRefusal(address: string): void {
    const refusal = this.refusals.get(address);
    const position = this.positionOfAddress(address);
    const td = position && this.cellElement(position);
    this.content.querySelector(`.cell-refusal[data-cell="${address}"]`)?.remove();
    if (refusal === undefined || !td) return;
    const { message, below } = refusal;
    td.classList.add('refused');
    const bubble = document.createElement('div');
    bubble.className = 'cell-refusal';
    bubble.dataset.cell = address;
    bubble.setAttribute('role', 'alert');
    bubble.innerHTML =
      `<span class="refusal-message">${escapeHtml(message)}</span>` +
      `<button type="button" class="dismiss" aria-label="Dismiss the message of ${address}">×</button>`;
    const base = this.content.getBoundingClientRect();
    const cell = td.getBoundingClientRect();
    bubble.style.top = `${(below ? cell.bottom : cell.top) - base.top}px`;
    bubble.style.left = `${(below ? cell.left : cell.right + 2) - base.left}px`;
    this.content.appendChild(bubble);
  }

  private dismissRefusal(address: string): void {
    if (!this.refusals.delete(address)) return;
    this.content.querySelector(`.cell-refusal[data-cell="${address}"]`)?.remove();
    const position = this.positionOfAddress(address);
    if (position) this.cellElement(position)?.classList.remove('refused');
  }

  private clamp({ row, col }: Position): Position {
    const rows = this.view?.cells.length ?? 1;
    const cols = this.view?.columns.length ?? 1;
    return { row: Math.min(Math.max(row, 0), rows - 1), col: Math.min(Math.max(col, 0), cols - 1) };
  }

  private cellElement({ row, col }: Position): HTMLTableCellElement | null {
    const table = this.content.querySelector('table');
    return table?.tBodies[0]?.rows[row]?.cells[col + 1] ?? null;
  }

  private select(position: Position, focus: boolean): void {
    const previous = this.cellElement(this.selected);
    previous?.removeAttribute('aria-selected');
    previous?.removeAttribute('tabindex');
    this.selected = position;
    const cell = this.cellElement(position);
    if (!cell) return;
    cell.setAttribute('aria-selected', 'true');
    cell.tabIndex = 0;
    if (focus) {
      cell.focus({ preventScroll: true });
      this.scrollIntoView(cell);
    }
  }

  /** Scrolls the cell into the part of the grid that frozen rows and columns do not cover. */
  private scrollIntoView(cell: HTMLTableCellElement): void {
    if (cell.classList.contains('frozen-col') && cell.classList.contains('frozen-row')) return;
    const host = this.host.getBoundingClientRect();
    const rect = cell.getBoundingClientRect();
    const table = this.content.querySelector('table');
    const header = table?.tHead?.getBoundingClientRect().height ?? 0;
    const frozenRows = [...(table?.tBodies[0]?.rows ?? [])].filter((row) =>
      row.classList.contains('frozen-row'),
    );
    const top =
      host.top + header + frozenRows.reduce((sum, row) => sum + row.getBoundingClientRect().height, 0);
    const frozenRight = this.frozenRight(host.left);
    if (!cell.classList.contains('frozen-row')) {
      if (rect.top < top) this.host.scrollTop -= top - rect.top;
      else if (rect.bottom > host.bottom - 16) this.host.scrollTop += rect.bottom - (host.bottom - 16);
    }
    if (!cell.classList.contains('frozen-col')) {
      if (rect.left < frozenRight) this.host.scrollLeft -= frozenRight - rect.left;
      else if (rect.right > host.right - 16) this.host.scrollLeft += rect.right - (host.right - 16);
    }
  }

  /** Where the row numbers and frozen columns end, in viewport pixels. */
  private frozenRight(hostLeft: number): number {
    const view = this.view;
    const lastFrozen = view && view.frozenCols > 0 ? this.lefts[view.frozenCols - 1] : undefined;
    const width = view && view.frozenCols > 0 ? (view.columns[view.frozenCols - 1]?.width ?? 0) : 0;
    const rowHeader = this.content.querySelector('thead th.corner')?.getBoundingClientRect().width ?? 0;
    return hostLeft + (lastFrozen !== undefined ? lastFrozen + width : rowHeader);
  }

  private positionOf(target: EventTarget | null): Position | null {
    const cell = target instanceof Element ? target.closest('td[role="gridcell"]') : null;
    const row = cell?.parentElement;
    if (!(cell instanceof HTMLTableCellElement) || !(row instanceof HTMLTableRowElement)) return null;
    return { row: row.sectionRowIndex, col: cell.cellIndex - 1 };
  }

  private onClick(event: MouseEvent): void {
    const dismiss = event.target instanceof Element ? event.target.closest('.cell-refusal .dismiss') : null;
    const refusal = dismiss?.closest<HTMLElement>('.cell-refusal');
    if (refusal?.dataset.cell !== undefined) {
      this.dismissRefusal(refusal.dataset.cell);
      this.focus();
      return;
    }
    const position = this.positionOf(event.target);
    if (!position || this.editing) return;
    this.tabStart = null;
    this.select(position, true);
    const cell = this.cellElement(position);
    if (cell?.classList.contains('checkbox')) this.toggleCheckbox();
    else if (cell?.classList.contains('dropdown') && event.offsetX > cell.clientWidth - 20) this.edit(null);
  }

  private toggleCheckbox(): void {
    const checked = this.cellElement(this.selected)?.classList.contains('checked');
    this.commitAt(this.address(), checked ? 'FALSE' : 'TRUE');
  }

  private onDoubleClick(event: MouseEvent): void {
    const position = this.positionOf(event.target);
    if (!position || this.editing || this.cellElement(position)?.classList.contains('checkbox')) return;
    this.select(position, true);
    this.edit(null);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.editing || !this.view) return;
    if (event.target instanceof Element && event.target.closest('.cell-refusal')) return;
    const { row, col } = this.selected;
    const moves: Record<string, Position> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
      Tab: { row, col: event.shiftKey ? col - 1 : col + 1 },
    };
    const move = moves[event.key];
    if (move) this.tabStart = null;
    if (event.key === 'ArrowDown' && event.altKey) this.edit(null);
    else if (move) this.select(this.clamp(move), true);
    else if (event.key === ' ' && this.cellElement(this.selected)?.classList.contains('checkbox'))
      this.toggleCheckbox();
    else if (event.key === 'Enter' || event.key === 'F2') this.edit(null);
    else if (event.key === 'Delete' || event.key === 'Backspace') this.commitAt(this.address(), '');
    else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey)
      this.edit(event.key);
    else return;
    event.preventDefault();
  }

  /** The A1 address of the selected cell (hidden columns make view and sheet columns differ). */
  private address(): string {
    const column = this.view?.columns[this.selected.col]?.index ?? this.selected.col;
    return cellA1(this.selected.row, column);
  }

  /** Opens the editor on the selected cell: the list for a dropdown (unless typing), else a text box. */
  private edit(typed: string | null): void {
    const view = this.view;
    const cell = this.cellElement(this.selected);
    const data = this.cells[this.selected.row]?.[this.selected.col];
    if (!view || !cell || !data) return;
    this.editing = true;
    const address = this.address();
    const pendingText = this.pendingOfShownSheet().get(address);
    const done = (outcome: EditorOutcome) => this.finishEdit(address, outcome);
    if (data.dropdown && typed === null) {
      const placement = { host: this.host, cell, label: `Choose a value for ${view.name}!${address}` };
      openListEditor(placement, data.dropdown, pendingText ?? data.text, done);
    } else {
      const placement = { host: this.host, cell, label: `Edit ${view.name}!${address}` };
      openTextEditor(placement, typed ?? pendingText ?? data.input, done);
    }
  }

  private commitAt(address: string, input: string): void {
    this.dismissRefusal(address);
    this.commit(address, input);
  }

  private finishEdit(address: string, outcome: EditorOutcome): void {
    this.editing = false;
    const from = this.selected;
    if (outcome.kind === 'cancel') {
      this.select(from, true);
      return;
    }
    const next =
      outcome.move === 'down'
        ? { row: from.row + 1, col: this.tabStart ?? from.col }
        : outcome.move === 'right'
          ? { row: from.row, col: from.col + 1 }
          : from;
    this.tabStart = outcome.move === 'right' ? (this.tabStart ?? from.col) : null;
    this.commitAt(address, outcome.input);
    this.select(this.clamp(next), outcome.move !== 'none');
  }
}
