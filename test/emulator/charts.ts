/**
 * Embedded charts: the Charts enums, Sheet.newChart()'s builder, and the EmbeddedChart a tab holds
 * (type, ranges, options, anchor and offsets, headers). A tab keeps its charts in insertion order;
 * insertChart, updateChart and removeChart change that state, getCharts reads it, and ranges follow
 * rows and columns inserted or deleted on their tab, as Sheets' charts do.
 */
import { a1Notation } from './a1';
import { Service } from './calls';
import type { Env } from './env';
import { Range } from './range';
import type { Sheet } from './sheet';

/** Charts.ChartType: enum values print as their name, like Apps Script's. */
const CHART_TYPES = ['AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TIMELINE', 'TREEMAP', 'WATERFALL'] as const;
export type ChartTypeName = (typeof CHART_TYPES)[number];

class EnumValue {
  constructor(readonly name: string) {}
  toString() { return this.name; }
  name_() { return this.name; }
  toJSON() { return this.name; }
}

const enumOf = <T extends string>(names: readonly T[]) => Object.freeze(Object.fromEntries(names.map((n) => [n, new EnumValue(n)]))) as Record<T, EnumValue>;

export const ChartType = enumOf(CHART_TYPES);

export class Charts extends Service {
  static override serviceName = 'Charts';
  readonly ChartType = ChartType;
  readonly ChartHiddenDimensionStrategy = enumOf(['IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'] as const);
  readonly ChartMergeStrategy = enumOf(['MERGE_COLUMNS', 'MERGE_ROWS'] as const);
  readonly Position = enumOf(['TOP', 'RIGHT', 'BOTTOM', 'NONE'] as const);
}

export interface ChartState {
  id: number | null;
  type: ChartTypeName | null;
  ranges: Range[];
  options: Map<string, unknown>;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  numHeaders: number;
  transpose: boolean;
}

function copyState(s: ChartState): ChartState {
  return { ...s, ranges: [...s.ranges], options: new Map(s.options) };
}

function plain(value: unknown): unknown {
  // Options are stored as given (plain data); a copy keeps later edits of the caller's object out.
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export class ContainerInfo extends Service {
  static override serviceName = 'ContainerInfo';
  constructor(env: Env, private readonly _s: ChartState) {
    super(env);
  }
  getAnchorRow() { return this._s.anchorRow; }
  getAnchorColumn() { return this._s.anchorColumn; }
  getOffsetX() { return this._s.offsetX; }
  getOffsetY() { return this._s.offsetY; }
}

export class ChartOptions extends Service {
  static override serviceName = 'ChartOptions';
  constructor(env: Env, private readonly _options: Map<string, unknown>) {
    super(env);
  }
  get(option: string) { return plain(this._options.get(String(option))) ?? null; }
  getOrDefault(option: string) { return this.get(option); }
}

export class EmbeddedChartBuilder extends Service {
  static override serviceName = 'EmbeddedChartBuilder';
  readonly _state: ChartState;
  constructor(env: Env, readonly _sheet: Sheet, state?: ChartState) {
    super(env);
    this._state = state ? copyState(state) : {
      id: null, type: null, ranges: [], options: new Map(), anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0, numHeaders: -1, transpose: false,
    };
  }
  setChartType(type: unknown) {
    const name = String(type) as ChartTypeName;
    if (!CHART_TYPES.includes(name)) this._env.fail(`Invalid argument: type (${String(type)})`);
    this._state.type = name;
    return this;
  }
  getChartType() { return this._state.type ? ChartType[this._state.type] : null; }
  addRange(range: unknown) {
    if (!(range instanceof Range)) this._env.fail('Invalid argument: range');
    if (range._sheet._spreadsheet !== this._sheet._spreadsheet) this._env.fail('Invalid argument: range (another spreadsheet)');
    this._state.ranges.push(range);
    return this;
  }
  removeRange(range: unknown) {
    if (!(range instanceof Range)) this._env.fail('Invalid argument: range');
    this._state.ranges = this._state.ranges.filter((r) => !sameRange(r, range));
    return this;
  }
  clearRanges() { this._state.ranges = []; return this; }
  getRanges() { return [...this._state.ranges]; }
  setOption(option: string, value: unknown) {
    if (typeof option !== 'string' || option === '') this._env.fail('Invalid argument: option');
    this._state.options.set(option, plain(value));
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number) {
    for (const v of [anchorRowPos, anchorColPos, offsetX, offsetY]) if (!Number.isInteger(v) || v < 0) this._env.fail('Invalid argument: position');
    if (anchorRowPos < 1 || anchorColPos < 1 || anchorRowPos > this._sheet._maxRows || anchorColPos > this._sheet._maxColumns) {
      this._env.fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    Object.assign(this._state, { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY });
    return this;
  }
  getContainer() { return new ContainerInfo(this._env, this._state); }
  setNumHeaders(headers: number) {
    if (!Number.isInteger(headers) || headers < -1) this._env.fail('Invalid argument: headers');
    this._state.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean) { this._state.transpose = !!transpose; return this; }
  setHiddenDimensionStrategy(_strategy: unknown) { return this; }
  setMergeStrategy(_strategy: unknown) { return this; }
  build() {
    if (!this._state.type) this._env.fail('The chart type must be set before building the chart.');
    return new EmbeddedChart(this._env, this._sheet, copyState(this._state));
  }
}

export class EmbeddedChart extends Service {
  static override serviceName = 'EmbeddedChart';
  constructor(env: Env, readonly _sheet: Sheet, public _state: ChartState) {
    super(env);
  }
  /** null until the chart is inserted, as in Apps Script. */
  getChartId() { return this._state.id; }
  getId() { return this._state.id === null ? null : `u${this._state.id}`; }
  getRanges() { return [...this._state.ranges]; }
  getOptions() { return new ChartOptions(this._env, this._state.options); }
  getContainerInfo() { return new ContainerInfo(this._env, this._state); }
  getNumHeaders() { return this._state.numHeaders; }
  getTransposeRowsAndColumns() { return this._state.transpose; }
  getHiddenDimensionStrategy() { return null; }
  getMergeStrategy() { return null; }
  modify() { return new EmbeddedChartBuilder(this._env, this._sheet, this._state); }
}

function sameRange(a: Range, b: Range): boolean {
  return a._sheet === b._sheet && a._row === b._row && a._column === b._column && a._numRows === b._numRows && a._numColumns === b._numColumns;
}

/** The charts of one tab, as Sheet delegates to. */
export class SheetCharts {
  _charts: EmbeddedChart[] = [];
  constructor(private readonly _env: Env, private readonly _sheet: Sheet) {}

  newChart() { return new EmbeddedChartBuilder(this._env, this._sheet); }
  getCharts() { return this._charts.map((c) => new EmbeddedChart(this._env, this._sheet, copyState(c._state))); }
  insertChart(chart: unknown) {
    const c = this._own(chart);
    if (c._state.id !== null && this._find(c._state.id)) this._env.fail('This chart is already on the sheet: use updateChart to change it.');
    const state = copyState(c._state);
    state.id = this._env.nextSerial() * 7919 + 3;
    c._state.id = state.id;
    this._charts.push(new EmbeddedChart(this._env, this._sheet, state));
  }
  updateChart(chart: unknown) {
    const c = this._own(chart);
    const i = c._state.id === null ? -1 : this._charts.findIndex((x) => x._state.id === c._state.id);
    if (i < 0) this._env.fail('Invalid argument: chart (it is not on this sheet; insert it first)');
    this._charts[i] = new EmbeddedChart(this._env, this._sheet, copyState(c._state));
  }
  removeChart(chart: unknown) {
    const c = this._own(chart);
    const i = c._state.id === null ? -1 : this._charts.findIndex((x) => x._state.id === c._state.id);
    if (i < 0) this._env.fail('Invalid argument: chart (it is not on this sheet)');
    this._charts.splice(i, 1);
  }

  /** Rows or columns inserted (delta > 0) or deleted (delta < 0) at `at` on `sheet`: ranges and anchors follow. */
  shift(sheet: Sheet, dim: 'row' | 'column', at: number, delta: number) {
    for (const chart of this._charts) {
      const s = chart._state;
      s.ranges = s.ranges.flatMap((r) => (r._sheet === sheet ? shiftRange(this._env, r, dim, at, delta) : [r]));
      if (sheet === this._sheet) {
        const key = dim === 'row' ? 'anchorRow' : 'anchorColumn';
        if (s[key] >= at) s[key] = Math.max(delta < 0 ? at : 1, s[key] + delta);
      }
    }
  }

  /** Plain data for snapshots and the preview. */
  describe() {
    return this._charts.map((c) => describeChart(c._state, this._sheet));
  }

  private _own(chart: unknown): EmbeddedChart {
    if (!(chart instanceof EmbeddedChart)) this._env.fail('Invalid argument: chart (use sheet.newChart()…build())');
    if (chart._sheet !== this._sheet) this._env.fail('Invalid argument: chart (built for another sheet)');
    return chart;
  }

  private _find(id: number) { return this._charts.find((x) => x._state.id === id); }
}

export interface ChartSnapshot {
  chartId: number;
  type: string;
  /** A1 of each range, prefixed with its tab's name when it is on another tab. */
  ranges: string[];
  options: Record<string, unknown>;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  numHeaders: number;
}

function describeChart(s: ChartState, sheet: Sheet): ChartSnapshot {
  return {
    chartId: s.id ?? 0,
    type: s.type ?? '',
    ranges: s.ranges.map((r) => {
      const a1 = a1Notation(r._row, r._column, r._numRows, r._numColumns);
      return r._sheet === sheet ? a1 : `'${r._sheet._name.replace(/'/g, "''")}'!${a1}`;
    }),
    options: Object.fromEntries([...s.options].map(([k, v]) => [k, plain(v)])),
    anchorRow: s.anchorRow,
    anchorColumn: s.anchorColumn,
    offsetX: s.offsetX,
    offsetY: s.offsetY,
    numHeaders: s.numHeaders,
  };
}

/** A range after rows/columns moved: inserted ones push or grow it, deleted ones shrink or drop it. */
export function shiftRange(env: Env, r: Range, dim: 'row' | 'column', at: number, delta: number): Range[] {
  let start = dim === 'row' ? r._row : r._column;
  let end = start + (dim === 'row' ? r._numRows : r._numColumns) - 1;
  if (delta > 0) {
    if (start >= at) start += delta;
    if (end >= at) end += delta;
  } else {
    const delEnd = at - delta - 1;
    const keptBefore = start < at;
    const keptAfter = end > delEnd;
    if (!keptBefore && !keptAfter) return [];
    start = start > delEnd ? start + delta : start >= at ? at : start;
    end = keptAfter ? end + delta : at - 1;
  }
  return [dim === 'row'
    ? new Range(env, r._sheet, start, r._column, end - start + 1, r._numColumns)
    : new Range(env, r._sheet, r._row, start, r._numRows, end - start + 1)];
}
