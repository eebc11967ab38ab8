const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** One cell as text that tells its type apart: "1" the text differs from 1 the number. */
function canonicalCell(value: unknown): string {
  if (isDate(value)) return `d${value.getTime()}`;
  return `${typeof value}:${String(value)}`;
}

/**
 * A short fingerprint of a row's cell values (64-bit FNV-1a, hex). The sidebar gets it with the row
 * and sends it back; a different fingerprint on recording means the row changed in between.
 */
export function rowVersion(values: readonly unknown[]): string {
  const text = JSON.stringify(values.map(canonicalCell));
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}
