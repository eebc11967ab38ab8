/** Apps Script embedded charts: `EmbeddedChartBuilder`, `EmbeddedChart`, `Charts.ChartType`. */
import type { Core } from '../core';
import type { ChartSpec } from '../model';
import { Service, fail } from './base';
import { Range } from './range';

export const ChartType = Object.freeze(
  Object.fromEntries(
    [
      'AREA',
      'BAR',
      'BUBBLE',
      'CANDLESTICK',
      'COLUMN',
      'COMBO',
      'GAUGE',
      'GEO',
      'HISTOGRAM',
      'RADAR',
      'LINE',
      'ORG',
      'PIE',
      'SCATTER',
      'SPARKLINE',
      'STEPPED_AREA',
      'TABLE',
      'TIMELINE',
      'TREEMAP',
      'WATERFALL',
    ].map((k) => [k, k]),
  ),
);

function cloneSpec(s: ChartSpec): ChartSpec {
  return JSON.parse(JSON.stringify(s)) as ChartSpec;
}

export class EmbeddedChart extends Service {
  readonly _className = 'EmbeddedChart';
  constructor(
    core: Core,
    readonly _spec: ChartSpec,
    readonly _sheetId: number,
  ) {
    super(core);
  }
  getChartId(): number | null {
    return this._spec.id ? Number(this._spec.id) : null;
  }
  getId(): string {
    return this._spec.id;
  }
  getType(): string {
    return this._spec.type;
  }
  getRanges(): Range[] {
    return this._spec.ranges.map(
      (r) =>
        new Range(this._core, r.sheetId, { row: r.row, col: r.col, numRows: r.numRows, numCols: r.numCols }),
    );
  }
  getOptions(): { get(k: string): unknown } {
    const o = { ...this._spec.options };
    return { get: (k: string) => o[k] ?? null };
  }
  getContainerInfo(): Record<string, number> {
    const p = this._spec.position;
    return { anchorRow: p.row, anchorColumn: p.col, offsetX: p.offsetX, offsetY: p.offsetY };
  }
  getNumHeaders(): number {
    return this._spec.numHeaders;
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this._core, this._sheetId, cloneSpec(this._spec));
  }
}

export class EmbeddedChartBuilder extends Service {
  readonly _className = 'EmbeddedChartBuilder';
  readonly _spec: ChartSpec;
  constructor(
    core: Core,
    readonly _sheetId: number,
    spec?: ChartSpec,
  ) {
    super(core);
    this._spec = spec ?? {
      id: '',
      type: 'LINE',
      ranges: [],
      options: {},
      position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
    };
  }
  addRange(range: Range): this {
    if (!(range instanceof Range))
      fail(
        'The parameters (' +
          typeof range +
          ") don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.",
      );
    const r = { sheetId: range._sheetId, ...range._ref };
    if (!this._spec.ranges.some((x) => JSON.stringify(x) === JSON.stringify(r))) this._spec.ranges.push(r);
    return this;
  }
  removeRange(range: Range): this {
    const r = JSON.stringify({ sheetId: range._sheetId, ...range._ref });
    this._spec.ranges = this._spec.ranges.filter((x) => JSON.stringify(x) !== r);
    return this;
  }
  clearRanges(): this {
    this._spec.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return this._spec.ranges.map(
      (r) =>
        new Range(this._core, r.sheetId, { row: r.row, col: r.col, numRows: r.numRows, numCols: r.numCols }),
    );
  }
  setChartType(type: string): this {
    if (!(String(type) in ChartType)) fail(`Invalid chart type: ${String(type)}`);
    this._spec.type = String(type);
    return this;
  }
  getChartType(): string {
    return this._spec.type;
  }
  asRadarChart(): this {
    return this.setChartType('RADAR');
  }
  asColumnChart(): this {
    return this.setChartType('COLUMN');
  }
  asBarChart(): this {
    return this.setChartType('BAR');
  }
  asLineChart(): this {
    return this.setChartType('LINE');
  }
  asPieChart(): this {
    return this.setChartType('PIE');
  }
  setOption(key: string, value: unknown): this {
    this._spec.options[key] = value;
    return this;
  }
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setPosition(anchorRow: number, anchorCol: number, offsetX: number, offsetY: number): this {
    this._spec.position = { row: anchorRow, col: anchorCol, offsetX, offsetY };
    return this;
  }
  setNumHeaders(n: number): this {
    this._spec.numHeaders = n;
    return this;
  }
  setTransposeRowsAndColumns(t: boolean): this {
    this._spec.transposeRowsAndColumns = t;
    return this;
  }
  setHiddenDimensionStrategy(s: string): this {
    this._spec.hiddenDimensionStrategy = String(s);
    return this;
  }
  setMergeStrategy(s: string): this {
    this._spec.mergeStrategy = String(s);
    return this;
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this._core, cloneSpec(this._spec), this._sheetId);
  }
}
