import { retiredSignature, ruleSignature, specSignature } from './ownRules';
import { conditionalFormatRule } from './rules';
import type { SheetSpec } from './spec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** The spec's rules, each range fetched once and a rule over the same ranges as the one before copied from it. */
function specRules(sheet: Sheet, spec: SheetSpec): ConditionalFormatRule[] {
  const ranges = new Map<string, Range>();
  const rangeOf = (a1: string) => {
    let range = ranges.get(a1);
    if (!range) ranges.set(a1, (range = sheet.getRange(a1)));
    return range;
  };
  const rules: ConditionalFormatRule[] = [];
  spec.conditionalFormats.forEach((rule, index) => {
    const previous = spec.conditionalFormats[index - 1];
    const sameRanges =
      previous?.kind !== 'gradient' &&
      rule.kind !== 'gradient' &&
      previous?.ranges.join() === rule.ranges.join();
    rules.push(
      conditionalFormatRule(rule, rule.ranges.map(rangeOf), sameRanges ? rules[index - 1] : undefined),
    );
  });
  return rules;
}

/**
 * Sets the spec's rules first, then the rules users added, in their order. The sheet's rules that
 * match one of the spec's (condition and colours) are set-up's own and are replaced, so they are
 * never doubled and a deleted one comes back; rules earlier versions made and this one replaced
 * (`retiredRules`) are removed; a new sheet has none to keep.
 */
export function applyConditionalFormats(sheet: Sheet, spec: SheetSpec, created: boolean): void {
  if (spec.conditionalFormats.length === 0) return;
  const own = new Set([
    ...spec.conditionalFormats.map(specSignature),
    ...(spec.retiredRules ?? []).map(retiredSignature),
  ]);
  const users = created
    ? []
    : sheet.getConditionalFormatRules().filter((rule) => !own.has(ruleSignature(rule)));
  sheet.setConditionalFormatRules([...specRules(sheet, spec), ...users]);
}
