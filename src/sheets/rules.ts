import type { ConditionalFormatSpec, ValidationSpec } from './spec';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/**
 * Builds data-validation rules from their specs, once per set-up: the same spec object used on
 * several sheets (dates, amounts, axis names…) becomes one rule object. Every rule rejects invalid
 * input; rules after the first start as a copy of it, which already carries that setting.
 */
export function validationBuilder(spreadsheet: Spreadsheet): (spec: ValidationSpec) => DataValidation {
  const built = new Map<ValidationSpec, DataValidation>();
  let template: DataValidation | undefined;
  return (spec) => {
    const cached = built.get(spec);
    if (cached) return cached;
    const builder = template ? template.copy() : SpreadsheetApp.newDataValidation().setAllowInvalid(false);
    switch (spec.kind) {
      case 'list':
        builder.requireValueInList([...spec.values], true);
        break;
      case 'listFromRange':
        builder.requireValueInRange(spreadsheet.getRange(spec.a1), true);
        break;
      case 'numberBetween':
        builder.requireNumberBetween(spec.min, spec.max);
        break;
      case 'date':
        builder.requireDate();
        break;
      case 'checkbox':
        builder.requireCheckbox();
        break;
      case 'email':
        builder.requireTextIsEmail();
        break;
      case 'formula':
        builder.requireFormulaSatisfied(spec.formula);
        break;
    }
    const rule = builder.setHelpText(spec.help).build();
    template ??= rule;
    built.set(spec, rule);
    return rule;
  };
}

/**
 * One conditional-format rule over the given ranges. With `sameRangesAs`, a rule over the same
 * ranges, it starts as a copy of that rule so the ranges need not be set again.
 */
export function conditionalFormatRule(
  spec: ConditionalFormatSpec,
  ranges: Range[],
  sameRangesAs?: ConditionalFormatRule,
): ConditionalFormatRule {
  const builder = sameRangesAs ? sameRangesAs.copy() : SpreadsheetApp.newConditionalFormatRule();
  switch (spec.kind) {
    case 'formula':
      builder.whenFormulaSatisfied(spec.formula).setBackground(spec.style.background);
      break;
    case 'textEquals':
      builder.whenTextEqualTo(spec.text).setBackground(spec.style.background);
      break;
    case 'gradient':
      builder.setGradientMinpoint(spec.minColor).setGradientMaxpoint(spec.maxColor);
      break;
  }
  return (sameRangesAs ? builder : builder.setRanges(ranges)).build();
}
