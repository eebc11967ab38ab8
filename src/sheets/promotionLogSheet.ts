import { FORMATS } from './formats';
import { PROMOTION_LOG_HEADERS, SHEET_NAMES, type PromotionLogColumn } from './layout';
import type { ColumnSpec, SheetSpec } from './spec';
import { columnsInOrder, headerRow } from './tableSpec';

const NOTES: Record<PromotionLogColumn, string> = {
  timestamp: 'When the change was recorded.',
  engineer: 'Who was promoted or reviewed.',
  fromPosition: 'Position before the change.',
  fromStep: 'Step before the change.',
  toPosition: 'Position after the change.',
  toStep: 'Step after the change.',
  kind: 'step, level, jump or review (a review with no change).',
  effectiveDate: 'Date the change takes effect.',
  justification: 'Why; required for a jump.',
  recordedBy: 'The account that recorded it.',
  requestId: 'Identifies the sidebar request, so a double click is recorded once.',
};

const text: ColumnSpec = { numberFormat: FORMATS.text };
const COLUMNS: Record<PromotionLogColumn, ColumnSpec> = {
  timestamp: { width: 160, numberFormat: FORMATS.timestamp },
  engineer: { width: 160, numberFormat: FORMATS.text },
  fromPosition: text,
  fromStep: { numberFormat: FORMATS.whole },
  toPosition: text,
  toStep: { numberFormat: FORMATS.whole },
  kind: { numberFormat: FORMATS.text },
  effectiveDate: { numberFormat: FORMATS.date },
  justification: { width: 260, numberFormat: FORMATS.text },
  recordedBy: { width: 260, numberFormat: FORMATS.text },
  requestId: { width: 260, numberFormat: FORMATS.text },
};

/** Header only: rows are appended by the Promotions sidebar. Protected against editing. */
export function promotionLogSheetSpec(): SheetSpec {
  return {
    name: SHEET_NAMES.promotionLog,
    columns: columnsInOrder(PROMOTION_LOG_HEADERS, COLUMNS),
    minRows: 1000,
    frozenRows: 1,
    firstDataRow: 2,
    headers: [headerRow(PROMOTION_LOG_HEADERS, NOTES)],
    owned: [],
    seeds: [],
    conditionalFormats: [],
    protect: true,
  };
}
