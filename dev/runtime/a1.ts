/** A1 notation: column letters, range parsing, and formula reference rewriting. */

export interface GridRef {
  /** 1-based */
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface ParsedA1 {
  sheet: string | null;
  /** null where the A1 text leaves the end open (`A2:A`, `A:A`) */
  row: number | null;
  col: number | null;
  endRow: number | null;
  endCol: number | null;
}

export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function rangeA1(ref: GridRef): string {
  const tl = cellA1(ref.row, ref.col);
  if (ref.numRows === 1 && ref.numCols === 1) return tl;
  return `${tl}:${cellA1(ref.row + ref.numRows - 1, ref.col + ref.numCols - 1)}`;
}

/** Splits `'My Sheet'!A1:B2` into sheet name and the address part. */
function splitSheet(a1: string): { sheet: string | null; addr: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheet: null, addr: a1 };
  let sheet = a1.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, addr: a1.slice(bang + 1) };
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parsePart(p: string): { col: number | null; row: number | null } | null {
  const m = PART.exec(p);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

/** Parses A1 (optionally with sheet). Returns null when it is not a valid reference (e.g. bare `B`). */
export function parseA1(text: string): ParsedA1 | null {
  const { sheet, addr } = splitSheet(text.trim());
  const parts = addr.split(':');
  if (parts.length > 2) return null;
  const a = parsePart(parts[0] ?? '');
  if (!a) return null;
  if (parts.length === 1) {
    if (a.col === null || a.row === null) return null;
    return { sheet, row: a.row, col: a.col, endRow: a.row, endCol: a.col };
  }
  const b = parsePart(parts[1] ?? '');
  if (!b) return null;
  // A5:A, A:A, 1:2, A2:2
  const row = a.row ?? (b.row === null ? 1 : null);
  const col = a.col ?? (b.col === null ? 1 : null);
  if (a.row === null && b.row !== null && a.col !== null) return null; // A:A5 is not valid
  return {
    sheet,
    row: row ?? 1,
    col: col ?? 1,
    endRow: b.row,
    endCol: b.col,
  };
}

/** Resolves a parsed A1 against the sheet size (open ends → last grid row/column). */
export function boundA1(p: ParsedA1, maxRows: number, maxCols: number): GridRef {
  const r1 = p.row ?? 1;
  const c1 = p.col ?? 1;
  const r2 = p.endRow ?? maxRows;
  const c2 = p.endCol ?? maxCols;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numCols: Math.abs(c2 - c1) + 1,
  };
}

// ---- formula rewriting ----

const SHEET_PREFIX = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const COLREF = String.raw`\$?[A-Za-z]{1,3}`;
const ROWREF = String.raw`\$?\d+`;
// cell[:cell|:col|:row] | col:col | row:row
const REF = new RegExp(
  String.raw`(?<![A-Za-z0-9_.$'])(${SHEET_PREFIX})?(${CELL}(?::(?:${CELL}|${COLREF}(?![0-9])|${ROWREF}))?|${COLREF}:${COLREF}|${ROWREF}:${ROWREF})(?![A-Za-z0-9_(!])`,
  'g',
);

export interface RewriteOptions {
  /** sheet size for open-ended ranges, by sheet name (null = the formula's own sheet) */
  size: (sheet: string | null) => { maxRows: number; maxCols: number } | null;
  /** shift unanchored references by this many rows/columns */
  shift?: { rows: number; cols: number };
  /** prefix unqualified references with this (already quoted) sheet */
  qualify?: string;
}

function rewritePart(
  p: string,
  shift: { rows: number; cols: number } | undefined,
  fill: { row?: number; col?: number },
): string {
  const m = /^(\$?)([A-Za-z]{0,3})(\$?)(\d*)$/.exec(p);
  if (!m) return p;
  const [, cAbs = '', letters = '', rAbs = '', digits = ''] = m;
  let col = letters ? columnNumber(letters) : fill.col;
  let row = digits ? Number(digits) : fill.row;
  if (shift) {
    if (col !== undefined && !cAbs && letters) col += shift.cols;
    if (row !== undefined && !rAbs && digits) row += shift.rows;
  }
  const colText = col === undefined ? '' : `${letters ? cAbs : ''}${columnLetter(Math.max(1, col))}`;
  const rowText = row === undefined ? '' : `${digits ? rAbs : ''}${Math.max(1, row)}`;
  return colText + rowText;
}

/** HyperFormula has no `""` escape inside strings: spell embedded quotes with CHAR(34). */
function engineString(lit: string): string {
  const inner = lit.slice(1, -1);
  if (!inner.includes('""')) return lit;
  return (
    '(' +
    inner
      .split('""')
      .map((p) => `"${p}"`)
      .join('&CHAR(34)&') +
    ')'
  );
}

/** Applies fn to each piece of the formula outside string literals. */
function outsideStrings(formula: string, fn: (chunk: string) => string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const q = formula.indexOf('"', i);
    if (q < 0) {
      out += fn(formula.slice(i));
      break;
    }
    out += fn(formula.slice(i, q));
    let j = q + 1;
    while (j < formula.length) {
      if (formula[j] === '"') {
        if (formula[j + 1] === '"') j += 2;
        else break;
      } else j++;
    }
    out += engineString(formula.slice(q, j + 1));
    i = j + 1;
  }
  return out;
}

/**
 * Rewrites a Sheets formula for the engine: bounds open-ended ranges (`B2:B`, `A2:2`, `A:A`),
 * optionally shifts unanchored references and qualifies unqualified ones.
 */
export function rewriteFormula(formula: string, opts: RewriteOptions): string {
  return outsideStrings(formula, (chunk) =>
    chunk.replace(REF, (_all, prefix: string | undefined, body: string) => {
      const sheetName = prefix ? splitSheet(prefix + 'A1').sheet : null;
      const size = opts.size(sheetName) ?? { maxRows: 1000, maxCols: 26 };
      const parts = body.split(':');
      let text: string;
      if (parts.length === 1) {
        text = rewritePart(parts[0] ?? '', opts.shift, {});
      } else {
        const a = parts[0] ?? '';
        const b = parts[1] ?? '';
        const aHasRow = /\d/.test(a);
        const aHasCol = /[A-Za-z]/.test(a);
        const bHasRow = /\d/.test(b);
        const bHasCol = /[A-Za-z]/.test(b);
        const left = rewritePart(a, opts.shift, {
          row: aHasRow ? undefined : 1,
          col: aHasCol ? undefined : 1,
        });
        const right = rewritePart(b, opts.shift, {
          row: bHasRow ? undefined : size.maxRows,
          col: bHasCol ? undefined : size.maxCols,
        });
        text = `${left}:${right}`;
      }
      const qual = prefix ?? (opts.qualify ? `${opts.qualify}!` : '');
      return qual + text;
    }),
  );
}
