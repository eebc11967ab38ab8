import { loadScriptRuntime, runScript } from '../../support/runtime';

const sh = 'const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getActiveSheet();';

describe('embedded charts (contract 7)', () => {
  test('a RADAR chart is built from ranges and appears only once inserted', () => {
    const rt = loadScriptRuntime();
    const n = runScript(
      rt,
      `${sh} const c = sh.newChart().setChartType(Charts.ChartType.RADAR).addRange(sh.getRange('A1:C6')).addRange(sh.getRange('A1:C6'))
         .setPosition(2, 5, 0, 0).setOption('title', 'Fluency').setNumHeaders(1).build();
       const before = sh.getCharts().length; sh.insertChart(c); return before;`,
    );
    expect(n).toBe(0);
    expect(rt.workbook.charts('Sheet1')).toEqual([
      {
        id: '1',
        type: 'RADAR',
        ranges: ['Sheet1!A1:C6'],
        options: { title: 'Fluency' },
        position: { row: 2, col: 5, offsetX: 0, offsetY: 0 },
        numHeaders: 1,
      },
    ]);
  });

  test('modify().build() then updateChart edits in place; the chart id is stable; removeChart removes it', () => {
    const rt = loadScriptRuntime();
    const r = runScript(
      rt,
      `${sh} sh.insertChart(sh.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sh.getRange('A1:B2')).setPosition(1, 1, 0, 0).build());
       const c = sh.getCharts()[0]; const id = c.getChartId();
       sh.updateChart(c.modify().setOption('title', 'New').setChartType(Charts.ChartType.RADAR).build());
       const after = sh.getCharts()[0];
       const out = [id === after.getChartId(), after.getType(), after.getOptions().get('title'), after.getRanges()[0].getA1Notation()];
       sh.removeChart(after); out.push(sh.getCharts().length); return out;`,
    );
    expect(r).toEqual([true, 'RADAR', 'New', 'A1:B2', 0]);
  });

  test('a chart built without setNumHeaders reports -1 (Sheets guesses the header rows) [doc ECB]', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `${sh} sh.insertChart(sh.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sh.getRange('A1:B2')).setPosition(1, 1, 0, 0).build());`,
    );
    expect(rt.workbook.charts('Sheet1')[0]?.numHeaders).toBe(-1);
  });
});
