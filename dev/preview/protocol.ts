/**
 * What the preview server and the page say to each other (JSON over HTTP). Types only, so the
 * browser code and the Node server share them without sharing any runtime code.
 */

export interface ActivateRequest {
  readonly sheet: string;
}

export interface WorkbookView {
  /** Visible sheets, in the workbook's order. */
  readonly sheets: readonly string[];
  readonly activeSheet: string;
  /** The spreadsheet's locale (how typed input is read, e.g. en_GB: 02/03/2026 is 2 March) and the ones to choose from. */
  readonly locale: string;
  readonly locales: readonly string[];
  readonly timeZone: string;
  /** The menus the add-on built with onOpen (e.g. "Career Ladder"), in order. */
  readonly menus: readonly MenuView[];
  /** Who the page plays (Session.getActiveUser of every script run) and the people to choose from. */
  readonly signedIn: string;
  readonly people: readonly string[];
}

export interface MenuView {
  readonly caption: string;
  readonly items: readonly MenuEntryView[];
}

export type MenuEntryView =
  | { readonly type: 'item'; readonly caption: string }
  | { readonly type: 'separator' }
  | { readonly type: 'submenu'; readonly caption: string; readonly items: readonly MenuEntryView[] };

export interface CellView {
  /** The display value, already formatted by the cell's number format. */
  readonly text: string;
  /** What the editor starts with: the formula, or the value as typed. */
  readonly input: string;
  readonly numeric?: boolean;
  readonly background?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: string;
  readonly note?: string;
  /** The list a dropdown validation offers. */
  readonly dropdown?: readonly string[];
  /** A checkbox cell (its text is TRUE or FALSE). */
  readonly checkbox?: boolean;
  /** An invalid value kept under a warn-only validation rule. */
  readonly flagged?: boolean;
  /** The message of an error cell (e.g. what a custom function threw). */
  readonly error?: string;
}

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

export interface ChartView {
  readonly id: string;
  /** Charts.ChartType name, e.g. "RADAR". */
  readonly type: string;
  /** Header rows of the chart's data (setNumHeaders, else guessed from the first row); they name the series. */
  readonly numHeaders: number;
  readonly title: string;
  /** 0-based row and column of the anchor cell, plus the pixel offset from it. */
  readonly anchor: { readonly row: number; readonly col: number; readonly x: number; readonly y: number };
  readonly width: number;
  readonly height: number;
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly colors: readonly string[];
}

export interface ColumnView {
  /** 0-based column of the sheet (hidden columns are left out of the view, so indices can skip). */
  readonly index: number;
  readonly width: number;
}

export interface SheetView {
  readonly name: string;
  /** Which computation of the sheet this is (a patch names the version it applies to). */
  readonly version: number;
  readonly frozenRows: number;
  /** How many of the view's leading columns are frozen. */
  readonly frozenCols: number;
  /** The visible columns, in order. */
  readonly columns: readonly ColumnView[];
  /** Rows from row 1 × the visible columns, as far as the content plus a little room to type. */
  readonly cells: readonly (readonly CellView[])[];
  readonly charts: readonly ChartView[];
}

export interface EditRequest {
  readonly sheet: string;
  /** A1 address within the sheet, e.g. "B2". */
  readonly cell: string;
  /** What the user typed or chose, as text (a leading "=" makes a formula). */
  readonly input: string;
}

/** An accepted edit comes back with the edited sheet as it now reads (formulas recalculated). */
export type EditResult =
  | { readonly ok: true; readonly flagged?: boolean; readonly view: SheetView }
  | { readonly ok: false; readonly message: string };

/** Edits typed into one sheet, in the order typed; the page's view of the sheet is version `base`. */
export interface EditsRequest {
  readonly sheet: string;
  readonly base: number | null;
  readonly edits: readonly { readonly cell: string; readonly input: string }[];
}

/** What became of one edit: stored (maybe flagged by a warn-only rule), or refused with the rule's message. */
export type EditOutcome =
  | { readonly cell: string; readonly ok: true; readonly flagged?: boolean }
  | { readonly cell: string; readonly ok: false; readonly message: string };

/** The cells of a sheet view that changed from version `base` to `version`: [row, column, cell] (0-based, view columns). */
export interface SheetPatch {
  readonly name: string;
  readonly base: number;
  readonly version: number;
  readonly cells: readonly (readonly [number, number, CellView])[];
}

/**
 * Each edit's outcome in order, then the sheet as it now reads: a patch of the page's version when the
 * sheet kept its shape, else the whole view; neither when no edit was stored.
 */
export interface EditsResult {
  readonly results: readonly EditOutcome[];
  readonly view?: SheetView;
  readonly patch?: SheetPatch;
}

/** A sidebar or dialog the add-on opened; its HTML is served at /ui/<id>. */
export interface PanelView {
  readonly id: number;
  readonly kind: 'sidebar' | 'dialog';
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly modal: boolean;
}

export interface NoticeView {
  readonly kind: 'alert' | 'toast' | 'error';
  readonly title: string;
  readonly message: string;
}

/** What an execution showed: panels it opened and alerts, toasts or the error it ended with. */
export interface UiEvents {
  readonly panels: readonly PanelView[];
  readonly notices: readonly NoticeView[];
  /** The sheet the script made active, when it changed (Sheets then shows that sheet). */
  readonly activated?: string;
}

export interface MenuRequest {
  readonly item: string;
}

export interface SettingsRequest {
  readonly locale: string;
}

export interface ScriptRunRequest {
  readonly functionName: string;
  readonly args: readonly unknown[];
}

export type ScriptRunResult =
  | { readonly ok: true; readonly value: unknown; readonly ui: UiEvents }
  | {
      readonly ok: false;
      readonly error: { readonly name: string; readonly message: string };
      readonly ui: UiEvents;
    };

/** An installable time-driven trigger of the script project. */
export interface TriggerView {
  readonly uid: string;
  readonly handlerFunction: string;
  /** who created it: it runs as them */
  readonly owner: string;
  /** e.g. "every week on MONDAY at 09:59 (Europe/Paris)" */
  readonly schedule: string;
  /** the zone its hours are in (inTimezone, else the script's) */
  readonly timeZone: string;
  /** ISO instant of its next run on the virtual clock */
  readonly nextRunAt: string;
}

/** A message MailApp sent. Its HTML part, if any, is served at /mail/<id>. */
export interface MailView {
  /** 1 = the first message sent */
  readonly id: number;
  readonly from: string;
  /** the sender's display name (the `name` option), or null */
  readonly name: string | null;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly replyTo: string | null;
  readonly subject: string;
  /** the plain-text part */
  readonly body: string;
  readonly hasHtml: boolean;
  /** ISO instant on the virtual clock */
  readonly sentAt: string;
}

/** A time-driven trigger's run; `error` when it threw. */
export interface TriggerRunView {
  readonly handlerFunction: string;
  readonly owner: string;
  readonly at: string;
  readonly error?: { readonly name: string; readonly message: string };
}

/** The script project beside the workbook (the page's "Outbox and triggers" panel). */
export interface ProjectView {
  /** the virtual clock, ISO */
  readonly now: string;
  /** how many days "Advance clock" has moved it ahead of the real clock */
  readonly aheadDays: number;
  /** the spreadsheet's zone, for showing times */
  readonly timeZone: string;
  readonly triggers: readonly TriggerView[];
  readonly outbox: readonly MailView[];
  /** trigger runs that failed, oldest first */
  readonly failures: readonly TriggerRunView[];
}

export interface ClockRequest {
  /** whole days to let pass, 1–366 */
  readonly days: number;
}

/** What advancing the clock did: the trigger runs, anything they showed, and the project after. */
export interface ClockResult {
  readonly runs: readonly TriggerRunView[];
  readonly ui: Omit<UiEvents, 'activated'>;
  readonly project: ProjectView;
}

/** Messages a panel's iframe posts to the page (the page holds the connection to the server). */
export type PanelRequest =
  | {
      readonly type: 'preview:run';
      readonly callId: number;
      readonly functionName: string;
      readonly argsJson: string;
    }
  | { readonly type: 'preview:close' }
  | { readonly type: 'preview:resize'; readonly width?: number; readonly height?: number }
  | { readonly type: 'preview:focus-editor' };

/** The page's answer to a panel's `preview:run`. */
export interface PanelReply {
  readonly type: 'preview:result';
  readonly callId: number;
  readonly result: ScriptRunResult;
}

/** The top bar's "Signed in as": who the next script runs are made by. */
export interface SignInRequest {
  readonly email: string;
}
