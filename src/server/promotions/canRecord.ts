import { Refused } from '../refusal';
import { PROTECTED_EDIT_MESSAGE } from './protectedEdit';
import { TEAM_INPUT_WIDTH } from './teamRow';
import { PROMOTION_LOG_HEADERS } from '../../tables/promotionLog';
import { PROPOSAL_HEADERS } from '../../tables/proposals';
import { SHEET_NAMES } from '../../tables/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

interface Box {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

function boxOf(range: Range): Box {
  return {
    row: range.getRow(),
    column: range.getColumn(),
    rows: range.getNumRows(),
    columns: range.getNumColumns(),
  };
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

function within(inner: Box, outer: Box): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

/**
 * Whether a protection of `sheet` stops this user from writing `cells`: one they may edit never does
 * (one call each); for the others, a range protection covering any of the cells, or a sheet
 * protection unless its unprotected ranges hold them all.
 */
function blocked(sheet: Sheet, cells: () => Box): boolean {
  const type = SpreadsheetApp.ProtectionType;
  const refuses = (protection: Protection, kind: GoogleAppsScript.Spreadsheet.ProtectionType) => {
    if (protection.canEdit()) return false;
    if (kind === type.RANGE) return overlaps(boxOf(protection.getRange()), cells());
    return !protection.getUnprotectedRanges().some((range) => within(cells(), boxOf(range)));
  };
  return [type.SHEET, type.RANGE].some((kind) =>
    sheet.getProtections(kind).some((protection) => refuses(protection, kind)),
  );
}

/**
 * Asks the protections of the Team row and of the Promotion Log's next row whether this user may
 * write them, before anything is written, and refuses the move with what to do when one does not.
 */
export function assertCanRecord(team: Sheet, row: number, log: Sheet): void {
  const teamCells = () => ({ row, column: 1, rows: 1, columns: TEAM_INPUT_WIDTH });
  const logCells = () => ({
    row: log.getLastRow() + 1,
    column: 1,
    rows: 1,
    columns: Object.keys(PROMOTION_LOG_HEADERS).length,
  });
  if (blocked(team, teamCells) || blocked(log, logCells))
    throw new Refused('protected', PROTECTED_EDIT_MESSAGE);
}

const PROPOSALS_PROTECTED_MESSAGE =
  `Your account is not an editor of the protected ${SHEET_NAMES.proposals} sheet, so the proposal could not be changed. Nothing was changed. ` +
  `Ask the spreadsheet owner to add you as an editor of the ${SHEET_NAMES.proposals} protection (Data ▸ Protect sheets and ranges), then try again.`;

/**
 * Asks the protections of the Proposals sheet whether this user may append its next row, before
 * anything is written, and refuses with what to do when one does not.
 */
export function assertCanAppendProposal(proposals: Sheet): void {
  const next = () => ({
    row: proposals.getLastRow() + 1,
    column: 1,
    rows: 1,
    columns: Object.keys(PROPOSAL_HEADERS).length,
  });
  if (blocked(proposals, next)) throw new Refused('protected', PROPOSALS_PROTECTED_MESSAGE);
}
