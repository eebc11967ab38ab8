/** Places the sheet's embedded charts over the grid at their anchor cells, as Sheets floats them. */
import type { SheetView } from '../protocol';
import { chartSvg } from './chartSvg';
import { ROW_HEADER_WIDTH, ROW_HEIGHT } from './gridHtml';

export function chartLayerHtml(view: SheetView): string {
  return view.charts
    .map((chart) => {
      const columnsBefore = view.columns
        .filter((column) => column.index < chart.anchor.col)
        .reduce((sum, column) => sum + column.width, 0);
      const top = ROW_HEIGHT * (chart.anchor.row + 1) + chart.anchor.y;
      const left = ROW_HEADER_WIDTH + columnsBefore + chart.anchor.x;
      return `<figure class="embedded-chart" style="top:${top}px;left:${left}px">${chartSvg(chart)}</figure>`;
    })
    .join('');
}
