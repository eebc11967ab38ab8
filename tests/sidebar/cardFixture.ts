import { AXES } from '../../src/domain/fluency';
import { DEFAULT_LADDER } from '../../src/domain/ladder';
import type { EngineerCard } from '../../src/server/rpc';
import { BANDS } from '../support/promotionWorkbook';

/** A card as promotionsEngineer returns it, for an engineer at `position` step `step`. */
export function cardAt(position: string, step: number, changes: Partial<EngineerCard> = {}): EngineerCard {
  return {
    row: 2,
    version: '0123456789abcdef',
    today: '2025-01-15',
    name: 'Ada',
    position,
    step,
    techLead: false,
    manager: '',
    inPositionSince: '2023-03-01',
    monthsInPosition: 22,
    lastStepReview: '2024-03-01',
    lastLevelReview: '2023-03-01',
    nextStepReview: { date: '2024-09-01', status: 'overdue' },
    nextLevelReview: { date: '2024-03-01', status: 'overdue' },
    salary: 77000,
    assessment: null,
    ladder: DEFAULT_LADDER.positions.map((p) => ({
      code: p.code,
      track: p.track,
      level: p.level,
      steps: p.steps,
      expected: AXES.map((axis) => p.expected[axis]),
      stepCadenceMonths: p.stepCadenceMonths,
      levelCadenceMonths: p.levelCadenceMonths,
    })),
    bands: Object.fromEntries(
      [...BANDS.amounts].map(([code, amounts]) => [code, amounts.map((a) => a ?? null)]),
    ),
    ...changes,
  };
}
