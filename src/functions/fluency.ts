import { AXES, axisGap, fluencyName } from '../domain/fluency';
import { ladderArgument } from './context';
import { isGrid, mapCells } from './grid';
import { CODES_ONLY, readAxis, readFluency, readPosition } from './inputs';

/** The fluency name a position expects on an axis. */
export function EXPECTED_FLUENCY(position: unknown, axis: unknown, ladder?: unknown): unknown {
  const fn = 'EXPECTED_FLUENCY';
  const table = ladderArgument(fn, ladder);
  return mapCells(
    fn,
    [
      { name: 'position', value: position, required: true },
      { name: 'axis', value: axis, required: true },
    ],
    (p, a) => {
      const found = readPosition(p, table, CODES_ONLY);
      const onAxis = readAxis(a);
      return fluencyName(onAxis, found.expected[onAxis]);
    },
  );
}

/** The level number (1–5) of a fluency name on an axis. */
export function FLUENCY_LEVEL(axis: unknown, fluency: unknown): unknown {
  return mapCells(
    'FLUENCY_LEVEL',
    [
      { name: 'axis', value: axis, required: true },
      { name: 'fluency', value: fluency, required: true },
    ],
    (a, f) => readFluency(readAxis(a), f),
  );
}

const ASSESSMENT_WIDTH = AXES.length;

/**
 * Assessed minus expected on each axis. The assessment is always a range five cells wide (one
 * column per axis, in AXES order); the position repeats across its row, so N positions and an N×5
 * assessment give N×5 gaps.
 */
export function FLUENCY_GAP(position: unknown, assessment: unknown, ladder?: unknown): unknown {
  const fn = 'FLUENCY_GAP';
  const table = ladderArgument(fn, ladder);
  const width = isGrid(assessment) ? (assessment[0]?.length ?? 0) : 1;
  if (width !== ASSESSMENT_WIDTH) {
    throw new Error(
      `${fn}: assessment is ${width === 1 ? 'one cell' : `${width} columns`} wide (accepted: a range of the ${ASSESSMENT_WIDTH} axis cells of each row: ${AXES.join(', ')})`,
    );
  }
  return mapCells(
    fn,
    [
      { name: 'position', value: position, required: true },
      { name: 'assessment', value: assessment, required: true },
      { name: 'axis', value: [[...AXES]], required: true },
    ],
    (p, assessed, a) => {
      const found = readPosition(p, table, CODES_ONLY);
      const onAxis = readAxis(a);
      return axisGap(readFluency(onAxis, assessed), found.expected[onAxis]);
    },
  );
}
