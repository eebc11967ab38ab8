import { FLUENCY_NAMES, type Axis } from '../domain/fluency';

/** A string as a formula literal: "Multiple Teams" → `"Multiple Teams"`. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The axis' five fluency names as an inline array, lowest first: `{"Adopts","Specializes",…}`. */
export function fluencyNameArray(axis: Axis): string {
  return `{${FLUENCY_NAMES[axis].map(quoted).join(',')}}`;
}

/**
 * A formula reduced to what makes it the same formula, so set-up recognises its own formulas and rules
 * however Sheets hands their text back (contracts 14.4): outside string literals, spaces dropped and
 * letters upper-cased; quotes Sheets may drop around a sheet name (`'Team'!A2` ≡ `Team!A2`) dropped.
 * String literals ("…") are kept exactly: "a b" and "A B" are different formulas.
 */
export function comparableFormula(formula: string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const quote = formula[i];
    if (quote === '"' || quote === "'") {
      let end = i + 1;
      while (end < formula.length && !(formula[end] === quote && formula[end + 1] !== quote)) {
        end += formula[end] === quote ? 2 : 1;
      }
      const literal = formula.slice(i, end + 1);
      const sheet = literal.slice(1, -1).replace(/''/g, "'");
      if (quote === '"') out += literal;
      else out += /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet.toUpperCase() : literal.toUpperCase();
      i = end + 1;
    } else {
      if (!/\s/.test(quote as string)) out += (quote as string).toUpperCase();
      i += 1;
    }
  }
  return out;
}

/** Whether two formulas are the same once reformatting is ignored (see comparableFormula). */
export function sameFormula(a: string, b: string): boolean {
  return comparableFormula(a) === comparableFormula(b);
}
