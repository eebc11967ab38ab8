import { LOGGED_KIND_TEXT, type MovePlan } from '../../domain/moves';
import { startOfDayIn } from '../../time/zonedDates';
import { columnOf, SHEET_NAMES } from '../../tables/layout';
import { PROMOTION_LOG_HEADERS, type PromotionLogColumn } from '../../tables/promotionLog';
import { literalText } from '../../tables/literalText';

/** The Promotion Log's request-id column, header included (a valid range even on an empty log). */
export function requestIdColumnA1(): string {
  const column = columnOf(PROMOTION_LOG_HEADERS, 'requestId');
  return `'${SHEET_NAMES.promotionLog}'!${column}1:${column}`;
}

export function hasRequestId(columnValues: readonly (readonly unknown[])[], requestId: string): boolean {
  return columnValues.some((cells, index) => index > 0 && String(cells[0] ?? '') === requestId);
}

export interface LogEntry {
  readonly timestamp: Date;
  readonly engineer: string;
  readonly plan: MovePlan;
  readonly recordedBy: string;
  readonly requestId: string;
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
  };
  return (Object.keys(PROMOTION_LOG_HEADERS) as PromotionLogColumn[]).map((key) => cells[key]);
}
