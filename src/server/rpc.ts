/**
 * The one contract between the Promotions sidebar and the server: endpoint name → (payload) => result.
 * Types only (the sidebar bundle imports nothing else from the server). Dates travel as ISO
 * `YYYY-MM-DD` strings because google.script.run cannot carry Date objects.
 */
import type { DueStatus } from '../domain/cadence';
import type { Decision, ProposalState } from '../domain/approvals';
import type { LoggedKind, MoveAction } from '../domain/moves';
import type { ReminderSettings } from '../domain/reminderSettings';

export type IsoDate = string;

export interface ReviewDue {
  readonly date: IsoDate | null;
  readonly status: DueStatus | null;
}

export interface TeamMemberSummary {
  /** Sheet row of the engineer on Team (2 is the first engineer). */
  readonly row: number;
  readonly name: string;
  readonly position: string;
  readonly step: number;
  readonly nextStepReview: ReviewDue;
  readonly nextLevelReview: ReviewDue;
}

export interface TeamList {
  /** Today in the spreadsheet's time zone: the default effective date. */
  readonly today: IsoDate;
  readonly members: readonly TeamMemberSummary[];
  /** Rows that could not be read (e.g. an unknown position), each as a sentence naming the row. */
  readonly problems: readonly string[];
}

export interface PositionSummary {
  readonly code: string;
  readonly track: string;
  readonly level: number;
  readonly steps: number;
  /** Expected fluency on Technology, System, People, Process, Influence (1–5). */
  readonly expected: readonly number[];
  readonly stepCadenceMonths: number;
  readonly levelCadenceMonths: number;
}

export interface Assessment {
  readonly date: IsoDate | null;
  readonly assessor: string;
  /** Assessed fluency on the five axes in order (1–5). */
  readonly levels: readonly number[];
}

export interface EngineerCard {
  readonly row: number;
  /** Hash of the row's input cells when read; sent back with a move so a changed row is refused. */
  readonly version: string;
  readonly today: IsoDate;
  readonly name: string;
  readonly position: string;
  readonly step: number;
  readonly techLead: boolean;
  readonly manager: string;
  readonly inPositionSince: IsoDate | null;
  readonly monthsInPosition: number | null;
  readonly lastStepReview: IsoDate | null;
  readonly lastLevelReview: IsoDate | null;
  readonly nextStepReview: ReviewDue;
  readonly nextLevelReview: ReviewDue;
  readonly salary: number | null;
  readonly assessment: Assessment | null;
  /** The whole ladder, so the sidebar can classify and describe any move before sending it. */
  readonly ladder: readonly PositionSummary[];
  /** Band amount per position code, index 0 = step 1; null where a step has no amount. */
  readonly bands: Readonly<Record<string, readonly (number | null)[]>>;
}

export interface EngineerRequest {
  readonly row: number;
  readonly name: string;
}

export interface RecordRequest {
  /** Made by the sidebar when the confirmation opens; a second request with it writes nothing. */
  readonly requestId: string;
  readonly row: number;
  readonly name: string;
  readonly version: string;
  /** Where the sidebar believes the engineer is; checked against the sheet, never trusted. */
  readonly from: { readonly position: string; readonly step: number };
  readonly action: MoveAction;
  readonly effectiveDate: IsoDate;
}

/**
 * Why the server turned a request down, as a code that never changes (the message is for people):
 * - `already-recorded`: this request was recorded before; nothing was added;
 * - `row-changed`: the Team row is no longer what the sidebar loaded;
 * - `busy`: another recording holds the document lock;
 * - `protected`: a sheet protection stops this account writing the row or the log;
 * - `invalid-request`: the payload is not one the sidebar sends;
 * - `not-set-up`: a sheet the add-on needs is missing or its columns moved;
 * - `unreadable`: a cell the request needs cannot be read (fix it in the sheet);
 * - `refused-move`: the move breaks a rule of the ladder;
 * - `needs-approval`: Settings sends this kind of move for approval: propose it instead;
 * - `no-account`: the platform gave no signed-in account for this user, which approvals need;
 * - `not-approver`: this account is not an approver in Settings (or Settings names none);
 * - `own-proposal`: nobody approves or rejects their own proposal;
 * - `not-proposer`: only the proposer withdraws a proposal;
 * - `pending-proposal`: the engineer already has a pending proposal;
 * - `unknown-proposal`: no proposal has this id (for this engineer);
 * - `already-decided`: the proposal was approved, rejected, withdrawn or went stale before;
 * - `stale`: the engineer's row changed since the proposal; it is now stale and says why.
 */
export type RefusalCode =
  | 'already-recorded'
  | 'row-changed'
  | 'busy'
  | 'protected'
  | 'invalid-request'
  | 'not-set-up'
  | 'unreadable'
  | 'refused-move'
  | 'needs-approval'
  | 'no-account'
  | 'not-approver'
  | 'own-proposal'
  | 'not-proposer'
  | 'pending-proposal'
  | 'unknown-proposal'
  | 'already-decided'
  | 'stale';

export interface Refusal {
  readonly outcome: RefusalCode;
  readonly message: string;
}

export type RecordOutcome =
  { readonly outcome: 'recorded'; readonly kind: LoggedKind; readonly message: string } | Refusal;

/**
 * One run of the review reminders as recorded: sent (every manager with reviews due was mailed),
 * nothing-due, quota (the daily quota could not cover every manager, so none was mailed), failed.
 */
export interface ReminderRun {
  /** ISO instant */
  readonly at: string;
  readonly kind: 'weekly' | 'preview';
  readonly outcome: 'sent' | 'nothing-due' | 'quota' | 'failed';
  readonly emails: number;
  /** Managers with reviews due whom the digest cannot reach (no Team row or no email there). */
  readonly unreachable: readonly string[];
  /** What went wrong or why nothing was sent ('' when all went well). */
  readonly message: string;
}

/** The Review reminders dialog's view: settings, the trigger, the last run and the mail quota. */
export interface ReminderState {
  readonly settings: ReminderSettings;
  /** The spreadsheet's zone, in which the weekday and hour are read. */
  readonly timeZone: string;
  readonly triggerStatus: 'off' | 'on' | 'other-user' | 'missing';
  /** The trigger's state in words. */
  readonly trigger: string;
  readonly lastRun: ReminderRun | null;
  /** Recipients MailApp may still send to today. */
  readonly remainingQuota: number;
  /** The quota problem of the last run, or of the next one if it were now ('' when none). */
  readonly quotaProblem: string;
}

export interface PreviewOutcome {
  readonly outcome: 'previewed';
  readonly sent: boolean;
  readonly message: string;
}

export interface ReviewCalendarRequest {
  /** Only this manager's reports; null: every engineer. */
  readonly manager: string | null;
}

export interface ReviewCalendarFile {
  readonly fileName: string;
  /** The .ics text (RFC 5545). */
  readonly text: string;
  readonly events: number;
  /** The managers named on Team, for choosing whose reports. */
  readonly managers: readonly string[];
}
/** A pending proposal as the sidebar shows it. */
export interface ProposalSummary {
  readonly proposalId: string;
  /** The engineer's Team row when proposed, for loading their card. */
  readonly row: number;
  readonly engineer: string;
  readonly from: { readonly position: string; readonly step: number };
  readonly to: { readonly position: string; readonly step: number };
  readonly kind: LoggedKind;
  readonly effectiveDate: IsoDate;
  readonly justification: string;
  readonly proposedBy: string;
  /** When it was proposed, as an ISO instant. */
  readonly proposedAt: string;
}

/** What the sidebar needs to propose and decide: who you are, the policy and every pending proposal. */
export interface ApprovalsView {
  /** Your account as the platform gives it; '' when it gives none. */
  readonly me: string;
  readonly isApprover: boolean;
  readonly approvers: readonly string[];
  /** Per kind of move: proposed for approval (true) or recorded directly. */
  readonly needsApproval: Readonly<Record<LoggedKind, boolean>>;
  /** Pending proposals you may approve or reject (others' proposals, when you are an approver). */
  readonly awaiting: readonly ProposalSummary[];
  /** Every pending proposal, oldest first (one per engineer at most). */
  readonly pending: readonly ProposalSummary[];
}

export interface DecideRequest {
  /** Made by the sidebar when the confirmation opens. */
  readonly requestId: string;
  readonly proposalId: string;
  /** The engineer the sidebar shows the proposal for: a proposal id of another engineer is refused. */
  readonly engineer: string;
  readonly decision: Decision;
  /** Why (a rejection needs at least 10 characters); '' otherwise. */
  readonly reason: string;
}

export type ProposeOutcome =
  { readonly outcome: 'proposed'; readonly proposalId: string; readonly message: string } | Refusal;

export type DecideOutcome =
  | {
      readonly outcome: 'decided';
      readonly state: Exclude<ProposalState, 'proposed'>;
      readonly message: string;
    }
  | Refusal;

/** Each endpoint answers its result or a refusal; anything else it throws is a fault, not a refusal. */
export type SidebarRpc = {
  promotionsTeam: (payload: Record<string, never>) => TeamList | Refusal;
  promotionsEngineer: (payload: EngineerRequest) => EngineerCard | Refusal;
  promotionsRecord: (payload: RecordRequest) => RecordOutcome;
  promotionsApprovals: (payload: Record<string, never>) => ApprovalsView | Refusal;
  promotionsPropose: (payload: RecordRequest) => ProposeOutcome;
  promotionsDecide: (payload: DecideRequest) => DecideOutcome;
  remindersState: (payload: Record<string, never>) => ReminderState | Refusal;
  remindersSave: (payload: ReminderSettings) => ReminderState | Refusal;
  remindersPreview: (payload: Record<string, never>) => PreviewOutcome | Refusal;
  reviewCalendar: (payload: ReviewCalendarRequest) => ReviewCalendarFile | Refusal;
};

export type EndpointName = keyof SidebarRpc;
export type PayloadOf<K extends EndpointName> = Parameters<SidebarRpc[K]>[0];
export type ResultOf<K extends EndpointName> = ReturnType<SidebarRpc[K]>;
