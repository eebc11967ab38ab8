import type { Axis } from '../domain/fluency';
import { LADDER_LOOKUP } from './ladderSheet';
import { NAMED_TABLES } from './namedRanges';
import { fluencyNameArray } from './formulaText';
import { LADDER_HEADERS } from '../tables/ladder';
import { columnIndex } from '../tables/layout';

/**
 * Built-in formula fragments that look things up on the Ladder sheet. They work inside ARRAYFORMULA
 * (a range in, a column out) and in conditional formats' helper columns, where custom functions
 * cannot be used.
 */
const LADDER = NAMED_TABLES.ladder.name;
const ladderColumn = (key: keyof typeof LADDER_HEADERS) => columnIndex(LADDER_HEADERS, key) + 1;

export function ladderLookup(position: string, key: keyof typeof LADDER_HEADERS): string {
  return `VLOOKUP(${position},${LADDER},${ladderColumn(key)},0)`;
}

/** The code of the next level on the same track, or "" when there is none. */
export function nextPositionFormula(position: string): string {
  return `IFERROR(VLOOKUP(${ladderLookup(position, 'track')}&"|"&(${ladderLookup(position, 'level')}+1),${LADDER_LOOKUP},2,0),"")`;
}

/** The level number (1–5) of a fluency name on an axis; #N/A when it is not one. */
export function fluencyLevelFormula(axis: Axis, name: string): string {
  return `MATCH(${name},${fluencyNameArray(axis)},0)`;
}

/** The level number (1–5) a position expects on an axis. */
export function expectedLevelFormula(axis: Axis, position: string): string {
  return fluencyLevelFormula(axis, ladderLookup(position, axis));
}
