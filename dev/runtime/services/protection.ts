/** Apps Script `Protection` (range and sheet protections). */
import type { GridRef } from '../a1';
import type { Core } from '../core';
import type { ProtectionSpec } from '../model';
import { PROTECTED_EDIT, userCanEdit, writerOf } from '../protections';
import { Service, fail } from './base';
import { User } from './misc';
import { Range } from './range';

export const ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' });

/** Editor methods take an email address or a User (the doc's idiom: `removeEditors(getEditors())`). */
function emailOf(editor: unknown): string {
  return editor instanceof User ? editor.getEmail() : String(editor);
}

export class Protection extends Service {
  readonly _className = 'Protection';
  constructor(
    core: Core,
    readonly _spec: ProtectionSpec,
  ) {
    super(core);
  }
  private _owner(): string {
    return this._core.owner;
  }
  private _me(): string {
    return writerOf(this._core, false);
  }
  /** Changing (or listing the editors of) a protection one cannot edit fails [doc] Prot getEditors; text [inference]. */
  private _guard(): void {
    if (!userCanEdit(this._core, this._spec, this._me())) fail(PROTECTED_EDIT);
  }
  /** Editors or domain changed: the protection no longer mirrors the file's permissions [doc] Sheet#protect. */
  private _ownPermissions(): void {
    delete this._spec.mirrorsFile;
  }
  getProtectionType(): string {
    return this._spec.type;
  }
  getDescription(): string {
    return this._spec.description;
  }
  setDescription(d: string): this {
    this._guard();
    this._spec.description = String(d);
    return this;
  }
  isWarningOnly(): boolean {
    return this._spec.warningOnly;
  }
  setWarningOnly(w: boolean): this {
    this._guard();
    this._spec.warningOnly = Boolean(w);
    return this;
  }
  getRange(): Range {
    const s = this._core.model.sheets.find((x) => x.id === this._spec.sheetId);
    const r = this._spec.range ?? {
      sheetId: this._spec.sheetId,
      row: 1,
      col: 1,
      numRows: s?.maxRows ?? 1,
      numCols: s?.maxCols ?? 1,
    };
    return new Range(this._core, r.sheetId, {
      row: r.row,
      col: r.col,
      numRows: r.numRows,
      numCols: r.numCols,
    });
  }
  getEditors(): User[] {
    this._guard();
    return [this._owner(), ...this._spec.editors]
      .filter((e, i, a) => a.indexOf(e) === i)
      .map((e) => new User(this._core, e));
  }
  addEditor(editor: unknown): this {
    this._guard();
    this._ownPermissions();
    const email = emailOf(editor);
    if (email !== this._owner() && !this._spec.editors.includes(email)) this._spec.editors.push(email);
    return this;
  }
  addEditors(editors: unknown[]): this {
    editors.forEach((e) => this.addEditor(e));
    return this;
  }
  /** Neither the owner nor the current user can be removed [doc] Prot. */
  removeEditor(editor: unknown): this {
    this._guard();
    this._ownPermissions();
    const email = emailOf(editor);
    if (email !== this._owner() && email !== this._core.opts.activeUser)
      this._spec.editors = this._spec.editors.filter((e) => e !== email);
    return this;
  }
  removeEditors(editors: unknown[]): this {
    editors.forEach((e) => this.removeEditor(e));
    return this;
  }
  /** Whether the user running the script may edit the protected cells; the owner always can [doc] Prot. */
  canEdit(): boolean {
    return userCanEdit(this._core, this._spec, this._me());
  }
  canDomainEdit(): boolean {
    return this._spec.domainEdit;
  }
  setDomainEdit(b: boolean): this {
    this._guard();
    this._ownPermissions();
    this._spec.domainEdit = Boolean(b);
    return this;
  }
  setUnprotectedRanges(ranges: Range[]): this {
    this._guard();
    if (this._spec.type !== 'SHEET') fail('Unprotected ranges can only be set on sheet protections.');
    this._spec.unprotected = ranges.map((r) => ({ sheetId: r._sheetId, ...r._ref }));
    return this;
  }
  getUnprotectedRanges(): Range[] {
    return this._spec.unprotected.map(
      (r) =>
        new Range(this._core, r.sheetId, { row: r.row, col: r.col, numRows: r.numRows, numCols: r.numCols }),
    );
  }
  remove(): void {
    this._guard();
    this._core.model.protections = this._core.model.protections.filter((p) => p !== this._spec);
  }
}

/**
 * A new protection mirrors the file's permissions [doc] Sheet#protect; of those the runtime knows the
 * owner (always an editor) and the current user, who edits the file to be running the script [inference].
 */
function initialEditors(core: Core): string[] {
  const me = core.opts.activeUser;
  return me && me !== core.owner ? [me] : [];
}

function newSpec(core: Core, type: 'RANGE' | 'SHEET', sheetId: number, ref: GridRef | null): ProtectionSpec {
  const spec: ProtectionSpec = {
    id: core.model.nextProtectionId++,
    type,
    sheetId,
    range: ref ? { sheetId, ...ref } : null,
    description: '',
    warningOnly: false,
    editors: initialEditors(core),
    domainEdit: true,
    mirrorsFile: true,
    unprotected: [],
  };
  core.model.protections.push(spec);
  return spec;
}

export function protectRange(core: Core, sheetId: number, ref: GridRef): Protection {
  return new Protection(core, newSpec(core, 'RANGE', sheetId, ref));
}

/** sheet.protect() returns the existing sheet protection if there is one [doc] Sheet#protect. */
export function protectSheet(core: Core, sheetId: number): Protection {
  const existing = core.model.protections.find((p) => p.type === 'SHEET' && p.sheetId === sheetId);
  return new Protection(core, existing ?? newSpec(core, 'SHEET', sheetId, null));
}
