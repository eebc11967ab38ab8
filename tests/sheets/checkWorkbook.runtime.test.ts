import { loadWorkbookRuntime, runMenu, tamper } from '../support/workbookRuntime';

/** Writes a value a person could not type: the cell's validation is removed first, as a careless script might. */
function plant(rt: ReturnType<typeof loadWorkbookRuntime>, a1: string, value: string | number): void {
  tamper(rt, `ss.getRange(${JSON.stringify(a1)}).clearDataValidations().setValue(${JSON.stringify(value)});`);
}

const problemsOn = (rt: ReturnType<typeof loadWorkbookRuntime>) =>
  rt.workbook
    .values('Problems!A2:B20')
    .filter(([where, what]) => where !== '' || what !== '')
    .map(([where, what]) => `${where}: ${what}`);

describe('Check workbook on the sample team', () => {
  const rt = loadWorkbookRuntime();
  runMenu(rt, 'Set up with a sample team');
  runMenu(rt, 'Check workbook');

  test('finds no problems and says so on the Problems sheet and in a dialog', () => {
    expect(problemsOn(rt)).toEqual([': No problems found.']);
    expect(rt.ui.dialogs[rt.ui.dialogs.length - 1]).toMatchObject({
      title: 'Check workbook',
      html: expect.stringContaining('No problems found.'),
      modal: true,
    });
  });
});

describe('Check workbook with planted problems', () => {
  const rt = loadWorkbookRuntime();
  runMenu(rt, 'Set up with a sample team');
  plant(rt, 'Team!C11', 5);
  plant(rt, 'Team!G13', 'soon');
  plant(rt, 'Fluency!E3', 'Masters');
  plant(rt, 'Fluency!A4', 'Nobody');
  plant(rt, "'Salary Bands'!H3", 60_000);
  const before = JSON.stringify(rt.save().workbook.sheets.filter((sheet) => sheet.name !== 'Problems'));
  runMenu(rt, 'Check workbook');
  // the tests only read `rt`; one that changes the workbook opens its own copy of this state
  const checked = rt.save();

  test('reports each planted problem at its cell, and only those', () => {
    expect(problemsOn(rt)).toEqual([
      'Team!C11: step 5 is not a step of D3 (accepted: a whole number 1–3)',
      'Team!G13: last step review "soon" is not a date (enter a date, e.g. 2025-03-31)',
      'Fluency!E3: System "Masters" is not a System fluency (Enhances, Designs, Owns, Evolves, Leads, or 1–5)',
      'Fluency!A4: Nobody is not on the Team sheet',
      "'Salary Bands'!H3: D2 step 2 (60,000) is not above the step before (65,000)",
    ]);
  });

  test('shows the same problems in the dialog', () => {
    const html = rt.ui.dialogs[rt.ui.dialogs.length - 1]?.html ?? '';
    expect(html).toContain('5 problems found');
    expect(html).toContain('Team!C11: step 5 is not a step of D3 (accepted: a whole number 1–3)');
  });

  test('changes nothing but the Problems sheet', () => {
    const after = JSON.stringify(rt.save().workbook.sheets.filter((sheet) => sheet.name !== 'Problems'));
    expect(after).toBe(before);
  });

  test('rewrites the Problems sheet on the next check', () => {
    const again = loadWorkbookRuntime({ state: checked });
    plant(again, 'Team!C11', 2);
    runMenu(again, 'Check workbook');
    expect(problemsOn(again)).toHaveLength(4);
    expect(problemsOn(again)).not.toContain('Team!C11: step 5 is beyond the 3 steps of D3');
  });
});

describe('Check workbook on a workbook missing a sheet', () => {
  const rt = loadWorkbookRuntime();
  runMenu(rt, 'Set up with a sample team');
  tamper(rt, `ss.deleteSheet(ss.getSheetByName('Salary Bands'));`);
  runMenu(rt, 'Check workbook');

  test('reports the missing sheet and checks the others', () => {
    expect(problemsOn(rt)).toEqual(["'Salary Bands'!A1: the sheet is missing; run Set up workbook"]);
  });
});

describe('Check workbook on a Team sheet narrower than its table, before set-up', () => {
  const rt = loadWorkbookRuntime();
  tamper(
    rt,
    `var team = ss.insertSheet('Team');
    team.deleteColumns(4, 23);
    team.getRange('A1:C2').setValues([['Name', 'Position', 'Step'], ['Ada', 'D2', 1]]);`,
  );
  runMenu(rt, 'Check workbook');

  test('reads the columns it has and reports the missing ones and the missing sheets', () => {
    expect(problemsOn(rt)).toEqual([
      'Ladder!A1: the sheet is missing; run Set up workbook',
      'Team!A1: the Team sheet has no "Tech lead", "Manager", "In position since", "Last step review", "Last level review" column; run Set up workbook to repair it',
      'Fluency!A1: the sheet is missing; run Set up workbook',
      "'Salary Bands'!A1: the sheet is missing; run Set up workbook",
    ]);
  });
});

describe('Check workbook with a formula typed as a name', () => {
  const rt = loadWorkbookRuntime();
  runMenu(rt, 'Set up with a sample team');
  plant(rt, 'Team!A3', '=IMPORTXML("http://evil","//a")');
  runMenu(rt, 'Check workbook');

  test('reports the formula’s error value at its cell, then who it leaves without a Team row', () => {
    const found = problemsOn(rt);
    expect(found[0]).toBe('Team!A3: Name shows #NAME?, the error of a formula; type the value itself');
    expect(found).toContain('Team!E5: manager Maya Chen is not on the Team sheet');
    expect(found).toContain('Fluency!A3: Maya Chen is not on the Team sheet');
  });
});
