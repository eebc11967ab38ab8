/** The in-memory spreadsheet: plain data, no Apps Script surface. Serializable as is. */
import type { GridRef } from './a1';

export type Literal = number | string | boolean;

export interface ValidationSpec {
  criteria: string; // SpreadsheetApp.DataValidationCriteria name
  values: unknown[]; // ranges stored as RangeSpec
  allowInvalid: boolean;
  helpText: string | null;
  /** top-left of the range the rule was set on (custom formulas are written for it) */
  origin?: { row: number; col: number };
}

export interface RangeSpec extends GridRef {
  sheetId: number;
}

export interface CellFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

export interface GradientPoint {
  color: string;
  type: string; // InterpolationType
  value: string;
}

export interface CfRuleSpec {
  ranges: RangeSpec[];
  boolean: { type: string; values: unknown[]; format: CellFormat } | null;
  gradient: { min: GradientPoint | null; mid: GradientPoint | null; max: GradientPoint | null } | null;
}

export interface ChartSpec {
  id: string;
  type: string;
  ranges: RangeSpec[];
  options: Record<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
  numHeaders: number;
  hiddenDimensionStrategy?: string;
  mergeStrategy?: string;
  transposeRowsAndColumns?: boolean;
}

export interface ProtectionSpec {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  range: RangeSpec | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  /** true until the editor list or the domain setting changes: permissions mirror the file [doc] Sheet#protect */
  mirrorsFile?: boolean;
  unprotected: RangeSpec[];
}

export interface Cell {
  v?: Literal; // literal value (absent = empty or formula)
  f?: string; // formula as written, starting with '='
  nf?: string; // number format
  bg?: string;
  fc?: string;
  bold?: boolean;
  italic?: boolean;
  note?: string;
  dv?: ValidationSpec;
  flagged?: boolean;
  hAlign?: string;
  wrap?: boolean;
}

export interface SheetModel {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  tabColor: string | null;
  colWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  /** columns hidden by the user or a script (1-based, ascending) */
  hiddenColumns: number[];
  cells: Map<number, Cell>;
  cfRules: CfRuleSpec[];
  charts: ChartSpec[];
}

export const COL_STRIDE = 20000;

export function key(row: number, col: number): number {
  return row * COL_STRIDE + col;
}

export function newSheet(id: number, name: string, rows = 1000, cols = 26): SheetModel {
  return {
    id,
    name,
    maxRows: rows,
    maxCols: cols,
    frozenRows: 0,
    frozenCols: 0,
    hidden: false,
    tabColor: null,
    colWidths: {},
    rowHeights: {},
    hiddenColumns: [],
    cells: new Map(),
    cfRules: [],
    charts: [],
  };
}

function isEmptyCell(c: Cell | undefined): boolean {
  return !c || (c.v === undefined && c.f === undefined);
}

export interface WorkbookModel {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  /** the file's owner (e-mail); absent in workbooks saved before protections were enforced */
  owner?: string;
  sheets: SheetModel[];
  activeSheetId: number;
  nextSheetId: number;
  namedRanges: { name: string; range: RangeSpec }[];
  protections: ProtectionSpec[];
  nextProtectionId: number;
  nextChartId: number;
  properties: {
    script: Record<string, string>;
    user: Record<string, string>;
    document: Record<string, string>;
  };
}

export function newWorkbook(timeZone: string, locale: string): WorkbookModel {
  return {
    id: 'local-spreadsheet',
    name: 'Career Ladder (local)',
    timeZone,
    locale,
    sheets: [newSheet(0, 'Sheet1')],
    activeSheetId: 0,
    nextSheetId: 1,
    namedRanges: [],
    protections: [],
    nextProtectionId: 1,
    nextChartId: 1,
    properties: { script: {}, user: {}, document: {} },
  };
}

/** Last row/column holding content (value or formula); 0 when none. */
export function lastRowCol(sheet: SheetModel): { lastRow: number; lastCol: number } {
  let lastRow = 0;
  let lastCol = 0;
  for (const [k, c] of sheet.cells) {
    if (isEmptyCell(c)) continue;
    const r = Math.floor(k / COL_STRIDE);
    const col = k % COL_STRIDE;
    if (r > lastRow) lastRow = r;
    if (col > lastCol) lastCol = col;
  }
  return { lastRow, lastCol };
}
