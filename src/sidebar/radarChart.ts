import { AXES, FLUENCY_NAMES, type FluencyLevel } from '../domain/fluency';
import { svg, el, uniqueId } from './dom';
import { polygonPoints, radarPoint, type RadarFrame } from './radarGeometry';

export interface RadarSeries {
  readonly label: string;
  /** One level 1–5 per axis, in AXES order. */
  readonly levels: readonly number[];
  readonly className: string;
}

const FRAME: RadarFrame = { axes: AXES.length, maxValue: 5, radius: 86, centerX: 138, centerY: 114 };

function describe(series: RadarSeries): string {
  const parts = AXES.map((axis, index) => {
    const level = series.levels[index] as FluencyLevel;
    return `${axis} ${FLUENCY_NAMES[axis][level - 1] ?? level}`;
  });
  return `${series.label}: ${parts.join(', ')}.`;
}

/** An SVG radar of the series over the five axes, with a text description and a legend. */
export function radarChart(title: string, series: readonly RadarSeries[]): HTMLElement {
  const titleId = uniqueId('radar-title');
  const descId = uniqueId('radar-desc');
  const rings = [1, 2, 3, 4, 5].map((ring) =>
    svg('polygon', {
      class: 'radar-ring',
      points: polygonPoints(
        FRAME,
        AXES.map(() => ring),
      ),
    }),
  );
  const spokes = AXES.map((axis, index) => {
    const [x, y] = radarPoint(FRAME, index, FRAME.maxValue);
    const [lx, ly] = radarPoint(FRAME, index, FRAME.maxValue + 1.1);
    return svg(
      'g',
      {},
      svg('line', { class: 'radar-spoke', x1: FRAME.centerX, y1: FRAME.centerY, x2: x, y2: y }),
      svg(
        'text',
        { class: 'radar-axis', x: lx, y: ly, 'text-anchor': 'middle', 'dominant-baseline': 'middle' },
        axis,
      ),
    );
  });
  const shapes = series.map((s) =>
    svg('polygon', { class: `radar-series ${s.className}`, points: polygonPoints(FRAME, s.levels) }),
  );
  const chart = svg(
    'svg',
    { class: 'radar', viewBox: '0 0 276 226', role: 'img', 'aria-labelledby': `${titleId} ${descId}` },
    svg('title', { id: titleId }, title),
    svg('desc', { id: descId }, series.map(describe).join(' ')),
    ...rings,
    ...spokes,
    ...shapes,
  );
  const legend = el(
    'ul',
    { className: 'legend' },
    ...series.map((s) =>
      el(
        'li',
        {},
        el('span', { className: `swatch ${s.className}`, attrs: { 'aria-hidden': 'true' } }),
        s.label,
      ),
    ),
  );
  return el('figure', { className: 'radar-figure' }, chart, legend);
}
