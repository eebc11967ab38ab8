import { FORMATS } from './formats';
import type { ColumnSpec, SheetSpec } from './spec';
import { columnsInOrder, headerRow } from './tableSpec';
import { SHEET_NAMES } from '../tables/layout';
import { PROPOSAL_HEADERS, type ProposalColumn } from '../tables/proposals';

const NOTES: Record<ProposalColumn, string> = {
  proposalId: 'Identifies the proposal; every row of one proposal has the same id.',
  state: 'proposed, then one of approved, rejected, withdrawn or stale (the engineer’s row changed).',
  engineer: 'Who the move is for.',
  teamRow: 'The engineer’s row on Team when the proposal was made.',
  fromPosition: 'Position before the move.',
  fromStep: 'Step before the move.',
  toPosition: 'Position after the move.',
  toStep: 'Step after the move.',
  kind: 'step, level, jump or review.',
  effectiveDate: 'Date the move takes effect.',
  justification: 'Why, as the proposer wrote it.',
  by: 'The account that made this row: the proposer, approver, rejecter or withdrawer.',
  at: 'When this row was added.',
  version: 'Fingerprint of the Team row when proposed: approving refuses if the row changed since.',
  reason: 'Why it was rejected, or why it became stale.',
  requestId: 'Identifies the sidebar request, so a double click adds one row.',
};

/**
 * Every text column a script writes user text into: General, the text written with an apostrophe.
 * One width for every column: set-up sets widths run by run, and this sheet is read more than edited.
 */
const WIDTH = 150;
const text: ColumnSpec = { width: WIDTH, numberFormat: FORMATS.general };

const COLUMNS: Record<ProposalColumn, ColumnSpec> = {
  proposalId: text,
  state: text,
  engineer: text,
  teamRow: { width: WIDTH, numberFormat: FORMATS.whole },
  fromPosition: text,
  fromStep: { width: WIDTH, numberFormat: FORMATS.whole },
  toPosition: text,
  toStep: { width: WIDTH, numberFormat: FORMATS.whole },
  kind: text,
  effectiveDate: { width: WIDTH, numberFormat: FORMATS.date },
  justification: text,
  by: text,
  at: { width: WIDTH, numberFormat: FORMATS.timestamp },
  version: text,
  reason: text,
  requestId: text,
};

/** Header only: rows are appended by the Promotions sidebar, never edited. Protected against editing. */
export function proposalsSheetSpec(): SheetSpec {
  return {
    name: SHEET_NAMES.proposals,
    columns: columnsInOrder(PROPOSAL_HEADERS, COLUMNS),
    minRows: 1000,
    frozenRows: 1,
    firstDataRow: 2,
    headers: [headerRow(PROPOSAL_HEADERS, NOTES)],
    owned: [],
    seeds: [],
    conditionalFormats: [],
    protect: true,
  };
}
