/**
 * The interactive grid: renders a SheetView (one innerHTML build), keeps a selected cell, moves it with
 * the mouse and keyboard, and opens the text or list editor. Commits go to the `commit` callback.
 */
import type { SheetView } from '../protocol';
import { cellA1 } from './a1';
import { openListEditor, openTextEditor, type EditorOutcome } from './cellEditor';
import { chartLayerHtml } from './chartLayer';
import { gridHtml } from './gridHtml';

/** Writes what the user entered; resolves to whether the workbook accepted it. */
export type CommitEdit = (cell: string, input: string) => Promise<boolean>;

interface Position {
  row: number;
  col: number;
}

export class Grid {
  private view: SheetView | null = null;
  private selected: Position = { row: 0, col: 0 };
  private editing = false;
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

  render(view: SheetView): void {
    if (view.name !== this.view?.name) this.selected = { row: 0, col: 0 };
    this.view = view;
    this.content.innerHTML = gridHtml(view) + chartLayerHtml(view);
    this.select(this.clamp(this.selected), false);
  }

  focus(): void {
    this.cellElement(this.selected)?.focus();
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
      cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  private positionOf(target: EventTarget | null): Position | null {
    const cell = target instanceof Element ? target.closest('td[role="gridcell"]') : null;
    const row = cell?.parentElement;
    if (!(cell instanceof HTMLTableCellElement) || !(row instanceof HTMLTableRowElement)) return null;
    return { row: row.sectionRowIndex, col: cell.cellIndex - 1 };
  }

  private onClick(event: MouseEvent): void {
    const position = this.positionOf(event.target);
    if (!position || this.editing) return;
    this.select(position, true);
    const cell = this.cellElement(position);
    if (cell?.classList.contains('checkbox')) this.toggleCheckbox();
    else if (cell?.classList.contains('dropdown') && event.offsetX > cell.clientWidth - 20) this.edit(null);
  }

  private toggleCheckbox(): void {
    const checked = this.cellElement(this.selected)?.classList.contains('checked');
    void this.commit(this.address(), checked ? 'FALSE' : 'TRUE');
  }

  private onDoubleClick(event: MouseEvent): void {
    const position = this.positionOf(event.target);
    if (!position || this.editing || this.cellElement(position)?.classList.contains('checkbox')) return;
    this.select(position, true);
    this.edit(null);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.editing || !this.view) return;
    const { row, col } = this.selected;
    const moves: Record<string, Position> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
      Tab: { row, col: event.shiftKey ? col - 1 : col + 1 },
    };
    const move = moves[event.key];
    if (event.key === 'ArrowDown' && event.altKey) this.edit(null);
    else if (move) this.select(this.clamp(move), true);
    else if (event.key === ' ' && this.cellElement(this.selected)?.classList.contains('checkbox'))
      this.toggleCheckbox();
    else if (event.key === 'Enter' || event.key === 'F2') this.edit(null);
    else if (event.key === 'Delete' || event.key === 'Backspace') void this.commit(this.address(), '');
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
    const data = view?.cells[this.selected.row]?.[this.selected.col];
    if (!view || !cell || !data) return;
    this.editing = true;
    const address = this.address();
    const done = (outcome: EditorOutcome) => this.finishEdit(address, outcome);
    if (data.dropdown && typed === null) {
      const placement = { host: this.host, cell, label: `Choose a value for ${view.name}!${address}` };
      openListEditor(placement, data.dropdown, data.text, done);
    } else {
      const placement = { host: this.host, cell, label: `Edit ${view.name}!${address}` };
      openTextEditor(placement, typed ?? data.input, done);
    }
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
        ? { row: from.row + 1, col: from.col }
        : outcome.move === 'right'
          ? { row: from.row, col: from.col + 1 }
          : from;
    void this.commit(address, outcome.input).then((accepted) =>
      this.select(this.clamp(accepted ? next : from), true),
    );
  }
}
