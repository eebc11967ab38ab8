/**
 * Recording asks whether this user may write what it writes before writing anything: Sheets first
 * (Range.canEdit of the Team row and of the Promotion Log's columns), then, where that says no, the
 * protections themselves about the Team row and the Promotion Log's next row.
 */
import type { Runtime } from '../../dev/runtime';
import { PROTECTED_EDIT_MESSAGE } from '../../src/server/promotions/protectedEdit';
import {
  loadPromotionRuntime,
  logRows,
  record,
  requestFor,
  tamperPromotionWorkbook,
  teamInputs,
  type EngineerSeed,
} from '../support/promotionWorkbook';

const OWNER = 'owner@example.com';
const MANAGER = 'manager@example.com';

const engineer = (name: string): EngineerSeed => ({
  name,
  position: 'D2',
  step: 1,
  inPositionSince: '2023-03-01',
  lastStepReview: '2024-03-01',
  lastLevelReview: '2023-03-01',
});

/** Ada (row 2) and Ben (row 3); `protect` runs as the owner, then the manager records. */
function workbook(protect: string): Runtime {
  const rt = loadPromotionRuntime([engineer('Ada'), engineer('Ben')], [], { activeUser: OWNER });
  tamperPromotionWorkbook(
    rt,
    `var team = ss.getSheetByName('Team');
     function only(p) { p.removeEditors(p.getEditors()); p.setDomainEdit(false); return p; }
     ${protect}`,
  );
  rt.setActiveUser(MANAGER);
  return rt;
}

/** Records a step up for the engineer of `row`; `writes` are the write calls the recording made. */
function stepUp(rt: Runtime, row: number, name: string) {
  const request = requestFor(rt, row, name, {
    type: 'promote',
    to: { position: 'D2', step: 2 },
    justification: '',
  });
  const before = teamInputs(rt, row);
  const writes: string[] = [];
  const stop = rt.onServiceCall(({ method }) => {
    if (/^(Range\.set|Sheet\.appendRow)/.test(method)) writes.push(method);
  });
  try {
    return { ...record(rt, request), before, writes };
  } finally {
    stop();
  }
}

describe('a protection over part of the Team sheet', () => {
  const rt = workbook(`only(team.getRange('A3:H3').protect());`);
  const ada = stepUp(rt, 2, 'Ada');
  const ben = stepUp(rt, 3, 'Ben');

  test('refuses a row it covers, writing nothing', () => {
    expect(ben).toMatchObject({ outcome: 'protected', message: PROTECTED_EDIT_MESSAGE });
    expect([ben.writes, teamInputs(rt, 3)]).toEqual([[], ben.before]);
  });

  test('lets a row outside it be recorded', () => {
    expect(ada.outcome).toBe('recorded');
    expect(ada.writes).toEqual(['Range.setValues', 'Sheet.appendRow']);
    expect(logRows(rt)).toHaveLength(1);
  });
});

describe('a Team sheet protection', () => {
  test('refuses every row, writing nothing', () => {
    const rt = workbook(`only(team.protect());`);
    const ada = stepUp(rt, 2, 'Ada');
    expect(ada).toMatchObject({ outcome: 'protected', message: PROTECTED_EDIT_MESSAGE });
    expect([ada.writes, teamInputs(rt, 2), logRows(rt)]).toEqual([[], ada.before, []]);
  });

  test('lets the rows its unprotected ranges hold be recorded', () => {
    const rt = workbook(`only(team.protect()).setUnprotectedRanges([team.getRange('A2:H2')]);`);
    expect(stepUp(rt, 2, 'Ada').outcome).toBe('recorded');
    expect(stepUp(rt, 3, 'Ben')).toMatchObject({ outcome: 'protected', message: PROTECTED_EDIT_MESSAGE });
  });
});

describe('a range protection over the Promotion Log’s next row', () => {
  test('refuses the move before the Team row is written', () => {
    const rt = workbook(`only(ss.getSheetByName('Promotion Log').getRange('A2:K10').protect());`);
    const ada = stepUp(rt, 2, 'Ada');
    expect(ada).toMatchObject({ outcome: 'protected', message: PROTECTED_EDIT_MESSAGE });
    expect([ada.writes, teamInputs(rt, 2), logRows(rt)]).toEqual([[], ada.before, []]);
  });
});

describe('a protection of the Promotion Log’s header row alone', () => {
  test('does not stop a new log row: the move is recorded', () => {
    const rt = workbook(`only(ss.getSheetByName('Promotion Log').getRange('A1:K1').protect());`);
    const ada = stepUp(rt, 2, 'Ada');
    expect(ada.outcome).toBe('recorded');
    expect([ada.writes, logRows(rt)]).toEqual([['Range.setValues', 'Sheet.appendRow'], [expect.any(Array)]]);
  });
});

describe('a warning-only protection of the Team sheet', () => {
  test('does not stop the move: a script’s write goes through, so the move is recorded', () => {
    const rt = workbook(`only(team.protect()).setWarningOnly(true);`);
    const ada = stepUp(rt, 2, 'Ada');
    expect(ada.outcome).toBe('recorded');
    expect(teamInputs(rt, 2)[2]).toBe(2);
  });
});

describe('with no protection in the way', () => {
  test('only Sheets is asked (Range.canEdit), no protection is listed', () => {
    const rt = workbook('');
    const asked: string[] = [];
    const stop = rt.onServiceCall(({ method }) => {
      if (/canEdit|getProtections/.test(method)) asked.push(method);
    });
    expect(stepUp(rt, 2, 'Ada').outcome).toBe('recorded');
    stop();
    expect(asked).toEqual(['Range.canEdit', 'Range.canEdit']);
  });
});
