/**
 * Three speed-ups of HyperFormula's recalculation that leave every result as it was, so an edit in the
 * `npm start` page recomputes in tens of milliseconds instead of seconds. HyperFormula exports neither
 * its evaluator nor its search strategies, so, as errored-arrays.ts does, this patches the prototypes
 * of the instance's objects once (dev-only; the runtime is the only HyperFormula user in the process).
 *
 * 1. Exact-match lookups answered from the column index. With `useColumnIndex` HyperFormula indexes
 *    every column's values and answers VLOOKUP/MATCH/XLOOKUP exact matches from the index, but when the
 *    key is not in the column it scans the whole range anyway — so `ARRAYFORMULA(IFERROR(VLOOKUP(B2:B,
 *    …)))` over a 1,000-row grid of mostly blank rows (key 0, never found) read 1,000 × 1,000 cells on
 *    every recalculation. For an exact match the index is complete (HyperFormula keeps it in step with
 *    every literal write and every formula result, with the same normalised values the scan compares),
 *    so a key it does not hold in the range is not there.
 * 2. Unchanged results stop the recalculation. HyperFormula counts a recomputed array formula (and a
 *    date or currency result) as changed whenever it produced a new object, so everything downstream
 *    recomputes — custom functions included — although no argument changed. Sheets re-runs a formula
 *    only when an argument changed; here a result equal value for value (type, number format, error
 *    type and message) to the one before counts as unchanged.
 * 3. Comparisons of equal strings, and of an empty cell with "", are answered before HyperFormula tries
 *    to read both sides as dates and asks Intl.Collator (the answer is 0 either way).
 *
 * And one way to recalculate in two steps (`recalculateFor`): first what one sheet's formulas need (the
 * formulas of that sheet and everything they read, directly or not), leaving every other formula marked
 * dirty, so HyperFormula recomputes it on its next evaluation. Sheets, too, shows the sheet being edited
 * before dependent sheets have finished recalculating; the engine never reads a formula left dirty.
 */
import { CellError, EmptyValue, SimpleRangeValue } from 'hyperformula';
import type { HyperFormula } from 'hyperformula';

interface SearchOptions {
  ordering?: string;
  ifNoMatch?: string;
  returnOccurrence?: string;
}
interface RangeValueLike {
  range?: unknown;
}
interface ColumnIndexLike {
  find(key: unknown, rangeValue: RangeValueLike, options: SearchOptions): number;
  findUsingColumnIndex(
    key: unknown,
    rangeValue: RangeValueLike,
    returnOccurrence: string,
  ): number | undefined;
}
interface VertexLike {
  idInGraph?: number;
  isComputed?: () => boolean;
  valueOrUndef?: () => unknown;
  array?: { array?: unknown[][] };
  /** formula vertices */
  cellAddress?: { sheet: number };
  getFormula?: unknown;
  /** range vertices */
  range?: unknown;
}
interface GraphLike {
  nodesSparseArray: (VertexLike | undefined)[];
  edgesSparseArray: (number[] | undefined)[];
  markNodeAsDirty(vertex: VertexLike): void;
}
interface EvaluatorLike {
  recomputeVertex(vertex: VertexLike, changes: unknown): boolean;
  dependencyGraph: { graph: GraphLike };
}
interface ArithmeticLike {
  compare(left: unknown, right: unknown): number;
}
interface Internals {
  columnSearch: ColumnIndexLike;
  evaluator: EvaluatorLike & { interpreter: { arithmeticHelper: ArithmeticLike } };
}

const NOT_FOUND = -1;
const patched = new WeakSet<object>();

function once(proto: object): boolean {
  if (patched.has(proto)) return false;
  patched.add(proto);
  return true;
}

function answerExactLookupsFromTheIndex(search: ColumnIndexLike): void {
  const proto = Object.getPrototypeOf(search) as ColumnIndexLike;
  if (typeof proto.findUsingColumnIndex !== 'function') {
    throw new Error('runtime: HyperFormula must be built with useColumnIndex (engine-speed.ts)');
  }
  if (!once(proto)) return;
  const find = proto.find;
  proto.find = function (this: ColumnIndexLike, key, rangeValue, options) {
    const exact = options.ordering === 'none' && options.ifNoMatch === 'returnNotFound';
    if (!exact || rangeValue.range === undefined) return find.call(this, key, rangeValue, options);
    return this.findUsingColumnIndex(key, rangeValue, options.returnOccurrence ?? 'first') ?? NOT_FOUND;
  };
}

/** Same value as far as any reader can tell: primitives, rich numbers (value and format), errors. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof CellError) {
    const e = b as CellError;
    return a.type === e.type && a.message === e.message;
  }
  if (a instanceof SimpleRangeValue) return false;
  const x = a as { val?: unknown; format?: unknown };
  const y = b as { val?: unknown; format?: unknown };
  return 'val' in x && x.val === y.val && x.format === y.format;
}

function sameArray(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as readonly unknown[];
    const y = b[i] as readonly unknown[];
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (!sameValue(x[j], y[j])) return false;
  }
  return true;
}

/** What a vertex holds now, in a form that survives its recomputation (arrays: the rows object). */
function heldValue(vertex: VertexLike): unknown {
  if (typeof vertex.isComputed !== 'function' || !vertex.isComputed()) return undefined;
  if (vertex.array !== undefined) return Array.isArray(vertex.array.array) ? vertex.array.array : undefined;
  return vertex.valueOrUndef?.();
}

/** A recalculation limited to what one sheet needs (see recalculateFor). */
interface Focus {
  readonly sheet: number;
  /** graph node id → whether a formula of the sheet depends on it, directly or not */
  readonly reaches: Map<number, boolean>;
  /** graph node ids left dirty */
  readonly deferred: number[];
}

const focusOf = new WeakMap<object, Focus>();

function isFormula(vertex: VertexLike): boolean {
  return vertex.cellAddress !== undefined && vertex.getFormula !== undefined;
}

/** Whether a formula of the focused sheet depends on the vertex (depth-first over its dependents). */
function neededBySheet(graph: GraphLike, focus: Focus, start: number): boolean {
  const { reaches, sheet } = focus;
  const known = reaches.get(start);
  if (known !== undefined) return known;
  const entered = new Set<number>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack[stack.length - 1] as number;
    if (reaches.has(id)) {
      stack.pop();
      continue;
    }
    const node = graph.nodesSparseArray[id];
    if (node === undefined) {
      reaches.set(id, false);
      stack.pop();
      continue;
    }
    if (isFormula(node) && node.cellAddress?.sheet === sheet) {
      reaches.set(id, true);
      stack.pop();
      continue;
    }
    const next = (graph.edgesSparseArray[id] ?? []).filter((t) => graph.nodesSparseArray[t] !== undefined);
    if (!entered.has(id)) {
      entered.add(id);
      for (const t of next) if (!reaches.has(t) && !entered.has(t)) stack.push(t);
      continue;
    }
    // every dependent is decided now (one still being entered lies on a cycle: HyperFormula handles those)
    reaches.set(
      id,
      next.some((t) => reaches.get(t) === true),
    );
    stack.pop();
  }
  return reaches.get(start) === true;
}

/** Only formulas and ranges wait; literal cells always pass their change on. */
function mayWait(vertex: VertexLike): boolean {
  return isFormula(vertex) || vertex.range !== undefined;
}

function stopAtUnchangedResults(evaluator: EvaluatorLike): void {
  const proto = Object.getPrototypeOf(evaluator) as EvaluatorLike;
  if (!once(proto)) return;
  const recompute = proto.recomputeVertex;
  proto.recomputeVertex = function (this: EvaluatorLike, vertex, changes) {
    const focus = focusOf.get(this);
    if (focus && vertex.idInGraph !== undefined && mayWait(vertex)) {
      const graph = this.dependencyGraph.graph;
      if (!neededBySheet(graph, focus, vertex.idInGraph)) {
        // left dirty: HyperFormula's next evaluation recomputes it (and what depends on it)
        graph.markNodeAsDirty(vertex);
        focus.deferred.push(vertex.idInGraph);
        return false;
      }
    }
    const before = heldValue(vertex);
    const changed = recompute.call(this, vertex, changes);
    if (!changed || before === undefined) return changed;
    const after = heldValue(vertex);
    if (after === undefined) return changed;
    const same =
      Array.isArray(before) && Array.isArray(after)
        ? sameArray(before as unknown[][], after as unknown[][])
        : !Array.isArray(before) && !Array.isArray(after) && sameValue(before, after);
    return !same;
  };
}

function compareEqualStringsQuickly(arithmetic: ArithmeticLike): void {
  const proto = Object.getPrototypeOf(arithmetic) as ArithmeticLike;
  if (!once(proto)) return;
  const compare = proto.compare;
  proto.compare = function (this: ArithmeticLike, left, right) {
    if (typeof left === 'string' && (left === right || (left === '' && right === EmptyValue))) return 0;
    if (left === EmptyValue && right === '') return 0;
    return compare.call(this, left, right);
  };
}

/** The vertices left dirty and everything that depends on them: what reads stale values until settled. */
function staleFrom(graph: GraphLike, deferred: readonly number[]): Set<object> {
  const seen = new Set<number>(deferred);
  const stack = [...deferred];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    for (const t of graph.edgesSparseArray[id] ?? []) {
      if (seen.has(t) || graph.nodesSparseArray[t] === undefined) continue;
      seen.add(t);
      stack.push(t);
    }
  }
  const stale = new Set<object>();
  for (const id of seen) {
    const node = graph.nodesSparseArray[id];
    if (node !== undefined) stale.add(node);
  }
  return stale;
}

/**
 * Runs `evaluate` (which makes HyperFormula evaluate) computing only the formulas the sheet (a
 * HyperFormula sheet id) needs; every other formula due for recalculation stays dirty. Returns the
 * vertices whose values are stale until the next full evaluation (empty: nothing was left).
 */
export function recalculateFor(hf: HyperFormula, sheet: number, evaluate: () => void): Set<object> {
  const { evaluator } = hf as unknown as Internals;
  const focus: Focus = { sheet, reaches: new Map(), deferred: [] };
  focusOf.set(evaluator, focus);
  try {
    evaluate();
  } finally {
    focusOf.delete(evaluator);
  }
  return staleFrom(evaluator.dependencyGraph.graph, focus.deferred);
}

/** The formula vertex that computes the cell (its own, or the array formula spilling over it), if any. */
export function vertexAt(
  hf: HyperFormula,
  address: { sheet: number; row: number; col: number },
): object | undefined {
  const graph = (
    hf as unknown as { dependencyGraph: { addressMapping: { getCell(a: unknown): object | undefined } } }
  ).dependencyGraph;
  return graph.addressMapping.getCell(address);
}

interface Address {
  sheet: number;
  row: number;
  col: number;
}
interface FormulaInternals {
  _cellContentParser: { parse(text: string): { formula?: unknown } };
  _parser: {
    parse(formula: unknown, address: Address): { ast?: unknown; errors: unknown[]; dependencies: unknown };
  };
  _evaluator: { runAndForget(ast: unknown, address: Address, dependencies: unknown): unknown };
  _exporter: { exportScalarOrRange(value: unknown): unknown };
}

/** Parsed formulas by sheet, origin and text (null: the text does not parse). */
export type ParsedFormulas = Map<string, { ast: unknown; dependencies: unknown } | null>;

const PARSED_KEPT = 2000;

/**
 * Evaluates a formula written for the cell `origin` as if it were in the cell `at` (0-based addresses of
 * one HyperFormula sheet): unanchored references move with the cell, `$` ones stay, as conditional-format
 * and validation formulas do. The formula is parsed once per origin (a rule over 2,000 cells used to be
 * parsed 2,000 times: most of the time a view took). Throws when the text does not parse.
 */
export function evaluateFormulaAt(
  hf: HyperFormula,
  parsed: ParsedFormulas,
  text: string,
  origin: Address,
  at: Address,
): unknown {
  const internals = hf as unknown as FormulaInternals;
  const key = `${origin.sheet}:${origin.row}:${origin.col}:${text}`;
  let formula = parsed.get(key);
  if (formula === undefined) {
    if (parsed.size >= PARSED_KEPT) parsed.clear();
    const content = internals._cellContentParser.parse(text);
    const result =
      content.formula === undefined ? undefined : internals._parser.parse(content.formula, origin);
    formula =
      result?.ast !== undefined && result.errors.length === 0
        ? { ast: result.ast, dependencies: result.dependencies }
        : null;
    parsed.set(key, formula);
  }
  if (formula === null) throw new Error(`runtime: the formula does not parse: ${text}`);
  const value = internals._evaluator.runAndForget(formula.ast, at, formula.dependencies);
  return internals._exporter.exportScalarOrRange(value);
}

export function speedUpRecalculation(hf: HyperFormula): void {
  const { columnSearch, evaluator } = hf as unknown as Internals;
  answerExactLookupsFromTheIndex(columnSearch);
  stopAtUnchangedResults(evaluator);
  compareEqualStringsQuickly(evaluator.interpreter.arithmeticHelper);
}
