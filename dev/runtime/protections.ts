/**
 * Who may edit what: protections enforced on script writes and user edits (contract 6.7).
 * A write by someone who is not an editor of a (non-warning-only) protection covering the cells throws
 * Apps Script's error; the owner can always edit; a warning-only protection never blocks a script.
 */
import type { GridRef } from './a1';
import type { Core } from './core';
import type { ProtectionSpec } from './model';
import { DeferredRefusal, refusalsDeferred } from './platform';
import { ServiceException } from './services/base';

/** [observed] Apps Script's error for a write into a protected range/sheet by a non-editor. */
export const PROTECTED_EDIT =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

/**
 * Whether `user` may edit under `spec`: the owner always [doc] Prot; anyone while the protection still
 * mirrors the file (no editor list or domain setting changed yet — [doc] Sheet#protect "the sheet remains
 * unprotected"; the runtime assumes whoever runs the script can edit the file); a listed editor; with
 * domain edit on, anyone in the owner's e-mail domain [inference].
 */
export function userCanEdit(core: Core, spec: ProtectionSpec, user: string): boolean {
  const owner = core.owner;
  if (user === owner) return true;
  if (spec.mirrorsFile) return true;
  if (user && spec.editors.includes(user)) return true;
  return spec.domainEdit && user !== '' && domainOf(user) !== '' && domainOf(user) === domainOf(owner);
}

function intersects(a: GridRef, b: GridRef): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.col <= b.col + b.numCols - 1 &&
    b.col <= a.col + a.numCols - 1
  );
}

function inside(inner: GridRef, outer: GridRef): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}

/** Does `spec` cover any cell of `ref` (null = the sheet itself: structure, formats, rules, charts)? */
function covers(spec: ProtectionSpec, sheetId: number, ref: GridRef | null): boolean {
  if (spec.sheetId !== sheetId) return false;
  if (spec.type === 'RANGE') return ref === null ? false : spec.range !== null && intersects(spec.range, ref);
  if (ref === null) return true;
  // a sheet protection covers every cell outside its unprotected ranges
  for (let i = 0; i < ref.numRows; i++)
    for (let j = 0; j < ref.numCols; j++) {
      const cell = { row: ref.row + i, col: ref.col + j, numRows: 1, numCols: 1 };
      if (!spec.unprotected.some((u) => u.sheetId === sheetId && inside(cell, u))) return true;
    }
  return false;
}

/** The user a write is made as: the person typing, or the running script's effective user. */
export function writerOf(core: Core, byUser: boolean): string {
  return byUser ? core.opts.activeUser : core.opts.effectiveUser;
}

/**
 * Throws Apps Script's protected-edit error when `user` may not change `ref` (or the sheet). A script's
 * write (`byScript`) may instead be refused later, when the platform defers refusals (contracts 14.5).
 */
export function guardEdit(
  core: Core,
  sheetId: number,
  ref: GridRef | null,
  user: string,
  byScript = false,
): void {
  if (mayEdit(core, sheetId, ref, user)) return;
  if (byScript && refusalsDeferred(core)) throw new DeferredRefusal(PROTECTED_EDIT);
  throw new ServiceException(PROTECTED_EDIT);
}

/**
 * Whether `user` may change every cell of `ref` (or the sheet): no protection they cannot edit covers
 * any of it; the owner always may. A warning-only protection never blocks a script's write (no one to
 * warn); `warningOnlyCounts` makes it count, for `Range.canEdit`, whose answer there is unconfirmed.
 */
export function mayEdit(
  core: Core,
  sheetId: number,
  ref: GridRef | null,
  user: string,
  warningOnlyCounts = false,
): boolean {
  if (user === core.owner) return true;
  return !core.model.protections.some(
    (p) => (warningOnlyCounts || !p.warningOnly) && covers(p, sheetId, ref) && !userCanEdit(core, p, user),
  );
}

/** guardEdit for the running script (its effective user). */
export function guardScriptEdit(core: Core, sheetId: number, ref: GridRef | null): void {
  guardEdit(core, sheetId, ref, writerOf(core, false), true);
}
