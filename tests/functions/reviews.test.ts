import { NEXT_REVIEW, REVIEW_CADENCE } from '../../src/functions/reviews';
import { cellDate, stubAppsScript } from '../support/appsScriptGlobals';
import { ladderTable } from '../support/ladderTables';

const ZONE = 'Etc/UTC';
const day = (iso: string): Date => cellDate(ZONE, iso);

const LADDER_TABLE = ladderTable({
  code: 'D3',
  track: 'Developer',
  level: 3,
  Technology: 'Specializes',
  System: 'Designs',
  People: 'Supports',
  Process: 'Challenges',
  Influence: 'Team',
  stepCadence: 3,
});

beforeEach(() => stubAppsScript({ spreadsheetTimeZone: ZONE }));

describe('NEXT_REVIEW on single cells', () => {
  test.each([
    ['D2', undefined, '2025-01-15', '2025-07-15'],
    ['d2', 'LEVEL', '2025-01-15', '2026-01-15'],
    [' EM5 ', 'step', '2025-01-15', '2026-01-15'],
    [4, 'level', '2025-01-15', '2027-01-15'],
    ['D1', '', '2025-08-31', '2026-02-28'],
    ['D3', 'level', '2024-02-29', '2025-02-28'],
  ])('%j with kind %j after %s is due %s', (position, kind, last, due) => {
    expect(NEXT_REVIEW(position, day(last), kind)).toEqual(day(due));
  });

  test('a last review written as ISO text is read as that date', () => {
    expect(NEXT_REVIEW('D2', '2025-01-15')).toEqual(day('2025-07-15'));
  });

  test('a blank position or date gives a blank cell', () => {
    expect(NEXT_REVIEW('', day('2025-01-15'))).toBe('');
    expect(NEXT_REVIEW('D2', '')).toBe('');
  });

  test('a ladder table passed as the last argument sets the cadence', () => {
    expect(NEXT_REVIEW('D3', day('2025-01-31'), 'step', LADDER_TABLE)).toEqual(day('2025-04-30'));
  });
});

describe('NEXT_REVIEW on ranges', () => {
  test('a column in gives the same column out, blank rows blank and a bad row its message', () => {
    const positions = [['D2'], [''], ['D4'], ['X9'], ['EM7']];
    const dates = [[day('2025-01-15')], [''], [day('2025-01-15')], [day('2025-01-15')], ['']];
    expect(NEXT_REVIEW(positions, dates, 'level')).toEqual([
      [day('2026-01-15')],
      [''],
      [day('2027-01-15')],
      ['NEXT_REVIEW: position "X9" is not on the ladder (D1–D7, EM4–EM7, or a level number 1–7)'],
      [''],
    ]);
  });

  test('kinds may differ row by row', () => {
    const dates = [[day('2025-03-31')], [day('2025-03-31')]];
    expect(NEXT_REVIEW([['D1'], ['D1']], dates, [['step'], ['level']])).toEqual([
      [day('2025-09-30')],
      [day('2026-03-31')],
    ]);
  });

  test('one position applies to a whole column of dates', () => {
    expect(NEXT_REVIEW('D5', [[day('2024-02-29')], [day('2025-06-30')]])).toEqual([
      [day('2025-02-28')],
      [day('2026-06-30')],
    ]);
  });
});

describe('REVIEW_CADENCE', () => {
  test('gives the months between step or level reviews', () => {
    expect(REVIEW_CADENCE('D3')).toBe(6);
    expect(REVIEW_CADENCE('EM4', 'level')).toBe(24);
    expect(REVIEW_CADENCE(2, 'Level')).toBe(12);
  });

  test('works on a range and leaves blank rows blank', () => {
    expect(REVIEW_CADENCE([['D1'], [''], ['D7']], 'step')).toEqual([[6], [''], [12]]);
  });

  test('reads a customised cadence from the ladder table', () => {
    expect(REVIEW_CADENCE('D3', 'step', LADDER_TABLE)).toBe(3);
    expect(REVIEW_CADENCE('D3', 'level', LADDER_TABLE)).toBe(12);
  });
});
