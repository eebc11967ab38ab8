/** HyperFormula wrapper: one engine sheet per sheet, custom functions, named ranges, typed reads. */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import { quoteSheet, rewriteFormula, rangeA1 } from './a1';
import { clockFunctions } from './clock-functions';
import { keepArrayErrorsInTheirCell } from './errored-arrays';
import type { ParsedFormulas } from './engine-speed';
import { evaluateFormulaAt, recalculateFor, speedUpRecalculation, vertexAt } from './engine-speed';
import type { Cell, Literal, RangeSpec, SheetModel, WorkbookModel } from './model';
import { COL_STRIDE, key } from './model';
import { instantFromSerial, serialFromInstant } from './dates';
import { isDateFormat } from './numfmt';

export interface CellRead {
  value: number | string | boolean | null; // null = empty
  isDate: boolean;
  error: string | null; // message of an error cell
}

export type CustomFunctionResult = { ok: true; value: unknown } | { ok: false; message: string };

export interface CustomFunctionHost {
  has(name: string): boolean;
  run(name: string, args: unknown[], at: { sheetId: number; row: number; col: number }): CustomFunctionResult;
}

/* The engine whose HyperFormula call is in progress (all calls are synchronous). */
let activeEngine: Engine | null = null;
const registered = new Set<string>();

interface AstLike {
  type: string;
  procedureName?: string;
  args?: AstLike[];
  reference?: { toSimpleCellAddress(base: unknown): { sheet: number; row: number; col: number } };
}
interface StateLike {
  formulaAddress: { sheet: number; row: number; col: number };
}

class CustomFunctionPlugin extends FunctionPlugin {
  evalArg(ast: unknown, state: unknown): unknown {
    return this.evaluateAst(ast as never, state as never);
  }
  sizeOf(ast: unknown, state: unknown): ArraySize {
    return this.arraySizeForAst(ast as never, state as never);
  }
  runCustom(ast: AstLike, state: StateLike): unknown {
    if (!activeEngine) return new CellError(ErrorType.ERROR, 'No runtime is evaluating this workbook.');
    return activeEngine.evaluateCustom(this, ast, state);
  }
  customSize(ast: AstLike, state: StateLike): ArraySize {
    if (!activeEngine) return ArraySize.scalar();
    return activeEngine.planSize(this, ast, state);
  }
}

function registerCustomFunction(name: string): void {
  if (registered.has(name)) return;
  const Plugin = class extends CustomFunctionPlugin {};
  // HyperFormula looks the methods up on the plugin's own prototype
  Object.assign(Plugin.prototype, {
    runCustom: CustomFunctionPlugin.prototype.runCustom,
    customSize: CustomFunctionPlugin.prototype.customSize,
  });
  (Plugin as unknown as { implementedFunctions: unknown }).implementedFunctions = {
    [name]: {
      method: 'runCustom',
      sizeOfResultArrayMethod: 'customSize',
      parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    },
  };
  HyperFormula.registerFunctionPlugin(
    Plugin as never,
    { enGB: { [name]: name }, enUS: { [name]: name } } as never,
  );
  registered.add(name);
}

function toEngineContent(c: Cell | undefined, translate: (f: string) => string): unknown {
  if (!c) return null;
  if (c.f !== undefined) return translate(c.f);
  if (c.v === undefined || c.v === '') return null;
  if (typeof c.v === 'string') return `'${c.v}`;
  return c.v;
}

export class Engine {
  readonly hf: HyperFormula;
  private hfIds = new Map<number, number>();
  /** result cells of custom functions that returned Dates */
  private dateCells = new Set<string>();
  /** learned result shapes of custom-function cells */
  private shapes = new Map<string, { w: number; h: number }>();
  private replan = new Set<string>();
  /** the result area HyperFormula reserved for each custom-function cell when it last planned it */
  private planned = new Map<string, ArraySize>();
  private errors = new Map<string, string>();
  /** settleSheet left formulas dirty: these vertices (and none other) hold stale values meanwhile */
  private stale = new Set<object>();
  private currentSheet: number | null = null;
  /** conditional-format and validation formulas, parsed (cleared when sheets or names change) */
  private readonly parsed: ParsedFormulas = new Map();

  constructor(
    private readonly wb: WorkbookModel,
    private readonly custom: CustomFunctionHost,
    customNames: string[],
    nowMs: () => number,
  ) {
    for (const n of customNames) registerCustomFunction(n.toUpperCase());
    const clock = clockFunctions({ nowMs, timeZone: () => this.wb.timeZone });
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      functionPlugins: [...HyperFormula.getAllFunctionPlugins(), clock],
      useArrayArithmetic: true,
      dateFormats: ['MM/DD/YYYY', 'YYYY-MM-DD'],
      functionArgSeparator: ',',
      smartRounding: true,
      useColumnIndex: true,
      maxRows: 100000,
      maxColumns: 18278,
    });
    keepArrayErrorsInTheirCell(this.hf);
    speedUpRecalculation(this.hf);
  }

  private call<T>(fn: () => T): T {
    const prev = activeEngine;
    // the plugin finds its engine through this module-level pointer (HyperFormula plugins are global)
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    activeEngine = this;
    try {
      return fn();
    } finally {
      activeEngine = prev;
    }
  }

  /** Runs fn with evaluation suspended until the next read (batches script writes). */
  private write(fn: () => void): void {
    this.call(() => {
      // HyperFormula's own state, not a flag of ours: its batch() resumes evaluation when it ends
      if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
      fn();
    });
  }

  /** Resumes evaluation (and re-plans custom-function spills whose shape changed). */
  settle(): void {
    // a custom function's execution ends inside the evaluation that runs it: that evaluation settles
    if (activeEngine) return;
    this.call(() => {
      if (this.hf.isEvaluationSuspended()) this.hf.resumeEvaluation();
      else if (this.stale.size > 0) this.evaluateDirty();
      this.stale = new Set();
      this.currentSheet = null;
      this.replanSpills();
    });
  }

  /**
   * Recalculates what one sheet's formulas need (its formulas and everything they read, directly or not),
   * so its cells read current values; every other formula due for recalculation waits until anything
   * else is read (settle). Sheets, too, shows the edited sheet before dependent sheets finish.
   */
  settleSheet(sheet: SheetModel): void {
    if (activeEngine) return;
    const suspended = this.hf.isEvaluationSuspended();
    if (!suspended && (this.stale.size === 0 || this.currentSheet === sheet.id)) return;
    this.call(() => {
      this.stale = recalculateFor(this.hf, this.hfId(sheet.id), () => {
        if (suspended) this.hf.resumeEvaluation();
        else this.evaluateDirty();
        this.replanSpills();
      });
      this.currentSheet = this.stale.size > 0 ? sheet.id : null;
    });
  }

  /**
   * Makes what a read outside an evaluation sees current: the sheet settleSheet computed, or (with `at`)
   * one cell whose formula is not stale, reads as it is; anything else settles the whole workbook first.
   */
  private current(sheet: SheetModel, at?: { row: number; col: number }): void {
    if (activeEngine) return;
    if (this.stale.size > 0 && !this.hf.isEvaluationSuspended()) {
      if (this.currentSheet === sheet.id) return;
      if (at) {
        const vertex = vertexAt(this.hf, { sheet: this.hfId(sheet.id), row: at.row - 1, col: at.col - 1 });
        if (vertex === undefined || !this.stale.has(vertex)) return;
      }
    }
    this.settle();
  }

  /** Evaluates formulas left dirty by settleSheet (HyperFormula evaluates when evaluation resumes). */
  private evaluateDirty(): void {
    this.hf.suspendEvaluation();
    this.hf.resumeEvaluation();
  }

  private replanSpills(): void {
    for (let i = 0; i < 4 && this.replan.size > 0; i++) {
      const todo = [...this.replan];
      this.replan.clear();
      this.hf.batch(() => {
        for (const k of todo) {
          const [sid, r, c] = k.split(':').map(Number) as [number, number, number];
          const sheet = this.wb.sheets.find((s) => s.id === sid);
          const cell = sheet?.cells.get(key(r, c));
          if (sheet && cell?.f) this.setContent(sheet, r, c, [[cell]]);
        }
      });
    }
  }

  hfId(sheetId: number): number {
    const id = this.hfIds.get(sheetId);
    if (id === undefined) throw new Error(`engine has no sheet ${sheetId}`);
    return id;
  }

  private ourSheet(hfSheet: number): SheetModel | undefined {
    for (const [ours, theirs] of this.hfIds)
      if (theirs === hfSheet) return this.wb.sheets.find((s) => s.id === ours);
    return undefined;
  }

  translate(sheet: SheetModel, formula: string): string {
    return rewriteFormula(formula, {
      size: (name) => {
        const s =
          name === null ? sheet : this.wb.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
        return s ? { maxRows: s.maxRows, maxCols: s.maxCols } : null;
      },
    });
  }

  addSheet(sheet: SheetModel): void {
    this.parsed.clear();
    this.write(() => {
      const name = this.hf.addSheet(sheet.name);
      this.hfIds.set(sheet.id, this.hf.getSheetId(name) as number);
    });
  }

  removeSheet(sheetId: number): void {
    this.parsed.clear();
    this.write(() => this.hf.removeSheet(this.hfId(sheetId)));
    this.hfIds.delete(sheetId);
  }

  renameSheet(sheetId: number, name: string): void {
    this.parsed.clear();
    this.write(() => this.hf.renameSheet(this.hfId(sheetId), name));
  }

  /** Pushes model cells (already stored in the sheet model) to the engine. */
  setContent(sheet: SheetModel, row: number, col: number, cells: (Cell | undefined)[][]): void {
    const tr = (f: string): string => this.translate(sheet, f);
    const data = cells.map((r) => r.map((c) => toEngineContent(c, tr)));
    for (let i = 0; i < cells.length; i++) {
      const r = cells[i] ?? [];
      for (let j = 0; j < r.length; j++) {
        const k = `${sheet.id}:${row + i}:${col + j}`;
        this.errors.delete(k);
        if (!r[j]?.f) {
          this.shapes.delete(k);
          this.planned.delete(k);
        }
      }
    }
    this.write(() =>
      this.hf.setCellContents({ sheet: this.hfId(sheet.id), row: row - 1, col: col - 1 }, data as never),
    );
  }

  /** Re-sends every formula of the workbook (after a grid-size change bounds open ranges differently). */
  refreshFormulas(): void {
    this.write(() => {
      for (const s of this.wb.sheets) {
        for (const [k, c] of s.cells) {
          if (c.f && /:\$?[A-Za-z]*\$?(?![\d])|:\$?\d+(?![A-Za-z\d])/.test(c.f))
            this.setContent(s, Math.floor(k / COL_STRIDE), k % COL_STRIDE, [[c]]);
        }
      }
    });
  }

  loadAll(): void {
    this.write(() => {
      for (const s of this.wb.sheets) this.addSheet(s);
      for (const s of this.wb.sheets) {
        const hid = this.hfId(s.id);
        for (const [k, c] of s.cells) {
          const content = toEngineContent(c, (f) => this.translate(s, f));
          if (content !== null)
            this.hf.setCellContents(
              { sheet: hid, row: Math.floor(k / COL_STRIDE) - 1, col: (k % COL_STRIDE) - 1 },
              content as never,
            );
        }
      }
      for (const n of this.wb.namedRanges) this.addName(n.name, n.range);
    });
    this.settle();
  }

  private nameExpression(range: RangeSpec): string {
    const s = this.wb.sheets.find((x) => x.id === range.sheetId);
    const abs = rangeA1(range).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    return `=${quoteSheet(s?.name ?? '')}!${abs}`;
  }

  addName(name: string, range: RangeSpec): void {
    this.parsed.clear();
    this.write(() => {
      try {
        this.hf.addNamedExpression(name, this.nameExpression(range));
      } catch {
        /* names the engine cannot hold (e.g. look like functions) stay Apps Script-only */
      }
    });
  }

  removeName(name: string): void {
    this.parsed.clear();
    this.write(() => {
      try {
        this.hf.removeNamedExpression(name);
      } catch {
        /* not in the engine */
      }
    });
  }

  read(sheet: SheetModel, row: number, col: number): CellRead {
    const c = sheet.cells.get(key(row, col));
    if (c && c.v !== undefined && c.f === undefined) {
      return {
        value: c.v === '' ? null : c.v,
        isDate: typeof c.v === 'number' && isDateFormat(c.nf),
        error: null,
      };
    }
    this.current(sheet, { row, col });
    const addr = { sheet: this.hfId(sheet.id), row: row - 1, col: col - 1 };
    let v: unknown;
    try {
      v = this.hf.getCellValue(addr);
    } catch {
      return { value: null, isDate: false, error: null };
    }
    if (v instanceof DetailedCellError) {
      const k = `${sheet.id}:${row}:${col}`;
      const text = v.value === '#SPILL!' ? '#REF!' : v.value;
      const msg =
        this.errors.get(k) ??
        (v.value === '#SPILL!'
          ? 'Array result was not expanded because it would overwrite data.'
          : v.message);
      return { value: text, isDate: false, error: msg || text };
    }
    if (v === null || v === undefined || v === '')
      return { value: v === '' ? '' : null, isDate: false, error: null };
    let isDate = false;
    if (typeof v === 'number') {
      if (isDateFormat(c?.nf)) isDate = true;
      else if (this.dateCells.has(`${sheet.id}:${row}:${col}`)) isDate = true;
      else if (c?.f) {
        const t = this.hf.getCellValueDetailedType(addr);
        isDate = t === 'NUMBER_DATE' || t === 'NUMBER_DATETIME';
      }
    }
    return { value: v as Literal, isDate, error: null };
  }

  /** Evaluates a formula as if written in the given cell (relative refs written for `origin`). */
  evaluateAt(
    sheet: SheetModel,
    formula: string,
    origin: { row: number; col: number },
    at: { row: number; col: number },
  ): unknown {
    const text = rewriteFormula(formula.startsWith('=') ? formula : `=${formula}`, {
      size: (name) => {
        const s =
          name === null ? sheet : this.wb.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
        return s ? { maxRows: s.maxRows, maxCols: s.maxCols } : null;
      },
      qualify: quoteSheet(sheet.name),
    });
    if (this.readsOnlyItsSheet(formula)) this.current(sheet);
    else this.settle();
    const id = this.hfId(sheet.id);
    return this.call(() => {
      try {
        const v = evaluateFormulaAt(
          this.hf,
          this.parsed,
          text,
          { sheet: id, row: origin.row - 1, col: origin.col - 1 },
          { sheet: id, row: at.row - 1, col: at.col - 1 },
        );
        return v instanceof DetailedCellError ? v.value : v;
      } catch {
        return '#ERROR!';
      }
    });
  }

  // ---- custom functions ----

  private argToHost(plugin: CustomFunctionPlugin, ast: AstLike, state: StateLike): unknown {
    const v = plugin.evalArg(ast, state);
    const conv = (x: unknown, hfSheet: number | null, r: number, c: number): unknown => {
      if (x === EmptyValue || x === null || x === undefined) return '';
      if (x instanceof CellError)
        return `#${x.type === 'DIV_BY_ZERO' ? 'DIV/0!' : x.type === 'NA' ? 'N/A' : x.type + '!'}`;
      if (typeof x === 'object' && x !== null && 'val' in x) x = (x as { val: number }).val; // rich numbers
      if (typeof x === 'number' && hfSheet !== null) {
        const s = this.ourSheet(hfSheet);
        if (s && this.isDateCell(s, r + 1, c + 1)) return new Date(instantFromSerial(x, this.wb.timeZone));
      }
      return x;
    };
    if (v instanceof SimpleRangeValue) {
      const start = (v as unknown as { range?: { start: { sheet: number; row: number; col: number } } }).range
        ?.start;
      return v.data.map((row, i) =>
        row.map((x, j) => conv(x, start ? start.sheet : null, (start?.row ?? 0) + i, (start?.col ?? 0) + j)),
      );
    }
    if (ast.type === 'CELL_REFERENCE' && ast.reference) {
      const a = ast.reference.toSimpleCellAddress(state.formulaAddress);
      return conv(v, a.sheet, a.row, a.col);
    }
    return conv(v, null, 0, 0);
  }

  private isDateCell(s: SheetModel, row: number, col: number): boolean {
    const c = s.cells.get(key(row, col));
    if (isDateFormat(c?.nf)) return true;
    return this.dateCells.has(`${s.id}:${row}:${col}`);
  }

  /** HyperFormula reserving a custom-function cell's result area (on setting the formula). */
  planSize(plugin: CustomFunctionPlugin, ast: AstLike, state: StateLike): ArraySize {
    const size = this.predictSize(plugin, ast, state);
    const s = this.ourSheet(state.formulaAddress.sheet);
    if (s) this.planned.set(`${s.id}:${state.formulaAddress.row + 1}:${state.formulaAddress.col + 1}`, size);
    return size;
  }

  predictSize(plugin: CustomFunctionPlugin, ast: AstLike, state: StateLike): ArraySize {
    const s = this.ourSheet(state.formulaAddress.sheet);
    const k = s ? `${s.id}:${state.formulaAddress.row + 1}:${state.formulaAddress.col + 1}` : '';
    const learned = this.shapes.get(k);
    if (learned) return new ArraySize(learned.w, learned.h);
    let w = 1;
    let h = 1;
    for (const a of ast.args ?? []) {
      const size = plugin.sizeOf(a, state);
      w = Math.max(w, size.width);
      h = Math.max(h, size.height);
    }
    return new ArraySize(w, h);
  }

  evaluateCustom(plugin: CustomFunctionPlugin, ast: AstLike, state: StateLike): unknown {
    const name = ast.procedureName ?? '';
    const s = this.ourSheet(state.formulaAddress.sheet);
    if (!s) return new CellError(ErrorType.REF);
    const row = state.formulaAddress.row + 1;
    const col = state.formulaAddress.col + 1;
    const k = `${s.id}:${row}:${col}`;
    if (!this.custom.has(name)) return new CellError(ErrorType.NAME, `Unknown function: '${name}'.`);
    const args = (ast.args ?? []).map((a) =>
      a.type === 'EMPTY' ? undefined : this.argToHost(plugin, a, state),
    );
    const planned = this.planned.get(k) ?? this.predictSize(plugin, ast, state);
    const res = this.custom.run(name, args, { sheetId: s.id, row, col });
    if (!res.ok) {
      this.errors.set(k, res.message);
      return new CellError(ErrorType.ERROR, res.message);
    }
    this.errors.delete(k);
    const out = res.value;
    if (Array.isArray(out)) {
      const rows = out.map((r) => (Array.isArray(r) ? r : [r]));
      const h = Math.max(1, rows.length);
      const w = Math.max(1, ...rows.map((r) => r.length));
      if (w !== planned.width || h !== planned.height) {
        this.shapes.set(k, { w, h });
        this.replan.add(k);
      }
      // HyperFormula accepts no more than the area it reserved; settle() re-plans for the full result
      const data = Array.from({ length: Math.min(h, planned.height) }, (_, i) =>
        Array.from({ length: Math.min(w, planned.width) }, (_, j) =>
          this.resultToEngine(rows[i]?.[j], s.id, row + i, col + j),
        ),
      );
      if (data.length === 1 && data[0]?.length === 1) return data[0][0];
      return SimpleRangeValue.onlyValues(data as never);
    }
    if (planned.width !== 1 || planned.height !== 1) {
      this.shapes.set(k, { w: 1, h: 1 });
      this.replan.add(k);
    }
    const v = this.resultToEngine(out, s.id, row, col);
    return v === EmptyValue ? '' : v;
  }

  private resultToEngine(v: unknown, sheetId: number, row: number, col: number): unknown {
    const k = `${sheetId}:${row}:${col}`;
    if (v instanceof Date) {
      this.dateCells.add(k);
      return serialFromInstant(v.getTime(), this.wb.timeZone);
    }
    this.dateCells.delete(k);
    if (v === null || v === undefined || v === '') return EmptyValue;
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
    return String(v);
  }

  /** A formula with no sheet prefix and no named range reads only the sheet it is evaluated on. */
  private readsOnlyItsSheet(formula: string): boolean {
    if (formula.includes('!')) return false;
    const words = new Set(formula.toUpperCase().match(/[A-Z_][A-Z0-9_.]*/g) ?? []);
    return !this.wb.namedRanges.some((n) => words.has(n.name.toUpperCase()));
  }

  /**
   * The last row and column that have content ([doc] Sheet#getLastRow: "the last row that has
   * content"): HyperFormula's extent, less trailing rows and columns whose cells were all cleared
   * (its extent never shrinks). A formula cell is content whatever it shows.
   */
  dimensions(sheet: SheetModel): { lastRow: number; lastCol: number } {
    this.current(sheet);
    const id = this.hfId(sheet.id);
    let { height, width } = this.hf.getSheetDimensions(id);
    const empty = (row: number, col: number) => this.hf.isCellEmpty({ sheet: id, row, col });
    const rowEmpty = (row: number) => {
      for (let col = 0; col < width; col++) if (!empty(row, col)) return false;
      return true;
    };
    while (height > 0 && rowEmpty(height - 1)) height--;
    const colEmpty = (col: number) => {
      for (let row = 0; row < height; row++) if (!empty(row, col)) return false;
      return true;
    };
    while (width > 0 && colEmpty(width - 1)) width--;
    return { lastRow: height, lastCol: width };
  }

  /**
   * Recomputes every formula by re-sending it from the model. (HyperFormula's rebuildAndRecalculate
   * rebuilds from its own serialization, which turns spilled array cells into literals, so every
   * array formula would then show #REF! for lack of room.)
   */
  recalc(): void {
    this.write(() => {
      for (const s of this.wb.sheets)
        for (const [k, c] of s.cells)
          if (c.f) this.setContent(s, Math.floor(k / COL_STRIDE), k % COL_STRIDE, [[c]]);
    });
    this.settle();
  }

  destroy(): void {
    this.hf.destroy();
  }
}
