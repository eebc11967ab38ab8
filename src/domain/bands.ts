/** Salary amounts per step (index 0 is step 1) for each position code. */
export interface BandMatrix {
  readonly amounts: ReadonlyMap<string, readonly (number | undefined)[]>;
}

export interface BandRange {
  readonly min: number;
  readonly mid: number;
  readonly max: number;
}

export function bandAmount(bands: BandMatrix, positionCode: string, step: number): number | undefined {
  return bands.amounts.get(positionCode)?.[step - 1];
}

/** Min and max of a position's defined steps; mid is halfway between them. */
export function bandRange(bands: BandMatrix, positionCode: string): BandRange | undefined {
  const defined = (bands.amounts.get(positionCode) ?? []).filter(
    (amount): amount is number => amount !== undefined,
  );
  if (defined.length === 0) return undefined;
  const min = Math.min(...defined);
  const max = Math.max(...defined);
  return { min, mid: (min + max) / 2, max };
}

/** Salary divided by the band midpoint: 1.00 is on the midpoint. */
export function compaRatio(salary: number, range: BandRange): number {
  return salary / range.mid;
}

/** Steps (1-based) whose amount does not increase on the step before them. */
export function stepsOutOfOrder(amounts: readonly (number | undefined)[]): number[] {
  const flagged: number[] = [];
  let previous: number | undefined;
  amounts.forEach((amount, index) => {
    if (amount === undefined) return;
    if (previous !== undefined && amount <= previous) flagged.push(index + 1);
    previous = amount;
  });
  return flagged;
}

export interface BandSeed {
  /** Step 1 of each level, by level number. */
  readonly basePerLevel: Readonly<Record<number, number>>;
  /** Added per step within a level, as a fraction of the level's base (0.04 = 4 %). */
  readonly stepIncrement: number;
  /** Manager positions earn this fraction on top of the developer base of the same level. */
  readonly managerPremium: number;
}
