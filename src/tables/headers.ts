/** Header cells are matched ignoring case, spaces and punctuation: "Step review (months)" ≡ "stepreviewmonths". */
export function normalizeHeader(text: unknown): string {
  return String(text ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Column index of each wanted header in a header row; missing ones are listed. */
export function locateColumns<K extends string>(
  headerRow: readonly unknown[],
  wanted: Readonly<Record<K, string>>,
): { columns: Partial<Record<K, number>>; missing: string[] } {
  const normalized = headerRow.map(normalizeHeader);
  const columns: Partial<Record<K, number>> = {};
  const missing: string[] = [];
  for (const key of Object.keys(wanted) as K[]) {
    const index = normalized.indexOf(normalizeHeader(wanted[key]));
    if (index === -1) missing.push(wanted[key]);
    else columns[key] = index;
  }
  return { columns, missing };
}
