import { describeWithBuiltBundle, loadBuiltRuntime } from '../../support/runtime';

// Runs against dist/Code.js (npm run build): skipped loudly when it is missing, failed under CI.
describeWithBuiltBundle('the real bundle (dist/Code.js)', () => {
  test('onOpen adds the Career Ladder add-on menu', () => {
    const rt = loadBuiltRuntime();
    rt.trigger('onOpen');
    expect(rt.ui.menus.map((m) => m.caption)).toContain('Career Ladder');
  });

  test('its @customfunction globals are registered in the engine', () => {
    const rt = loadBuiltRuntime();
    expect(rt.customFunctions).toContain('NEXT_REVIEW');
  });

  test('NEXT_REVIEW over open-ended ranges computes inside the engine and spills, blank rows blank', () => {
    const rt = loadBuiltRuntime({ spreadsheetTimeZone: 'America/Los_Angeles' });
    rt.userEdit('A1', 'D3');
    rt.userEdit('A3', 'D5');
    rt.userEdit('B1', '2024-08-31');
    rt.userEdit('B3', '2024-01-15');
    rt.userEdit('C1', '=NEXT_REVIEW(A1:A3, B1:B3)');
    expect(rt.workbook.displayValues('Sheet1!C1:C3')).toEqual([['2/28/2025'], [''], ['1/15/2025']]);
    rt.userEdit('D1', '=NEXT_REVIEW("X9", B1)');
    expect(rt.workbook.value('Sheet1!D1')).toBe('#ERROR!');
    expect(rt.workbook.error('Sheet1!D1')).toMatch(/^NEXT_REVIEW: position "X9" is not on the ladder/);
  });
});
