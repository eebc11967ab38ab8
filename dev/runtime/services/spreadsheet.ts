/** Apps Script `SpreadsheetApp`, `Spreadsheet` and `NamedRange`. */
import { boundA1, parseA1 } from '../a1';
import type { Core } from '../core';
import { isValidZone } from '../dates';
import type { RangeSpec } from '../model';
import { newSheet } from '../model';
import { Service, fail } from './base';
import { BooleanCriteria, ConditionalFormatRuleBuilder, InterpolationType } from './cf-builder';
import { User } from './misc';
import { Protection, ProtectionType } from './protection';
import { Range } from './range';
import { Sheet, checkBounds } from './sheet';
import { DataValidationBuilder, DataValidationCriteria } from './validation-builder';
import { Ui } from './ui';

const NAME_RULE = /^[A-Za-z_][A-Za-z0-9_.]{0,249}$/;

export class NamedRange extends Service {
  readonly _className = 'NamedRange';
  constructor(
    core: Core,
    readonly _entry: { name: string; range: RangeSpec },
  ) {
    super(core);
  }
  getName(): string {
    return this._entry.name;
  }
  getRange(): Range {
    const r = this._entry.range;
    return new Range(this._core, r.sheetId, {
      row: r.row,
      col: r.col,
      numRows: r.numRows,
      numCols: r.numCols,
    });
  }
  setName(name: string): this {
    checkName(this._core, name, this._entry.name);
    this._core.engine.removeName(this._entry.name);
    this._entry.name = name;
    this._core.engine.addName(name, this._entry.range);
    return this;
  }
  setRange(range: Range): this {
    this._entry.range = { sheetId: range._sheetId, ...range._ref };
    this._core.engine.removeName(this._entry.name);
    this._core.engine.addName(this._entry.name, this._entry.range);
    return this;
  }
  remove(): void {
    this._core.model.namedRanges = this._core.model.namedRanges.filter((n) => n !== this._entry);
    this._core.engine.removeName(this._entry.name);
  }
}

/** Naming rules [inference — Sheets Help "Name a range", contract 5.3]. */
function checkName(core: Core, name: string, except?: string): void {
  const bad =
    !NAME_RULE.test(name) ||
    /^(true|false)$/i.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^R\d*C\d*$/i.test(name);
  if (bad) fail(`Named range name "${name}" is invalid.`);
  if (core.model.namedRanges.some((n) => n.name.toLowerCase() === name.toLowerCase() && n.name !== except))
    fail(`A named range with the name "${name}" already exists.`);
}

export class Spreadsheet extends Service {
  readonly _className = 'Spreadsheet';

  _sheetByName(name: string): Sheet | null {
    const s = this._core.model.sheets.find((x) => x.name.toLowerCase() === String(name).toLowerCase());
    return s ? new Sheet(this._core, s.id) : null;
  }

  getId(): string {
    return this._core.model.id;
  }
  getName(): string {
    return this._core.model.name;
  }
  rename(name: string): void {
    this._core.model.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._core.model.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this._core.model.timeZone;
  }
  setSpreadsheetTimeZone(tz: string): void {
    if (!isValidZone(tz)) fail(`Invalid argument: timeZone`);
    this._core.model.timeZone = tz;
  }
  getSpreadsheetLocale(): string {
    return this._core.model.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._core.model.locale = String(locale);
  }
  getSheets(): Sheet[] {
    return this._core.model.sheets.map((s) => new Sheet(this._core, s.id));
  }
  getNumSheets(): number {
    return this._core.model.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    return this._sheetByName(name);
  }
  getSheetById(id: number): Sheet | null {
    return this._core.model.sheets.some((s) => s.id === id) ? new Sheet(this._core, id) : null;
  }
  getActiveSheet(): Sheet {
    const exec = this._core.current;
    if (exec?.cell) return new Sheet(this._core, exec.cell.sheetId);
    const m = this._core.model;
    const s = m.sheets.find((x) => x.id === m.activeSheetId) ?? m.sheets[0];
    return new Sheet(this._core, s?.id ?? 0);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this._core.model.activeSheetId = sheet._id;
    return sheet;
  }
  getActiveRange(): Range | null {
    const cell = this._core.current?.cell;
    return cell
      ? new Range(this._core, cell.sheetId, { row: cell.row, col: cell.col, numRows: 1, numCols: 1 })
      : null;
  }
  getActiveCell(): Range {
    return this.getActiveRange() ?? this.getActiveSheet().getRange(1, 1);
  }
  insertSheet(a?: unknown, b?: unknown, c?: unknown): Sheet {
    let name: string | undefined;
    let index: number | undefined;
    let opts: { template?: Sheet } | undefined;
    for (const x of [a, b, c]) {
      if (typeof x === 'string') name = x;
      else if (typeof x === 'number') index = x;
      else if (x && typeof x === 'object') opts = x as { template?: Sheet };
    }
    if (opts?.template) fail('not implemented: Spreadsheet.insertSheet with a template');
    const m = this._core.model;
    const finalName = name ?? nextSheetName(m.sheets.map((s) => s.name));
    if (m.sheets.some((s) => s.name.toLowerCase() === finalName.toLowerCase()))
      fail(`A sheet with the name "${finalName}" already exists. Please enter another name.`);
    const s = newSheet(m.nextSheetId++, finalName);
    const at = index === undefined ? m.sheets.length : Math.max(0, Math.min(index, m.sheets.length));
    m.sheets.splice(at, 0, s);
    this._core.engine.addSheet(s);
    m.activeSheetId = s.id;
    return new Sheet(this._core, s.id);
  }
  deleteSheet(sheet: Sheet): void {
    const m = this._core.model;
    if (m.sheets.length <= 1) fail("You can't remove all the sheets in a document.");
    sheet._guard();
    m.sheets = m.sheets.filter((s) => s.id !== sheet._id);
    m.protections = m.protections.filter((p) => p.sheetId !== sheet._id);
    m.namedRanges = m.namedRanges.filter((n) => n.range.sheetId !== sheet._id);
    this._core.engine.removeSheet(sheet._id);
    if (m.activeSheetId === sheet._id) m.activeSheetId = m.sheets[0]?.id ?? 0;
  }
  moveActiveSheet(pos: number): void {
    const m = this._core.model;
    const i = m.sheets.findIndex((s) => s.id === m.activeSheetId);
    const [s] = m.sheets.splice(i, 1);
    if (s) m.sheets.splice(Math.max(0, pos - 1), 0, s);
  }
  getRange(a1: string): Range {
    const p = parseA1(a1);
    if (!p) fail('Range not found');
    const sheet = p.sheet === null ? this.getActiveSheet() : this._sheetByName(p.sheet);
    if (!sheet) fail('Range not found');
    const sm = sheet._m();
    const ref = boundA1(p, sm.maxRows, sm.maxCols);
    checkBounds(sm, ref);
    return new Range(this._core, sm.id, ref);
  }
  getRangeByName(name: string): Range | null {
    const n = this._core.model.namedRanges.find((x) => x.name.toLowerCase() === String(name).toLowerCase());
    return n ? new NamedRange(this._core, n).getRange() : null;
  }
  setNamedRange(name: string, range: Range): void {
    const existing = this._core.model.namedRanges.find((n) => n.name === name);
    if (existing) {
      new NamedRange(this._core, existing).setRange(range);
      return;
    }
    checkName(this._core, name);
    const entry = { name, range: { sheetId: range._sheetId, ...range._ref } };
    this._core.model.namedRanges.push(entry);
    this._core.engine.addName(name, entry.range);
  }
  getNamedRanges(): NamedRange[] {
    return this._core.model.namedRanges.map((n) => new NamedRange(this._core, n));
  }
  removeNamedRange(name: string): void {
    const n = this._core.model.namedRanges.find((x) => x.name === name);
    if (!n) fail(`Named range "${name}" does not exist.`);
    new NamedRange(this._core, n).remove();
  }
  getProtections(type: string): Protection[] {
    return this._core.model.protections
      .filter((p) => p.type === String(type))
      .map((p) => new Protection(this._core, p));
  }
  toast(message: string, title?: string, timeoutSeconds?: number | null): void {
    this._core.ui.toasts.push({
      message: String(message),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined || timeoutSeconds === null ? 5 : timeoutSeconds,
    });
  }
  getOwner(): User {
    return new User(this._core, this._core.owner);
  }
}

function nextSheetName(names: string[]): string {
  for (let i = 1; ; i++) if (!names.some((n) => n.toLowerCase() === `sheet${i}`)) return `Sheet${i}`;
}

export class SpreadsheetApp extends Service {
  readonly _className = 'SpreadsheetApp';
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly InterpolationType = InterpolationType;
  readonly BooleanCriteria = BooleanCriteria;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = Object.freeze({ WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' });
  readonly BorderStyle = Object.freeze({
    SOLID: 'SOLID',
    DOTTED: 'DOTTED',
    DASHED: 'DASHED',
    SOLID_MEDIUM: 'SOLID_MEDIUM',
    SOLID_THICK: 'SOLID_THICK',
    DOUBLE: 'DOUBLE',
  });

  getActiveSpreadsheet(): Spreadsheet {
    return new Spreadsheet(this._core);
  }
  getActive(): Spreadsheet {
    return new Spreadsheet(this._core);
  }
  getActiveSheet(): Sheet {
    return new Spreadsheet(this._core).getActiveSheet();
  }
  getActiveRange(): Range | null {
    return new Spreadsheet(this._core).getActiveRange();
  }
  getUi(): Ui {
    // no one is looking at a custom function's or a time-driven trigger's run ([observed] scripts' notes quote
    // the text for triggers and for runs from the editor)
    const current = this._core.current;
    if (current?.readOnly || current?.calls.kind === 'timeDriven') {
      fail('Cannot call SpreadsheetApp.getUi() from this context.');
    }
    return new Ui(this._core);
  }
  flush(): void {
    this._core.engine.settle();
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this._core);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this._core);
  }
  openById(): never {
    if (this._core.current?.readOnly)
      fail(
        'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
      );
    return fail('not implemented: SpreadsheetApp.openById (the add-on is @OnlyCurrentDoc)');
  }
}
