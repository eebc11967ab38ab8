import * as z from 'zod/mini';
import { AXES, FLUENCY_NAMES, fluencyLevelFrom, type Axis, type FluencyLevel } from '../domain/fluency';
import {
  DEFAULT_STEPS,
  MAX_CADENCE_MONTHS,
  MAX_STEPS,
  MIN_CADENCE_MONTHS,
  defaultCadence,
  type Ladder,
  type Position,
} from '../domain/ladder';
import { locateColumns } from './headers';

/** The Ladder sheet's columns, in sheet order; formulas pass this table to the custom functions. */
export const LADDER_HEADERS = {
  code: 'Position',
  track: 'Track',
  level: 'Level',
  Technology: 'Technology',
  System: 'System',
  People: 'People',
  Process: 'Process',
  Influence: 'Influence',
  steps: 'Steps',
  stepCadence: 'Step review (months)',
  levelCadence: 'Level review (months)',
} as const;

export const MAX_LEVEL = 20;

export class TableError extends Error {
  override readonly name = 'TableError';
}

const wholeNumber = (min: number, max: number) =>
  z.pipe(
    z.union([
      z.number(),
      z.pipe(
        z.string(),
        z.transform((text: string) => (text.trim() === '' ? NaN : Number(text))),
      ),
    ]),
    z.number().check(z.refine((n: number) => Number.isInteger(n) && n >= min && n <= max)),
  );

/** A position code as typed in a table: trimmed, upper-cased, letters first (D3, EM4). */
export const positionCodeSchema = z.pipe(
  z.string(),
  z.pipe(
    z.transform((text: string) => text.trim().toUpperCase()),
    z.string().check(z.refine((code: string) => /^[A-Z][A-Z0-9-]{0,15}$/.test(code))),
  ),
);

function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/**
 * Reads a Ladder table (header row first, columns found by header name) into a ladder.
 * Blank rows are skipped; a bad row throws a TableError naming the row and the accepted values.
 */
export function parseLadderTable(rows: readonly (readonly unknown[])[]): Ladder {
  const [header, ...body] = rows;
  if (!header)
    throw new TableError('the ladder table is empty; pass the whole Ladder table including its header row');
  const { columns, missing } = locateColumns(header, LADDER_HEADERS);
  for (const optional of [LADDER_HEADERS.steps, LADDER_HEADERS.stepCadence, LADDER_HEADERS.levelCadence]) {
    const index = missing.indexOf(optional);
    if (index !== -1) missing.splice(index, 1);
  }
  if (missing.length > 0) {
    throw new TableError(
      `the ladder table has no ${missing.map((m) => `"${m}"`).join(', ')} column; pass the whole Ladder table including its header row`,
    );
  }
  const cell = (row: readonly unknown[], key: keyof typeof LADDER_HEADERS): unknown => {
    const index = columns[key];
    return index === undefined ? '' : row[index];
  };
  const positions: Position[] = [];
  body.forEach((row, bodyIndex) => {
    if (row.every(isBlank)) return;
    const where = `ladder row ${bodyIndex + 2}`;
    const problem = (what: string): never => {
      throw new TableError(`${where}: ${what}`);
    };
    const code = positionCodeSchema.safeParse(cell(row, 'code'));
    if (!code.success)
      problem(
        `position ${JSON.stringify(cell(row, 'code'))} is not a position code (letters then digits, e.g. D3)`,
      );
    const codeText = code.data as string;
    if (positions.some((p) => p.code === codeText)) problem(`position ${codeText} appears twice`);
    const track = String(cell(row, 'track') ?? '').trim();
    if (track === '') problem(`${codeText} has no track`);
    const level = wholeNumber(1, MAX_LEVEL).safeParse(cell(row, 'level'));
    if (!level.success)
      problem(
        `level ${JSON.stringify(cell(row, 'level'))} of ${codeText} must be a whole number 1–${MAX_LEVEL}`,
      );
    const levelNumber = level.data as number;
    const expected = {} as Record<Axis, FluencyLevel>;
    for (const axis of AXES) {
      const fluency = fluencyLevelFrom(axis, cell(row, axis));
      if (fluency === undefined) {
        problem(
          `${axis} fluency ${JSON.stringify(cell(row, axis))} of ${codeText} is unknown (${FLUENCY_NAMES[axis].join(', ')}, or 1–5)`,
        );
      }
      expected[axis] = fluency as FluencyLevel;
    }
    const optionalWhole = (
      key: 'steps' | 'stepCadence' | 'levelCadence',
      min: number,
      max: number,
      fallback: number,
    ) => {
      const raw = cell(row, key);
      if (isBlank(raw)) return fallback;
      const parsed = wholeNumber(min, max).safeParse(raw);
      if (!parsed.success)
        problem(
          `${LADDER_HEADERS[key].toLowerCase()} ${JSON.stringify(raw)} of ${codeText} must be a whole number ${min}–${max}`,
        );
      return parsed.data as number;
    };
    const cadence = defaultCadence(levelNumber);
    positions.push({
      code: codeText,
      track,
      level: levelNumber,
      expected,
      steps: optionalWhole('steps', 1, MAX_STEPS, DEFAULT_STEPS),
      stepCadenceMonths: optionalWhole('stepCadence', MIN_CADENCE_MONTHS, MAX_CADENCE_MONTHS, cadence.step),
      levelCadenceMonths: optionalWhole(
        'levelCadence',
        MIN_CADENCE_MONTHS,
        MAX_CADENCE_MONTHS,
        cadence.level,
      ),
    });
  });
  if (positions.length === 0) throw new TableError('the ladder table has no positions');
  return { positions };
}
