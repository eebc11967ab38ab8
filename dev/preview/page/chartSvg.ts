/** Embedded charts as SVG strings: the radar chart drawn, other types named in a placeholder. */
import type { ChartView } from '../protocol';
import { escapeHtml, safeColor } from './escapeHtml';

const TITLE_HEIGHT = 28;
/** Rough width of one character of 12 px Arial, to leave room for axis labels and fit the title. */
const CHAR_WIDTH = 6.5;
const LEGEND_HEIGHT = 22;

function point(cx: number, cy: number, radius: number, index: number, count: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
}

function polygon(points: [number, number][]): string {
  return points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
}

function scaleMax(chart: ChartView): number {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  return Math.max(1, Math.ceil(Math.max(0, ...values)));
}

function radarBody(chart: ChartView): string {
  const count = chart.labels.length;
  const cx = chart.width / 2;
  const cy = TITLE_HEIGHT + (chart.height - TITLE_HEIGHT - LEGEND_HEIGHT) / 2;
  const radius = Math.max(
    10,
    Math.min(chart.width / 2 - 70, (chart.height - TITLE_HEIGHT - LEGEND_HEIGHT) / 2 - 20),
  );
  const max = scaleMax(chart);
  const out: string[] = [];
  for (let ring = 1; ring <= max; ring++) {
    const ringPoints = chart.labels.map((_l, i) => point(cx, cy, (radius * ring) / max, i, count));
    out.push(`<polygon class="radar-ring" points="${polygon(ringPoints)}"/>`);
  }
  chart.labels.forEach((label, i) => {
    const [x, y] = point(cx, cy, radius, i, count);
    const [lx, ly] = point(cx, cy, radius + 14, i, count);
    const anchor = Math.abs(lx - cx) < 1 ? 'middle' : lx > cx ? 'start' : 'end';
    out.push(`<line class="radar-axis" x1="${cx}" y1="${cy}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}"/>`);
    out.push(
      `<text x="${lx.toFixed(1)}" y="${(ly + 4).toFixed(1)}" text-anchor="${anchor}">${escapeHtml(label)}</text>`,
    );
  });
  chart.series.forEach((series, s) => {
    const color = safeColor(chart.colors[s]) ?? '#666';
    const points = series.values.map((v, i) => point(cx, cy, (radius * (v ?? 0)) / max, i, count));
    out.push(
      `<polygon class="radar-series" data-series="${escapeHtml(series.name)}" points="${polygon(points)}" ` +
        `stroke="${color}" fill="${color}"/>`,
    );
  });
  return out.join('');
}

function legend(chart: ChartView): string {
  const y = chart.height - 8;
  return chart.series
    .map((series, s) => {
      const x = 12 + s * 150;
      const color = safeColor(chart.colors[s]) ?? '#666';
      return (
        `<rect x="${x}" y="${y - 10}" width="10" height="10" fill="${color}"/>` +
        `<text x="${x + 14}" y="${y}">${escapeHtml(series.name)}</text>`
      );
    })
    .join('');
}

/** The title, squeezed to the chart's width when it is longer (SVG text does not wrap). */
function titleSvg(chart: ChartView): string {
  const room = chart.width - 20;
  const fit =
    chart.title.length * CHAR_WIDTH * 1.2 > room
      ? ` textLength="${room}" lengthAdjust="spacingAndGlyphs"`
      : '';
  return `<text class="chart-title" x="${chart.width / 2}" y="20" text-anchor="middle"${fit}>${escapeHtml(chart.title)}</text>`;
}

export function chartSvg(chart: ChartView): string {
  const drawable = chart.type === 'RADAR' && chart.labels.length >= 3;
  const body = drawable
    ? radarBody(chart) + legend(chart)
    : `<text x="${chart.width / 2}" y="${chart.height / 2}" text-anchor="middle">` +
      `${escapeHtml(chart.type)} chart (the preview draws radar charts only)</text>`;
  return (
    `<svg class="chart" role="img" aria-label="${escapeHtml(chart.title || `${chart.type} chart`)}" ` +
    `data-chart-type="${escapeHtml(chart.type)}" width="${chart.width}" height="${chart.height}" ` +
    `viewBox="0 0 ${chart.width} ${chart.height}" xmlns="http://www.w3.org/2000/svg">` +
    `<rect class="chart-frame" width="${chart.width}" height="${chart.height}"/>` +
    titleSvg(chart) +
    body +
    '</svg>'
  );
}
