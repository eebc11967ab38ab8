/**
 * A sheet's desired state as plain data: set-up compares it with the workbook and writes only what
 * is missing or wrong. Rows and columns are 1-based; a formula is a string starting with "=".
 */
export type CellContent = string | number | boolean | Date;

/** A rectangle of cells whose top-left corner is (row, column). */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (readonly CellContent[])[];
}

/**
 * Labelled cells: owned (repaired when changed), each with a note ('' for none); all rows bold
 * unless `boldRows` lists the ones that are (0-based within the block).
 */
export interface HeaderBlock extends CellBlock {
  readonly notes: readonly (readonly string[])[];
  readonly boldRows?: readonly number[];
}

export type ValidationSpec =
  | { readonly kind: 'list'; readonly values: readonly string[]; readonly help: string }
  | { readonly kind: 'listFromRange'; readonly a1: string; readonly help: string }
  | { readonly kind: 'numberBetween'; readonly min: number; readonly max: number; readonly help: string }
  | { readonly kind: 'date'; readonly help: string }
  | { readonly kind: 'checkbox'; readonly help: string }
  | { readonly kind: 'email'; readonly help: string }
  /** A custom formula written for the column's first data cell; relative references shift per row. */
  | { readonly kind: 'formula'; readonly formula: string; readonly help: string };

export interface ColumnSpec {
  /** Pixels; omitted keeps Sheets' default of 100. */
  readonly width?: number;
  /** Number format of the column's data rows. */
  readonly numberFormat: string;
  readonly validation?: ValidationSpec;
  readonly hidden?: boolean;
}

export interface CellStyle {
  readonly background: string;
}

export type ConditionalFormatSpec =
  | {
      readonly kind: 'formula';
      readonly formula: string;
      readonly style: CellStyle;
      readonly ranges: readonly string[];
    }
  | {
      readonly kind: 'textEquals';
      readonly text: string;
      readonly style: CellStyle;
      readonly ranges: readonly string[];
    }
  | {
      readonly kind: 'gradient';
      readonly minColor: string;
      readonly maxColor: string;
      readonly ranges: readonly string[];
    };

/**
 * A rule earlier versions of set-up made and this one replaces: removed from the sheet like set-up's
 * own rules (recognised by condition and colour), never written again.
 */
export interface RetiredRule {
  readonly kind: 'notEmpty';
  readonly style: CellStyle;
}

export interface RadarChartSpec {
  /** A1 range of the chart's table, header row and label column included. */
  readonly range: string;
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly title: string;
}

/** A run of cells on one row above the data rows (1-based), with what they get. */
export type TopCells<T> = T & { readonly row: number; readonly column: number; readonly columns: number };

export interface SheetSpec {
  readonly name: string;
  /** Columns from A, in order; the sheet gets at least this many columns. */
  readonly columns: readonly ColumnSpec[];
  /** The sheet gets at least this many rows. */
  readonly minRows: number;
  readonly frozenRows: number;
  /** Columns kept in view while scrolling right (e.g. the name); none when omitted. */
  readonly frozenColumns?: number;
  /** First row that data validation and number formats apply to. */
  readonly firstDataRow: number;
  readonly headers: readonly HeaderBlock[];
  /** Formulas and labels set-up owns: rewritten when they differ. */
  readonly owned: readonly CellBlock[];
  /** Starting content written only into a block that is entirely blank (never over user values). */
  readonly seeds: readonly CellBlock[];
  /** Number formats of cells above the data rows, which are otherwise plain (e.g. a date beside a label). */
  readonly topFormats?: readonly TopCells<{ readonly format: string }>[];
  /** Validations of cells above the data rows, which otherwise have none (e.g. a picker). */
  readonly topValidations?: readonly TopCells<{ readonly validation: ValidationSpec }>[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  /** Rules of earlier versions that set-up removes (replaced by one of `conditionalFormats`). */
  readonly retiredRules?: readonly RetiredRule[];
  readonly protect: boolean;
  readonly radarChart?: RadarChartSpec;
}
