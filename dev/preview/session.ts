/**
 * The workbook behind the page: the built add-on running in the local runtime, opened from the state
 * file (or set up with the sample team through the add-on's own menu item), saved after every change.
 *
 * The runtime's virtual clock follows the real one, plus however far "Advance clock" moved it (kept in the
 * state file). Time passing runs the script's time-driven triggers: before an edit or an execution the
 * clock is moved forward to now, and the "Advance clock" button moves it a week at a time. Triggers that
 * were due while `npm start` was stopped do not run when it starts again.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  BUNDLE_PATH,
  loadRuntime,
  loadWorkbookFile,
  type Runtime,
  type SavedWorkbook,
  type TriggerRun,
} from '../runtime';
import { MODELLED_LOCALES } from '../runtime/locale';
import { onSheet } from './page/a1';
import type {
  EditOutcome,
  EditRequest,
  EditResult,
  EditsRequest,
  EditsResult,
  ClockResult,
  MenuEntryView,
  ProjectView,
  ScriptRunRequest,
  ScriptRunResult,
  SheetView,
  UiEvents,
  WorkbookView,
} from './protocol';
import { sheetView } from './sheetView';
import { patchBetween } from './viewPatch';
import { markUi, uiEventsSince } from './uiEvents';

export interface PreviewSession {
  workbook(): WorkbookView;
  sheet(name: string): SheetView | null;
  /** The user clicked the sheet's tab: it becomes the active sheet (as in Sheets); its view, or null. */
  activate(name: string): SheetView | null;
  edit(request: EditRequest): EditResult;
  /**
   * Edits typed into one sheet, applied in order, each on its own: a refused one leaves the others alone.
   * Null when the workbook has no such sheet.
   */
  edits(request: EditsRequest): EditsResult | null;
  runMenuItem(item: string): UiEvents;
  /**
   * File ▸ Settings ▸ Locale, as in Sheets: how typed input is read from now on and how values show
   * (stored values stay as they are). False for a locale the runtime does not model.
   */
  setLocale(locale: string): boolean;
  scriptRun(request: ScriptRunRequest): ScriptRunResult;
  /** The HTML of a sidebar or dialog the add-on opened, or null. */
  panelHtml(id: number): string | null;
  /** The script project: its time-driven triggers, what MailApp sent, failed trigger runs, the virtual clock. */
  project(): ProjectView;
  /** The HTML part of the outbox's message `id` (1 = the first sent), or null when it has none. */
  mailHtml(id: number): string | null;
  /**
   * Lets `days` days of virtual time pass: the triggers due meanwhile run, then every formula recalculates
   * (TODAY() moves). Stays that far ahead of the real clock from then on.
   */
  advanceClock(days: number): ClockResult;
  /**
   * Recalculates what edits left for later and writes the pending save now (otherwise both run once the
   * workbook has been quiet for SAVE_DELAY_MS, and at most MAX_SAVE_DELAY_MS after a change).
   */
  flush(): void;
  /**
   * "Signed in as": from now on script runs are made by `email` (one of the workbook's `people`), with
   * the owner's rights, so the page can play a manager who proposes and an approver who approves on
   * the owner's protected sheets. False for someone who is not among them.
   */
  signIn(email: string): boolean;
}

export interface SessionOptions {
  readonly statePath: string;
  readonly fresh: boolean;
  readonly bundlePath?: string;
  /** The spreadsheet locale: a saved workbook switches to it; a new one is en_US unless given. */
  readonly locale?: string;
}

/** How long the workbook must be quiet before it is saved, and the longest a change waits to be saved. */
const SAVE_DELAY_MS = 150;
const MAX_SAVE_DELAY_MS = 2000;

/** The add-on's own set-up item that fills a new workbook with the sample team. */
const SAMPLE_TEAM_ITEM = /sample team/i;

type MenuEntry = Runtime['ui']['menus'][number]['items'][number];
type ScriptError = { name: string; message: string };

const MS_PER_DAY = 86_400_000;

/** The state file: the runtime's saved workbook plus what only the preview keeps. */
type PreviewState = SavedWorkbook & { preview?: { clockAheadMs?: unknown } };

function runView(run: TriggerRun): ClockResult['runs'][number] {
  return {
    handlerFunction: run.handlerFunction,
    owner: run.owner,
    at: run.at.toISOString(),
    ...(run.error ? { error: run.error } : {}),
  };
}

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
  /** Render-ready sheets; a change of the workbook makes them stale (kept, to answer edits with patches). */
  private readonly views = new Map<string, { view: SheetView; stale: boolean }>();
  private lastVersion = 0;
  private pendingSave: { timer: NodeJS.Timeout; since: number } | null = null;

  constructor(
    private readonly rt: Runtime,
    private readonly statePath: string,
    /** how far the virtual clock runs ahead of the real one */
    private clockAheadMs: number,
  ) {}

  /** Moves the virtual clock to the real time plus the advance: forward lets time pass (triggers run). */
  private syncClock(): void {
    const target = Date.now() + this.clockAheadMs;
    const now = this.rt.clock.now().getTime();
    if (target > now) this.rt.clock.advance(target - now);
    else this.rt.clock.set(new Date(target));
  }

  workbook(): WorkbookView {
    const sheets = this.rt.workbook.sheetNames().filter((name) => !this.rt.workbook.sheet(name).hidden);
    const active = this.activeSheet();
    return {
      sheets,
      activeSheet: sheets.includes(active) ? active : (sheets[0] ?? ''),
      locale: this.rt.workbook.locale(),
      locales: MODELLED_LOCALES,
      timeZone: this.rt.workbook.timeZone(),
      menus: this.rt.ui.menus.map((menu) => ({
        caption: menu.caption,
        items: menu.items.map(menuEntryView),
      })),
      signedIn: this.rt.core.opts.activeUser,
      people: this.people(),
    };
  }

  /**
   * Who the page can play: the owner, then the Team's managers and the Settings approvers, by the
   * Email column of Team and the approver column of Settings (columns found by their headers).
   */
  private people(): string[] {
    const people = new Set<string>([this.rt.owner]);
    const table = (sheet: string): unknown[][] =>
      this.rt.workbook.sheetNames().includes(sheet)
        ? (this.rt.workbook.values(
            `'${sheet}'!A1:Z${Math.max(1, this.rt.workbook.sheet(sheet).lastRow)}`,
          ) as unknown[][])
        : [];
    const [header = [], ...rows] = table('Team');
    const column = (title: string) => header.findIndex((cell) => String(cell).trim() === title);
    const [name, manager, email] = [column('Name'), column('Manager'), column('Email')];
    const managers = new Set(rows.map((row) => String(row[manager] ?? '').trim()));
    for (const row of rows) {
      const address = String(row[email] ?? '')
        .trim()
        .toLowerCase();
      if (address && managers.has(String(row[name] ?? '').trim())) people.add(address);
    }
    const [settingsHeader = [], ...settings] = table('Settings');
    const approver = settingsHeader.findIndex((cell) => String(cell).trim() === 'Approver email');
    for (const row of settings) {
      const address = String(row[approver] ?? '')
        .trim()
        .toLowerCase();
      if (approver >= 0 && address) people.add(address);
    }
    return [...people];
  }

  signIn(email: string): boolean {
    if (!this.people().includes(email)) return false;
    this.rt.setActiveUser(email, { effectiveUser: this.rt.owner });
    return true;
  }

  sheet(name: string): SheetView | null {
    if (!this.rt.workbook.sheetNames().includes(name)) return null;
    const cached = this.views.get(name);
    if (cached && !cached.stale) return cached.view;
    const view = sheetView(this.rt, name, ++this.lastVersion);
    this.views.set(name, { view, stale: false });
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
    const answer = this.edits({ sheet, base: null, edits: [{ cell, input }] });
    if (answer === null) return { ok: false, message: `There is no sheet named "${sheet}".` };
    const { results, view } = answer;
    const result = results[0] as EditOutcome;
    if (!result.ok) return { ok: false, message: result.message };
    return result.flagged
      ? { ok: true, flagged: true, view: view as SheetView }
      : { ok: true, view: view as SheetView };
  }

  edits({ sheet, base, edits }: EditsRequest): EditsResult | null {
    if (!this.rt.workbook.sheetNames().includes(sheet)) return null;
    const results = edits.map(({ cell, input }): EditOutcome => {
      this.syncClock();
      // the edited sheet first: the answer goes out before other sheets finish (settled by the save after it)
      const result = this.rt.userEdit(onSheet(sheet, cell), input, { recalculate: 'sheet' });
      if (!result.ok) return { cell, ok: false, message: result.message };
      return result.flagged ? { cell, ok: true, flagged: true } : { cell, ok: true };
    });
    if (!results.some((result) => result.ok)) return { results };
    const before = this.views.get(sheet)?.view;
    this.changed();
    const view = this.sheet(sheet) as SheetView;
    const patch = before !== undefined && before.version === base ? patchBetween(before, view) : null;
    return patch ? { results, patch } : { results, view };
  }

  runMenuItem(item: string): UiEvents {
    return this.execute(() => this.rt.runMenuItem(item)).ui;
  }

  setLocale(locale: string): boolean {
    if (!MODELLED_LOCALES.includes(locale)) return false;
    if (this.rt.workbook.locale() !== locale) {
      this.rt.core.model.locale = locale;
      this.changed();
    }
    return true;
  }

  scriptRun({ functionName, args }: ScriptRunRequest): ScriptRunResult {
    const { ui, value, error } = this.execute(() => this.rt.run(functionName, ...args));
    return error ? { ok: false, error, ui } : { ok: true, value, ui };
  }

  panelHtml(id: number): string | null {
    return this.panels[id - 1] ?? null;
  }

  project(): ProjectView {
    return {
      now: this.rt.clock.now().toISOString(),
      aheadDays: Math.round(this.clockAheadMs / MS_PER_DAY),
      timeZone: this.rt.workbook.timeZone(),
      triggers: this.rt.triggers.map((t) => ({
        uid: t.uid,
        handlerFunction: t.handlerFunction,
        owner: t.owner,
        schedule: t.schedule,
        timeZone: t.timeZone,
        nextRunAt: t.nextRunAt.toISOString(),
      })),
      outbox: this.rt.outbox.map((mail, i) => ({
        id: i + 1,
        from: mail.from,
        name: mail.name,
        to: mail.to,
        cc: mail.cc,
        bcc: mail.bcc,
        replyTo: mail.replyTo,
        subject: mail.subject,
        body: mail.body,
        hasHtml: mail.htmlBody !== null,
        sentAt: mail.sentAt.toISOString(),
      })),
      failures: this.rt.triggerFailures.map(runView),
    };
  }

  mailHtml(id: number): string | null {
    return this.rt.outbox[id - 1]?.htmlBody ?? null;
  }

  advanceClock(days: number): ClockResult {
    this.syncClock();
    const mark = markUi(this.rt.ui);
    this.clockAheadMs += days * MS_PER_DAY;
    const runs = this.rt.clock.advance(days * MS_PER_DAY);
    // TODAY() and NOW() are volatile: Sheets shows the new day once it recalculates
    this.rt.recalc();
    this.changed();
    const ui = uiEventsSince(this.rt.ui, mark, (html) => this.panels.push(html), undefined);
    return { runs: runs.map(runView), ui, project: this.project() };
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
    for (const cached of this.views.values()) cached.stale = true;
    this.saveSoon();
  }

  /**
   * Saves once the workbook is quiet: while someone types, each edit recalculates only its own sheet and
   * answers; the rest of the workbook and the state file follow in the pause.
   */
  private saveSoon(): void {
    const since = this.pendingSave?.since ?? Date.now();
    if (this.pendingSave) clearTimeout(this.pendingSave.timer);
    const delay = Math.max(0, Math.min(SAVE_DELAY_MS, since + MAX_SAVE_DELAY_MS - Date.now()));
    this.pendingSave = { timer: setTimeout(() => this.flush(), delay), since };
  }

  flush(): void {
    if (this.pendingSave === null) return;
    clearTimeout(this.pendingSave.timer);
    this.pendingSave = null;
    // Written aside, then renamed over the old file: a process killed mid-save leaves the last good state.
    const saving = `${this.statePath}.saving`;
    mkdirSync(dirname(this.statePath), { recursive: true });
    const state: PreviewState = { ...this.rt.save(), preview: { clockAheadMs: this.clockAheadMs } };
    writeFileSync(saving, JSON.stringify(state));
    renameSync(saving, this.statePath);
  }

  private activeSheet(): string {
    return this.rt.workbook.activeSheet();
  }

  /** One execution: what it returned or threw, and what it showed; the workbook is then saved. */
  private execute(run: () => unknown): { ui: UiEvents; value?: unknown; error?: ScriptError } {
    const mark = markUi(this.rt.ui);
    const activeBefore = this.activeSheet();
    this.syncClock();
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

/** How far ahead of the real clock a saved preview's virtual clock runs (0 for files without it). */
function clockAheadOf(state: PreviewState): number {
  const ahead = state.preview?.clockAheadMs;
  return typeof ahead === 'number' && Number.isFinite(ahead) && ahead >= 0 ? ahead : 0;
}

function loadFromState(
  statePath: string,
  bundlePath: string,
  locale: string | undefined,
): { rt: Runtime; clockAheadMs: number } {
  try {
    const state: PreviewState = loadWorkbookFile(statePath);
    const clockAheadMs = clockAheadOf(state);
    const rt = loadRuntime({
      bundlePath,
      htmlDir: dirname(bundlePath),
      state,
      now: new Date(Date.now() + clockAheadMs),
      ...(locale ? { locale } : {}),
    });
    return { rt, clockAheadMs };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open ${statePath}: ${message} (npm start -- --fresh starts over)`);
  }
}

export function openSession({
  statePath,
  fresh,
  bundlePath = BUNDLE_PATH,
  locale,
}: SessionOptions): RuntimeSession {
  if (!existsSync(bundlePath)) throw new Error(`${bundlePath} is missing: run npm run build first`);
  const reopen = !fresh && existsSync(statePath);
  const { rt, clockAheadMs } = reopen
    ? loadFromState(statePath, bundlePath, locale)
    : {
        rt: loadRuntime({
          bundlePath,
          htmlDir: dirname(bundlePath),
          spreadsheetTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          locale: locale ?? 'en_US',
        }),
        clockAheadMs: 0,
      };
  rt.trigger('onOpen');
  const session = new RuntimeSession(rt, statePath, clockAheadMs);
  if (!reopen) session.setUpSampleTeam();
  session.flush();
  session.prepareViews();
  return session;
}
