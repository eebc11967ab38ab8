/** Apps Script conditional-format rules: builder, rule, boolean and gradient conditions. */
import type { Core } from '../core';
import type { CfRuleSpec, GradientPoint } from '../model';
import { formulaReadBack } from '../platform';
import { Service, fail } from './base';
import { Range } from './range';

function clone(spec: CfRuleSpec): CfRuleSpec {
  return JSON.parse(JSON.stringify(spec)) as CfRuleSpec;
}

function rangesOut(core: Core, spec: CfRuleSpec): Range[] {
  return spec.ranges.map(
    (r) => new Range(core, r.sheetId, { row: r.row, col: r.col, numRows: r.numRows, numCols: r.numCols }),
  );
}

export class BooleanCondition extends Service {
  readonly _className = 'BooleanCondition';
  constructor(
    core: Core,
    readonly _b: NonNullable<CfRuleSpec['boolean']>,
    /** a rule read back from a sheet: its formula comes back as the platform reformats it (14.4) */
    readonly _fromSheet = false,
  ) {
    super(core);
  }
  getCriteriaType(): string {
    return this._b.type;
  }
  getCriteriaValues(): unknown[] {
    return this._b.values.map((v) => {
      if (v && typeof v === 'object' && 'date' in v) return new Date((v as { date: number }).date);
      const formula = this._fromSheet && this._b.type === 'CUSTOM_FORMULA' && typeof v === 'string';
      return formula ? formulaReadBack(this._core, v) : v;
    });
  }
  getBackground(): string | null {
    return this._b.format.background ?? null;
  }
  getFontColor(): string | null {
    return this._b.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this._b.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this._b.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this._b.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this._b.format.underline ?? null;
  }
}

export class GradientCondition extends Service {
  readonly _className = 'GradientCondition';
  constructor(
    core: Core,
    readonly _g: NonNullable<CfRuleSpec['gradient']>,
  ) {
    super(core);
  }
  getMinColor(): string {
    return this._g.min?.color ?? '';
  }
  getMinType(): string | null {
    return this._g.min?.type ?? null;
  }
  getMinValue(): string {
    return this._g.min?.value ?? '';
  }
  getMidColor(): string {
    return this._g.mid?.color ?? '';
  }
  getMidType(): string | null {
    return this._g.mid?.type ?? null;
  }
  getMidValue(): string {
    return this._g.mid?.value ?? '';
  }
  getMaxColor(): string {
    return this._g.max?.color ?? '';
  }
  getMaxType(): string | null {
    return this._g.max?.type ?? null;
  }
  getMaxValue(): string {
    return this._g.max?.value ?? '';
  }
}

/** What a rule and its builder both read: ranges, the condition, and a builder copy. */
abstract class ConditionalFormatRuleView extends Service {
  constructor(
    core: Core,
    readonly _spec: CfRuleSpec,
    /** read back from a sheet (Sheet.getConditionalFormatRules) rather than built by the script */
    readonly _fromSheet = false,
  ) {
    super(core);
  }
  getRanges(): Range[] {
    return rangesOut(this._core, this._spec);
  }
  getBooleanCondition(): BooleanCondition | null {
    return this._spec.boolean ? new BooleanCondition(this._core, this._spec.boolean, this._fromSheet) : null;
  }
  getGradientCondition(): GradientCondition | null {
    return this._spec.gradient ? new GradientCondition(this._core, this._spec.gradient) : null;
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this._core, clone(this._spec));
  }
}

export class ConditionalFormatRule extends ConditionalFormatRuleView {
  readonly _className = 'ConditionalFormatRule';
}

export class ConditionalFormatRuleBuilder extends ConditionalFormatRuleView {
  readonly _className = 'ConditionalFormatRuleBuilder';
  constructor(core: Core, spec?: CfRuleSpec) {
    super(core, spec ?? { ranges: [], boolean: null, gradient: null });
  }
  private _when(type: string, ...values: unknown[]): this {
    const format = this._spec.boolean?.format ?? {};
    this._spec.gradient = null;
    this._spec.boolean = {
      type,
      values: values.map((v) => (v instanceof Date ? { date: v.getTime() } : v)),
      format,
    };
    return this;
  }
  /** A date condition; Apps Script's RelativeDate form is not modelled. */
  private _whenDate(method: string, type: string, d: Date): this {
    if (!(d instanceof Date)) fail(`not implemented: ConditionalFormatRuleBuilder.${method}(RelativeDate)`);
    return this._when(type, d);
  }
  private _fmt(k: keyof NonNullable<CfRuleSpec['boolean']>['format'], v: unknown): this {
    if (!this._spec.boolean) this._spec.boolean = { type: '', values: [], format: {} };
    this._spec.gradient = null;
    (this._spec.boolean.format as Record<string, unknown>)[k] = typeof v === 'string' ? v.toLowerCase() : v;
    return this;
  }
  private _grad(which: 'min' | 'mid' | 'max', p: GradientPoint): this {
    if (!this._spec.gradient) this._spec.gradient = { min: null, mid: null, max: null };
    this._spec.boolean = null;
    this._spec.gradient[which] = { ...p, color: p.color.toLowerCase() };
    return this;
  }
  whenFormulaSatisfied(f: string): this {
    return this._when('CUSTOM_FORMULA', f);
  }
  whenNumberBetween(a: number, b: number): this {
    return this._when('NUMBER_BETWEEN', a, b);
  }
  whenNumberNotBetween(a: number, b: number): this {
    return this._when('NUMBER_NOT_BETWEEN', a, b);
  }
  whenNumberGreaterThan(a: number): this {
    return this._when('NUMBER_GREATER_THAN', a);
  }
  whenNumberGreaterThanOrEqualTo(a: number): this {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', a);
  }
  whenNumberLessThan(a: number): this {
    return this._when('NUMBER_LESS_THAN', a);
  }
  whenNumberLessThanOrEqualTo(a: number): this {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', a);
  }
  whenNumberEqualTo(a: number): this {
    return this._when('NUMBER_EQUAL_TO', a);
  }
  whenNumberNotEqualTo(a: number): this {
    return this._when('NUMBER_NOT_EQUAL_TO', a);
  }
  whenTextContains(t: string): this {
    return this._when('TEXT_CONTAINS', t);
  }
  whenTextDoesNotContain(t: string): this {
    return this._when('TEXT_DOES_NOT_CONTAIN', t);
  }
  whenTextEqualTo(t: string): this {
    return this._when('TEXT_EQUAL_TO', t);
  }
  whenTextStartsWith(t: string): this {
    return this._when('TEXT_STARTS_WITH', t);
  }
  whenTextEndsWith(t: string): this {
    return this._when('TEXT_ENDS_WITH', t);
  }
  whenCellEmpty(): this {
    return this._when('CELL_EMPTY');
  }
  whenCellNotEmpty(): this {
    return this._when('CELL_NOT_EMPTY');
  }
  whenDateAfter(d: Date): this {
    return this._whenDate('whenDateAfter', 'DATE_AFTER', d);
  }
  whenDateBefore(d: Date): this {
    return this._whenDate('whenDateBefore', 'DATE_BEFORE', d);
  }
  whenDateEqualTo(d: Date): this {
    return this._whenDate('whenDateEqualTo', 'DATE_EQUAL_TO', d);
  }
  setBackground(c: string | null): this {
    return this._fmt('background', c);
  }
  setFontColor(c: string | null): this {
    return this._fmt('fontColor', c);
  }
  setBold(b: boolean | null): this {
    return this._fmt('bold', b);
  }
  setItalic(b: boolean | null): this {
    return this._fmt('italic', b);
  }
  setStrikethrough(b: boolean | null): this {
    return this._fmt('strikethrough', b);
  }
  setUnderline(b: boolean | null): this {
    return this._fmt('underline', b);
  }
  setGradientMinpoint(color: string): this {
    return this._grad('min', { color, type: 'MIN', value: '' });
  }
  setGradientMaxpoint(color: string): this {
    return this._grad('max', { color, type: 'MAX', value: '' });
  }
  setGradientMinpointWithValue(color: string, type: string, value: string): this {
    return this._grad('min', { color, type: String(type), value: String(value) });
  }
  setGradientMidpointWithValue(color: string, type: string, value: string): this {
    return this._grad('mid', { color, type: String(type), value: String(value) });
  }
  setGradientMaxpointWithValue(color: string, type: string, value: string): this {
    return this._grad('max', { color, type: String(type), value: String(value) });
  }
  setRanges(ranges: Range[]): this {
    this._spec.ranges = ranges.map((r) => ({ sheetId: r._sheetId, ...r._ref }));
    return this;
  }
  build(): ConditionalFormatRule {
    if (this._spec.boolean && !this._spec.boolean.type)
      fail('Conditional format rule cannot have no criteria.');
    if (!this._spec.boolean && !this._spec.gradient) fail('Conditional format rule cannot have no criteria.');
    return new ConditionalFormatRule(this._core, clone(this._spec));
  }
}

export const InterpolationType = Object.freeze({
  NUMBER: 'NUMBER',
  PERCENT: 'PERCENT',
  PERCENTILE: 'PERCENTILE',
  MIN: 'MIN',
  MAX: 'MAX',
});

export const BooleanCriteria = Object.freeze(
  Object.fromEntries(
    [
      'CELL_EMPTY',
      'CELL_NOT_EMPTY',
      'DATE_AFTER',
      'DATE_BEFORE',
      'DATE_EQUAL_TO',
      'NUMBER_BETWEEN',
      'NUMBER_EQUAL_TO',
      'NUMBER_GREATER_THAN',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      'NUMBER_LESS_THAN',
      'NUMBER_LESS_THAN_OR_EQUAL_TO',
      'NUMBER_NOT_BETWEEN',
      'NUMBER_NOT_EQUAL_TO',
      'TEXT_CONTAINS',
      'TEXT_DOES_NOT_CONTAIN',
      'TEXT_EQUAL_TO',
      'TEXT_STARTS_WITH',
      'TEXT_ENDS_WITH',
      'CUSTOM_FORMULA',
    ].map((k) => [k, k]),
  ),
);
