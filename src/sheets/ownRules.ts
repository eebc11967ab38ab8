import type { ConditionalFormatSpec } from './spec';

type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/**
 * What tells a conditional-format rule apart: its condition and colours (not its ranges, which would
 * cost a call per rule to read). Set-up recognises its own rules on a sheet by these.
 */
export function specSignature(spec: ConditionalFormatSpec): string {
  switch (spec.kind) {
    case 'formula':
      return ['CUSTOM_FORMULA', spec.formula, spec.style.background].join('|').toLowerCase();
    case 'textEquals':
      return ['TEXT_EQUAL_TO', spec.text, spec.style.background].join('|').toLowerCase();
    case 'notEmpty':
      return ['CELL_NOT_EMPTY', spec.style.background].join('|').toLowerCase();
    case 'gradient':
      return ['GRADIENT', spec.minColor, spec.maxColor].join('|').toLowerCase();
  }
}

export function ruleSignature(rule: ConditionalFormatRule): string {
  const condition = rule.getBooleanCondition();
  if (condition) {
    const values = condition.getCriteriaValues().map(String);
    return [String(condition.getCriteriaType()), ...values, condition.getBackground() ?? '']
      .join('|')
      .toLowerCase();
  }
  const gradient = rule.getGradientCondition();
  return ['GRADIENT', gradient?.getMinColor() ?? '', gradient?.getMaxColor() ?? ''].join('|').toLowerCase();
}
