/**
 * Embedded charts with their data read from the workbook: the first column of the chart's ranges names
 * the axes (labels), each further column is a series, named by the header row when the first row is text.
 */
import type { Runtime } from '../runtime';
import { onSheet } from './page/a1';
import type { ChartView } from './protocol';

/** Google Charts' default series colours. */
const DEFAULT_COLORS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1'];
/** Sheets' default embedded chart size. */
const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 371;

type ChartInfo = ReturnType<Runtime['workbook']['charts']>[number];

/** 'Fluency Chart!A1:B6' → "'Fluency Chart'!A1:B6", which the runtime parses. */
function quotedRange(range: string): string {
  if (range.startsWith("'")) return range;
  const bang = range.lastIndexOf('!');
  return onSheet(range.slice(0, bang), range.slice(bang + 1));
}

/** The chart's ranges side by side, one table of rows. */
function dataTable(rt: Runtime, chart: ChartInfo): unknown[][] {
  const blocks = chart.ranges.map((range) => rt.workbook.values(quotedRange(range)));
  const rows = Math.max(0, ...blocks.map((block) => block.length));
  return Array.from({ length: rows }, (_r, row) => blocks.flatMap((block) => block[row] ?? []));
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function option<T>(
  options: Record<string, unknown>,
  key: string,
  guard: (v: unknown) => v is T,
): T | undefined {
  const value = options[key];
  return guard(value) ? value : undefined;
}

const isNumber = (v: unknown): v is number => typeof v === 'number';
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

function chartView(rt: Runtime, chart: ChartInfo): ChartView {
  const table = dataTable(rt, chart);
  const first = table[0] ?? [];
  // setNumHeaders(n) says how many header rows there are; unset (-1), Sheets guesses from the first row
  const hasHeader =
    chart.numHeaders >= 0
      ? chart.numHeaders > 0
      : first.slice(1).some((cell) => typeof cell === 'string' && cell !== '');
  const headerRows = hasHeader ? Math.max(1, chart.numHeaders) : 0;
  const body = table.slice(headerRows).filter((row) => row[0] !== '' && row[0] !== undefined);
  const seriesCount = Math.max(0, first.length - 1);
  return {
    id: chart.id,
    type: chart.type,
    numHeaders: headerRows,
    title: option(chart.options, 'title', isString) ?? '',
    anchor: {
      row: chart.position.row - 1,
      col: chart.position.col - 1,
      x: chart.position.offsetX,
      y: chart.position.offsetY,
    },
    width: option(chart.options, 'width', isNumber) ?? DEFAULT_WIDTH,
    height: option(chart.options, 'height', isNumber) ?? DEFAULT_HEIGHT,
    labels: body.map((row) => String(row[0])),
    series: Array.from({ length: seriesCount }, (_s, s) => ({
      name: hasHeader ? String(first[s + 1]) : `Series ${s + 1}`,
      values: body.map((row) => numberOrNull(row[s + 1])),
    })),
    colors: option(chart.options, 'colors', isStringArray) ?? DEFAULT_COLORS,
  };
}

export function chartViews(rt: Runtime, sheet: string): ChartView[] {
  return rt.workbook.charts(sheet).map((chart) => chartView(rt, chart));
}
