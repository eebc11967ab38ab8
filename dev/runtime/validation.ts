/** Data-validation rules: does a value satisfy the rule, and what Sheets says when it does not. */
import type { Engine } from './engine';
import type { RangeSpec, SheetModel, ValidationSpec, WorkbookModel } from './model';
import { serialFromInstant } from './dates';

export interface Candidate {
  value: number | string | boolean | null; // null = empty
  isDate: boolean;
}

function rangeValues(wb: WorkbookModel, engine: Engine, r: RangeSpec): string[] {
  const s = wb.sheets.find((x) => x.id === r.sheetId);
  if (!s) return [];
  const out: string[] = [];
  for (let i = 0; i < r.numRows; i++)
    for (let j = 0; j < r.numCols; j++) {
      const v = engine.read(s, r.row + i, r.col + j).value;
      if (v !== null && v !== '') out.push(String(v));
    }
  return out;
}

function dateSerial(wb: WorkbookModel, v: unknown): number {
  if (v && typeof v === 'object' && 'date' in v)
    return Math.floor(serialFromInstant((v as { date: number }).date, wb.timeZone));
  return Number(v);
}

/** Lists read from VALUE_IN_RANGE ranges during one check of a block (the grid does not change meanwhile). */
export type RangeListMemo = Map<object, Set<string>>;

/** true when the value passes. Empty cells always pass. */
export function satisfies(
  wb: WorkbookModel,
  engine: Engine,
  sheet: SheetModel,
  at: { row: number; col: number },
  spec: ValidationSpec,
  cand: Candidate,
  origin: { row: number; col: number },
  memo?: RangeListMemo,
): boolean {
  const v = cand.value;
  if (v === null || v === '') return spec.criteria !== 'CHECKBOX' || true;
  const vals = spec.values;
  const num = typeof v === 'number' ? v : NaN;
  const a = Number(vals[0]);
  const b = Number(vals[1]);
  switch (spec.criteria) {
    case 'VALUE_IN_LIST':
      return ((vals[0] as string[]) ?? []).map(String).includes(String(v));
    case 'VALUE_IN_RANGE': {
      const holder = vals[0] as { range: RangeSpec };
      let list = memo?.get(holder);
      if (!list) {
        list = new Set(rangeValues(wb, engine, holder.range));
        memo?.set(holder, list);
      }
      return list.has(String(v));
    }
    case 'NUMBER_BETWEEN':
      return num >= Math.min(a, b) && num <= Math.max(a, b);
    case 'NUMBER_NOT_BETWEEN':
      return !Number.isNaN(num) && !(num >= Math.min(a, b) && num <= Math.max(a, b));
    case 'NUMBER_GREATER_THAN':
      return num > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num >= a;
    case 'NUMBER_LESS_THAN':
      return num < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num <= a;
    case 'NUMBER_EQUAL_TO':
      return num === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return !Number.isNaN(num) && num !== a;
    case 'DATE_IS_VALID_DATE':
      return cand.isDate;
    case 'DATE_AFTER':
      return cand.isDate && Math.floor(num) > dateSerial(wb, vals[0]);
    case 'DATE_ON_OR_AFTER':
      return cand.isDate && Math.floor(num) >= dateSerial(wb, vals[0]);
    case 'DATE_BEFORE':
      return cand.isDate && Math.floor(num) < dateSerial(wb, vals[0]);
    case 'DATE_ON_OR_BEFORE':
      return cand.isDate && Math.floor(num) <= dateSerial(wb, vals[0]);
    case 'DATE_EQUAL_TO':
      return cand.isDate && Math.floor(num) === dateSerial(wb, vals[0]);
    case 'DATE_BETWEEN':
    case 'DATE_NOT_BETWEEN': {
      const lo = dateSerial(wb, vals[0]);
      const hi = dateSerial(wb, vals[1]);
      const inside = Math.floor(num) >= lo && Math.floor(num) <= hi;
      return cand.isDate && (spec.criteria === 'DATE_BETWEEN' ? inside : !inside);
    }
    case 'TEXT_CONTAINS':
      return String(v).includes(String(vals[0]));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !String(v).includes(String(vals[0]));
    case 'TEXT_EQUAL_TO':
      return String(v) === String(vals[0]);
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(v));
    case 'TEXT_IS_VALID_URL':
      return /^https?:\/\/\S+$/.test(String(v));
    case 'CHECKBOX': {
      if (vals.length === 0) return v === true || v === false;
      return vals.map(String).includes(String(v));
    }
    case 'CUSTOM_FORMULA': {
      const r = engine.evaluateAt(sheet, String(vals[0]), origin, at);
      return r === true || (typeof r === 'number' && r !== 0);
    }
    default:
      return true;
  }
}

/** What Sheets shows when a rejected entry has no help text [inference: wording of the UI dialog]. */
export function defaultRejection(spec: ValidationSpec): string {
  switch (spec.criteria) {
    case 'VALUE_IN_LIST':
    case 'VALUE_IN_RANGE':
      return 'Input must be an item on the specified list';
    case 'NUMBER_BETWEEN':
      return `Input must be a number between ${String(spec.values[0])} and ${String(spec.values[1])}`;
    case 'CHECKBOX':
      return 'Input must be a checkbox value';
    case 'CUSTOM_FORMULA':
      return 'Input must satisfy the specified formula';
    default:
      return spec.criteria.startsWith('DATE')
        ? 'Input must be a valid date'
        : 'Input must satisfy the validation rule';
  }
}

export function scriptRejection(a1: string): string {
  return `The data you entered in cell ${a1} violates the data validation rules set on this cell.`;
}
