import { DEFAULT_NEEDS_APPROVAL } from '../domain/approvals';
import { LOGGED_KIND_TITLES } from '../domain/moves';
import { FORMATS } from './formats';
import type { CellBlock, ColumnSpec, SheetSpec, ValidationSpec } from './spec';
import { columnsInOrder, headerRow } from './tableSpec';
import { EMAIL_VALIDATION } from './validations';
import { FIRST_DATA_ROW, SHEET_NAMES } from '../tables/layout';
import { NO, SETTINGS_HEADERS, SETTINGS_KINDS, YES, type SettingsColumn } from '../tables/settings';

const NOTES: Record<SettingsColumn, string> = {
  approver:
    'One approver per row, by the email of their Google account. An approver approves or rejects proposals made by someone else.',
  kind: 'The kinds of move the Promotions sidebar records (kept by set-up).',
  needsApproval: `"${YES}": the move is proposed and recorded once an approver approves it. "${NO}": it is recorded directly.`,
};

const YES_NO: ValidationSpec = {
  kind: 'list',
  values: [YES, NO],
  help: `Choose "${YES}" (proposed, then approved) or "${NO}" (recorded directly).`,
};

const COLUMNS: Record<SettingsColumn, ColumnSpec> = {
  approver: { width: 220, numberFormat: FORMATS.general, validation: EMAIL_VALIDATION },
  kind: { width: 220, numberFormat: FORMATS.text },
  needsApproval: { width: 220, numberFormat: FORMATS.text, validation: YES_NO },
};

const kindColumn = Object.keys(SETTINGS_HEADERS).indexOf('kind') + 1;

/** The kind labels, kept by set-up, beside them the policy: each default seeded into its blank cell only. */
const KIND_LABELS: CellBlock = {
  row: FIRST_DATA_ROW,
  column: kindColumn,
  cells: SETTINGS_KINDS.map((kind) => [LOGGED_KIND_TITLES[kind]]),
};
const DEFAULTS: CellBlock[] = SETTINGS_KINDS.map((kind, index) => ({
  row: FIRST_DATA_ROW + index,
  column: kindColumn + 1,
  cells: [[DEFAULT_NEEDS_APPROVAL[kind] ? YES : NO]],
}));

/** Approvers and which moves need approval. Protected like Ladder: who approves is the owner's choice. */
export function settingsSheetSpec(): SheetSpec {
  return {
    name: SHEET_NAMES.settings,
    columns: columnsInOrder(SETTINGS_HEADERS, COLUMNS),
    minRows: 100,
    // a short list: nothing to scroll past, so no frozen header (one call less in set-up's budget)
    frozenRows: 0,
    firstDataRow: FIRST_DATA_ROW,
    headers: [headerRow(SETTINGS_HEADERS, NOTES)],
    owned: [KIND_LABELS],
    seeds: DEFAULTS,
    conditionalFormats: [],
    protect: true,
  };
}
