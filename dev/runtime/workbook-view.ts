/** Host-side, read-only view of the spreadsheet for tests and the preview page (no accounting). */
import type { GridRef } from './a1';
import { boundA1, parseA1, rangeA1 } from './a1';
import { getCell, hostValue, readBlock, readDisplay, readValue } from './cells';
import { CfEvaluator } from './condformat';
import type { Core } from './core';
import type { CellFormat, CfRuleSpec, ProtectionSpec, RangeSpec, SheetModel, ValidationSpec } from './model';
import { formatValue } from './numfmt';
import { criteriaValuesPlain } from './view-helpers';

export interface SheetInfo {
  name: string;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  hidden: boolean;
}

export interface ValidationInfo {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
  /** the list a dropdown offers (VALUE_IN_LIST / VALUE_IN_RANGE with showDropdown) */
  dropdown: string[] | null;
}

export interface SnapshotCell {
  display: string;
  value: unknown;
  formula: string;
  background: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  /** setHorizontalAlignment's value ('left', 'center', 'right', 'normal'), when set */
  align?: string;
  note: string;
  error: string | null;
  dropdown?: string[];
  checkbox?: boolean;
  flagged?: boolean;
}

export interface Snapshot {
  sheet: string;
  rows: number;
  cols: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  cells: SnapshotCell[][];
}

export class WorkbookView {
  constructor(private readonly core: Core) {}

  private sheetModel(name: string | null): SheetModel {
    const m = this.core.model;
    const s =
      name === null
        ? (m.sheets.find((x) => x.id === m.activeSheetId) ?? m.sheets[0])
        : m.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s)
      throw new Error(
        `runtime: no sheet named "${String(name)}" (sheets: ${m.sheets.map((x) => x.name).join(', ')})`,
      );
    return s;
  }

  resolve(a1: string): { sheet: SheetModel; ref: GridRef } {
    const p = parseA1(a1);
    if (!p) throw new Error(`runtime: not an A1 reference: ${a1}`);
    const sheet = this.sheetModel(p.sheet);
    return { sheet, ref: boundA1(p, sheet.maxRows, sheet.maxCols) };
  }

  private spec(r: RangeSpec): string {
    const s = this.core.model.sheets.find((x) => x.id === r.sheetId);
    return `${s?.name ?? '?'}!${rangeA1(r)}`;
  }

  sheetNames(): string[] {
    return this.core.model.sheets.map((s) => s.name);
  }

  /** The spreadsheet's locale (getSpreadsheetLocale): how typed input is read and values are shown. */
  locale(): string {
    return this.core.model.locale;
  }

  /** The spreadsheet's time zone (getSpreadsheetTimeZone). */
  timeZone(): string {
    return this.core.model.timeZone;
  }

  /** The active sheet's name (what getActiveSheet() returns to the next execution). */
  activeSheet(): string {
    return this.sheetModel(null).name;
  }

  sheet(name: string): SheetInfo {
    const s = this.sheetModel(name);
    const d = this.core.engine.dimensions(s);
    return {
      name: s.name,
      maxRows: s.maxRows,
      maxColumns: s.maxCols,
      lastRow: d.lastRow,
      lastColumn: d.lastCol,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenCols,
      columnWidths: { ...s.colWidths },
      hiddenColumns: [...s.hiddenColumns],
      hidden: s.hidden,
    };
  }

  value(a1: string): unknown {
    const { sheet, ref } = this.resolve(a1);
    return readValue(this.core, sheet, ref.row, ref.col);
  }
  values(a1: string): unknown[][] {
    const { sheet, ref } = this.resolve(a1);
    return readBlock(this.core, sheet, ref, 'values');
  }
  displayValue(a1: string): string {
    const { sheet, ref } = this.resolve(a1);
    return readDisplay(this.core, sheet, ref.row, ref.col);
  }
  displayValues(a1: string): string[][] {
    const { sheet, ref } = this.resolve(a1);
    return readBlock(this.core, sheet, ref, 'display') as string[][];
  }
  formula(a1: string): string {
    const { sheet, ref } = this.resolve(a1);
    return getCell(sheet, ref.row, ref.col)?.f ?? '';
  }
  formulas(a1: string): string[][] {
    const { sheet, ref } = this.resolve(a1);
    return readBlock(this.core, sheet, ref, 'formulas') as string[][];
  }
  numberFormat(a1: string): string {
    const { sheet, ref } = this.resolve(a1);
    return getCell(sheet, ref.row, ref.col)?.nf ?? 'General';
  }
  background(a1: string): string {
    const { sheet, ref } = this.resolve(a1);
    return getCell(sheet, ref.row, ref.col)?.bg ?? '#ffffff';
  }
  fontColor(a1: string): string {
    const { sheet, ref } = this.resolve(a1);
    return getCell(sheet, ref.row, ref.col)?.fc ?? '#000000';
  }
  note(a1: string): string {
    const { sheet, ref } = this.resolve(a1);
    return getCell(sheet, ref.row, ref.col)?.note ?? '';
  }
  /** The message behind an error cell (e.g. what a custom function threw), else null. */
  error(a1: string): string | null {
    const { sheet, ref } = this.resolve(a1);
    return this.core.engine.read(sheet, ref.row, ref.col).error;
  }
  /** What conditional formatting contributes to the cell (first matching rule), or null. */
  conditionalFormat(a1: string): CellFormat | null {
    const { sheet, ref } = this.resolve(a1);
    return new CfEvaluator(this.core).formatOf(sheet, ref.row, ref.col);
  }
  /** The format the cell shows: its own, overridden by the matching conditional-format rule. */
  format(a1: string): { background: string; fontColor: string; bold: boolean; italic: boolean } {
    const { sheet, ref } = this.resolve(a1);
    return this.formatWith(new CfEvaluator(this.core), sheet, ref.row, ref.col);
  }
  private formatWith(ev: CfEvaluator, sheet: SheetModel, row: number, col: number) {
    const c = getCell(sheet, row, col);
    const cf = sheet.cfRules.length ? ev.formatOf(sheet, row, col) : null;
    return {
      background: cf?.background ?? c?.bg ?? '#ffffff',
      fontColor: cf?.fontColor ?? c?.fc ?? '#000000',
      bold: cf?.bold ?? c?.bold ?? false,
      italic: cf?.italic ?? c?.italic ?? false,
    };
  }
  validation(a1: string): ValidationInfo | null {
    const { sheet, ref } = this.resolve(a1);
    const dv = getCell(sheet, ref.row, ref.col)?.dv;
    if (!dv) return null;
    return {
      criteria: dv.criteria,
      values: criteriaValuesPlain(this.core, dv.values, (r) => this.spec(r)),
      allowInvalid: dv.allowInvalid,
      helpText: dv.helpText,
      dropdown: this.dropdown(dv),
    };
  }
  private dropdown(dv: NonNullable<ReturnType<typeof getCell>>['dv']): string[] | null {
    if (!dv || dv.values[1] === false) return null;
    if (dv.criteria === 'VALUE_IN_LIST') return (dv.values[0] as string[]).map(String);
    if (dv.criteria === 'VALUE_IN_RANGE') {
      const r = (dv.values[0] as { range: RangeSpec }).range;
      const s = this.core.model.sheets.find((x) => x.id === r.sheetId);
      if (!s) return [];
      return readBlock(this.core, s, r, 'display')
        .flat()
        .map(String)
        .filter((x) => x !== '');
    }
    return null;
  }
  isFlagged(a1: string): boolean {
    const { sheet, ref } = this.resolve(a1);
    return getCell(sheet, ref.row, ref.col)?.flagged === true;
  }
  conditionalFormatRules(sheet: string): (Omit<CfRuleSpec, 'ranges'> & { ranges: string[] })[] {
    return this.sheetModel(sheet).cfRules.map((r) => ({
      ...JSON.parse(JSON.stringify(r)),
      ranges: r.ranges.map((x) => this.spec(x)),
    }));
  }
  charts(sheet: string): {
    id: string;
    type: string;
    ranges: string[];
    options: Record<string, unknown>;
    position: { row: number; col: number; offsetX: number; offsetY: number };
    /** setNumHeaders(n); -1 when the builder never set it (Sheets then guesses) */
    numHeaders: number;
  }[] {
    return this.sheetModel(sheet).charts.map((c) => ({
      id: c.id,
      type: c.type,
      ranges: c.ranges.map((x) => this.spec(x)),
      options: JSON.parse(JSON.stringify(c.options)),
      position: { ...c.position },
      numHeaders: typeof c.numHeaders === 'number' ? c.numHeaders : -1,
    }));
  }
  protections(): (Omit<ProtectionSpec, 'range' | 'sheetId' | 'unprotected'> & {
    sheet: string;
    range: string | null;
    unprotected: string[];
  })[] {
    return this.core.model.protections.map((p) => ({
      id: p.id,
      type: p.type,
      sheet: this.core.model.sheets.find((s) => s.id === p.sheetId)?.name ?? '?',
      range: p.range ? this.spec(p.range) : null,
      description: p.description,
      warningOnly: p.warningOnly,
      editors: [...p.editors],
      domainEdit: p.domainEdit,
      unprotected: p.unprotected.map((x) => this.spec(x)),
    }));
  }
  namedRanges(): { name: string; range: string }[] {
    return this.core.model.namedRanges.map((n) => ({ name: n.name, range: this.spec(n.range) }));
  }

  /** Render-ready grid of a sheet (default: up to the last row/column with content). */
  snapshot(sheet: string, opts: { rows?: number; cols?: number } = {}): Snapshot {
    const s = this.sheetModel(sheet);
    const d = this.core.engine.dimensions(s);
    const rows = Math.min(s.maxRows, opts.rows ?? Math.max(d.lastRow, 1));
    const cols = Math.min(s.maxCols, opts.cols ?? Math.max(d.lastCol, 1));
    const ev = new CfEvaluator(this.core);
    // one list per validation rule per snapshot: a VALUE_IN_RANGE rule on 1,000 rows reads its range once
    const dropdowns = new Map<ValidationSpec, string[] | null>();
    const dropdownOf = (dv: ValidationSpec): string[] | null => {
      let list = dropdowns.get(dv);
      if (list === undefined) {
        list = this.dropdown(dv);
        dropdowns.set(dv, list);
      }
      return list;
    };
    const cells: SnapshotCell[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: SnapshotCell[] = [];
      for (let c = 1; c <= cols; c++) {
        const cell = getCell(s, r, c);
        const read = this.core.engine.read(s, r, c);
        const fmt = this.formatWith(ev, s, r, c);
        const out: SnapshotCell = {
          display: formatValue(read.value, cell?.nf, read.isDate, this.core.model.locale),
          value: hostValue(this.core, read),
          formula: cell?.f ?? '',
          background: fmt.background,
          fontColor: fmt.fontColor,
          bold: fmt.bold,
          italic: fmt.italic,
          note: cell?.note ?? '',
          error: read.error,
        };
        if (cell?.hAlign) out.align = cell.hAlign;
        if (cell?.dv) {
          const dd = dropdownOf(cell.dv);
          if (dd) out.dropdown = [...dd];
          if (cell.dv.criteria === 'CHECKBOX') out.checkbox = true;
        }
        if (cell?.flagged) out.flagged = true;
        row.push(out);
      }
      cells.push(row);
    }
    return {
      sheet: s.name,
      rows,
      cols,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenCols,
      columnWidths: { ...s.colWidths },
      hiddenColumns: s.hiddenColumns.filter((c) => c <= cols),
      cells,
    };
  }
}
