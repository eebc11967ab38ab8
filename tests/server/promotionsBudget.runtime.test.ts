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

  test('under the lock it reads the row and the log’s request ids, writes and flushes', () => {
    const { methods } = measured[0] as (typeof measured)[number];
    const locked = methods.slice(methods.indexOf('Lock.tryLock') + 1, methods.indexOf('Lock.releaseLock'));
    expect(locked).toEqual([
      'Range.getValues',
      'Spreadsheet.getRange',
      'Range.getValues',
      'Range.setValues',
      'Sheet.appendRow',
      'SpreadsheetApp.flush',
    ]);
  });
});
