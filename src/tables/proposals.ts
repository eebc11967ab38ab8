import * as z from 'zod/mini';
import type { ProposalEvent, ProposalState } from '../domain/approvals';
import type { CalendarDate } from '../domain/dates';
import { MAX_STEPS } from '../domain/ladder';
import { LOGGED_KIND_TEXT, type LoggedKind } from '../domain/moves';
import { startOfDayIn } from '../time/zonedDates';
import {
  dateCell,
  isDate,
  optionalTextCell,
  positionCodeCell,
  shown,
  textCell,
  wholeNumberCell,
} from './cells';
import { SHEET_NAMES } from './layout';
import { literalText } from './literalText';
import { readTable, type TableRead } from './reader';

/**
 * Proposals: append-only. A proposal is one "proposed" row; every later change of its state
 * (approved, rejected, withdrawn, stale) is a new row repeating the proposal's details, never an edit.
 */
export const PROPOSAL_HEADERS = {
  proposalId: 'Proposal id',
  state: 'State',
  engineer: 'Engineer',
  teamRow: 'Team row',
  fromPosition: 'From position',
  fromStep: 'From step',
  toPosition: 'To position',
  toStep: 'To step',
  kind: 'Kind',
  effectiveDate: 'Effective date',
  justification: 'Justification',
  by: 'By',
  at: 'When',
  version: 'Row version',
  reason: 'Reason',
  requestId: 'Request id',
} as const;

export type ProposalColumn = keyof typeof PROPOSAL_HEADERS;

export const PROPOSAL_STATES: readonly ProposalState[] = [
  'proposed',
  'approved',
  'rejected',
  'withdrawn',
  'stale',
];

/** A Proposals row: its state change and the proposal's details. */
export interface ProposalRow extends ProposalEvent {
  readonly teamRow: number;
  readonly from: { readonly position: string; readonly step: number };
  readonly to: { readonly position: string; readonly step: number };
  readonly kind: LoggedKind;
  readonly effectiveDate: CalendarDate;
  readonly justification: string;
  /** The Team row's version when the proposal was made. */
  readonly version: string;
  readonly requestId: string;
}

const kindByText = new Map<string, LoggedKind>(
  (Object.keys(LOGGED_KIND_TEXT) as LoggedKind[]).map((kind) => [LOGGED_KIND_TEXT[kind], kind]),
);

const step = wholeNumberCell(1, MAX_STEPS);
const text = (header: string) => ({
  header,
  schema: textCell,
  problem: (value: unknown) => `${header.toLowerCase()} ${shown(value)} is missing or not text`,
});

const PROPOSALS = {
  sheet: SHEET_NAMES.proposals,
  title: 'proposals',
  fields: {
    proposalId: text(PROPOSAL_HEADERS.proposalId),
    state: {
      header: PROPOSAL_HEADERS.state,
      schema: z.enum(PROPOSAL_STATES as [ProposalState, ...ProposalState[]]),
      problem: (value: unknown) => `state ${shown(value)} is not one of ${PROPOSAL_STATES.join(', ')}`,
    },
    engineer: text(PROPOSAL_HEADERS.engineer),
    teamRow: {
      header: PROPOSAL_HEADERS.teamRow,
      schema: wholeNumberCell(2, 1_000_000),
      problem: (value: unknown) => `team row ${shown(value)} is not a row number`,
    },
    fromPosition: {
      header: PROPOSAL_HEADERS.fromPosition,
      schema: positionCodeCell,
      problem: (value: unknown) => `from position ${shown(value)} is not a position code`,
    },
    fromStep: { header: PROPOSAL_HEADERS.fromStep, schema: step, problem: () => 'from step is not a step' },
    toPosition: {
      header: PROPOSAL_HEADERS.toPosition,
      schema: positionCodeCell,
      problem: (value: unknown) => `to position ${shown(value)} is not a position code`,
    },
    toStep: { header: PROPOSAL_HEADERS.toStep, schema: step, problem: () => 'to step is not a step' },
    kind: {
      header: PROPOSAL_HEADERS.kind,
      schema: z.pipe(
        z.string(),
        z.transform((value: string, context) => {
          const kind = kindByText.get(value.trim().toLowerCase());
          if (!kind) context.issues.push({ code: 'custom', message: 'unknown kind', input: value });
          return kind as LoggedKind;
        }),
      ),
      problem: (value: unknown) => `kind ${shown(value)} is not a kind of move`,
    },
    effectiveDate: {
      header: PROPOSAL_HEADERS.effectiveDate,
      schema: (timeZone: string) => dateCell(timeZone),
      problem: (value: unknown) => `effective date ${shown(value)} is not a date`,
    },
    justification: {
      header: PROPOSAL_HEADERS.justification,
      schema: optionalTextCell,
      problem: () => 'justification is not text',
    },
    by: text(PROPOSAL_HEADERS.by),
    at: {
      header: PROPOSAL_HEADERS.at,
      schema: z.custom<Date>((value) => isDate(value)),
      problem: (value: unknown) => `when ${shown(value)} is not a date and time`,
    },
    version: text(PROPOSAL_HEADERS.version),
    reason: {
      header: PROPOSAL_HEADERS.reason,
      schema: optionalTextCell,
      problem: () => 'reason is not text',
    },
    requestId: text(PROPOSAL_HEADERS.requestId),
  },
  build: (v: {
    readonly proposalId: string;
    readonly state: ProposalState;
    readonly engineer: string;
    readonly teamRow: number;
    readonly fromPosition: string;
    readonly fromStep: number;
    readonly toPosition: string;
    readonly toStep: number;
    readonly kind: LoggedKind;
    readonly effectiveDate: CalendarDate;
    readonly justification: string;
    readonly by: string;
    readonly at: Date;
    readonly version: string;
    readonly reason: string;
    readonly requestId: string;
  }): ProposalRow => ({
    proposalId: v.proposalId,
    state: v.state,
    engineer: v.engineer,
    teamRow: v.teamRow,
    from: { position: v.fromPosition, step: v.fromStep },
    to: { position: v.toPosition, step: v.toStep },
    kind: v.kind,
    effectiveDate: v.effectiveDate,
    justification: v.justification,
    by: v.by,
    at: v.at,
    version: v.version,
    reason: v.reason,
    requestId: v.requestId,
  }),
} as const;

/** Every Proposals row (values: header row first), in sheet order, and every problem. */
export function readProposalsTable(
  values: readonly (readonly unknown[])[],
  timeZone: string,
): TableRead<ProposalRow> {
  return readTable(PROPOSALS, values, { source: 'sheet', context: timeZone });
}

/** One Proposals row in the sheet's column order; every text cell is written as literal text. */
export function proposalRow(row: ProposalRow, timeZone: string): unknown[] {
  const cells: Record<ProposalColumn, unknown> = {
    proposalId: literalText(row.proposalId),
    state: literalText(row.state),
    engineer: literalText(row.engineer),
    teamRow: row.teamRow,
    fromPosition: literalText(row.from.position),
    fromStep: row.from.step,
    toPosition: literalText(row.to.position),
    toStep: row.to.step,
    kind: literalText(LOGGED_KIND_TEXT[row.kind]),
    effectiveDate: startOfDayIn(row.effectiveDate, timeZone),
    justification: literalText(row.justification),
    by: literalText(row.by),
    at: row.at,
    version: literalText(row.version),
    reason: literalText(row.reason),
    requestId: literalText(row.requestId),
  };
  return (Object.keys(PROPOSAL_HEADERS) as ProposalColumn[]).map((key) => cells[key]);
}
