import { PROTECTED_EDIT_MESSAGE } from '../../src/server/promotions/protectedEdit';
import {
  loadPromotionRuntime,
  logRows,
  record,
  reopenPromotionRuntime,
  requestFor,
  teamInputs,
  type EngineerSeed,
} from '../support/promotionWorkbook';

/** Apps Script's error for an append by someone who is not an editor of the protected Promotion Log. */
const PROTECTED_LOG =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

const ADA: EngineerSeed = {
  name: '=Ada',
  position: 'D2',
  step: 1,
  manager: 'Mia',
  inPositionSince: '2023-03-01',
  lastStepReview: '2024-03-01',
  lastLevelReview: '2023-03-01',
};

describe('A move whose Promotion Log row cannot be appended', () => {
  const rt = loadPromotionRuntime([ADA]);
  const request = requestFor(rt, 2, '=Ada', {
    type: 'promote',
    to: { position: 'D2', step: 2 },
    justification: '',
  });
  const teamBefore = teamInputs(rt, 2);
  const formulasBefore = rt.workbook.formulas('Team!A2:H2');
  const methods: string[] = [];
  const stop = rt.onServiceCall(({ method }) => methods.push(method));
  rt.during('Sheet.appendRow', () => {
    throw new Error(PROTECTED_LOG);
  });
  const refusal = record(rt, request);
  stop();
  // the tests only read `rt`; the one that records again opens its own copy of the workbook as the failure left it
  const afterFailure = rt.save();

  test('tells the user the log is protected and that nothing was changed', () => {
    expect(refusal).toEqual({ outcome: 'protected', message: PROTECTED_EDIT_MESSAGE });
    expect(PROTECTED_EDIT_MESSAGE).toContain('Nothing was changed');
  });

  test('leaves the Team row as it was, text still text', () => {
    expect(teamInputs(rt, 2)).toEqual(teamBefore);
    expect(rt.workbook.formulas('Team!A2:H2')).toEqual(formulasBefore);
  });

  test('adds no Promotion Log row', () => {
    expect(logRows(rt)).toEqual([]);
  });

  test('puts the row back while it still holds the document lock', () => {
    const locked = methods.slice(methods.indexOf('Lock.tryLock') + 1, methods.indexOf('Lock.releaseLock'));
    expect(locked.filter((method) => method === 'Range.setValues')).toHaveLength(2);
    expect(locked[locked.length - 1]).toBe('SpreadsheetApp.flush');
  });

  test('can be recorded once the append works again', () => {
    const again = reopenPromotionRuntime(afterFailure);
    expect(record(again, requestFor(again, 2, '=Ada', request.action)).outcome).toBe('recorded');
    expect(logRows(again)).toHaveLength(1);
  });
});
