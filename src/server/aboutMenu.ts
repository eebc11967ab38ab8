import { escapeHtml, showDialog } from './dialog';
import { SHEET_NAMES } from '../tables/layout';

const SHEET_GUIDE: readonly (readonly [string, string])[] = [
  [
    SHEET_NAMES.ladder,
    'the framework: positions, the fluency each expects on five axes, steps and review cadence. Edit it to change the ladder.',
  ],
  [SHEET_NAMES.team, 'one row per engineer. Next reviews, band salary and compa-ratio are live formulas.'],
  [SHEET_NAMES.fluency, 'one assessment per row, with colours against the position’s expectation.'],
  [
    SHEET_NAMES.fluencyChart,
    'pick an engineer to see a radar chart of their latest assessment; the team overview is below.',
  ],
  [
    SHEET_NAMES.salaryBands,
    'one amount per position and step, computed from the parameters on the right unless typed over.',
  ],
  [SHEET_NAMES.reviewCalendar, 'every upcoming review by date with its status, and a 12-month grid.'],
  [SHEET_NAMES.promotionLog, 'the append-only record the Promotions sidebar writes.'],
  [
    SHEET_NAMES.settings,
    'who approves (by email) and which kinds of move need an approval; level promotions and jumps do by default.',
  ],
  [
    SHEET_NAMES.proposals,
    'the append-only record of proposals: proposed, then approved, rejected, withdrawn or stale.',
  ],
];

function aboutHtml(): string {
  const sheets = SHEET_GUIDE.map(
    ([name, what]) => `<li><b>${escapeHtml(name)}</b>: ${escapeHtml(what)}</li>`,
  ).join('');
  return [
    '<p>Career Ladder keeps your engineering ladder, assessments, salary bands and review dates in this spreadsheet.</p>',
    '<h2>Menu</h2><ul>',
    '<li><b>Set up workbook</b> creates the sheets or repairs them (headers, formulas, validation, colours) without touching your entries.</li>',
    '<li><b>Set up with a sample team</b> does the same and fills an empty Team with example engineers.</li>',
    '<li><b>Promotions</b> records step and level promotions, reviews and jumps, or proposes the ones Settings sends for approval and lets approvers approve or reject them.</li>',
    '<li><b>Check workbook</b> lists every inconsistent cell on a Problems sheet.</li>',
    '<li><b>Diagnose</b> checks how this spreadsheet behaves and what you may edit, for support; it changes nothing.</li>',
    '<li><b>Review reminders…</b> turns on a weekly email to each manager listing their reports’ reviews that are overdue or due soon; nothing is sent until you turn it on.</li>',
    '<li><b>Download review calendar</b> gives a calendar file (.ics) of the reviews due in the next 12 months to import into your calendar.</li></ul>',
    `<h2>Sheets</h2><ul>${sheets}</ul>`,
    '<h2>Formulas</h2><p>Use <code>NEXT_REVIEW</code>, <code>REVIEW_CADENCE</code>, <code>REVIEW_SCHEDULE</code> and the other Career Ladder functions in any cell; pass <code>LadderTable</code> as the last argument to use this workbook’s ladder.</p>',
    '<h2>Who can read salaries</h2><p>Protection only stops editing: anyone who can open this file can read Salary Bands and salaries. Keep salaries in a separate file shared only with the people allowed to see them.</p>',
  ].join('');
}

/** Career Ladder ▸ About and help. */
export function showAboutFromMenu(): void {
  showDialog('About Career Ladder', aboutHtml(), { width: 600, height: 520 });
}
