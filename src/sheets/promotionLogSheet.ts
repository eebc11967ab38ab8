import { FORMATS } from './formats';
import type { ColumnSpec, SheetSpec } from './spec';
import { columnsInOrder, headerRow } from './tableSpec';
import { PROMOTION_LOG_HEADERS, type PromotionLogColumn } from '../tables/promotionLog';
import { SHEET_NAMES } from '../tables/layout';

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
  recordedBy: 'The account that recorded it (for an approved move: the one that proposed it).',
  requestId: 'Identifies the sidebar request, so a double click is recorded once.',
  approvedBy: 'The approver, for a move proposed and approved (empty when recorded directly).',
  proposalId: 'The Proposals row it was approved from (empty when recorded directly).',
};

/** Every text column the Promotions sidebar writes: General, the text written with an apostrophe. */
const text: ColumnSpec = { numberFormat: FORMATS.general };
const COLUMNS: Record<PromotionLogColumn, ColumnSpec> = {
  timestamp: { width: 160, numberFormat: FORMATS.timestamp },
  engineer: { width: 160, numberFormat: FORMATS.general },
  fromPosition: text,
  fromStep: { numberFormat: FORMATS.whole },
  toPosition: text,
  toStep: { numberFormat: FORMATS.whole },
  kind: { numberFormat: FORMATS.general },
  effectiveDate: { numberFormat: FORMATS.date },
  justification: { width: 260, numberFormat: FORMATS.general },
  recordedBy: { width: 260, numberFormat: FORMATS.general },
  requestId: { width: 260, numberFormat: FORMATS.general },
  approvedBy: { width: 260, numberFormat: FORMATS.general },
  proposalId: { width: 260, numberFormat: FORMATS.general },
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
