import { setUpWorkbook } from '../sheets/setUpWorkbook';
import { writeSampleTeam } from '../sheets/writeSampleTeam';

const TITLE = 'Career Ladder';

/** Career Ladder ▸ Set up workbook: creates or repairs the sheets; never overwrites entries. */
export function setUpWorkbookFromMenu(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  setUpWorkbook(spreadsheet);
  spreadsheet.toast('The workbook is set up. Run Check workbook any time to find inconsistent rows.', TITLE);
}

/** Career Ladder ▸ Set up with a sample team: set-up, then the sample team on an empty Team sheet. */
export function setUpSampleTeamFromMenu(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const engineers = writeSampleTeam(setUpWorkbook(spreadsheet));
  spreadsheet.toast(
    engineers > 0
      ? `The workbook is set up with a sample team of ${engineers} engineers. Delete their rows to start your own.`
      : 'The workbook is set up. The sample team was not added because Team or Fluency already lists people.',
    TITLE,
  );
}
