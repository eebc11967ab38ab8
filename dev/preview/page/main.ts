/** The preview page: wires the menu bar, the grid, the sheet tabs, notices and panels to the server. */
import type {
  EditsResult,
  ScriptRunRequest,
  ScriptRunResult,
  SheetView,
  UiEvents,
  WorkbookView,
} from '../protocol';
import { api } from './api';
import { EditQueue, type QueuedEdit } from './editQueue';
import { escapeHtml } from './escapeHtml';
import { Grid } from './grid';
import { idle, trackBusy } from './idle';
import { MenuBar } from './menus';
import { Notices } from './notices';
import { Panels } from './panels';
import { ProjectPanel } from './projectPanel';
import { SheetTabs } from './tabs';

function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`the page has no ${selector}`);
  return found;
}

const hooks = { idle, firstRenderMs: null as number | null };
Object.assign(window, { preview: hooks });

let workbook: WorkbookView | null = null;
const notices = new Notices(element('.notices'));
const sheetPanel = element('#sheet-panel');
const grid = new Grid(element('.grid-scroll'), queueEdit);
const edits = new EditQueue({
  send: (request) => api.edits(request),
  baseOf: (sheet) => (grid.sheetName === sheet ? grid.version : null),
  queued: ({ sheet, cell, input }) => grid.setPending(sheet, cell, input),
  answered: (sheet, answer, outcomes) => void action(() => showAnswer(sheet, answer, outcomes)),
  failed: (failed, error) => {
    for (const { sheet, cell } of failed) settlePending(sheet, cell);
    const cells = failed.map(({ sheet, cell, input }) => `${sheet}!${cell} "${input}"`).join(', ');
    notices.show([
      { kind: 'error', title: 'These edits were not saved', message: `${cells}: ${String(error)}` },
    ]);
  },
});
const settings = element('.doc-settings');
settings.addEventListener('change', (event) => {
  const select = event.target instanceof HTMLSelectElement ? event.target : null;
  if (select?.name === 'locale') void action(() => changeLocale(select.value));
  if (select?.name === 'user') void action(() => signIn(select.value));
});
const tabs = new SheetTabs(element('[role="tablist"]'), (sheet) => void action(() => activateSheet(sheet)));
const menus = new MenuBar(element('[role="menubar"]'), (item) => void action(() => runMenuItem(item)));
const panels = new Panels(element('.sidebar-slot'), element('.dialog-slot'), {
  scriptRun,
  focusGrid: () => grid.focus(),
});
const project = new ProjectPanel(element('.dev-tools'), element('#project-panel'), {
  advanceWeek: () => void action(advanceWeek),
});

const WEEK_DAYS = 7;

/** Runs a user action as one busy period; a failure is shown, not thrown. */
async function action<T>(work: () => Promise<T>, fallback?: T): Promise<T | undefined> {
  try {
    return await trackBusy(work());
  } catch (error) {
    notices.show([{ kind: 'error', title: 'The preview failed', message: String(error) }]);
    return fallback;
  }
}

function render(view: SheetView): void {
  grid.render(view);
  tabs.render(workbook?.sheets ?? [view.name], view.name);
  sheetPanel.setAttribute('aria-label', view.name);
  const url = new URL(location.href);
  url.searchParams.set('sheet', view.name);
  history.replaceState(null, '', url);
  hooks.firstRenderMs ??= performance.now();
}

async function showSheet(name: string): Promise<void> {
  render(await api.sheet(name));
}

/** A tab click (or a `?sheet=` link) makes that sheet the active one, as clicking a tab in Sheets does. */
async function activateSheet(name: string): Promise<void> {
  await edits.settled();
  render(await api.activate(name));
}

/**
 * Who the page plays ("Signed in as", the owner or a manager or approver of the team), the
 * spreadsheet's locale (a choice, as File ▸ Settings in Sheets) and time zone, in the top bar.
 */
function renderSettings(view: WorkbookView): void {
  const people = view.people
    .map(
      (email) =>
        `<option value="${escapeHtml(email)}"${email === view.signedIn ? ' selected' : ''}>${escapeHtml(email)}</option>`,
    )
    .join('');
  const options = view.locales
    .map(
      (locale) =>
        `<option value="${escapeHtml(locale)}"${locale === view.locale ? ' selected' : ''}>${escapeHtml(locale)}</option>`,
    )
    .join('');
  settings.innerHTML =
    `<label>Signed in as <select name="user" aria-label="Signed in as">${people}</select></label>` +
    `<label>Locale <select name="locale" aria-label="Spreadsheet locale">${options}</select></label>` +
    `<span class="time-zone" title="Spreadsheet time zone">${escapeHtml(view.timeZone)}</span>`;
}

/** Plays another person: the sidebars and dialogs open for the one before are closed. */
async function signIn(email: string): Promise<void> {
  await edits.settled();
  workbook = await api.signIn(email);
  renderSettings(workbook);
  panels.closeAll();
}

async function changeLocale(locale: string): Promise<void> {
  await edits.settled();
  workbook = await api.settings(locale);
  renderSettings(workbook);
  const current = grid.sheetName;
  if (current !== null) await showSheet(current);
}

/** Re-reads the workbook after a script ran; shows the sheet it activated, else stays on the current one. */
async function refreshWorkbook(activated: string | undefined): Promise<void> {
  workbook = await api.workbook();
  menus.render(workbook.menus);
  renderSettings(workbook);
  const current = activated ?? grid.sheetName;
  await showSheet(current !== null && workbook.sheets.includes(current) ? current : workbook.activeSheet);
}

async function afterExecution(ui: UiEvents): Promise<void> {
  notices.show(ui.notices);
  panels.open(ui.panels);
  await refreshWorkbook(ui.activated);
  project.render(await api.project());
}

/** "Advance clock one week": the triggers due run, TODAY() moves; a failed run is shown as an error. */
async function advanceWeek(): Promise<void> {
  await edits.settled();
  const result = await api.advanceClock(WEEK_DAYS);
  // one notice per failing trigger function: how often it failed and its last error
  const failed = new Map<string, { times: number; message: string }>();
  for (const run of result.runs) {
    if (!run.error) continue;
    const times = (failed.get(run.handlerFunction)?.times ?? 0) + 1;
    failed.set(run.handlerFunction, { times, message: run.error.message });
  }
  notices.show([
    ...result.ui.notices,
    ...[...failed].map(([handler, { times, message }]) => ({
      kind: 'error' as const,
      title: `Trigger ${handler} failed${times > 1 ? ` ${times} times` : ''}`,
      message,
    })),
  ]);
  panels.open(result.ui.panels);
  project.render(result.project);
  await refreshWorkbook(undefined);
}

/** A cell committed in the grid: queued at once, in the order typed (see editQueue.ts). */
function queueEdit(cell: string, input: string): void {
  const sheet = grid.sheetName;
  if (sheet !== null) edits.push({ sheet, cell, input });
}

/** The cell shows its value again, unless a later edit of it is still waiting. */
function settlePending(sheet: string, cell: string): void {
  if (!edits.pending.some((edit) => edit.sheet === sheet && edit.cell === cell))
    grid.setPending(sheet, cell, null);
}

/** The workbook's answer to a batch of edits: the sheet as it now reads, then each refusal by its cell. */
async function showAnswer(
  sheet: string,
  answer: EditsResult,
  outcomes: readonly [QueuedEdit, EditsResult['results'][number]][],
): Promise<void> {
  if (grid.sheetName === sheet) {
    if (answer.view) render(answer.view);
    else if (answer.patch && !grid.applyPatch(answer.patch)) render(await api.sheet(sheet));
  }
  for (const [edit, outcome] of outcomes) {
    settlePending(edit.sheet, edit.cell);
    if (outcome.ok) continue;
    if (grid.sheetName === sheet) grid.refuse(edit.cell, outcome.message);
    else notices.show([{ kind: 'error', title: `${sheet}!${edit.cell}`, message: outcome.message }]);
  }
}

async function runMenuItem(item: string): Promise<void> {
  await edits.settled();
  notices.clear();
  await afterExecution(await api.runMenuItem(item));
}

async function scriptRun(request: ScriptRunRequest): Promise<ScriptRunResult> {
  const result = await action(async () => {
    await edits.settled();
    const answer = await api.scriptRun(request);
    await afterExecution(answer.ui);
    return answer;
  });
  const unreachable = { name: 'NetworkError', message: 'The preview server did not answer.' };
  return result ?? { ok: false, error: unreachable, ui: { panels: [], notices: [] } };
}

async function boot(): Promise<void> {
  workbook = await api.workbook();
  menus.render(workbook.menus);
  renderSettings(workbook);
  const requested = new URLSearchParams(location.search).get('sheet');
  if (requested !== null && workbook.sheets.includes(requested) && requested !== workbook.activeSheet)
    await activateSheet(requested);
  else await showSheet(workbook.activeSheet);
  // after the grid: the clock and the outbox never delay the first render
  project.render(await api.project());
}

void action(boot);
