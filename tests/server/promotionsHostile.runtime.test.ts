import type { RecordRequest } from '../../src/server/rpc';
import { loadPromotionRuntime, record, requestFor, sampleTeam } from '../support/promotionWorkbook';
import { SHEET_NAMES } from '../../src/tables/layout';

const MEGABYTE = 'x'.repeat(1024 * 1024);

describe('hostile or malformed recording requests', () => {
  const rt = loadPromotionRuntime(sampleTeam(3));
  const valid = requestFor(rt, 2, 'Engineer 1', {
    type: 'promote',
    to: { position: 'D1', step: 2 },
    justification: '',
  });
  const workbookNow = () => [
    rt.workbook.values('Team!A1:O4'),
    rt.workbook.values(`'${SHEET_NAMES.promotionLog}'!A1:K3`),
  ];
  const untouched = workbookNow();
  const forged = (change: Record<string, unknown>): unknown => ({ ...valid, ...change });

  afterEach(() => expect(workbookNow()).toEqual(untouched));

  test.each<[string, unknown, string]>([
    [
      'not an object',
      'promote Engineer 1',
      'the request must be { requestId, row, name, version, from, action, effectiveDate }',
    ],
    ['null', null, 'the request must be { requestId, row, name, version, from, action, effectiveDate }'],
    ['a row given as text', forged({ row: '2' }), 'row must be a whole number'],
    ['a fractional row', forged({ row: 2.5 }), 'row must be a whole number'],
    ['the header row', forged({ row: 1 }), 'row must be 2 or more'],
    [
      'a negative step',
      forged({ action: { ...valid.action, to: { position: 'D1', step: -1 } } }),
      'step must be 1 or more',
    ],
    [
      'a huge step',
      forged({ action: { ...valid.action, to: { position: 'D1', step: 1e9 } } }),
      'step must be at most 10',
    ],
    [
      'a step that is not a number',
      forged({ from: { position: 'D1', step: 'one' } }),
      'step must be a whole number',
    ],
    [
      'a 1 MB justification',
      forged({ action: { ...valid.action, justification: MEGABYTE } }),
      'justification must be at most 2000 characters',
    ],
    ['a 1 MB name', forged({ name: MEGABYTE }), 'name must be at most 200 characters'],
    ['a 1 MB request id', forged({ requestId: MEGABYTE }), 'requestId must be at most 64 characters'],
    [
      'a request id with spaces',
      forged({ requestId: 'id with spaces' }),
      'requestId must be 8–64 letters, digits and dashes',
    ],
    ['a made-up version', forged({ version: 'not-a-version' }), 'version must be 16 hex digits'],
    [
      'an unknown action',
      forged({ action: { type: 'delete' } }),
      'action type must be "promote" or "review"',
    ],
    [
      'an unknown review',
      forged({ action: { type: 'review', review: 'salary', justification: '' } }),
      'review must be "step" or "level"',
    ],
    [
      'an impossible date',
      forged({ effectiveDate: '2025-02-30' }),
      'effectiveDate must be a date as YYYY-MM-DD',
    ],
    [
      'a date in another format',
      forged({ effectiveDate: '15/01/2025' }),
      'effectiveDate must be a date as YYYY-MM-DD',
    ],
    ['an extra field', forged({ approvedBy: 'ceo' }), 'unexpected field(s) "approvedBy"'],
    [
      'a formula as position',
      forged({ action: { ...valid.action, to: { position: '=1+1', step: 1 } } }),
      'position must be a position code such as D3',
    ],
  ])('%s is refused with what is wrong', (_, payload, problem) => {
    expect(record(rt, payload)).toEqual({
      outcome: 'invalid-request',
      message: `The request was refused (${problem}). Nothing was changed.`,
    });
  });

  test('a Date in the payload is refused before it reaches the server, as google.script.run does', () => {
    expect(() => record(rt, forged({ effectiveDate: new Date() }))).toThrow(/Failed due to illegal value/);
  });

  test('a row past the end of the sheet is refused', () => {
    expect(record(rt, forged({ row: 999_999 }))).toEqual({
      outcome: 'row-changed',
      message: 'Team row 999999 does not exist. Reload the team list.',
    });
  });

  test('an engineer who is not on the row is refused', () => {
    expect(record(rt, forged({ row: 30, name: 'Nobody' }))).toEqual({
      outcome: 'row-changed',
      message:
        'Team row 30 holds no engineer, not Nobody: the team changed since the sidebar loaded it. Nothing was recorded: reload the list.',
    });
  });

  test('a forged version is refused as a changed row', () => {
    expect(record(rt, forged({ version: '0123456789abcdef' })).outcome).toBe('row-changed');
  });

  test('a forged "from" is refused even with the right version', () => {
    expect(record(rt, forged({ from: { position: 'D5', step: 3 } }))).toEqual({
      outcome: 'row-changed',
      message:
        'The request says Engineer 1 is at D5 step 3, but Team row 2 has D1 step 1. Nothing was recorded.',
    });
  });

  test('a step the position does not have is refused', () => {
    expect(record(rt, forged({ action: { ...valid.action, to: { position: 'D1', step: 4 } } }))).toEqual({
      outcome: 'refused-move',
      message: 'Cannot record this for Engineer 1: step 4 is not one of the 3 steps of D1.',
    });
  });

  test('a position that is not on the ladder is refused', () => {
    const request: RecordRequest = {
      ...valid,
      action: { type: 'promote', to: { position: 'Z9', step: 1 }, justification: '' },
    };
    expect(record(rt, request)).toEqual({
      outcome: 'refused-move',
      message: 'Cannot record this for Engineer 1: position "Z9" is not on the ladder.',
    });
  });

  test('a demotion is refused', () => {
    const request: RecordRequest = {
      ...valid,
      action: { type: 'promote', to: { position: 'D1', step: 1 }, justification: '' },
    };
    expect(record(rt, request)).toMatchObject({
      outcome: 'refused-move',
      message: expect.stringMatching(/D1 step 1 is where they already are/),
    });
  });

  test('an effective date before the last step review is refused', () => {
    expect(record(rt, forged({ effectiveDate: '2024-01-01' }))).toEqual({
      outcome: 'refused-move',
      message:
        'Cannot record this for Engineer 1: the effective date 2024-01-01 is before last step review (2024-03-01); pick that day or later.',
    });
  });
});
