import type { RadarChartSpec } from './spec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Inserts the radar chart unless the sheet (an existing one) already has a chart over the same table. */
export function ensureRadarChart(sheet: Sheet, spec: RadarChartSpec, created: boolean): void {
  const table = sheet.getRange(spec.range);
  if (!created) {
    const wanted = table.getA1Notation();
    if (sheet.getCharts().some((chart) => chart.getRanges()[0]?.getA1Notation() === wanted)) return;
  }
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.RADAR)
    .addRange(table)
    .setNumHeaders(1)
    .setPosition(spec.anchorRow, spec.anchorColumn, 0, 0)
    .setOption('title', spec.title)
    .build();
  sheet.insertChart(chart);
}
