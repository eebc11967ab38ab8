import { LOGGED_KIND_TEXT, type MovePlan } from '../domain/moves';
import { startOfDayIn } from '../time/zonedDates';
import { textCell } from './cells';
import { columnLetter, columnOf, SHEET_NAMES, sheetRef } from './layout';
import { literalText } from './literalText';
import { readTable } from './reader';

/** Promotion Log: append-only; one row per recorded promotion or review. */
export const PROMOTION_LOG_HEADERS = {
  timestamp: 'Timestamp',
  engineer: 'Engineer',
  fromPosition: 'From position',
  fromStep: 'From step',
  toPosition: 'To position',
  toStep: 'To step',
  kind: 'Kind',
  effectiveDate: 'Effective date',
  justification: 'Justification',
  recordedBy: 'Recorded by',
  requestId: 'Request id',
  approvedBy: 'Approved by',
  proposalId: 'Proposal',
} as const;

export type PromotionLogColumn = keyof typeof PROMOTION_LOG_HEADERS;

export interface LogEntry {
  readonly timestamp: Date;
  readonly engineer: string;
  readonly plan: MovePlan;
  readonly recordedBy: string;
  readonly requestId: string;
  /** The approver and the proposal of an approved move; absent for a move recorded directly. */
  readonly approval?: { readonly approvedBy: string; readonly proposalId: string };
}

/** One Promotion Log row, in the sheet's column order; every text cell is stored as literal text. */
export function logRow(entry: LogEntry, timeZone: string): unknown[] {
  const { plan } = entry;
  const cells: Record<PromotionLogColumn, unknown> = {
    timestamp: entry.timestamp,
    engineer: literalText(entry.engineer),
    fromPosition: literalText(plan.from.position.code),
    fromStep: plan.from.step,
    toPosition: literalText(plan.to.position.code),
    toStep: plan.to.step,
    kind: literalText(LOGGED_KIND_TEXT[plan.kind]),
    effectiveDate: startOfDayIn(plan.effective, timeZone),
    justification: literalText(plan.justification),
    recordedBy: literalText(entry.recordedBy),
    requestId: literalText(entry.requestId),
    approvedBy: literalText(entry.approval?.approvedBy ?? ''),
    proposalId: literalText(entry.approval?.proposalId ?? ''),
  };
  return (Object.keys(PROMOTION_LOG_HEADERS) as PromotionLogColumn[]).map((key) => cells[key]);
}

/** The log's columns from the header row down: what may be appended to, as one range. */
export function logColumnsA1(): string {
  return sheetRef(
    SHEET_NAMES.promotionLog,
    `A1:${columnLetter(Object.keys(PROMOTION_LOG_HEADERS).length - 1)}`,
  );
}

/**
 * The log's request-id column, header included (a valid range even on an empty log): what recording
 * reads, under the lock, to record a request once.
 */
export function requestIdColumnA1(): string {
  const column = columnOf(PROMOTION_LOG_HEADERS, 'requestId');
  return sheetRef(SHEET_NAMES.promotionLog, `${column}1:${column}`);
}

const REQUEST_IDS = {
  sheet: SHEET_NAMES.promotionLog,
  title: 'promotion log',
  fields: {
    requestId: { header: PROMOTION_LOG_HEADERS.requestId, schema: textCell, problem: () => 'no request id' },
  },
  build: (values: { readonly requestId: string }) => values.requestId,
} as const;

/** Whether the request-id column (header first) already holds this request. */
export function hasRequestId(columnValues: readonly (readonly unknown[])[], requestId: string): boolean {
  return readTable(REQUEST_IDS, columnValues, { source: 'sheet', context: undefined }).rows.some(
    (row) => row.value === requestId,
  );
}
