import type { TeamList } from '../../src/server/rpc';
import { loadPromotionRuntime, tamperPromotionWorkbook } from '../support/promotionWorkbook';

describe('promotionsTeam', () => {
  const rt = loadPromotionRuntime([
    { name: 'Ada', position: 'D2', step: 1, lastStepReview: '2024-06-01', lastLevelReview: '2024-06-01' },
    { name: 'Grace', position: 'D4', step: 2, lastStepReview: '2024-02-01', lastLevelReview: '2023-02-10' },
    { name: 'Linus', position: 'X9', step: 1 },
    { name: '', position: '', step: 0 },
    { name: '<img src=x onerror=alert(1)>', position: 'D1', step: 1 },
  ]);
  const team = rt.run('promotionsTeam', {}) as TeamList;

  test('lists every readable engineer with their row, place and today in the spreadsheet zone', () => {
    expect(team.today).toBe('2025-01-15');
    expect(team.members.map((m) => [m.row, m.name, m.position, m.step])).toEqual([
      [2, 'Ada', 'D2', 1],
      [3, 'Grace', 'D4', 2],
      [6, '<img src=x onerror=alert(1)>', 'D1', 1],
    ]);
  });

  test('gives each review its due date and whether it is overdue, due soon or later', () => {
    const [ada, grace] = team.members;
    expect(ada?.nextStepReview).toEqual({ date: '2024-12-01', status: 'overdue' });
    expect(ada?.nextLevelReview).toEqual({ date: '2025-06-01', status: 'later' });
    expect(grace?.nextStepReview).toEqual({ date: '2025-02-01', status: 'due-soon' });
    expect(grace?.nextLevelReview).toEqual({ date: '2025-02-10', status: 'due-soon' });
  });

  test('leaves a review without a last date undated', () => {
    expect(team.members[2]?.nextStepReview).toEqual({ date: null, status: null });
  });

  test('reports a row it cannot read instead of failing the whole list', () => {
    expect(team.problems).toEqual([
      'Team row 4 (Linus): position "X9" is not on the Ladder (D1–D7, EM4–EM7)',
      'Team row 5: this row has data but no name',
    ]);
  });

  test('refuses a payload that is not an empty object', () => {
    expect(rt.run('promotionsTeam', { all: true })).toEqual({
      outcome: 'invalid-request',
      message: 'The request was refused (unexpected field(s) "all"). Nothing was changed.',
    });
  });
});

describe('promotionsTeam with a formula typed as a name', () => {
  const rt = loadPromotionRuntime([
    { name: 'Ada', position: 'D2', step: 1 },
    { name: 'Grace', position: 'D4', step: 2 },
  ]);
  tamperPromotionWorkbook(rt, `ss.getRange('Team!A3').setValue('=IMPORTXML("http://evil","//a")');`);
  const team = rt.run('promotionsTeam', {}) as TeamList;

  test('never lists the formula’s error value as an engineer', () => {
    expect(team.members.map((m) => m.name)).toEqual(['Ada']);
  });

  test('lists the row as unreadable, saying why', () => {
    expect(team.problems).toEqual([
      'Team row 3: Name shows #NAME?, the error of a formula; type the value itself',
    ]);
  });
});

describe('promotionsTeam refusals carry a code the sidebar acts on', () => {
  test('a workbook without its Team sheet is "not-set-up"', () => {
    const rt = loadPromotionRuntime([{ name: 'Ada', position: 'D2', step: 1 }]);
    tamperPromotionWorkbook(rt, `ss.deleteSheet(ss.getSheetByName('Team'));`);
    expect(rt.run('promotionsTeam', {})).toEqual({
      outcome: 'not-set-up',
      message: 'This spreadsheet has no "Team" sheet. Run Career Ladder ▸ Set up workbook first.',
    });
  });

  test('a Ladder that cannot be read is "unreadable", naming the cell’s row', () => {
    const rt = loadPromotionRuntime([{ name: 'Ada', position: 'D2', step: 1 }]);
    tamperPromotionWorkbook(rt, `ss.getRange('Ladder!C3').setValue('two');`);
    expect(rt.run('promotionsTeam', {})).toEqual({
      outcome: 'unreadable',
      message:
        'The Ladder sheet cannot be read: Ladder row 3: level "two" of D2 must be a whole number 1–20.',
    });
  });
});
