/**
 * Sheets semantics for an array formula that fails as a whole (a custom function that throws over a
 * range, FILTER with no match…): the error shows in the formula's own cell and the cells it would
 * have spilled into are empty. HyperFormula 3.5 instead fills the whole predicted area with the error
 * and throws `Unknown array` from its interpreter when another formula references exactly that area
 * (e.g. `=FILTER(…)` in C1:C3 and `=ARRAYFORMULA(ISNUMBER(C1:C3))`), which aborts the script's write.
 *
 * HyperFormula exports neither its dependency graph nor its array classes, so this patches the
 * prototypes of the instance's graph and address mapping once (dev-only; the runtime is the only
 * HyperFormula user in the process).
 */
import { EmptyValue } from 'hyperformula';
import type { HyperFormula } from 'hyperformula';

interface Address {
  sheet: number;
  row: number;
  col: number;
}
interface ArrayVertexLike {
  array?: unknown;
  cellAddress?: Address;
}
interface AddressMappingLike {
  getCell(address: Address): ArrayVertexLike | undefined;
  getCellValue(address: Address): unknown;
}
interface DependencyGraphLike {
  addressMapping: AddressMappingLike;
  getArray(range: unknown): ArrayVertexLike | undefined;
}

const patched = new WeakSet<object>();

/** HyperFormula's ErroredArray: an error standing for the whole predicted result area. */
function isErroredArray(v: ArrayVertexLike | undefined): boolean {
  const a = v?.array;
  return typeof a === 'object' && a !== null && 'error' in a;
}

function isAnchor(v: ArrayVertexLike, a: Address): boolean {
  const c = v.cellAddress;
  return !!c && c.sheet === a.sheet && c.row === a.row && c.col === a.col;
}

export function keepArrayErrorsInTheirCell(hf: HyperFormula): void {
  const graph = (hf as unknown as { dependencyGraph: DependencyGraphLike }).dependencyGraph;
  const graphProto = Object.getPrototypeOf(graph) as DependencyGraphLike;
  const mappingProto = Object.getPrototypeOf(graph.addressMapping) as AddressMappingLike;
  if (patched.has(graphProto)) return;
  patched.add(graphProto);

  const getArray = graphProto.getArray;
  graphProto.getArray = function (this: DependencyGraphLike, range: unknown) {
    const vertex = getArray.call(this, range);
    // undefined: the interpreter then reads the area cell by cell (below)
    return isErroredArray(vertex) ? undefined : vertex;
  };

  const getCellValue = mappingProto.getCellValue;
  mappingProto.getCellValue = function (this: AddressMappingLike, address: Address) {
    const vertex = this.getCell(address);
    if (vertex && isErroredArray(vertex) && !isAnchor(vertex, address)) return EmptyValue;
    return getCellValue.call(this, address);
  };
}
