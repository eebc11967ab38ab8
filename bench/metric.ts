/** A figure: a number, or numbers by case (e.g. by team size). */
export type FigureValue = number | Readonly<Record<string, number>>;

/**
 * A module of bench/metrics/. To add figures, add a module exporting these and list it in
 * bench/index.ts. The keys of what measure() returns are the keys of the --json object; their
 * suffix gives the unit (…Bytes, …Ms or …Ms1000, …Calls).
 */
export interface Metric {
  /** Heading printed above the module's figures. */
  readonly name: string;
  /** How the figures are measured, printed under the heading. */
  readonly about?: string;
  readonly measure: () => Promise<Readonly<Record<string, FigureValue>>>;
  /** The most each figure may be: one number for every case, or a number by case. */
  readonly budgets?: Readonly<Record<string, number | Readonly<Record<string, number>>>>;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
