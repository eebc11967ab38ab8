import { LADDER_HEADERS } from '../../src/tables/ladder';

type LadderColumn = keyof typeof LADDER_HEADERS;
export type LadderRow = Partial<Record<LadderColumn, unknown>>;

/** A Ladder table as a formula passes it: the sheet's header row, then one row per position (unset cells blank). */
export function ladderTable(...positions: LadderRow[]): unknown[][] {
  const columns = Object.keys(LADDER_HEADERS) as LadderColumn[];
  return [
    Object.values(LADDER_HEADERS),
    ...positions.map((position) => columns.map((c) => position[c] ?? '')),
  ];
}
