/**
 * The critical suites under every platform case (tests/support/platforms.ts), one workbook per case:
 * set-up on a new spreadsheet with the sample team; set-up run again (nothing doubled, nothing
 * overwritten, no formula rewritten); Check workbook; then recording every kind of move — a step and a
 * level promotion, a jump to a position with more steps, a review, texts that look like formulas or
 * numbers, a repeated request, refused moves, a Promotion Log this user may not edit and one whose
 * protection changes while the move is written — and Check workbook again. The spreadsheet's zone is
 * far from UTC and today there differs from UTC's. Everything happens in beforeAll; the tests only
 * look at what was observed, so their order does not matter.
 */
import type { Runtime } from '../../dev/runtime';
import { dueStatus, nextReview } from '../../src/domain/cadence';
import { formatIsoDate, parseIsoDate, type CalendarDate } from '../../src/domain/dates';
import { DEFAULT_LADDER, findPosition, type Position } from '../../src/domain/ladder';
import type { MoveAction } from '../../src/domain/moves';
import { PROTECTED_EDIT_MESSAGE } from '../../src/server/promotions/protectedEdit';
import type { EngineerCard, RecordOutcome, TeamList } from '../../src/server/rpc';
import { FORMATS } from '../../src/sheets/formats';
import { sampleTeam } from '../../src/sheets/sampleTeam';
import { cellDate } from '../support/appsScriptGlobals';
import { describeUnderEveryPlatform, PLATFORM_SUITE_TIME_ZONE } from '../support/platforms';
import { loadWorkbookRuntime, runMenu, tamper, type ExecutionCount } from '../support/workbookRuntime';
import { columnOf, SHEET_NAMES } from '../../src/tables/layout';
import { TEAM_HEADERS } from '../../src/tables/team';

jest.setTimeout(90_000);

/** 12:00 UTC on 15 Jan is already 16 Jan in Kiritimati. */
const NOW = new Date('2025-01-15T12:00:00Z');
const TODAY_ISO = '2025-01-16';
const TODAY = parseIsoDate(TODAY_ISO) as CalendarDate;
const ZONE = PLATFORM_SUITE_TIME_ZONE;
const RED = '#f4c7c3';
const OWNER = 'owner@example.com';
const MANAGER = 'manager@example.com';
const STRANGER = 'stranger@example.com';
const JUSTIFICATION = '@platform: moves to management to lead the team';
const REVIEW_NOTE = '-- on track, no change this year';
const LOG = `'${SHEET_NAMES.promotionLog}'`;

const SAMPLE = sampleTeam(TODAY);
const LAST_SAMPLE_ROW = 1 + SAMPLE.engineers.length;
/** Sample rows (Team order) the moves use, and the planted engineer whose texts look like formulas. */
const ROWS = { tom: 4, omar: 8, sofia: 9, lucas: 12, chloe: 15, ada: 16 } as const;
const ADA = { name: '=Ada', manager: '+1 Mia', requestId: TODAY_ISO };

type TeamKey = keyof typeof TEAM_HEADERS;
/** Team's rows of every sample engineer, from one column to another. */
const teamColumns = (from: TeamKey, to: TeamKey) =>
  `Team!${columnOf(TEAM_HEADERS, from)}2:${columnOf(TEAM_HEADERS, to)}${LAST_SAMPLE_ROW}`;
const positionOf = (code: string) => findPosition(DEFAULT_LADDER, code) as Position;
const dateCell = (iso: string) => cellDate(ZONE, iso);
const inputs = (rt: Runtime, row: number) => rt.workbook.values(`Team!A${row}:H${row}`)[0] as unknown[];
const problems = (rt: Runtime) => rt.workbook.values('Problems!A2:B3');
/** Log protection editor list changes, made by the owner as another script would. */
const LOG_EDITORS = `var p = ss.getSheetByName(${JSON.stringify(SHEET_NAMES.promotionLog)}).getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];`;

/** Everything the runtime saves about the workbook, without the time of saving. */
function workbookState(rt: Runtime): string {
  const { workbook, validations } = rt.save();
  return JSON.stringify({ workbook, validations });
}

interface Attempt {
  readonly outcome?: RecordOutcome;
  readonly error?: string;
}

/** The request the sidebar sends for `action` after loading the engineer's card. */
function request(rt: Runtime, row: number, action: MoveAction, requestId = `req-${row}-${action.type}`) {
  const name = String(inputs(rt, row)[0]);
  const card = rt.run('promotionsEngineer', { row, name }) as EngineerCard;
  return {
    requestId,
    row,
    name,
    version: card.version,
    from: { position: card.position, step: card.step },
    action,
    effectiveDate: TODAY_ISO,
  };
}

const promote = (position: string, step: number, justification = ''): MoveAction => ({
  type: 'promote',
  to: { position, step },
  justification,
});

/**
 * In one script run by the owner: EM5 given five steps (for a jump to a higher step than any other
 * position has), an engineer named "=Ada" whose manager is "+1 Mia" (Position before Step, as the
 * add-on writes them), the manager made an editor of the Promotion Log, and every kind of move set to
 * be recorded directly in Settings (the approval flow has its own suites).
 */
function prepareForMoves(rt: Runtime): void {
  const day = dateCell('2024-06-01').getTime();
  tamper(
    rt,
    `ss.getRange('Ladder!I10').setValue(5);
     var team = ss.getSheetByName('Team');
     team.getRange(${ROWS.ada}, 1, 1, 2).setValues([[${JSON.stringify(`'${ADA.name}`)}, "'D2"]]);
     var day = new Date(${day});
     team.getRange(${ROWS.ada}, 3, 1, 6).setValues([[1, false, ${JSON.stringify(`'${ADA.manager}`)}, day, day, day]]);
     ${LOG_EDITORS} p.addEditor(${JSON.stringify(MANAGER)});
     ss.getRange('Settings!C2:C6').setValues([['no'], ['no'], ['no'], ['no'], ['no']]);`,
  );
  expect(rt.workbook.values('Ladder!A10:I10')[0]?.[0]).toBe('EM5');
  expect(rt.workbook.value('Ladder!I10')).toBe(5);
}

describeUnderEveryPlatform('Career Ladder', (platform) => {
  let rt: Runtime;
  const seen = {
    sampleInputs: [] as unknown[][],
    sampleFluencies: [] as unknown[][],
    stepsFlagged: [] as boolean[],
    nameFormat: '',
    nextReviews: [] as unknown[][],
    overdueRed: [] as boolean[],
    firstState: '',
    again: undefined as ExecutionCount | undefined,
    againState: '',
    firstCheck: [] as unknown[][],
    team: undefined as TeamList | undefined,
    before: {} as Record<string, unknown[]>,
    attempts: {} as Record<string, Attempt>,
  };

  beforeAll(() => {
    rt = loadWorkbookRuntime({ platform, now: NOW, spreadsheetTimeZone: ZONE, activeUser: OWNER });

    runMenu(rt, 'Set up with a sample team');
    seen.sampleInputs = rt.workbook.values(teamColumns('name', 'manager'));
    seen.sampleFluencies = rt.workbook.values(`Fluency!A2:H${1 + SAMPLE.assessments.length}`);
    seen.stepsFlagged = SAMPLE.engineers.map((_, i) => rt.workbook.isFlagged(`Team!C${2 + i}`));
    seen.nameFormat = rt.workbook.numberFormat('Team!A2');
    seen.nextReviews = rt.workbook.values(teamColumns('nextStepReview', 'nextLevelReview'));
    seen.overdueRed = SAMPLE.engineers.map(
      (_, i) => rt.workbook.format(`'${SHEET_NAMES.reviewCalendar}'!H${2 + i}`).background === RED,
    );
    seen.firstState = workbookState(rt);
    seen.again = runMenu(rt, 'Set up workbook');
    seen.againState = workbookState(rt);
    runMenu(rt, 'Check workbook');
    seen.firstCheck = problems(rt);

    prepareForMoves(rt);
    rt.setActiveUser(MANAGER);
    seen.team = rt.run('promotionsTeam', {}) as TeamList;
    for (const [key, row] of Object.entries(ROWS)) seen.before[key] = inputs(rt, row);
    const recordIt = (key: string, body: unknown) => {
      try {
        seen.attempts[key] = { outcome: rt.run('promotionsRecord', body) as RecordOutcome };
      } catch (error) {
        seen.attempts[key] = { error: (error as Error).message };
      }
    };
    recordIt('level', request(rt, ROWS.lucas, promote('D4', 1)));
    recordIt('jump', request(rt, ROWS.omar, promote('EM5', 4, JUSTIFICATION)));
    recordIt(
      'review',
      request(rt, ROWS.chloe, { type: 'review', review: 'level', justification: REVIEW_NOTE }),
    );
    const ada = request(rt, ROWS.ada, promote('D2', 2), ADA.requestId);
    recordIt('step', ada);
    recordIt('again', ada);
    recordIt('rowChanged', { ...ada, requestId: 'a-second-request', action: promote('D2', 3) });
    recordIt('noJustification', request(rt, ROWS.sofia, promote('EM5', 1)));

    rt.setActiveUser(STRANGER);
    recordIt('stranger', request(rt, ROWS.sofia, promote('D5', 1)));
    rt.setActiveUser(MANAGER);

    // The owner takes the manager off the log's protection while the move is being written.
    rt.during('Sheet.appendRow', () => {
      rt.setActiveUser(OWNER);
      tamper(rt, `${LOG_EDITORS} p.removeEditor(${JSON.stringify(MANAGER)});`);
      rt.setActiveUser(MANAGER);
    });
    recordIt('race', request(rt, ROWS.tom, promote('EM6', 3)));

    rt.setActiveUser(OWNER);
    runMenu(rt, 'Check workbook');
  });

  describe('set-up on a new spreadsheet with the sample team', () => {
    test('creates the nine sheets in place of the untouched Sheet1, Ladder, Salary Bands, Promotion Log, Settings and Proposals protected', () => {
      expect(rt.workbook.sheetNames()).toEqual([
        SHEET_NAMES.ladder,
        SHEET_NAMES.team,
        SHEET_NAMES.fluency,
        SHEET_NAMES.fluencyChart,
        SHEET_NAMES.salaryBands,
        SHEET_NAMES.reviewCalendar,
        SHEET_NAMES.promotionLog,
        SHEET_NAMES.settings,
        SHEET_NAMES.proposals,
        SHEET_NAMES.problems,
      ]);
      expect(rt.workbook.protections().map((p) => p.sheet)).toEqual([
        SHEET_NAMES.ladder,
        SHEET_NAMES.salaryBands,
        SHEET_NAMES.promotionLog,
        SHEET_NAMES.settings,
        SHEET_NAMES.proposals,
      ]);
    });

    test('the sample team’s texts and steps read back exactly as written', () => {
      expect(seen.sampleInputs).toEqual(
        SAMPLE.engineers.map((e) => [e.name, e.position, e.step, e.techLead, e.manager]),
      );
      expect(seen.sampleFluencies.map((row) => [row[0], ...row.slice(3)])).toEqual(
        SAMPLE.assessments.map((a) => [a.engineer, ...a.fluencies]),
      );
      expect(seen.stepsFlagged.every((flagged) => !flagged)).toBe(true);
      expect(seen.nameFormat).toBe(FORMATS.general);
    });

    test('next reviews are calendar dates of the spreadsheet’s zone', () => {
      expect(seen.nextReviews).toEqual(
        SAMPLE.engineers.map((e) => [
          dateCell(formatIsoDate(nextReview(positionOf(e.position), e.lastStepReview, 'step'))),
          dateCell(formatIsoDate(nextReview(positionOf(e.position), e.lastLevelReview, 'level'))),
        ]),
      );
    });

    test('the Review Calendar colours exactly the overdue marks red', () => {
      const overdue = SAMPLE.engineers.map((e) =>
        (['step', 'level'] as const).some((kind) => {
          const last = kind === 'step' ? e.lastStepReview : e.lastLevelReview;
          return dueStatus(nextReview(positionOf(e.position), last, kind), TODAY) === 'overdue';
        }),
      );
      expect(overdue).toContain(true);
      expect(overdue).toContain(false);
      expect(seen.overdueRed).toEqual(overdue);
    });
  });

  describe('set-up run again', () => {
    test('writes no cell, changes nothing and doubles no rule', () => {
      const writes = ['Range.setValues', 'Range.setValue', 'Range.setFormulas', 'Range.setNotes'];
      expect(writes.map((method) => seen.again?.byMethod[method] ?? 0)).toEqual([0, 0, 0, 0]);
      expect(seen.againState).toBe(seen.firstState);
      expect(rt.workbook.conditionalFormatRules(SHEET_NAMES.reviewCalendar)).toHaveLength(4);
      expect(rt.workbook.conditionalFormatRules(SHEET_NAMES.team)).toHaveLength(2);
    });
  });

  describe('Check workbook', () => {
    test('finds no problem in the sample team, and after the moves only the manager given who is not on Team', () => {
      expect(seen.firstCheck).toEqual([
        ['', 'No problems found.'],
        ['', ''],
      ]);
      expect(problems(rt)).toEqual([
        [`Team!E${ROWS.ada}`, `manager ${ADA.manager} is not on the Team sheet`],
        ['', ''],
      ]);
    });
  });

  describe('recording every kind of move', () => {
    const attempts = seen.attempts;

    test('the sidebar lists everyone, texts as typed, nothing unreadable', () => {
      expect(seen.team?.problems).toEqual([]);
      expect(seen.team?.members.find((m) => m.row === ROWS.ada)).toMatchObject({
        name: ADA.name,
        position: 'D2',
      });
    });

    test('a step promotion, a level promotion, a jump and a review are recorded', () => {
      const outcomes = ['step', 'level', 'jump', 'review'].map(
        (key) => attempts[key]?.outcome?.outcome ?? attempts[key]?.error,
      );
      expect(outcomes).toEqual(['recorded', 'recorded', 'recorded', 'recorded']);
      const places = (['ada', 'lucas', 'omar', 'chloe'] as const).map((key) =>
        inputs(rt, ROWS[key]).slice(1, 3),
      );
      expect(places).toEqual([
        ['D2', 2],
        ['D4', 1],
        ['EM5', 4],
        ['D1', 2],
      ]);
      const stepCells = Object.values(ROWS).map((row) => rt.workbook.isFlagged(`Team!C${row}`));
      expect(stepCells.every((flagged) => !flagged)).toBe(true);
    });

    test('the moves restart the clocks on the effective date in the spreadsheet’s zone', () => {
      const effective = dateCell(TODAY_ISO);
      expect(inputs(rt, ROWS.lucas).slice(5)).toEqual([effective, effective, effective]);
      expect(inputs(rt, ROWS.chloe)[7]).toEqual(effective);
      expect(rt.workbook.value(`Team!${columnOf(TEAM_HEADERS, 'nextStepReview')}${ROWS.lucas}`)).toEqual(
        dateCell('2026-01-16'),
      );
    });

    test('texts starting with =, +, - or @ and a date-like request id stay text, in Team and in the log', () => {
      expect(inputs(rt, ROWS.ada).slice(0, 5)).toEqual([ADA.name, 'D2', 2, false, ADA.manager]);
      expect(rt.workbook.formulas(`Team!A${ROWS.ada}:H${ROWS.ada}`)[0]?.every((f) => f === '')).toBe(true);
      const log = rt.workbook.values(`${LOG}!B2:K5`);
      expect(log.map((row) => row.slice(0, 6))).toEqual([
        ['Lucas Martin', 'D3', 3, 'D4', 1, 'level'],
        ['Omar Haddad', 'D5', 2, 'EM5', 4, 'jump'],
        ['Chloé Dubois', 'D1', 2, 'D1', 2, 'level review'],
        [ADA.name, 'D2', 1, 'D2', 2, 'step'],
      ]);
      expect(log.map((row) => row[7])).toEqual(['', JUSTIFICATION, REVIEW_NOTE, '']);
      expect(log.map((row) => row[8])).toEqual(Array(4).fill(MANAGER));
      expect(log[3]?.[9]).toBe(ADA.requestId);
    });

    test('a repeated request is recorded once: its id reads back exactly', () => {
      expect(attempts.again?.outcome?.outcome).toBe('already-recorded');
      expect(rt.workbook.sheet(SHEET_NAMES.promotionLog).lastRow).toBe(5);
    });

    test('refused moves write nothing: a jump without justification, a row changed since it was loaded', () => {
      expect(attempts.noJustification?.outcome).toMatchObject({
        outcome: 'refused-move',
        message: expect.stringMatching(/^Cannot record this for Sofia Rossi: .*justification/),
      });
      expect(attempts.rowChanged?.outcome?.outcome).toBe('row-changed');
      expect(inputs(rt, ROWS.sofia)).toEqual(seen.before.sofia);
      expect(inputs(rt, ROWS.ada).slice(1, 3)).toEqual(['D2', 2]);
    });

    test('someone who may not edit the Promotion Log is told so and nothing changes', () => {
      expect(attempts.stranger?.outcome).toEqual({ outcome: 'protected', message: PROTECTED_EDIT_MESSAGE });
      expect(inputs(rt, ROWS.sofia)).toEqual(seen.before.sofia);
    });

    test('a log protection narrowed while the move is written leaves the Team row as it was', () => {
      expect(attempts.race?.outcome).toEqual({ outcome: 'protected', message: PROTECTED_EDIT_MESSAGE });
      expect(inputs(rt, ROWS.tom)).toEqual(seen.before.tom);
      expect(rt.workbook.sheet(SHEET_NAMES.promotionLog).lastRow).toBe(5);
    });
  });
});
