/**
 * Text the user typed, made safe to write with setValue(s)/appendRow: Sheets parses written strings
 * as if typed, so "=…" would become a formula and "+1", "-2", "2025-01-01" numbers or dates. A
 * leading apostrophe makes the cell plain text and is not part of the value read back.
 */
export function literalText(text: string): string {
  return text === '' ? '' : `'${text}`;
}
