/** Reading and writing blocks of cells with Sheets' value semantics (formulas, dates, validation). */
import type { GridRef } from './a1';
import { cellA1 } from './a1';
import type { Core } from './core';
import type { CellRead } from './engine';
import { instantFromSerial, serialFromInstant } from './dates';
import type { Cell, SheetModel } from './model';
import { key } from './model';
import { localeRules } from './locale';
import { formatValue, isDateFormat, parseInput } from './numfmt';
import { apostropheText, validationSeesSameWrite } from './platform';
import { guardEdit, writerOf } from './protections';
import { isDateLike } from './realm';
import { ServiceException } from './services/base';
import { satisfies, scriptRejection, defaultRejection } from './validation';
import type { RangeListMemo } from './validation';

export function getCell(sheet: SheetModel, row: number, col: number): Cell | undefined {
  return sheet.cells.get(key(row, col));
}

function ensureCell(sheet: SheetModel, row: number, col: number): Cell {
  const k = key(row, col);
  let c = sheet.cells.get(k);
  if (!c) {
    c = {};
    sheet.cells.set(k, c);
  }
  return c;
}

/** Applies one written value to a cell (mutates it). */
function applyValue(core: Core, c: Cell, v: unknown, parseStrings: boolean): void {
  delete c.f;
  delete c.v;
  if (v === null || v === undefined || v === '') return;
  if (isDateLike(v)) {
    const serial = serialFromInstant(v.getTime(), core.model.timeZone);
    c.v = serial;
    const rules = localeRules(core.model.locale);
    if (!isDateFormat(c.nf)) c.nf = Number.isInteger(serial) ? rules.dateFormat : rules.dateTimeFormat;
    return;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    c.v = v;
    return;
  }
  const s = String(v);
  if (s.startsWith('=') && s.length > 1) {
    c.f = s;
    return;
  }
  if (s.startsWith("'")) {
    c.v = apostropheText(core, s, c.nf);
    return;
  }
  if (!parseStrings) {
    c.v = s;
    return;
  }
  const p = parseInput(s, core.model.locale);
  c.v = p.value;
  if (p.format && !c.nf) c.nf = p.format;
}

export interface WriteOptions {
  /** a person typing: rejection returns the rule's help text instead of the script error */
  user?: boolean;
}

function snapshot(sheet: SheetModel, ref: GridRef): (Cell | undefined)[][] {
  const out: (Cell | undefined)[][] = [];
  for (let i = 0; i < ref.numRows; i++) {
    const row: (Cell | undefined)[] = [];
    for (let j = 0; j < ref.numCols; j++) {
      const c = getCell(sheet, ref.row + i, ref.col + j);
      row.push(c ? { ...c } : undefined);
    }
    out.push(row);
  }
  return out;
}

interface Checked {
  row: number;
  col: number;
  c: Cell;
}

/**
 * Checks written literals against their rules: flags them under a warn-only rule, or throws
 * Apps Script's rejection (the rule's help text for a person typing) under a rejecting one.
 */
function validate(core: Core, sheet: SheetModel, checks: Checked[], opts: WriteOptions): void {
  const memo: RangeListMemo = new Map(); // a VALUE_IN_RANGE list is read once per block, not once per cell
  for (const x of checks) {
    const dv = x.c.dv;
    if (!dv) continue;
    const ok = satisfies(
      core.model,
      core.engine,
      sheet,
      { row: x.row, col: x.col },
      dv,
      { value: x.c.v ?? null, isDate: typeof x.c.v === 'number' && isDateFormat(x.c.nf) },
      dv.origin ?? { row: x.row, col: x.col },
      memo,
    );
    if (ok) continue;
    if (dv.allowInvalid) {
      x.c.flagged = true;
      continue;
    }
    throw new ServiceException(
      opts.user ? (dv.helpText ?? defaultRejection(dv)) : scriptRejection(cellA1(x.row, x.col)),
    );
  }
}

/**
 * Writes values (or formulas) into the block, validated, and pushes them to the engine. A rejected
 * write changes nothing, so nothing recalculates: rules are checked before the write, except custom
 * formulas, which read the new value from the grid and are checked after it (then undone on rejection).
 */
export function writeBlock(
  core: Core,
  sheet: SheetModel,
  ref: GridRef,
  values: unknown[][],
  opts: WriteOptions = {},
): void {
  guardEdit(core, sheet.id, ref, writerOf(core, opts.user === true), opts.user !== true);
  const before = snapshot(sheet, ref);
  const cells: Cell[][] = [];
  const checks: Checked[] = [];
  for (let i = 0; i < ref.numRows; i++) {
    const row: Cell[] = [];
    const src = values[i] ?? [];
    for (let j = 0; j < ref.numCols; j++) {
      const c: Cell = { ...getCell(sheet, ref.row + i, ref.col + j) };
      applyValue(core, c, src[j], true);
      delete c.flagged;
      if (c.dv && c.f === undefined && c.v !== undefined)
        checks.push({ row: ref.row + i, col: ref.col + j, c });
      row.push(c);
    }
    cells.push(row);
  }
  const afterWrite = (x: Checked): boolean => x.c.dv?.criteria === 'CUSTOM_FORMULA';
  validate(
    core,
    sheet,
    checks.filter((x) => !afterWrite(x)),
    opts,
  );
  const seesSameWrite = validationSeesSameWrite(core);
  if (!seesSameWrite) validateEachAlone(core, sheet, checks.filter(afterWrite), opts);
  cells.forEach((row, i) => row.forEach((c, j) => sheet.cells.set(key(ref.row + i, ref.col + j), c)));
  core.engine.setContent(sheet, ref.row, ref.col, cells);
  if (!seesSameWrite) return;
  try {
    validate(core, sheet, checks.filter(afterWrite), opts);
  } catch (e) {
    restore(core, sheet, ref, before);
    throw e;
  }
}

/**
 * Custom-formula rules checked against the sheet as it was before the write (contracts 14.2, when the
 * platform does not let a rule see the rest of the same write): each cell is put in alone, checked and
 * taken out again, so its formula sees its own new value and every other cell as before.
 */
function validateEachAlone(core: Core, sheet: SheetModel, checks: Checked[], opts: WriteOptions): void {
  for (const x of checks) {
    const one = { row: x.row, col: x.col, numRows: 1, numCols: 1 };
    const before = snapshot(sheet, one);
    sheet.cells.set(key(x.row, x.col), x.c);
    core.engine.setContent(sheet, x.row, x.col, [[x.c]]);
    try {
      validate(core, sheet, [x], opts);
    } finally {
      restore(core, sheet, one, before);
    }
  }
}

function restore(core: Core, sheet: SheetModel, ref: GridRef, before: (Cell | undefined)[][]): void {
  for (let i = 0; i < ref.numRows; i++)
    for (let j = 0; j < ref.numCols; j++) {
      const b = before[i]?.[j];
      if (b) sheet.cells.set(key(ref.row + i, ref.col + j), b);
      else sheet.cells.delete(key(ref.row + i, ref.col + j));
    }
  core.engine.setContent(sheet, ref.row, ref.col, before);
}

export type ReadKind = 'values' | 'display' | 'formulas';

/** One cell as getValue(s) returns it (host Date for date cells). */
export function readValue(
  core: Core,
  sheet: SheetModel,
  row: number,
  col: number,
): number | string | boolean | Date {
  return hostValue(core, core.engine.read(sheet, row, col));
}

/** What getValue returns for a cell the engine read. */
export function hostValue(core: Core, r: CellRead): number | string | boolean | Date {
  if (r.value === null) return '';
  if (r.isDate && typeof r.value === 'number')
    return new Date(instantFromSerial(r.value, core.model.timeZone));
  return r.value;
}

export function readDisplay(core: Core, sheet: SheetModel, row: number, col: number): string {
  const r = core.engine.read(sheet, row, col);
  return formatValue(r.value, getCell(sheet, row, col)?.nf, r.isDate, core.model.locale);
}

export function readBlock(core: Core, sheet: SheetModel, ref: GridRef, kind: ReadKind): unknown[][] {
  const out: unknown[][] = [];
  for (let i = 0; i < ref.numRows; i++) {
    const row: unknown[] = new Array(ref.numCols);
    for (let j = 0; j < ref.numCols; j++) {
      const r = ref.row + i;
      const c = ref.col + j;
      row[j] =
        kind === 'values'
          ? readValue(core, sheet, r, c)
          : kind === 'display'
            ? readDisplay(core, sheet, r, c)
            : (getCell(sheet, r, c)?.f ?? '');
    }
    out.push(row);
  }
  return out;
}

/** Applies fn to every cell of the block (creating cells), for formats and other attributes. */
export function eachCell(sheet: SheetModel, ref: GridRef, fn: (c: Cell, i: number, j: number) => void): void {
  for (let i = 0; i < ref.numRows; i++)
    for (let j = 0; j < ref.numCols; j++) fn(ensureCell(sheet, ref.row + i, ref.col + j), i, j);
}
