/** The page's calls to the preview server. Every call counts as "busy" until it settles (see idle.ts). */
import type {
  ClockResult,
  EditsRequest,
  EditsResult,
  ProjectView,
  ScriptRunRequest,
  ScriptRunResult,
  SheetView,
  UiEvents,
  WorkbookView,
} from '../protocol';
import { trackBusy } from './idle';

async function request<T>(path: string, body?: unknown): Promise<T> {
  const init: RequestInit =
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(path, init);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const api = {
  workbook: () => trackBusy(request<WorkbookView>('/api/workbook')),
  sheet: (name: string) => trackBusy(request<SheetView>(`/api/sheet?name=${encodeURIComponent(name)}`)),
  /** A tab click: the sheet becomes the active one, as in Sheets; answers its view. */
  activate: (sheet: string) => trackBusy(request<SheetView>('/api/activate', { sheet })),
  /** Edits typed into one sheet, in order (see editQueue.ts). */
  edits: (edits: EditsRequest) => trackBusy(request<EditsResult>('/api/edits', edits)),
  runMenuItem: (item: string) => trackBusy(request<UiEvents>('/api/menu', { item })),
  /** File ▸ Settings: the spreadsheet locale; answers the workbook. */
  settings: (locale: string) => trackBusy(request<WorkbookView>('/api/settings', { locale })),
  scriptRun: (run: ScriptRunRequest) => trackBusy(request<ScriptRunResult>('/api/run', run)),
  /** The script project: triggers, outbox, failed trigger runs, the virtual clock. */
  project: () => trackBusy(request<ProjectView>('/api/project')),
  /** "Signed in as": who the next script runs are made by; answers the workbook. */
  signIn: (email: string) => trackBusy(request<WorkbookView>('/api/user', { email })),
  /** Lets `days` of virtual time pass: due triggers run, formulas recalculate. */
  advanceClock: (days: number) => trackBusy(request<ClockResult>('/api/clock', { days })),
};
