import type { FluencyLevel, FluencyProfile } from './fluency';

export type ReviewKind = 'step' | 'level';

export interface Position {
  /** Short code used everywhere in the workbook, e.g. `D3`, `EM4`. Stored upper-case. */
  readonly code: string;
  readonly track: string;
  readonly level: number;
  readonly expected: FluencyProfile;
  /** Steps within this level; salary bands are defined per step. */
  readonly steps: number;
  readonly stepCadenceMonths: number;
  readonly levelCadenceMonths: number;
}

/** The editable framework: positions in ladder order (track by track, level ascending). */
export interface Ladder {
  readonly positions: readonly Position[];
}

export const DEFAULT_STEPS = 3;
export const MAX_STEPS = 10;
export const MIN_CADENCE_MONTHS = 1;
export const MAX_CADENCE_MONTHS = 60;

/** The review cadence by level: levels 1–3 reviewed more often than 4–7. */
export function defaultCadence(level: number): { step: number; level: number } {
  return level <= 3 ? { step: 6, level: 12 } : { step: 12, level: 24 };
}

function position(
  code: string,
  track: string,
  level: number,
  t: number,
  s: number,
  p: number,
  pr: number,
  i: number,
): Position {
  const cadence = defaultCadence(level);
  return {
    code,
    track,
    level,
    expected: {
      Technology: t as FluencyLevel,
      System: s as FluencyLevel,
      People: p as FluencyLevel,
      Process: pr as FluencyLevel,
      Influence: i as FluencyLevel,
    },
    steps: DEFAULT_STEPS,
    stepCadenceMonths: cadence.step,
    levelCadenceMonths: cadence.level,
  };
}

const DEVELOPER = 'Developer';
export const ENGINEERING_MANAGER = 'Engineering Manager';

export const DEFAULT_LADDER: Ladder = {
  positions: [
    position('D1', DEVELOPER, 1, 1, 1, 1, 1, 1),
    position('D2', DEVELOPER, 2, 1, 2, 2, 2, 1),
    position('D3', DEVELOPER, 3, 2, 2, 2, 3, 2),
    position('D4', DEVELOPER, 4, 3, 3, 3, 3, 2),
    position('D5', DEVELOPER, 5, 4, 4, 3, 4, 3),
    position('D6', DEVELOPER, 6, 5, 5, 3, 4, 4),
    position('D7', DEVELOPER, 7, 5, 5, 3, 4, 5),
    position('EM4', ENGINEERING_MANAGER, 4, 3, 3, 4, 3, 2),
    position('EM5', ENGINEERING_MANAGER, 5, 3, 3, 5, 4, 2),
    position('EM6', ENGINEERING_MANAGER, 6, 3, 4, 5, 5, 2),
    position('EM7', ENGINEERING_MANAGER, 7, 3, 4, 5, 5, 3),
  ],
};

/** The Technology Lead is a tech lead at this level or above. */
const TECHNOLOGY_LEAD_MIN_LEVEL = 4;

export function isTechnologyLead(position: Position, techLead: boolean): boolean {
  return techLead && position.level >= TECHNOLOGY_LEAD_MIN_LEVEL;
}

export function findPosition(ladder: Ladder, code: string): Position | undefined {
  const wanted = code.trim().toUpperCase();
  return ladder.positions.find((candidate) => candidate.code === wanted);
}

/** The next level on the same track, if the ladder has one. */
export function nextPosition(ladder: Ladder, from: Position): Position | undefined {
  return ladder.positions
    .filter((candidate) => candidate.track === from.track && candidate.level > from.level)
    .sort((a, b) => a.level - b.level)[0];
}

export function levels(ladder: Ladder): number[] {
  return [...new Set(ladder.positions.map((p) => p.level))].sort((a, b) => a - b);
}

/**
 * The position a bare level number stands for when only the cadence matters: the first track's
 * position at that level (the Developer track in the default ladder).
 */
export function positionForLevel(ladder: Ladder, level: number): Position | undefined {
  return ladder.positions.find((candidate) => candidate.level === level);
}

/** "D1–D7, EM4–EM7": the ladder's codes grouped into runs, for error messages. */
export function describeCodes(ladder: Ladder): string {
  const runs: string[] = [];
  let start: Position | undefined;
  let previous: Position | undefined;
  const flush = () => {
    if (!start || !previous) return;
    runs.push(start === previous ? start.code : `${start.code}–${previous.code}`);
  };
  for (const current of ladder.positions) {
    const continues =
      previous !== undefined &&
      previous.track === current.track &&
      current.level === previous.level + 1 &&
      current.code.replace(/\d+$/, '') === previous.code.replace(/\d+$/, '');
    if (!continues) {
      flush();
      start = current;
    }
    previous = current;
  }
  flush();
  return runs.join(', ');
}

/** "1–7": the ladder's levels, for error messages. */
export function describeLevels(ladder: Ladder): string {
  const all = levels(ladder);
  if (all.length === 0) return 'none';
  const first = all[0] as number;
  const last = all[all.length - 1] as number;
  return first === last ? `${first}` : `${first}–${last}`;
}
