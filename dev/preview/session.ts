/**
 * The workbook behind the page: the built add-on running in the local runtime, opened from the state
 * file (or set up with the sample team through the add-on's own menu item), saved after every change.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadRuntime, loadWorkbookFile, type Runtime } from '../runtime';
import { onSheet } from './page/a1';
import type {
  EditRequest,
  EditResult,
  MenuEntryView,
  ScriptRunRequest,
  ScriptRunResult,
  SheetView,
  UiEvents,
  WorkbookView,
} from './protocol';
import { sheetView } from './sheetView';
import { markUi, uiEventsSince } from './uiEvents';

export interface PreviewSession {
  workbook(): WorkbookView;
  sheet(name: string): SheetView | null;
  /** The user clicked the sheet's tab: it becomes the active sheet (as in Sheets); its view, or null. */
  activate(name: string): SheetView | null;
  edit(request: EditRequest): EditResult;
  runMenuItem(item: string): UiEvents;
  scriptRun(request: ScriptRunRequest): ScriptRunResult;
  /** The HTML of a sidebar or dialog the add-on opened, or null. */
  panelHtml(id: number): string | null;
  /** Writes a pending save now (saves otherwise run right after each answer is sent). */
  flush(): void;
}

export interface SessionOptions {
  readonly statePath: string;
  readonly fresh: boolean;
  readonly bundlePath?: string;
}

/** The add-on's own set-up item that fills a new workbook with the sample team. */
const SAMPLE_TEAM_ITEM = /sample team/i;

type MenuEntry = Runtime['ui']['menus'][number]['items'][number];
type ScriptError = { name: string; message: string };

function menuEntryView(entry: MenuEntry): MenuEntryView {
  if (entry.type === 'item') return { type: 'item', caption: entry.caption };
  if (entry.type === 'separator') return { type: 'separator' };
  return { type: 'submenu', caption: entry.caption, items: entry.items.map(menuEntryView) };
}

function menuCaptions(entries: readonly MenuEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.type === 'item' ? [entry.caption] : entry.type === 'submenu' ? menuCaptions(entry.items) : [],
  );
}

function errorOf(error: unknown): ScriptError {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

class RuntimeSession implements PreviewSession {
  private readonly panels: string[] = [];
  /** Render-ready sheets, dropped whenever the workbook changes. */
  private readonly views = new Map<string, SheetView>();
  private pendingSave: NodeJS.Immediate | null = null;

  constructor(
    private readonly rt: Runtime,
    private readonly statePath: string,
  ) {}

  workbook(): WorkbookView {
    const sheets = this.rt.workbook.sheetNames().filter((name) => !this.rt.workbook.sheet(name).hidden);
    const active = this.activeSheet();
    return {
      sheets,
      activeSheet: sheets.includes(active) ? active : (sheets[0] ?? ''),
      menus: this.rt.ui.menus.map((menu) => ({
        caption: menu.caption,
        items: menu.items.map(menuEntryView),
      })),
    };
  }

  sheet(name: string): SheetView | null {
    if (!this.rt.workbook.sheetNames().includes(name)) return null;
    const cached = this.views.get(name);
    if (cached) return cached;
    const view = sheetView(this.rt, name);
    this.views.set(name, view);
    return view;
  }

  activate(name: string): SheetView | null {
    if (!this.rt.workbook.sheetNames().includes(name)) return null;
    if (this.activeSheet() !== name) {
      this.rt.activate(name);
      this.saveSoon(); // the active sheet is saved with the workbook; the views stay valid
    }
    return this.sheet(name);
  }

  /** Computes every visible sheet's view ahead of the first request. */
  prepareViews(): void {
    for (const name of this.workbook().sheets) this.sheet(name);
  }

  edit({ sheet, cell, input }: EditRequest): EditResult {
    this.rt.clock.set(new Date());
    const result = this.rt.userEdit(onSheet(sheet, cell), input);
    if (!result.ok) return result;
    this.changed();
    const view = this.sheet(sheet) as SheetView;
    return result.flagged ? { ok: true, flagged: true, view } : { ok: true, view };
  }

  runMenuItem(item: string): UiEvents {
    return this.execute(() => this.rt.runMenuItem(item)).ui;
  }

  scriptRun({ functionName, args }: ScriptRunRequest): ScriptRunResult {
    const { ui, value, error } = this.execute(() => this.rt.run(functionName, ...args));
    return error ? { ok: false, error, ui } : { ok: true, value, ui };
  }

  panelHtml(id: number): string | null {
    return this.panels[id - 1] ?? null;
  }

  /** Runs the add-on's own sample-team set-up from its menu. */
  setUpSampleTeam(): void {
    const captions = this.rt.ui.menus.flatMap((menu) => menuCaptions(menu.items));
    const item = captions.find((caption) => SAMPLE_TEAM_ITEM.test(caption));
    if (item === undefined) {
      throw new Error(`the add-on menu has no sample-team item (items: ${captions.join(', ') || 'none'})`);
    }
    const { error } = this.execute(() => this.rt.runMenuItem(item));
    if (error) throw new Error(`"${item}" failed: ${error.message}`);
  }

  /** After every change: the cached views go, and the state file is written once the answer is sent. */
  private changed(): void {
    this.views.clear();
    this.saveSoon();
  }

  private saveSoon(): void {
    this.pendingSave ??= setImmediate(() => this.flush());
  }

  flush(): void {
    if (this.pendingSave === null) return;
    clearImmediate(this.pendingSave);
    this.pendingSave = null;
    // Written aside, then renamed over the old file: a process killed mid-save leaves the last good state.
    const saving = `${this.statePath}.saving`;
    mkdirSync(dirname(this.statePath), { recursive: true });
    writeFileSync(saving, JSON.stringify(this.rt.save()));
    renameSync(saving, this.statePath);
  }

  private activeSheet(): string {
    return this.rt.workbook.activeSheet();
  }

  /** One execution: what it returned or threw, and what it showed; the workbook is then saved. */
  private execute(run: () => unknown): { ui: UiEvents; value?: unknown; error?: ScriptError } {
    const mark = markUi(this.rt.ui);
    const activeBefore = this.activeSheet();
    this.rt.clock.set(new Date());
    let value: unknown;
    let error: ScriptError | undefined;
    try {
      value = run();
    } catch (thrown) {
      error = errorOf(thrown);
    }
    this.changed();
    const keepHtml = (html: string) => this.panels.push(html);
    const ui = uiEventsSince(this.rt.ui, mark, keepHtml, error);
    const active = this.activeSheet();
    return { ui: active === activeBefore ? ui : { ...ui, activated: active }, value, error };
  }
}

function loadFromState(statePath: string, bundlePath: string): Runtime {
  try {
    return loadRuntime({ bundlePath, htmlDir: dirname(bundlePath), state: loadWorkbookFile(statePath) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open ${statePath}: ${message} (npm start -- --fresh starts over)`);
  }
}

export function openSession({
  statePath,
  fresh,
  bundlePath = 'dist/Code.js',
}: SessionOptions): RuntimeSession {
  if (!existsSync(bundlePath)) throw new Error(`${bundlePath} is missing: run npm run build first`);
  const reopen = !fresh && existsSync(statePath);
  const rt = reopen
    ? loadFromState(statePath, bundlePath)
    : loadRuntime({
        bundlePath,
        htmlDir: dirname(bundlePath),
        spreadsheetTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
  rt.trigger('onOpen');
  const session = new RuntimeSession(rt, statePath);
  if (!reopen) session.setUpSampleTeam();
  session.flush();
  session.prepareViews();
  return session;
}
