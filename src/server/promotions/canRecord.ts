import { Refused, refusalOf } from '../refusal';
import { PROTECTED_EDIT_MESSAGE } from './protectedEdit';
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
 * Whether a protection of `sheet` stops this user from writing `cells`: a warning-only one never does
 * ("every user can edit data in the area", Protection reference), nor one they may edit; for the
 * others, a range protection covering any of the cells, or a sheet protection unless its unprotected
 * ranges hold them all.
 */
function blocked(sheet: Sheet, cells: () => Box): boolean {
  const type = SpreadsheetApp.ProtectionType;
  const refuses = (protection: Protection, kind: GoogleAppsScript.Spreadsheet.ProtectionType) => {
    if (protection.isWarningOnly() || protection.canEdit()) return false;
    if (kind === type.RANGE) return overlaps(boxOf(protection.getRange()), cells());
    return !protection.getUnprotectedRanges().some((range) => within(cells(), boxOf(range)));
  };
  return [type.SHEET, type.RANGE].some((kind) =>
    sheet.getProtections(kind).some((protection) => refuses(protection, kind)),
  );
}

/**
 * Whether this user may write `cells` of `range`'s sheet. The platform is asked first whether every
 * cell of `range` is editable (one call, `Range.canEdit`); only when it says no are the sheet's
 * protections asked about `cells` alone: a protected header or old rows do not stop a new row, and
 * whatever the platform answers for a warning-only protection (unconfirmed) the outcome is the
 * protections' own.
 */
function mayWrite(range: Range, cells: () => Box): boolean {
  return range.canEdit() || !blocked(range.getSheet(), cells);
}

/** The row below a table's last row, across the table's columns (`table` starts at row 1, open-ended). */
function nextRowOf(table: Range): () => Box {
  return () => ({
    row: table.getSheet().getLastRow() + 1,
    column: table.getColumn(),
    rows: 1,
    columns: table.getNumColumns(),
  });
}

/**
 * Asks whether this user may write the Team row and append a Promotion Log row (`log`: the log's
 * columns from row 1), before anything is written, and refuses the move with what to do when not.
 */
export function assertCanRecord(teamRow: Range, log: Range): void {
  if (!mayWrite(teamRow, () => boxOf(teamRow)) || !mayWrite(log, nextRowOf(log)))
    throw new Refused('protected', PROTECTED_EDIT_MESSAGE);
}

const PROPOSALS_PROTECTED_MESSAGE =
  `Your account is not an editor of the protected ${SHEET_NAMES.proposals} sheet, so the proposal could not be changed. Nothing was changed. ` +
  `Ask the spreadsheet owner to add you as an editor of the ${SHEET_NAMES.proposals} protection (Data ▸ Protect sheets and ranges), then try again.`;

/**
 * Asks whether this user may append a row to the Proposals table (its columns from row 1), before
 * anything is written, and refuses with what to do when not.
 */
export function assertCanAppendProposal(proposals: Range): void {
  if (!mayWrite(proposals, nextRowOf(proposals))) throw new Refused('protected', PROPOSALS_PROTECTED_MESSAGE);
}

/**
 * Runs writes (with the flush that applies them, where a refusal may surface instead: contracts
 * 14.5); a protection refusing them is explained with `message`. A refusal already explained passes.
 */
export function explainingRefusal<T>(message: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (!(error instanceof Refused) && refusalOf(error)?.outcome === 'protected') {
      throw new Refused('protected', message);
    }
    throw error;
  }
}

/** Runs a write to the Proposals sheet; a protection refusing it is explained as the Proposals sheet's. */
export function writingProposals<T>(write: () => T): T {
  return explainingRefusal(PROPOSALS_PROTECTED_MESSAGE, write);
}
