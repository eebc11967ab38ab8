/** Apps Script `DataValidation` and `DataValidationBuilder`. */
import type { Core } from '../core';
import type { ValidationSpec } from '../model';
import { formulaReadBack } from '../platform';
import { Service, fail } from './base';
import { Range } from './range';

function storeValue(v: unknown): unknown {
  if (v instanceof Range) return { range: { sheetId: v._sheetId, ...v._ref } };
  if (v instanceof Date) return { date: v.getTime() };
  if (Array.isArray(v)) return v.map(storeValue);
  return v;
}

function criteriaValuesOut(core: Core, values: unknown[]): unknown[] {
  const conv = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(conv);
    if (v && typeof v === 'object' && 'range' in v) {
      const r = (
        v as { range: { sheetId: number; row: number; col: number; numRows: number; numCols: number } }
      ).range;
      return new Range(core, r.sheetId, { row: r.row, col: r.col, numRows: r.numRows, numCols: r.numCols });
    }
    if (v && typeof v === 'object' && 'date' in v) return new Date((v as { date: number }).date);
    return v;
  };
  return values.map(conv);
}

function copySpec(spec: ValidationSpec): ValidationSpec {
  return { ...spec, values: [...spec.values] };
}

/** What a validation and its builder both read, and a builder copy. */
abstract class DataValidationView extends Service {
  constructor(
    core: Core,
    readonly _spec: ValidationSpec,
    /** read back from a cell (Range.getDataValidation(s)) rather than built by the script */
    readonly _fromSheet = false,
  ) {
    super(core);
  }
  getCriteriaType(): string {
    return this._spec.criteria;
  }
  getCriteriaValues(): unknown[] {
    const values = criteriaValuesOut(this._core, this._spec.values);
    if (!this._fromSheet || this._spec.criteria !== 'CUSTOM_FORMULA') return values;
    return values.map((v) => (typeof v === 'string' ? formulaReadBack(this._core, v) : v));
  }
  getAllowInvalid(): boolean {
    return this._spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this._spec.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this._core, copySpec(this._spec));
  }
}

export class DataValidation extends DataValidationView {
  readonly _className = 'DataValidation';
}

export class DataValidationBuilder extends DataValidationView {
  readonly _className = 'DataValidationBuilder';
  constructor(core: Core, spec?: ValidationSpec) {
    super(core, spec ?? { criteria: '', values: [], allowInvalid: true, helpText: null });
  }
  private _c(criteria: string, ...values: unknown[]): this {
    this._spec.criteria = criteria;
    this._spec.values = values.map(storeValue);
    return this;
  }
  requireValueInList(values: unknown[], showDropdown = true): this {
    return this._c('VALUE_IN_LIST', values.map(String), showDropdown);
  }
  requireValueInRange(range: Range, showDropdown = true): this {
    if (!(range instanceof Range))
      fail(
        "The parameters don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInRange.",
      );
    return this._c('VALUE_IN_RANGE', range, showDropdown);
  }
  requireNumberBetween(a: number, b: number): this {
    return this._c('NUMBER_BETWEEN', a, b);
  }
  requireNumberNotBetween(a: number, b: number): this {
    return this._c('NUMBER_NOT_BETWEEN', a, b);
  }
  requireNumberGreaterThan(a: number): this {
    return this._c('NUMBER_GREATER_THAN', a);
  }
  requireNumberGreaterThanOrEqualTo(a: number): this {
    return this._c('NUMBER_GREATER_THAN_OR_EQUAL_TO', a);
  }
  requireNumberLessThan(a: number): this {
    return this._c('NUMBER_LESS_THAN', a);
  }
  requireNumberLessThanOrEqualTo(a: number): this {
    return this._c('NUMBER_LESS_THAN_OR_EQUAL_TO', a);
  }
  requireNumberEqualTo(a: number): this {
    return this._c('NUMBER_EQUAL_TO', a);
  }
  requireNumberNotEqualTo(a: number): this {
    return this._c('NUMBER_NOT_EQUAL_TO', a);
  }
  requireDate(): this {
    return this._c('DATE_IS_VALID_DATE');
  }
  requireDateAfter(d: Date): this {
    return this._c('DATE_AFTER', d);
  }
  requireDateBefore(d: Date): this {
    return this._c('DATE_BEFORE', d);
  }
  requireDateOnOrAfter(d: Date): this {
    return this._c('DATE_ON_OR_AFTER', d);
  }
  requireDateOnOrBefore(d: Date): this {
    return this._c('DATE_ON_OR_BEFORE', d);
  }
  requireDateEqualTo(d: Date): this {
    return this._c('DATE_EQUAL_TO', d);
  }
  requireDateBetween(a: Date, b: Date): this {
    return this._c('DATE_BETWEEN', a, b);
  }
  requireDateNotBetween(a: Date, b: Date): this {
    return this._c('DATE_NOT_BETWEEN', a, b);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._c('CUSTOM_FORMULA', formula);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const vals = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this._c('CHECKBOX', ...vals);
  }
  requireTextContains(t: string): this {
    return this._c('TEXT_CONTAINS', t);
  }
  requireTextDoesNotContain(t: string): this {
    return this._c('TEXT_DOES_NOT_CONTAIN', t);
  }
  requireTextEqualTo(t: string): this {
    return this._c('TEXT_EQUAL_TO', t);
  }
  requireTextIsEmail(): this {
    return this._c('TEXT_IS_VALID_EMAIL');
  }
  requireTextIsUrl(): this {
    return this._c('TEXT_IS_VALID_URL');
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this._c(String(criteria), ...args);
  }
  setAllowInvalid(allow: boolean): this {
    this._spec.allowInvalid = Boolean(allow);
    return this;
  }
  setHelpText(text: string): this {
    this._spec.helpText = text;
    return this;
  }
  build(): DataValidation {
    if (!this._spec.criteria) fail('You must specify a data validation criteria.');
    return new DataValidation(this._core, copySpec(this._spec));
  }
}

export const DataValidationCriteria = Object.freeze(
  Object.fromEntries(
    [
      'DATE_AFTER',
      'DATE_BEFORE',
      'DATE_BETWEEN',
      'DATE_EQUAL_TO',
      'DATE_IS_VALID_DATE',
      'DATE_NOT_BETWEEN',
      'DATE_ON_OR_AFTER',
      'DATE_ON_OR_BEFORE',
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
      'TEXT_IS_VALID_EMAIL',
      'TEXT_IS_VALID_URL',
      'VALUE_IN_LIST',
      'VALUE_IN_RANGE',
      'CUSTOM_FORMULA',
      'CHECKBOX',
    ].map((k) => [k, k]),
  ),
);
