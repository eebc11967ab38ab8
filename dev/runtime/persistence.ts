/** Save/load the whole workbook (and properties) as versioned JSON. */
import fs from 'node:fs';
import type { Cell, SheetModel, ValidationSpec, WorkbookModel } from './model';
import { COL_STRIDE, key } from './model';
import { newProject, projectSchema, type ProjectModel } from './project';

const FORMAT = 'career-ladder-runtime';
/**
 * 3: the script project beside the workbook (`project`: time-driven triggers, MailApp's outbox and quota use,
 * failed trigger runs); versions 1 and 2 are read with an empty project.
 * 2: formats (number format, validation, colours, font, alignment, wrap) are stored as rectangular runs
 * of identical styles (`formats` per sheet, `styles` shared); cells keep only their content and notes.
 * 1: every attribute stored cell by cell (still read).
 */
const VERSION = 3;

/** Cell attributes stored as runs from version 2 on (the rest stays cell by cell). */
const STYLE_KEYS = ['nf', 'dv', 'bg', 'fc', 'bold', 'italic', 'hAlign', 'wrap'] as const;
type StyleKey = (typeof STYLE_KEYS)[number];
const STYLE_NAMES: ReadonlySet<string> = new Set(STYLE_KEYS);

type SavedCell = Omit<Cell, 'dv'> & { r: number; c: number; dv?: number };
/** Cell style with the validation rule as an index into `validations`. */
type SavedStyle = Omit<Pick<Cell, StyleKey>, 'dv'> & { dv?: number };
/** [row, col, numRows, numCols, style index]: every cell of the rectangle has `styles[style index]`. */
type SavedRun = [number, number, number, number, number];
type SavedSheet = Omit<SheetModel, 'cells'> & { cells: SavedCell[]; formats?: SavedRun[] };

export interface SavedWorkbook {
  format: typeof FORMAT;
  version: number;
  savedAt: string;
  workbook: Omit<WorkbookModel, 'sheets'> & { sheets: SavedSheet[] };
  validations: ValidationSpec[];
  /** version 2: the distinct cell styles the sheets' `formats` runs refer to */
  styles?: SavedStyle[];
  /** version 3: triggers, outbox, mail quota use and failed trigger runs of the script project */
  project?: ProjectModel;
}

/** Distinct values, each stored once, found by identity first and then by content. */
class Table<T> {
  readonly items: unknown[] = [];
  private readonly byObject = new Map<T, number>();
  private readonly byJson = new Map<string, number>();
  constructor(private readonly encode: (x: T) => unknown) {}
  index(x: T): number {
    const known = this.byObject.get(x);
    if (known !== undefined) return known;
    const encoded = this.encode(x);
    const json = JSON.stringify(encoded);
    let i = this.byJson.get(json);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(encoded);
      this.byJson.set(json, i);
    }
    this.byObject.set(x, i);
    return i;
  }
}

/** Vertical runs of one style per column, then side-by-side columns with the same runs merged. */
function styleRuns(styled: { r: number; c: number; s: number }[]): SavedRun[] {
  // styled is sorted by row then column; regroup by column, rows ascending
  const byColumn = new Map<number, { r: number; s: number }[]>();
  for (const x of styled) {
    let list = byColumn.get(x.c);
    if (!list) byColumn.set(x.c, (list = []));
    list.push({ r: x.r, s: x.s });
  }
  const runs: SavedRun[] = [];
  const open = new Map<string, SavedRun>(); // `${row}:${numRows}:${style}` → rectangle ending at the previous column
  for (const c of [...byColumn.keys()].sort((a, b) => a - b)) {
    const list = (byColumn.get(c) ?? []).sort((a, b) => a.r - b.r);
    for (let i = 0; i < list.length;) {
      const first = list[i] as { r: number; s: number };
      let j = i + 1;
      while (j < list.length && list[j]?.s === first.s && list[j]?.r === first.r + (j - i)) j++;
      const rows = j - i;
      const k = `${first.r}:${rows}:${first.s}`;
      const prev = open.get(k);
      if (prev && prev[1] + prev[3] === c) prev[3]++;
      else {
        const run: SavedRun = [first.r, c, rows, 1, first.s];
        runs.push(run);
        open.set(k, run);
      }
      i = j;
    }
  }
  return runs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

export function saveWorkbook(
  wb: WorkbookModel,
  savedAt: Date,
  project: ProjectModel = newProject(),
): SavedWorkbook {
  const validations = new Table<ValidationSpec>((dv) => dv);
  const styles = new Map<string, number>();
  const styleList: SavedStyle[] = [];
  const sheets: SavedSheet[] = wb.sheets.map((s) => {
    const cells: SavedCell[] = [];
    const styled: { r: number; c: number; s: number }[] = [];
    const keys = [...s.cells.keys()].sort((a, b) => a - b);
    for (const k of keys) {
      const cell = s.cells.get(k) as Cell;
      const r = Math.floor(k / COL_STRIDE);
      const c = k % COL_STRIDE;
      // a style is known by a string of its values in STYLE_KEYS order (JSON per cell was most of a save)
      const ordered: SavedStyle = {};
      const rest: Record<string, unknown> = {};
      let styleKey = '';
      for (const name of STYLE_KEYS) {
        const value = cell[name];
        if (value === undefined) {
          styleKey += '\u0000';
          continue;
        }
        const saved = name === 'dv' ? validations.index(value as ValidationSpec) : value;
        (ordered as Record<string, unknown>)[name] = saved;
        styleKey += `${typeof saved}:${String(saved)}\u0000`;
      }
      for (const name in cell) {
        const value = (cell as Record<string, unknown>)[name];
        if (value !== undefined && !STYLE_NAMES.has(name)) rest[name] = value;
      }
      if (styleKey.length > STYLE_KEYS.length) {
        let i = styles.get(styleKey);
        if (i === undefined) {
          i = styleList.length;
          styleList.push(ordered);
          styles.set(styleKey, i);
        }
        styled.push({ r, c, s: i });
      }
      if (Object.keys(rest).length > 0) cells.push({ r, c, ...rest } as SavedCell);
    }
    return { ...s, cells, formats: styleRuns(styled) };
  });
  return JSON.parse(
    JSON.stringify({
      format: FORMAT,
      version: VERSION,
      savedAt: savedAt.toISOString(),
      workbook: { ...wb, sheets },
      validations: validations.items,
      styles: styleList,
      project,
    }),
  ) as SavedWorkbook;
}

export class WorkbookFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}

/**
 * Validates the shape of a saved workbook (version 1 or 2) and rebuilds the model, on a copy: a saved
 * state loaded into several runtimes gives each its own workbook.
 */
export function parseSavedWorkbook(data: unknown, source = 'workbook'): WorkbookModel {
  const d = structuredClone(data) as Partial<SavedWorkbook> | null;
  if (!d || typeof d !== 'object' || d.format !== FORMAT)
    throw new WorkbookFileError(
      `${source} is not a saved Career Ladder workbook (no "format": "${FORMAT}" field).`,
    );
  if (typeof d.version !== 'number' || d.version > VERSION)
    throw new WorkbookFileError(
      `${source} was saved by a newer runtime (version ${String(d.version)}); this runtime reads version ${VERSION}.`,
    );
  const w = d.workbook;
  if (!w || !Array.isArray(w.sheets) || w.sheets.length === 0 || !w.properties)
    throw new WorkbookFileError(`${source} is damaged: it has no sheets or properties.`);
  const validations = Array.isArray(d.validations) ? d.validations : [];
  const rule = (i: number): ValidationSpec => {
    const spec = validations[i];
    if (!spec) throw new WorkbookFileError(`${source} is damaged: missing validation rule #${i}.`);
    return spec;
  };
  // one Cell-shaped style object per saved style, validation rules shared between the cells using them
  const styles: Partial<Cell>[] = (Array.isArray(d.styles) ? d.styles : []).map((st) => {
    const { dv, ...rest } = st;
    return dv === undefined ? { ...rest } : { ...rest, dv: rule(dv) };
  });
  const sheets: SheetModel[] = w.sheets.map((s, i) => {
    if (!s || typeof s.name !== 'string' || !Array.isArray(s.cells) || typeof s.maxRows !== 'number')
      throw new WorkbookFileError(`${source} is damaged: sheet ${i + 1} is incomplete.`);
    const cells = new Map<number, Cell>();
    const { formats, ...sheet } = s;
    for (const run of Array.isArray(formats) ? formats : []) {
      const [row, col, numRows, numCols, styleIndex] = run;
      const style = styles[styleIndex];
      if (!style || ![row, col, numRows, numCols].every((n) => Number.isInteger(n) && n > 0))
        throw new WorkbookFileError(`${source} is damaged: a format run of sheet "${s.name}" is invalid.`);
      for (let r = row; r < row + numRows; r++)
        for (let c = col; c < col + numCols; c++) cells.set(key(r, c), { ...style });
    }
    for (const sc of s.cells) {
      const { r, c, dv, ...rest } = sc;
      if (typeof r !== 'number' || typeof c !== 'number')
        throw new WorkbookFileError(`${source} is damaged: a cell of sheet "${s.name}" has no position.`);
      const cell: Cell = { ...cells.get(key(r, c)), ...rest };
      if (dv !== undefined) cell.dv = rule(dv);
      cells.set(key(r, c), cell);
    }
    const hiddenColumns = Array.isArray(s.hiddenColumns) ? s.hiddenColumns : [];
    return { ...(sheet as Omit<SheetModel, 'cells'>), hiddenColumns, cells };
  });
  return { ...(w as unknown as WorkbookModel), sheets };
}

/**
 * The script project of a saved workbook (version 3), validated; an empty project for versions 1 and 2.
 * A copy, like the workbook: runtimes loaded from one state do not share triggers or outboxes.
 */
export function parseSavedProject(data: unknown, source = 'workbook'): ProjectModel {
  const project = (data as Partial<SavedWorkbook> | null)?.project;
  if (project === undefined) return newProject();
  const parsed = projectSchema.safeParse(structuredClone(project));
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const where = issue?.path.join('.') ?? '';
    throw new WorkbookFileError(
      `${source} is damaged: its script project (triggers, outbox) is invalid at "${where}": ${issue?.message ?? 'not a project'}.`,
    );
  }
  return parsed.data;
}

export function loadWorkbookFile(path: string): SavedWorkbook {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch {
    throw new WorkbookFileError(`Cannot read workbook file ${path}.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new WorkbookFileError(`${path} is damaged: not valid JSON (${(e as Error).message}).`);
  }
  // validate now, for a clear error at load time
  parseSavedWorkbook(data, path);
  parseSavedProject(data, path);
  return data as SavedWorkbook;
}
