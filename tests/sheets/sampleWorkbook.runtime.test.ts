import { dueStatus, nextReview } from '../../src/domain/cadence';
import { toEpochDay, type CalendarDate } from '../../src/domain/dates';
import { DEFAULT_LADDER, findPosition, type Position } from '../../src/domain/ladder';
import { DEFAULT_BAND_SEED } from '../../src/sheets/salaryBandsSheet';
import { sampleTeam } from '../../src/sheets/sampleTeam';
import { loadWorkbookRuntime, runMenu } from '../support/workbookRuntime';

const RED = '#f4c7c3';
const AMBER = '#fce8b2';
const GREEN = '#b7e1cd';
const BLUE = '#c9daf8';

const rt = loadWorkbookRuntime();
runMenu(rt, 'Set up with a sample team');
/** The tests only read `rt`; a test that edits the workbook works on its own copy of it. */
const sampleState = rt.save();
const ownCopy = () => loadWorkbookRuntime({ state: sampleState });
const now = rt.clock.now();
const today: CalendarDate = {
  year: now.getUTCFullYear(),
  month: now.getUTCMonth() + 1,
  day: now.getUTCDate(),
};
const sample = sampleTeam(today);
const asDate = (date: CalendarDate) => new Date(toEpochDay(date) * 86_400_000);
const rowOf = (name: string) => 2 + sample.engineers.findIndex((e) => e.name === name);
const positionOf = (code: string) => findPosition(DEFAULT_LADDER, code) as Position;
const background = (a1: string) => rt.workbook.format(a1).background;

describe('The sample team’s Team sheet', () => {
  test('lists every sample engineer with their position and step', () => {
    const rows = rt.workbook.values(`Team!A2:C${1 + sample.engineers.length}`);
    expect(rows).toEqual(sample.engineers.map((e) => [e.name, e.position, e.step]));
  });

  test('computes each next step and level review with the ladder’s cadence', () => {
    for (const engineer of sample.engineers) {
      const position = positionOf(engineer.position);
      const row = rowOf(engineer.name);
      expect(rt.workbook.value(`Team!I${row}`)).toEqual(
        asDate(nextReview(position, engineer.lastStepReview, 'step')),
      );
      expect(rt.workbook.value(`Team!J${row}`)).toEqual(
        asDate(nextReview(position, engineer.lastLevelReview, 'level')),
      );
    }
  });

  test('shows the band amount of each position and step, and the compa-ratio of the salary', () => {
    const row = rowOf('Sofia Rossi');
    const d4Step3 = Math.round(((DEFAULT_BAND_SEED.basePerLevel[4] as number) * 1.08) / 100) * 100;
    expect(rt.workbook.value(`Team!K${row}`)).toBe(d4Step3);
    const d4Mid = ((DEFAULT_BAND_SEED.basePerLevel[4] as number) + d4Step3) / 2;
    expect(rt.workbook.value(`Team!L${row}`)).toBeCloseTo(104_500 / d4Mid, 10);
  });

  test('colours an overdue review red and one due within 30 days amber', () => {
    const statuses = sample.engineers.flatMap((engineer) => {
      const position = positionOf(engineer.position);
      return [
        { cell: `Team!I${rowOf(engineer.name)}`, due: nextReview(position, engineer.lastStepReview, 'step') },
        {
          cell: `Team!J${rowOf(engineer.name)}`,
          due: nextReview(position, engineer.lastLevelReview, 'level'),
        },
      ].map(({ cell, due }) => ({ cell, status: dueStatus(due, today) }));
    });
    const overdue = statuses.find((s) => s.status === 'overdue');
    const soon = statuses.find((s) => s.status === 'due-soon');
    const later = statuses.find((s) => s.status === 'later');
    expect(background(overdue?.cell as string)).toBe(RED);
    expect(background(soon?.cell as string)).toBe(AMBER);
    expect(background(later?.cell as string)).toBe('#ffffff');
  });
});

describe('The sample team’s Fluency sheet', () => {
  const assessmentRow = (engineer: string, latest = true) => {
    const rows = sample.assessments
      .map((a, i) => ({ a, row: i + 2 }))
      .filter(({ a }) => a.engineer === engineer);
    return (latest ? rows[rows.length - 1] : rows[0])?.row as number;
  };

  test('colours an axis two below the position’s expectation red and one below amber', () => {
    const kenji = assessmentRow('Kenji Watanabe');
    expect(background(`Fluency!E${kenji}`)).toBe(RED);
    expect(background(`Fluency!D${kenji}`)).toBe(AMBER);
  });

  test('colours an axis that meets the position green and one at the next position’s level blue', () => {
    const ben = assessmentRow('Ben Carter');
    expect(background(`Fluency!E${ben}`)).toBe(GREEN);
    expect(background(`Fluency!D${ben}`)).toBe(BLUE);
  });

  test('sums up readiness: below, meets, or ready for the next position', () => {
    expect(rt.workbook.value(`Fluency!J${assessmentRow('Amara Okafor')}`)).toBe('Below on 1 of 5 axes');
    expect(rt.workbook.value(`Fluency!J${assessmentRow('Ana Souza')}`)).toBe('Meets D2');
    expect(rt.workbook.value(`Fluency!J${assessmentRow('Ben Carter')}`)).toBe('Ready for D3');
  });
});

describe('The sample team’s Fluency Chart', () => {
  test('shows the picked engineer’s latest assessment against the position and the next one', () => {
    expect(rt.workbook.values("'Fluency Chart'!A8:D8")[0]).toEqual(['Technology: Specializes', 2, 1, 2]);
    expect(rt.workbook.values("'Fluency Chart'!B2:B3")).toEqual([['D2'], ['D3']]);
  });

  test('follows the picker when another engineer is chosen', () => {
    const own = ownCopy();
    expect(own.userEdit("'Fluency Chart'!B1", 'Kenji Watanabe')).toEqual({ ok: true, flagged: false });
    expect(own.workbook.values("'Fluency Chart'!A9:D9")[0]).toEqual(['System: Enhances', 1, 3, 4]);
  });

  test('lists everyone’s latest assessment once in the team overview', () => {
    const names = rt.workbook
      .values(`'Fluency Chart'!A16:A${15 + sample.engineers.length}`)
      .map(([name]) => name);
    expect(new Set(names)).toEqual(new Set(sample.engineers.map((e) => e.name)));
    expect(names).toHaveLength(sample.engineers.length);
  });
});

describe('The sample team’s Review Calendar', () => {
  const reviews = sample.engineers
    .flatMap((engineer) => {
      const position = positionOf(engineer.position);
      return [
        { due: nextReview(position, engineer.lastStepReview, 'step'), name: engineer.name, kind: 'Step' },
        { due: nextReview(position, engineer.lastLevelReview, 'level'), name: engineer.name, kind: 'Level' },
      ];
    })
    .sort(
      (a, b) =>
        toEpochDay(a.due) - toEpochDay(b.due) || a.name.localeCompare(b.name) || (a.kind === 'Step' ? -1 : 1),
    );

  test('lists every review by due date with its status', () => {
    const rows = rt.workbook.values(`'Review Calendar'!A2:E${1 + reviews.length}`);
    expect(rows.map(([due, name, , kind]) => [due, name, kind])).toEqual(
      reviews.map((r) => [asDate(r.due), r.name, r.kind]),
    );
    const statusText = { overdue: 'Overdue', 'due-soon': 'Due within 30 days', later: 'Later' };
    expect(rows.map((row) => row[4])).toEqual(reviews.map((r) => statusText[dueStatus(r.due, today)]));
    expect(background("'Review Calendar'!E2")).toBe(RED);
  });

  test('marks each engineer’s reviews in the month they fall due and, once past, as overdue', () => {
    const firstMonth = rt.workbook.value("'Review Calendar'!I1") as Date;
    expect(firstMonth).toEqual(new Date(Date.UTC(today.year, today.month - 1, 1)));
    for (const engineer of sample.engineers) {
      const position = positionOf(engineer.position);
      const row = rowOf(engineer.name);
      const marks = rt.workbook.values(`'Review Calendar'!G${row}:T${row}`)[0] as string[];
      expect(marks[0]).toBe(engineer.name);
      const expected = Array<string>(13).fill('');
      const mark = (index: number, letter: string) => {
        expected[index] = expected[index] ? `${expected[index]}+${letter}` : letter;
      };
      const place = (due: CalendarDate, letter: string) => {
        if (toEpochDay(due) < toEpochDay(today)) mark(0, letter);
        const months = (due.year - today.year) * 12 + due.month - today.month;
        if (months >= 0 && months < 12) mark(months + 1, letter);
      };
      place(nextReview(position, engineer.lastStepReview, 'step'), 'S');
      place(nextReview(position, engineer.lastLevelReview, 'level'), 'L');
      expect(marks.slice(1)).toEqual(expected);
    }
  });

  test('REVIEW_SCHEDULE names the argument whose size differs from the names', () => {
    const own = ownCopy();
    own.userEdit('Team!Z1', '=REVIEW_SCHEDULE(Team!A2:A5,Team!B2:B4,Team!G2:G5,Team!H2:H5)');
    expect(own.workbook.error('Team!Z1')).toBe(
      'REVIEW_SCHEDULE: positions has 3 cells but names has 4; pass ranges of the same size (e.g. Team!A2:A and Team!B2:B)',
    );
  });

  test('highlights the current month', () => {
    expect(background("'Review Calendar'!I1")).toBe('#fff2cc');
    expect(background("'Review Calendar'!J1")).not.toBe('#fff2cc');
  });
});

describe('The sample team’s Salary Bands', () => {
  test('computes each step from the base and the step increment, managers with the premium', () => {
    expect(rt.workbook.values("'Salary Bands'!A2:I2")[0]).toEqual([
      'D1',
      'Developer',
      1,
      55_000,
      57_200,
      59_400,
      55_000,
      57_200,
      59_400,
    ]);
    expect(rt.workbook.value("'Salary Bands'!G9")).toBe(Math.round((95_000 * 1.08) / 100) * 100);
  });

  test('flags a step that does not increase in red', () => {
    const own = ownCopy();
    expect(own.workbook.format("'Salary Bands'!H3").background).not.toBe(RED);
    expect(own.userEdit("'Salary Bands'!H3", 60_000)).toMatchObject({ ok: true });
    expect(own.workbook.format("'Salary Bands'!H3").background).toBe(RED);
  });
});
