/** Apps Script `Sheet`. */
import type { GridRef } from '../a1';
import { boundA1, parseA1 } from '../a1';
import { writeBlock } from '../cells';
import type { Core } from '../core';
import type { SheetModel } from '../model';
import { lastRowCol } from '../model';
import { guardScriptEdit } from '../protections';
import { Service, checkArgs, fail } from './base';
import { ConditionalFormatRule } from './cf-builder';
import { EmbeddedChart, EmbeddedChartBuilder } from './chart';
import { Protection, protectSheet } from './protection';
import { Range } from './range';
import { Spreadsheet } from './spreadsheet';

export function checkBounds(sheet: SheetModel, ref: GridRef): void {
  if (!Number.isFinite(ref.row) || !Number.isFinite(ref.col)) fail('Range not found');
  if (ref.row < 1) fail('The starting row of the range is too small.');
  if (ref.col < 1) fail('The starting column of the range is too small.');
  if (ref.numRows < 1) fail('The number of rows in the range must be at least 1.');
  if (ref.numCols < 1) fail('The number of columns in the range must be at least 1.');
  if (ref.row + ref.numRows - 1 > sheet.maxRows || ref.col + ref.numCols - 1 > sheet.maxCols)
    fail('The coordinates of the range are outside the dimensions of the sheet.');
}

export class Sheet extends Service {
  readonly _className = 'Sheet';
  constructor(
    core: Core,
    readonly _id: number,
  ) {
    super(core);
  }

  _m(): SheetModel {
    const s = this._core.model.sheets.find((x) => x.id === this._id);
    if (!s) fail('This sheet has been deleted.');
    return s;
  }

  /** A change to the sheet itself (structure, sizes, rules, charts) needs edit rights on its sheet protection. */
  _guard(): void {
    guardScriptEdit(this._core, this._id, null);
  }

  _range(a1: string): Range {
    const p = parseA1(a1);
    if (!p) fail('Range not found');
    const s = this._m();
    const ref = boundA1(p, s.maxRows, s.maxCols);
    checkBounds(s, ref);
    return new Range(this._core, this._id, ref);
  }

  getName(): string {
    return this._m().name;
  }
  setName(name: string): this {
    this._guard();
    const n = String(name);
    const clash = this._core.model.sheets.find(
      (s) => s.id !== this._id && s.name.toLowerCase() === n.toLowerCase(),
    );
    if (clash) fail(`A sheet with the name "${n}" already exists. Please enter another name.`);
    this._core.engine.renameSheet(this._id, n);
    this._m().name = n;
    return this;
  }
  getSheetId(): number {
    return this._id;
  }
  getIndex(): number {
    return this._core.model.sheets.findIndex((s) => s.id === this._id) + 1;
  }
  getParent(): Spreadsheet {
    return new Spreadsheet(this._core);
  }
  activate(): this {
    this._core.model.activeSheetId = this._id;
    return this;
  }
  getRange(a: number | string, col?: number, numRows?: number, numCols?: number): Range {
    if (typeof a === 'string') return this._range(a);
    if (typeof a !== 'number' || typeof col !== 'number')
      checkArgs(
        'SpreadsheetApp.Sheet.getRange',
        [a, col, numRows, numCols].filter((x) => x !== undefined),
        ['number', 'number'],
      );
    const ref = { row: a, col: col as number, numRows: numRows ?? 1, numCols: numCols ?? 1 };
    checkBounds(this._m(), ref);
    return new Range(this._core, this._id, ref);
  }
  getRangeList(): never {
    return fail('not implemented: Sheet.getRangeList');
  }
  getDataRange(): Range {
    const { lastRow, lastCol } = this._core.engine.dimensions(this._m());
    return new Range(this._core, this._id, {
      row: 1,
      col: 1,
      numRows: Math.max(1, lastRow),
      numCols: Math.max(1, lastCol),
    });
  }
  getLastRow(): number {
    return this._core.engine.dimensions(this._m()).lastRow;
  }
  getLastColumn(): number {
    return this._core.engine.dimensions(this._m()).lastCol;
  }
  getMaxRows(): number {
    return this._m().maxRows;
  }
  getMaxColumns(): number {
    return this._m().maxCols;
  }
  private _grow(rows: number, cols: number): void {
    const s = this._m();
    s.maxRows += rows;
    s.maxCols += cols;
    this._core.engine.refreshFormulas();
  }
  insertRowsAfter(after: number, howMany: number): this {
    this._guard();
    const s = this._m();
    if (after < 1 || after > s.maxRows) fail('Those rows are out of bounds.');
    if (after !== s.maxRows && lastRowCol(s).lastRow > after)
      fail('not implemented: Sheet.insertRowsAfter inside existing data (only appending rows is modelled)');
    this._grow(howMany, 0);
    return this;
  }
  insertRows(before: number, howMany = 1): this {
    return this.insertRowsAfter(before - 1 || 1, howMany);
  }
  insertRowAfter(after: number): this {
    return this.insertRowsAfter(after, 1);
  }
  insertColumnsAfter(after: number, howMany: number): this {
    this._guard();
    const s = this._m();
    if (after < 1 || after > s.maxCols) fail('Those columns are out of bounds.');
    if (after !== s.maxCols && lastRowCol(s).lastCol > after)
      fail(
        'not implemented: Sheet.insertColumnsAfter inside existing data (only appending columns is modelled)',
      );
    this._grow(0, howMany);
    return this;
  }
  insertColumns(before: number, howMany = 1): this {
    return this.insertColumnsAfter(before - 1 || 1, howMany);
  }
  deleteRows(pos: number, howMany: number): void {
    this._guard();
    const s = this._m();
    if (pos < 1 || pos + howMany - 1 > s.maxRows) fail('Those rows are out of bounds.');
    if (pos + howMany - 1 !== s.maxRows || lastRowCol(s).lastRow >= pos)
      fail(
        'not implemented: Sheet.deleteRows of rows holding data or followed by rows (only trimming empty trailing rows is modelled)',
      );
    s.maxRows -= howMany;
    this._core.engine.refreshFormulas();
  }
  deleteColumns(pos: number, howMany: number): void {
    this._guard();
    const s = this._m();
    if (pos < 1 || pos + howMany - 1 > s.maxCols) fail('Those columns are out of bounds.');
    if (pos + howMany - 1 !== s.maxCols || lastRowCol(s).lastCol >= pos)
      fail(
        'not implemented: Sheet.deleteColumns of columns holding data or followed by columns (only trimming empty trailing columns is modelled)',
      );
    s.maxCols -= howMany;
    s.hiddenColumns = s.hiddenColumns.filter((c) => c <= s.maxCols);
    this._core.engine.refreshFormulas();
  }
  appendRow(row: unknown[]): this {
    if (!Array.isArray(row) || row.length === 0)
      fail(
        `The parameters (${Array.isArray(row) ? 'Object[]' : typeof row}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`,
      );
    const s = this._m();
    const target = this._core.engine.dimensions(s).lastRow + 1;
    guardScriptEdit(this._core, this._id, { row: target, col: 1, numRows: 1, numCols: row.length });
    if (target > s.maxRows) this._grow(target - s.maxRows, 0);
    if (row.length > s.maxCols) this._grow(0, row.length - s.maxCols);
    writeBlock(this._core, s, { row: target, col: 1, numRows: 1, numCols: row.length }, [row]);
    return this;
  }
  setFrozenRows(n: number): void {
    this._guard();
    this._m().frozenRows = n;
  }
  setFrozenColumns(n: number): void {
    this._guard();
    this._m().frozenCols = n;
  }
  getFrozenRows(): number {
    return this._m().frozenRows;
  }
  getFrozenColumns(): number {
    return this._m().frozenCols;
  }
  setColumnWidth(col: number, px: number): this {
    this._guard();
    if (col < 1 || col > this._m().maxCols) fail('Those columns are out of bounds.');
    this._m().colWidths[col] = px;
    return this;
  }
  setColumnWidths(start: number, n: number, px: number): this {
    for (let i = 0; i < n; i++) this.setColumnWidth(start + i, px);
    return this;
  }
  getColumnWidth(col: number): number {
    if (col < 1 || col > this._m().maxCols) fail('Those columns are out of bounds.');
    return this._m().colWidths[col] ?? 100;
  }
  setRowHeight(row: number, px: number): this {
    this._guard();
    if (row < 1 || row > this._m().maxRows) fail('Those rows are out of bounds.');
    this._m().rowHeights[row] = px;
    return this;
  }
  getRowHeight(row: number): number {
    return this._m().rowHeights[row] ?? 21;
  }
  private _columnSpan(start: number, n: number): number[] {
    if (start < 1 || n < 1 || start + n - 1 > this._m().maxCols) fail('Those columns are out of bounds.');
    return Array.from({ length: n }, (_, i) => start + i);
  }
  private _setColumnsHidden(columns: number[], hidden: boolean): void {
    this._guard();
    const s = this._m();
    const set = new Set(s.hiddenColumns);
    for (const c of columns) {
      if (hidden) set.add(c);
      else set.delete(c);
    }
    s.hiddenColumns = [...set].sort((a, b) => a - b);
  }
  hideColumns(start: number, n = 1): void {
    this._setColumnsHidden(this._columnSpan(start, n), true);
  }
  showColumns(start: number, n = 1): void {
    this._setColumnsHidden(this._columnSpan(start, n), false);
  }
  hideColumn(range: Range): void {
    this._setColumnsHidden(this._columnSpan(range._ref.col, range._ref.numCols), true);
  }
  unhideColumn(range: Range): void {
    this._setColumnsHidden(this._columnSpan(range._ref.col, range._ref.numCols), false);
  }
  isColumnHiddenByUser(col: number): boolean {
    this._columnSpan(col, 1);
    return this._m().hiddenColumns.includes(col);
  }
  autoResizeColumns(start: number, n: number): this {
    this._guard();
    const s = this._m();
    if (start < 1 || start + n - 1 > s.maxCols) fail('Those columns are out of bounds.');
    for (let i = 0; i < n; i++) delete s.colWidths[start + i];
    return this;
  }
  autoResizeColumn(col: number): this {
    return this.autoResizeColumns(col, 1);
  }
  hideSheet(): this {
    this._guard();
    if (this._core.model.sheets.filter((s) => !s.hidden).length <= 1)
      fail("You can't hide all the sheets in a document.");
    this._m().hidden = true;
    return this;
  }
  showSheet(): this {
    this._guard();
    this._m().hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._m().hidden;
  }
  setTabColor(c: string | null): this {
    this._guard();
    this._m().tabColor = c;
    return this;
  }
  getTabColor(): string | null {
    return this._m().tabColor;
  }
  clear(): this {
    const s = this._m();
    guardScriptEdit(this._core, this._id, { row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols });
    const { lastRow, lastCol } = lastRowCol(s);
    s.cells.clear();
    if (lastRow > 0)
      this._core.engine.setContent(
        s,
        1,
        1,
        Array.from({ length: lastRow }, () => Array.from({ length: lastCol }, () => undefined)),
      );
    return this;
  }
  clearContents(): this {
    const { lastRow, lastCol } = lastRowCol(this._m());
    if (lastRow > 0)
      new Range(this._core, this._id, { row: 1, col: 1, numRows: lastRow, numCols: lastCol }).clearContent();
    return this;
  }
  clearFormats(): this {
    this._guard();
    for (const c of this._m().cells.values()) {
      delete c.nf;
      delete c.bg;
      delete c.fc;
      delete c.bold;
      delete c.italic;
    }
    return this;
  }
  // ---- conditional formats ----
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this._m().cfRules.map((r) => new ConditionalFormatRule(this._core, r, true));
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this._guard();
    if (!Array.isArray(rules))
      checkArgs('SpreadsheetApp.Sheet.setConditionalFormatRules', [rules], ['Object[]']);
    this._m().cfRules = rules.map((r) => {
      if (!(r instanceof ConditionalFormatRule))
        fail(
          "The parameters (Object[]) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
        );
      return JSON.parse(JSON.stringify(r._spec));
    });
  }
  clearConditionalFormatRules(): void {
    this._guard();
    this._m().cfRules = [];
  }
  // ---- charts ----
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this._core, this._id);
  }
  insertChart(chart: EmbeddedChart): void {
    this._guard();
    const spec = JSON.parse(JSON.stringify(chart._spec));
    spec.id = String(this._core.model.nextChartId++);
    this._m().charts.push(spec);
  }
  getCharts(): EmbeddedChart[] {
    return this._m().charts.map((c) => new EmbeddedChart(this._core, c, this._id));
  }
  updateChart(chart: EmbeddedChart): void {
    this._guard();
    const s = this._m();
    const i = s.charts.findIndex((c) => c.id === chart._spec.id);
    if (i < 0) fail('The chart does not exist on this sheet.');
    s.charts[i] = JSON.parse(JSON.stringify(chart._spec));
  }
  removeChart(chart: EmbeddedChart): void {
    this._guard();
    const s = this._m();
    s.charts = s.charts.filter((c) => c.id !== chart._spec.id);
  }
  // ---- protection ----
  protect(): Protection {
    return protectSheet(this._core, this._id);
  }
  getProtections(type: string): Protection[] {
    return this._core.model.protections
      .filter((p) => p.sheetId === this._id && p.type === String(type))
      .map((p) => new Protection(this._core, p));
  }
}
