/** Resolves conditional-format rules to the format each cell shows. */
import type { Core } from './core';
import { serialFromInstant } from './dates';
import type { CellFormat, CfRuleSpec, GradientPoint, RangeSpec, SheetModel } from './model';
import { key } from './model';
import { emptyForConditionalFormat } from './platform';

function contains(r: RangeSpec, sheetId: number, row: number, col: number): boolean {
  return (
    r.sheetId === sheetId &&
    row >= r.row &&
    row < r.row + r.numRows &&
    col >= r.col &&
    col < r.col + r.numCols
  );
}

function hex(c: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(c.trim());
  const n = m ? parseInt(m[1] ?? '0', 16) : 0;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a: string, b: string, t: number): string {
  const x = hex(a);
  const y = hex(b);
  const out = x.map((v, i) => Math.round(v + ((y[i] ?? 0) - v) * Math.min(1, Math.max(0, t))));
  return '#' + out.map((v) => v.toString(16).padStart(2, '0')).join('');
}

/** Evaluates rules with per-instance caches (create one per batch of queries). */
export class CfEvaluator {
  private stats = new Map<CfRuleSpec, number[]>();
  constructor(private readonly core: Core) {}

  private numbers(rule: CfRuleSpec): number[] {
    let vals = this.stats.get(rule);
    if (!vals) {
      vals = [];
      for (const r of rule.ranges) {
        const s = this.core.model.sheets.find((x) => x.id === r.sheetId);
        if (!s) continue;
        for (let i = 0; i < r.numRows; i++)
          for (let j = 0; j < r.numCols; j++) {
            const v = this.core.engine.read(s, r.row + i, r.col + j).value;
            if (typeof v === 'number') vals.push(v);
          }
      }
      vals.sort((a, b) => a - b);
      this.stats.set(rule, vals);
    }
    return vals;
  }

  private point(p: GradientPoint, vals: number[]): number {
    const min = vals[0] ?? 0;
    const max = vals[vals.length - 1] ?? 0;
    switch (p.type) {
      case 'MIN':
        return min;
      case 'MAX':
        return max;
      case 'PERCENT':
        return min + ((max - min) * Number(p.value)) / 100;
      case 'PERCENTILE': {
        const idx = ((vals.length - 1) * Number(p.value)) / 100;
        const lo = vals[Math.floor(idx)] ?? 0;
        const hi = vals[Math.ceil(idx)] ?? lo;
        return lo + (hi - lo) * (idx - Math.floor(idx));
      }
      default:
        return Number(p.value);
    }
  }

  private gradient(rule: CfRuleSpec, v: unknown): CellFormat | null {
    const g = rule.gradient;
    if (!g || typeof v !== 'number') return null;
    const vals = this.numbers(rule);
    const minP = g.min ?? { color: '#ffffff', type: 'MIN', value: '' };
    const maxP = g.max ?? { color: '#ffffff', type: 'MAX', value: '' };
    const lo = this.point(minP, vals);
    const hi = this.point(maxP, vals);
    if (g.mid) {
      const mid = this.point(g.mid, vals);
      if (v <= mid)
        return { background: mix(minP.color, g.mid.color, mid === lo ? 1 : (v - lo) / (mid - lo)) };
      return { background: mix(g.mid.color, maxP.color, hi === mid ? 1 : (v - mid) / (hi - mid)) };
    }
    return { background: mix(minP.color, maxP.color, hi === lo ? 0 : (v - lo) / (hi - lo)) };
  }

  private matches(rule: CfRuleSpec, sheet: SheetModel, row: number, col: number): boolean {
    const b = rule.boolean;
    if (!b) return false;
    const r = this.core.engine.read(sheet, row, col);
    const v = r.value;
    const n = typeof v === 'number' ? v : NaN;
    const a = Number(b.values[0]);
    const c = Number(b.values[1]);
    const text = v === null ? '' : String(v);
    const dateArg = (x: unknown): number =>
      x && typeof x === 'object' && 'date' in x
        ? Math.floor(serialFromInstant((x as { date: number }).date, this.core.model.timeZone))
        : NaN;
    switch (b.type) {
      case 'CUSTOM_FORMULA': {
        const first = rule.ranges[0];
        const origin = first ? { row: first.row, col: first.col } : { row, col };
        const res = this.core.engine.evaluateAt(sheet, String(b.values[0]), origin, { row, col });
        return res === true || (typeof res === 'number' && res !== 0);
      }
      case 'CELL_EMPTY':
        return emptyForConditionalFormat(this.core, sheet.cells.get(key(row, col)), v);
      case 'CELL_NOT_EMPTY':
        return !emptyForConditionalFormat(this.core, sheet.cells.get(key(row, col)), v);
      case 'NUMBER_BETWEEN':
        return n >= Math.min(a, c) && n <= Math.max(a, c);
      case 'NUMBER_NOT_BETWEEN':
        return !Number.isNaN(n) && !(n >= Math.min(a, c) && n <= Math.max(a, c));
      case 'NUMBER_GREATER_THAN':
        return n > a;
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return n >= a;
      case 'NUMBER_LESS_THAN':
        return n < a;
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return n <= a;
      case 'NUMBER_EQUAL_TO':
        return n === a;
      case 'NUMBER_NOT_EQUAL_TO':
        return !Number.isNaN(n) && n !== a;
      case 'TEXT_CONTAINS':
        return text.toLowerCase().includes(String(b.values[0]).toLowerCase());
      case 'TEXT_DOES_NOT_CONTAIN':
        return !text.toLowerCase().includes(String(b.values[0]).toLowerCase());
      case 'TEXT_EQUAL_TO':
        return text === String(b.values[0]);
      case 'TEXT_STARTS_WITH':
        return text.toLowerCase().startsWith(String(b.values[0]).toLowerCase());
      case 'TEXT_ENDS_WITH':
        return text.toLowerCase().endsWith(String(b.values[0]).toLowerCase());
      case 'DATE_AFTER':
        return r.isDate && Math.floor(n) > dateArg(b.values[0]);
      case 'DATE_BEFORE':
        return r.isDate && Math.floor(n) < dateArg(b.values[0]);
      case 'DATE_EQUAL_TO':
        return r.isDate && Math.floor(n) === dateArg(b.values[0]);
      default:
        return false;
    }
  }

  /** The format the first matching rule gives the cell (formats are not merged), or null. */
  formatOf(sheet: SheetModel, row: number, col: number): CellFormat | null {
    for (const rule of sheet.cfRules) {
      if (!rule.ranges.some((r) => contains(r, sheet.id, row, col))) continue;
      if (rule.gradient) {
        const f = this.gradient(rule, this.core.engine.read(sheet, row, col).value);
        if (f) return f;
        continue;
      }
      if (this.matches(rule, sheet, row, col)) return { ...(rule.boolean?.format ?? {}) };
    }
    return null;
  }
}
