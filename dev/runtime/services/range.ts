/** Apps Script `Range`. */
import type { GridRef } from '../a1';
import { cellA1, rangeA1 } from '../a1';
import { eachCell, getCell, readBlock, writeBlock } from '../cells';
import type { Core } from '../core';
import type { SheetModel, ValidationSpec } from '../model';
import { Service, checkArgs, fail } from './base';
import { DataValidation } from './validation-builder';
import { formulaReadBack } from '../platform';
import { guardScriptEdit, mayEdit, writerOf } from '../protections';
import { protectRange } from './protection';
import { Sheet } from './sheet';

export class Range extends Service {
  readonly _className = 'Range';
  constructor(
    core: Core,
    readonly _sheetId: number,
    readonly _ref: GridRef,
  ) {
    super(core);
  }

  _sheet(): SheetModel {
    const s = this._core.model.sheets.find((x) => x.id === this._sheetId);
    if (!s) fail('The sheet of this range was deleted.');
    return s;
  }

  private _sheetService(): Sheet {
    return new Sheet(this._core, this._sheetId);
  }

  private _checkShape(data: unknown, what: string): unknown[][] {
    if (!Array.isArray(data)) checkArgs(`SpreadsheetApp.Range.${what}`, [data], ['Object[]']);
    const rows = data as unknown[];
    if (rows.length !== this._ref.numRows)
      fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this._ref.numRows}.`,
      );
    for (const r of rows) {
      if (!Array.isArray(r)) checkArgs(`SpreadsheetApp.Range.${what}`, [data], ['Object[][]']);
      if ((r as unknown[]).length !== this._ref.numCols)
        fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${(r as unknown[]).length} but the range has ${this._ref.numCols}.`,
        );
    }
    return rows as unknown[][];
  }

  // ---- geometry ----
  getA1Notation(): string {
    return rangeA1(this._ref);
  }
  getRow(): number {
    return this._ref.row;
  }
  getRowIndex(): number {
    return this._ref.row;
  }
  getColumn(): number {
    return this._ref.col;
  }
  getLastRow(): number {
    return this._ref.row + this._ref.numRows - 1;
  }
  getLastColumn(): number {
    return this._ref.col + this._ref.numCols - 1;
  }
  getNumRows(): number {
    return this._ref.numRows;
  }
  getNumColumns(): number {
    return this._ref.numCols;
  }
  getHeight(): number {
    return this._ref.numRows;
  }
  getWidth(): number {
    return this._ref.numCols;
  }
  getSheet(): Sheet {
    return this._sheetService();
  }
  getGridId(): number {
    return this._sheetId;
  }
  getCell(row: number, col: number): Range {
    if (row < 1 || col < 1 || row > this._ref.numRows || col > this._ref.numCols)
      fail('The coordinates of the range are outside the dimensions of the sheet.');
    return new Range(this._core, this._sheetId, {
      row: this._ref.row + row - 1,
      col: this._ref.col + col - 1,
      numRows: 1,
      numCols: 1,
    });
  }
  offset(rowOffset: number, colOffset: number, numRows?: number, numCols?: number): Range {
    const ref = {
      row: this._ref.row + rowOffset,
      col: this._ref.col + colOffset,
      numRows: numRows ?? this._ref.numRows,
      numCols: numCols ?? this._ref.numCols,
    };
    const s = this._sheet();
    if (ref.row < 1) fail('The starting row of the range is too small.');
    if (ref.col < 1) fail('The starting column of the range is too small.');
    if (ref.row + ref.numRows - 1 > s.maxRows || ref.col + ref.numCols - 1 > s.maxCols)
      fail('The coordinates of the range are outside the dimensions of the sheet.');
    return new Range(this._core, this._sheetId, ref);
  }
  /**
   * Whether the script's user may edit every cell of the range; the owner always may [doc] Range#canEdit.
   * A warning-only protection they are not an editor of makes it false: the platform's answer there is
   * unconfirmed, and this is the less convenient one (writes still go through).
   */
  canEdit(): boolean {
    this._sheet();
    return mayEdit(this._core, this._sheetId, this._ref, writerOf(this._core, false), true);
  }
  isBlank(): boolean {
    return readBlock(this._core, this._sheet(), this._ref, 'values').every((r) => r.every((v) => v === ''));
  }

  // ---- values ----
  getValue(): unknown {
    return readBlock(this._core, this._sheet(), { ...this._ref, numRows: 1, numCols: 1 }, 'values')[0]?.[0];
  }
  getValues(): unknown[][] {
    return readBlock(this._core, this._sheet(), this._ref, 'values');
  }
  getDisplayValue(): string {
    return readBlock(
      this._core,
      this._sheet(),
      { ...this._ref, numRows: 1, numCols: 1 },
      'display',
    )[0]?.[0] as string;
  }
  getDisplayValues(): unknown[][] {
    return readBlock(this._core, this._sheet(), this._ref, 'display');
  }
  getFormula(): string {
    return formulaReadBack(this._core, getCell(this._sheet(), this._ref.row, this._ref.col)?.f ?? '');
  }
  getFormulas(): unknown[][] {
    return readBlock(this._core, this._sheet(), this._ref, 'formulas').map((row) =>
      row.map((f) => formulaReadBack(this._core, f as string)),
    );
  }
  setValue(value: unknown): this {
    if (Array.isArray(value) || (value !== null && typeof value === 'object' && !(value instanceof Date)))
      checkArgs('SpreadsheetApp.Range.setValue', [value], ['String']);
    const data = Array.from({ length: this._ref.numRows }, () =>
      Array.from({ length: this._ref.numCols }, () => value),
    );
    writeBlock(this._core, this._sheet(), this._ref, data);
    return this;
  }
  setValues(values: unknown): this {
    writeBlock(this._core, this._sheet(), this._ref, this._checkShape(values, 'setValues'));
    return this;
  }
  setFormula(formula: string): this {
    checkArgs('SpreadsheetApp.Range.setFormula', [formula], ['String']);
    const f = formula.startsWith('=') ? formula : `=${formula}`;
    return this.setValue(f);
  }
  setFormulas(formulas: unknown): this {
    const rows = this._checkShape(formulas, 'setFormulas').map((r) =>
      r.map((f) => (f === '' || f === null ? '' : String(f).startsWith('=') ? f : `=${String(f)}`)),
    );
    writeBlock(this._core, this._sheet(), this._ref, rows);
    return this;
  }

  // ---- formats ----
  private _get<T>(fn: (c: ReturnType<typeof getCell>) => T): T[][] {
    const s = this._sheet();
    return Array.from({ length: this._ref.numRows }, (_, i) =>
      Array.from({ length: this._ref.numCols }, (_, j) =>
        fn(getCell(s, this._ref.row + i, this._ref.col + j)),
      ),
    );
  }
  private _set(fn: (c: NonNullable<ReturnType<typeof getCell>>, i: number, j: number) => void): this {
    guardScriptEdit(this._core, this._sheetId, this._ref);
    eachCell(this._sheet(), this._ref, fn);
    return this;
  }
  private _setEach<T>(
    data: unknown,
    name: string,
    fn: (c: NonNullable<ReturnType<typeof getCell>>, v: T) => void,
  ): this {
    const rows = this._checkShape(data, name);
    return this._set((c, i, j) => fn(c, rows[i]?.[j] as T));
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0]?.[0] ?? 'General';
  }
  getNumberFormats(): string[][] {
    return this._get((c) => c?.nf ?? 'General');
  }
  setNumberFormat(fmt: string): this {
    return this._set((c) => (c.nf = fmt));
  }
  setNumberFormats(fmts: unknown): this {
    return this._setEach<string>(fmts, 'setNumberFormats', (c, v) => (c.nf = v));
  }
  getBackground(): string {
    return this.getBackgrounds()[0]?.[0] ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this._get((c) => c?.bg ?? '#ffffff');
  }
  setBackground(color: string | null): this {
    return this._set((c) => (color === null ? delete c.bg : (c.bg = color.toLowerCase())));
  }
  setBackgrounds(colors: unknown): this {
    return this._setEach<string | null>(colors, 'setBackgrounds', (c, v) =>
      v ? (c.bg = v.toLowerCase()) : delete c.bg,
    );
  }
  getFontColor(): string {
    return this.getFontColors()[0]?.[0] ?? '#000000';
  }
  getFontColors(): string[][] {
    return this._get((c) => c?.fc ?? '#000000');
  }
  setFontColor(color: string | null): this {
    return this._set((c) => (color === null ? delete c.fc : (c.fc = color.toLowerCase())));
  }
  setFontColors(colors: unknown): this {
    return this._setEach<string | null>(colors, 'setFontColors', (c, v) =>
      v ? (c.fc = v.toLowerCase()) : delete c.fc,
    );
  }
  getFontWeight(): string {
    return getCell(this._sheet(), this._ref.row, this._ref.col)?.bold ? 'bold' : 'normal';
  }
  getFontWeights(): string[][] {
    return this._get((c) => (c?.bold ? 'bold' : 'normal'));
  }
  setFontWeight(w: string | null): this {
    return this._set((c) => (c.bold = w === 'bold'));
  }
  setFontWeights(w: unknown): this {
    return this._setEach<string>(w, 'setFontWeights', (c, v) => (c.bold = v === 'bold'));
  }
  setFontStyle(style: string | null): this {
    return this._set((c) => (c.italic = style === 'italic'));
  }
  setHorizontalAlignment(a: string | null): this {
    return this._set((c) => (a ? (c.hAlign = a) : delete c.hAlign));
  }
  setWrap(w: boolean): this {
    return this._set((c) => (c.wrap = w));
  }
  getNote(): string {
    return getCell(this._sheet(), this._ref.row, this._ref.col)?.note ?? '';
  }
  getNotes(): string[][] {
    return this._get((c) => c?.note ?? '');
  }
  setNote(note: string | null): this {
    return this._set((c) => (note ? (c.note = String(note)) : delete c.note));
  }
  setNotes(notes: unknown): this {
    return this._setEach<string | null>(notes, 'setNotes', (c, v) =>
      v ? (c.note = String(v)) : delete c.note,
    );
  }
  clearNote(): this {
    return this._set((c) => delete c.note);
  }

  // ---- validation ----
  setDataValidation(rule: DataValidation | null): this {
    const origin = { row: this._ref.row, col: this._ref.col };
    const spec: ValidationSpec | null = rule ? { ...rule._spec, origin } : null;
    return this._set((c) => (spec ? (c.dv = spec) : delete c.dv));
  }
  setDataValidations(rules: unknown): this {
    const origin = { row: this._ref.row, col: this._ref.col };
    return this._setEach<DataValidation | null>(rules, 'setDataValidations', (c, v) =>
      v ? (c.dv = { ...v._spec, origin }) : delete c.dv,
    );
  }
  getDataValidation(): DataValidation | null {
    const dv = getCell(this._sheet(), this._ref.row, this._ref.col)?.dv;
    return dv ? new DataValidation(this._core, dv, true) : null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this._get((c) => (c?.dv ? new DataValidation(this._core, c.dv, true) : null));
  }
  clearDataValidations(): this {
    return this._set((c) => {
      delete c.dv;
      delete c.flagged;
    });
  }

  // ---- checkboxes ----
  insertCheckboxes(checked?: unknown, unchecked?: unknown): this {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    const spec: ValidationSpec = { criteria: 'CHECKBOX', values, allowInvalid: true, helpText: null };
    this._set((c) => (c.dv = spec));
    const unv = checked === undefined ? false : unchecked === undefined ? '' : unchecked;
    return this.setValue(unv);
  }
  private _toggle(on: boolean): this {
    const s = this._sheet();
    const vals = this.getValues();
    const out = vals.map((r, i) =>
      r.map((v, j) => {
        const dv = getCell(s, this._ref.row + i, this._ref.col + j)?.dv;
        if (!dv || dv.criteria !== 'CHECKBOX') return v;
        const [chk = true, unc = dv.values.length === 1 ? '' : false] =
          dv.values.length === 0 ? [true, false] : dv.values;
        if (v !== chk && v !== unc) return v;
        return on ? chk : unc;
      }),
    );
    writeBlock(this._core, s, this._ref, out);
    return this;
  }
  check(): this {
    return this._toggle(true);
  }
  uncheck(): this {
    return this._toggle(false);
  }
  isChecked(): boolean | null {
    const v = this.getValue();
    const dv = getCell(this._sheet(), this._ref.row, this._ref.col)?.dv;
    if (!dv || dv.criteria !== 'CHECKBOX') return null;
    return dv.values.length === 0 ? v === true : v === dv.values[0];
  }

  // ---- clearing ----
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): this {
    const o = options ?? {};
    const all = !o.contentsOnly && !o.formatOnly && !o.validationsOnly && !o.commentsOnly;
    if (all || o.contentsOnly) this.clearContent();
    if (all || o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    if (all || o.commentsOnly) this.clearNote();
    return this;
  }
  clearContent(): this {
    const data = Array.from({ length: this._ref.numRows }, () =>
      Array.from({ length: this._ref.numCols }, () => ''),
    );
    const s = this._sheet();
    guardScriptEdit(this._core, this._sheetId, this._ref);
    // clearing is never rejected by validation
    eachCell(s, this._ref, (c) => delete c.flagged);
    writeBlock(this._core, s, this._ref, data);
    return this;
  }
  clearFormat(): this {
    return this._set((c) => {
      delete c.nf;
      delete c.bg;
      delete c.fc;
      delete c.bold;
      delete c.italic;
      delete c.hAlign;
      delete c.wrap;
    });
  }

  protect(): unknown {
    return protectRange(this._core, this._sheetId, this._ref);
  }

  activate(): this {
    this._core.model.activeSheetId = this._sheetId;
    return this;
  }

  _a1WithSheet(): string {
    return `${this._sheet().name}!${cellA1(this._ref.row, this._ref.col)}`;
  }
}
