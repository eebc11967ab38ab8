import { loadWorkbookRuntime, runMenu } from '../support/workbookRuntime';

const amara = 'Team!C11';

describe('Data validation rejects bad entries with a helpful message', () => {
  const rt = loadWorkbookRuntime();
  runMenu(rt, 'Set up with a sample team');
  // refused edits change nothing, so those tests share `rt`; a test whose edit is stored opens its own copy
  const sample = rt.save();

  test('a step beyond the position’s steps (step 5 of a 3-step D3)', () => {
    expect(rt.workbook.value('Team!A11')).toBe('Amara Okafor');
    const result = rt.userEdit(amara, 5);
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('whole step from 1 to the number of steps'),
    });
    expect(rt.workbook.value(amara)).toBe(2);
  });

  test('a step within the position’s steps is accepted', () => {
    const own = loadWorkbookRuntime({ state: sample });
    expect(own.workbook.value(amara)).toBe(2);
    expect(own.userEdit(amara, 3)).toEqual({ ok: true, flagged: false });
    expect(own.workbook.value(amara)).toBe(3);
  });

  test('text in a date column', () => {
    expect(rt.userEdit('Team!G11', 'last spring')).toEqual({
      ok: false,
      message: 'Enter a date, e.g. 2025-03-31.',
    });
  });

  test('a fluency name from another axis in an assessment', () => {
    expect(rt.userEdit('Fluency!E2', 'Masters')).toEqual({
      ok: false,
      message: 'Choose a System fluency from the list: Enhances, Designs, Owns, Evolves or Leads.',
    });
  });

  test('an assessment of someone who is not on the Team sheet', () => {
    expect(rt.userEdit('Fluency!A2', 'Nobody')).toMatchObject({ ok: false });
  });

  test('a review cadence outside 1–60 months on the Ladder', () => {
    expect(rt.userEdit('Ladder!J2', 72)).toMatchObject({
      ok: false,
      message: expect.stringContaining('1 to 60'),
    });
  });

  test('a salary that is not an amount', () => {
    expect(rt.userEdit('Team!M11', 'a lot')).toMatchObject({ ok: false });
  });

  test('the engineer picker offers only Team names', () => {
    expect(rt.userEdit("'Fluency Chart'!B1", 'Nobody')).toMatchObject({ ok: false });
  });

  test('a position that is not on the Ladder', () => {
    // A runtime of its own: after this rejection the runtime cannot resize the schedule (see README gaps).
    const fresh = loadWorkbookRuntime({ state: sample });
    expect(fresh.userEdit('Team!B11', 'X9')).toEqual({
      ok: false,
      message: 'Choose a position listed on the Ladder sheet (e.g. D3 or EM4).',
    });
  });
});
