import type { EngineerCard } from '../../src/server/rpc';
import {
  countRecordingCalls,
  loadPromotionRuntime,
  requestFor,
  sampleTeam,
} from '../support/promotionWorkbook';

/** The budget for one recorded move: spreadsheet calls made holding the document lock. */
const BUDGET = 8;

describe('spreadsheet calls of one recorded promotion', () => {
  const measured = [10, 100, 1000].map((size) => {
    const rt = loadPromotionRuntime(sampleTeam(size));
    const row = size + 1;
    const name = `Engineer ${size}`;
    const card = requestFor(rt, row, name, { type: 'review', review: 'level', justification: '' });
    return { size, ...countRecordingCalls(rt, card) };
  });

  test.each(measured)(
    'with $size engineers the recording stays within the budget',
    ({ outcome, underLock }) => {
      expect(outcome.outcome).toBe('recorded');
      expect(underLock).toBeLessThanOrEqual(BUDGET);
    },
  );

  test('the count does not grow with the team', () => {
    expect(new Set(measured.map((m) => `${m.underLock}/${m.total}`)).size).toBe(1);
  });

  test('under the lock it reads the row, writes, appends and flushes', () => {
    const { methods } = measured[0] as (typeof measured)[number];
    expect(locked(methods)).toEqual([
      'Range.getValues',
      'Range.setValues',
      'Sheet.appendRow',
      'SpreadsheetApp.flush',
    ]);
  });

  test('a move that leaves the row as it was also reads the log’s request ids under the lock', () => {
    const rt = loadPromotionRuntime(sampleTeam(1));
    const today = rt.run('promotionsEngineer', { row: 2, name: 'Engineer 1' }) as EngineerCard;
    const request = requestFor(rt, 2, 'Engineer 1', {
      type: 'review',
      review: 'step',
      justification: '',
    });
    const sameDay = { ...request, effectiveDate: today.lastStepReview ?? request.effectiveDate };
    const { outcome, methods } = countRecordingCalls(rt, sameDay);
    expect(outcome.outcome).toBe('recorded');
    expect(locked(methods)).toEqual([
      'Range.getValues',
      'Spreadsheet.getRange',
      'Range.getValues',
      'Range.setValues',
      'Sheet.appendRow',
      'SpreadsheetApp.flush',
    ]);
  });
});

function locked(methods: readonly string[]): string[] {
  return methods
    .slice(methods.indexOf('Lock.tryLock') + 1, methods.indexOf('Lock.releaseLock'))
    .filter((method) => !method.startsWith('Lock'));
}
