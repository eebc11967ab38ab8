/**
 * The workbook behind the page: the built add-on running in the local runtime, opened from the state
 * file (or set up with the sample team through the add-on's own menu item), saved after every change.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadRuntime, loadWorkbookFile, type Runtime } from '../runtime';
import { onSheet } from './page/a1';
import type {
  EditRequest,
  EditResult,
  MenuEntryView,
  NoticeView,
  ScriptRunRequest,
  ScriptRunResult,
  SheetView,
  UiEvents,
  WorkbookView,
} from './protocol';
import { sheetView } from './sheetView';

export interface PreviewSession {
  workbook(): WorkbookView;
  sheet(name: string): SheetView | null;
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
export const SAMPLE_TEAM_ITEM = /sample team/i;

type UiRecord = Runtime['ui'];
type MenuEntry = UiRecord['menus'][number]['items'][number];
type UiMark = { readonly [K in 'sidebars' | 'dialogs' | 'alerts' | 'toasts']: number };

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

function errorOf(error: unknown): { name: string; message: string } {
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
    // An address without a sheet resolves to the active sheet, as in Sheets.
    const active = this.rt.workbook.resolve('A1').sheet.name;
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
    this.pendingSave ??= setImmediate(() => this.flush());
  }

  flush(): void {
    if (this.pendingSave === null) return;
    clearImmediate(this.pendingSave);
    this.pendingSave = null;
    this.rt.saveToFile(this.statePath);
  }

  private mark(): UiMark {
    const ui = this.rt.ui;
    return {
      sidebars: ui.sidebars.length,
      dialogs: ui.dialogs.length,
      alerts: ui.alerts.length,
      toasts: ui.toasts.length,
    };
  }

  /** One execution: what it returned or threw, the panels and notices it produced; the workbook is saved. */
  private execute(run: () => unknown): {
    ui: UiEvents;
    value?: unknown;
    error?: { name: string; message: string };
  } {
    const before = this.mark();
    this.rt.clock.set(new Date());
    let value: unknown;
    let error: { name: string; message: string } | undefined;
    try {
      value = run();
    } catch (thrown) {
      error = errorOf(thrown);
    }
    this.changed();
    const ui = this.rt.ui;
    const panel = (
      kind: 'sidebar' | 'dialog',
      html: string,
      title: string,
      modal: boolean,
      width: number | null,
      height: number | null,
    ) => {
      this.panels.push(html);
      return { id: this.panels.length, kind, title, modal, width: width ?? 300, height: height ?? 400 };
    };
    const panels = [
      ...ui.sidebars
        .slice(before.sidebars)
        .map((s) => panel('sidebar', s.html, s.title, false, s.width, s.height)),
      ...ui.dialogs
        .slice(before.dialogs)
        .map((d) => panel('dialog', d.html, d.title, d.modal, d.width, d.height)),
    ];
    const notices: NoticeView[] = [
      ...ui.alerts.slice(before.alerts).map((a) => ({
        kind: 'alert' as const,
        title: a.title ?? '',
        message: a.buttons === 'OK' ? a.prompt : `${a.prompt} (answered ${a.answer})`,
      })),
      ...ui.toasts
        .slice(before.toasts)
        .map((t) => ({ kind: 'toast' as const, title: t.title, message: t.message })),
      ...(error ? [{ kind: 'error' as const, title: error.name, message: error.message }] : []),
    ];
    return { ui: { panels, notices }, value, error };
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
