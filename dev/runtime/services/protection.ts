/** Apps Script `Protection` (range and sheet protections). */
import type { GridRef } from '../a1';
import type { Core } from '../core';
import type { ProtectionSpec } from '../model';
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
    return this._core.opts.effectiveUser;
  }
  getProtectionType(): string {
    return this._spec.type;
  }
  getDescription(): string {
    return this._spec.description;
  }
  setDescription(d: string): this {
    this._spec.description = String(d);
    return this;
  }
  isWarningOnly(): boolean {
    return this._spec.warningOnly;
  }
  setWarningOnly(w: boolean): this {
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
    return [this._owner(), ...this._spec.editors]
      .filter((e, i, a) => a.indexOf(e) === i)
      .map((e) => new User(this._core, e));
  }
  addEditor(editor: unknown): this {
    const email = emailOf(editor);
    if (!this._spec.editors.includes(email)) this._spec.editors.push(email);
    return this;
  }
  addEditors(editors: unknown[]): this {
    editors.forEach((e) => this.addEditor(e));
    return this;
  }
  /** Neither the owner nor the current user can be removed [doc] Prot. */
  removeEditor(editor: unknown): this {
    const email = emailOf(editor);
    if (email !== this._owner() && email !== this._core.opts.activeUser)
      this._spec.editors = this._spec.editors.filter((e) => e !== email);
    return this;
  }
  removeEditors(editors: unknown[]): this {
    editors.forEach((e) => this.removeEditor(e));
    return this;
  }
  canEdit(): boolean {
    return true; // the script runs as the owner, who can always edit [doc] Prot
  }
  canDomainEdit(): boolean {
    return this._spec.domainEdit;
  }
  setDomainEdit(b: boolean): this {
    this._spec.domainEdit = Boolean(b);
    return this;
  }
  setUnprotectedRanges(ranges: Range[]): this {
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
    this._core.model.protections = this._core.model.protections.filter((p) => p !== this._spec);
  }
}

/**
 * A new protection mirrors the file's permissions [doc] Sheet#protect; of those the runtime knows the
 * owner (always an editor) and the current user, who edits the file to be running the script [inference].
 */
function initialEditors(core: Core): string[] {
  const me = core.opts.activeUser;
  return me && me !== core.opts.effectiveUser ? [me] : [];
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
