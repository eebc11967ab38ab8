import type { RadarChartSpec } from './spec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Inserts the radar chart unless the sheet already has a chart over the same table. */
export function ensureRadarChart(sheet: Sheet, spec: RadarChartSpec): void {
  const table = sheet.getRange(spec.range);
  const wanted = table.getA1Notation();
  const present = sheet.getCharts().some((chart) => chart.getRanges()[0]?.getA1Notation() === wanted);
  if (present) return;
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
