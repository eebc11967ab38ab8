import { comparableFormula } from './formulaText';
import type { ConditionalFormatSpec, RetiredRule } from './spec';

type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/**
 * What tells a conditional-format rule apart: its condition and colours (not its ranges, which would
 * cost a call per rule to read). Set-up recognises its own rules on a sheet by these.
 */
export function specSignature(spec: ConditionalFormatSpec): string {
  switch (spec.kind) {
    case 'formula':
      return ['CUSTOM_FORMULA', comparableFormula(spec.formula), spec.style.background]
        .join('|')
        .toLowerCase();
    case 'textEquals':
      return ['TEXT_EQUAL_TO', spec.text, spec.style.background].join('|').toLowerCase();
    case 'gradient':
      return ['GRADIENT', spec.minColor, spec.maxColor].join('|').toLowerCase();
  }
}

/** The signature of a rule earlier versions made (the rule kinds set-up no longer writes). */
export function retiredSignature(rule: RetiredRule): string {
  return ['CELL_NOT_EMPTY', rule.style.background].join('|').toLowerCase();
}

/**
 * A rule's signature as read from the sheet. A custom formula is compared as comparableFormula, since
 * Sheets may hand it back re-spaced or re-cased.
 */
export function ruleSignature(rule: ConditionalFormatRule): string {
  const condition = rule.getBooleanCondition();
  if (condition) {
    const type = String(condition.getCriteriaType());
    const values = condition
      .getCriteriaValues()
      .map((value) => (type === 'CUSTOM_FORMULA' ? comparableFormula(String(value)) : String(value)));
    return [type, ...values, condition.getBackground() ?? ''].join('|').toLowerCase();
  }
  const gradient = rule.getGradientCondition();
  return ['GRADIENT', gradient?.getMinColor() ?? '', gradient?.getMaxColor() ?? ''].join('|').toLowerCase();
}
