function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** One cell as text that tells its type apart: "1" the text differs from 1 the number. */
function canonicalCell(value: unknown): string {
  if (isDate(value)) return `d${value.getTime()}`;
  return `${typeof value}:${String(value)}`;
}

const hex8 = (lane: number) => (lane >>> 0).toString(16).padStart(8, '0');

/**
 * A short fingerprint of a row's cell values: two 32-bit FNV-1a lanes (different offset bases and
 * primes) as 16 hex digits. Apps Script's parser rejects BigInt literals, so the lanes use
 * Math.imul instead of 64-bit BigInt arithmetic. The sidebar gets the fingerprint with the row and
 * sends it back; a different one on recording means the row changed in between.
 */
export function rowVersion(values: readonly unknown[]): string {
  const text = JSON.stringify(values.map(canonicalCell));
  let high = 0x811c9dc5;
  let low = 0x050c5d1f;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x5bd1e995);
  }
  return hex8(high) + hex8(low);
}
