/** Save/load the whole workbook (and properties) as versioned JSON. */
import fs from 'node:fs';
import type { Cell, SheetModel, ValidationSpec, WorkbookModel } from './model';
import { COL_STRIDE, key } from './model';

export const FORMAT = 'career-ladder-runtime';
export const VERSION = 1;

type SavedCell = Omit<Cell, 'dv'> & { r: number; c: number; dv?: number };
type SavedSheet = Omit<SheetModel, 'cells'> & { cells: SavedCell[] };

export interface SavedWorkbook {
  format: typeof FORMAT;
  version: number;
  savedAt: string;
  workbook: Omit<WorkbookModel, 'sheets'> & { sheets: SavedSheet[] };
  validations: ValidationSpec[];
}

export function saveWorkbook(wb: WorkbookModel, savedAt: Date): SavedWorkbook {
  const validations: ValidationSpec[] = [];
  const index = new Map<ValidationSpec, number>();
  const sheets: SavedSheet[] = wb.sheets.map((s) => {
    const cells: SavedCell[] = [];
    for (const [k, cell] of s.cells) {
      const { dv, ...rest } = cell;
      if (Object.keys(rest).length === 0 && !dv) continue;
      const saved: SavedCell = { r: Math.floor(k / COL_STRIDE), c: k % COL_STRIDE, ...rest };
      if (dv) {
        let i = index.get(dv);
        if (i === undefined) {
          i = validations.length;
          validations.push(dv);
          index.set(dv, i);
        }
        saved.dv = i;
      }
      cells.push(saved);
    }
    return { ...s, cells };
  });
  return JSON.parse(
    JSON.stringify({
      format: FORMAT,
      version: VERSION,
      savedAt: savedAt.toISOString(),
      workbook: { ...wb, sheets },
      validations,
    }),
  ) as SavedWorkbook;
}

export class WorkbookFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}

/** Validates the shape of a saved workbook and rebuilds the model. */
export function parseSavedWorkbook(data: unknown, source = 'workbook'): WorkbookModel {
  const d = data as Partial<SavedWorkbook> | null;
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
  const sheets: SheetModel[] = w.sheets.map((s, i) => {
    if (!s || typeof s.name !== 'string' || !Array.isArray(s.cells) || typeof s.maxRows !== 'number')
      throw new WorkbookFileError(`${source} is damaged: sheet ${i + 1} is incomplete.`);
    const cells = new Map<number, Cell>();
    for (const sc of s.cells) {
      const { r, c, dv, ...rest } = sc;
      if (typeof r !== 'number' || typeof c !== 'number')
        throw new WorkbookFileError(`${source} is damaged: a cell of sheet "${s.name}" has no position.`);
      const cell: Cell = { ...rest };
      if (dv !== undefined) {
        const spec = validations[dv];
        if (!spec) throw new WorkbookFileError(`${source} is damaged: missing validation rule #${dv}.`);
        cell.dv = spec;
      }
      cells.set(key(r, c), cell);
    }
    const hiddenColumns = Array.isArray(s.hiddenColumns) ? s.hiddenColumns : [];
    return { ...s, hiddenColumns, cells };
  });
  return { ...(w as unknown as WorkbookModel), sheets };
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
  parseSavedWorkbook(data, path); // validate now, for a clear error at load time
  return data as SavedWorkbook;
}
