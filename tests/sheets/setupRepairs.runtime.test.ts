import { loadWorkbookRuntime, plantRows, runMenu, syntheticTeam, tamper } from '../support/workbookRuntime';
import { SHEET_NAMES } from '../../src/tables/layout';

type Runtime = ReturnType<typeof loadWorkbookRuntime>;

const activeSheet = (rt: Runtime) => rt.workbook.resolve('A1').sheet.name;
const editorsOf = (rt: Runtime, sheet: string) =>
  rt.workbook.protections().find((protection) => protection.sheet === sheet)?.editors;

describe('After set-up', () => {
  test.each(['Set up workbook', 'Set up with a sample team'])('"%s" leaves the Team sheet active', (item) => {
    const rt = loadWorkbookRuntime();
    runMenu(rt, item);
    expect(activeSheet(rt)).toBe(SHEET_NAMES.team);
  });
});

describe('Set-up over tables that already hold data', () => {
  const rt = loadWorkbookRuntime();
  plantRows(rt, SHEET_NAMES.team, 2, 1, syntheticTeam(rt, 10));
  tamper(rt, `ss.getSheetByName('Team').setFrozenRows(0);`);
  runMenu(rt, 'Set up workbook');
  const setUp = rt.save();

  test('freezes the Team header row', () => {
    expect(rt.workbook.sheet(SHEET_NAMES.team).frozenRows).toBe(1);
  });

  test('freezes it again after someone unfroze it', () => {
    const own = loadWorkbookRuntime({ state: setUp });
    tamper(own, `ss.getSheetByName('Fluency').setFrozenRows(0);`);
    runMenu(own, 'Set up workbook');
    expect(own.workbook.sheet(SHEET_NAMES.fluency).frozenRows).toBe(1);
  });
});

describe('Protections on a second set-up', () => {
  const rt = loadWorkbookRuntime({ owner: 'owner@example.com', activeUser: 'lead@example.com' });
  runMenu(rt, 'Set up workbook');
  tamper(
    rt,
    `var bands = ss.getSheetByName('Salary Bands');
    bands.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].addEditor('hr@example.com');
    ss.getSheetByName('Ladder').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].setDomainEdit(true);
    ss.getSheetByName('Promotion Log').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].remove();`,
  );
  runMenu(rt, 'Set up workbook');

  test('keep the editors the owner added', () => {
    expect(editorsOf(rt, SHEET_NAMES.salaryBands)).toEqual(['lead@example.com', 'hr@example.com']);
  });

  test('keep the sharing the owner chose', () => {
    expect(rt.workbook.protections().find((p) => p.sheet === SHEET_NAMES.ladder)?.domainEdit).toBe(true);
  });

  test('come back, narrowed to the owner and the person running set-up, where one was deleted', () => {
    expect(rt.workbook.protections().find((p) => p.sheet === SHEET_NAMES.promotionLog)).toMatchObject({
      editors: ['lead@example.com'],
      domainEdit: false,
    });
  });
});

describe('The radar chart on Fluency Chart', () => {
  const rt = loadWorkbookRuntime();
  runMenu(rt, 'Set up with a sample team');

  test('sits to the right of every table, covering none of their cells', () => {
    const [chart] = rt.workbook.charts(SHEET_NAMES.fluencyChart);
    expect(chart?.position.col).toBeGreaterThan(rt.workbook.sheet(SHEET_NAMES.fluencyChart).lastColumn);
  });
});
