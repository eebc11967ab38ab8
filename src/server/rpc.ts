/**
 * The one contract between the Promotions sidebar and the server: endpoint name → (payload) => result.
 * Types only (the sidebar bundle imports nothing else from the server). Dates travel as ISO
 * `YYYY-MM-DD` strings because google.script.run cannot carry Date objects.
 */
import type { DueStatus } from '../domain/cadence';
import type { LoggedKind, MoveAction } from '../domain/moves';

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

export type RecordOutcome =
  | { readonly outcome: 'recorded'; readonly kind: LoggedKind; readonly message: string }
  | { readonly outcome: 'already-recorded'; readonly message: string }
  | { readonly outcome: 'row-changed'; readonly message: string }
  | { readonly outcome: 'busy'; readonly message: string };

export type SidebarRpc = {
  promotionsTeam: (payload: Record<string, never>) => TeamList;
  promotionsEngineer: (payload: EngineerRequest) => EngineerCard;
  promotionsRecord: (payload: RecordRequest) => RecordOutcome;
};

export type EndpointName = keyof SidebarRpc;
export type PayloadOf<K extends EndpointName> = Parameters<SidebarRpc[K]>[0];
export type ResultOf<K extends EndpointName> = ReturnType<SidebarRpc[K]>;
