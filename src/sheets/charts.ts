/**
 * Native Sheets charts from ChartSpecs: one builder per chart (local objects), the ranges of all
 * of a tab's charts fetched in one getRangeList, then one insertChart (or updateChart) each. Used
 * by the renderer for a new tab and by the dashboard's refresh for an existing one.
 */
import type { Area, ChartSpec } from './spec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
export type ChartsApp = Pick<GoogleAppsScript.Charts.Charts, 'ChartType'>;

const TYPES = { bar: 'BAR', column: 'COLUMN', line: 'LINE' } as const;

function letters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `B3:D20` for an area. */
export function areaA1(area: Area): string {
  return `${letters(area.column)}${area.row}:${letters(area.column + area.numColumns - 1)}${area.row + area.numRows - 1}`;
}

/** Every range the charts read, in order, in two calls whatever their number. */
export function chartRanges(sheet: Sheet, charts: ChartSpec[]): Range[][] {
  const areas = charts.flatMap((c) => c.ranges);
  if (areas.length === 0) return charts.map(() => []);
  const ranges = sheet.getRangeList(areas.map(areaA1)).getRanges();
  let i = 0;
  return charts.map((c) => c.ranges.map(() => ranges[i++]));
}

/** Type, ranges (with their header row), options, size and anchor on a builder (new or modify()). */
export function fillBuilder(charts: ChartsApp, builder: Builder, spec: ChartSpec, ranges: Range[], keepPosition = false): Builder {
  builder.setChartType(charts.ChartType[TYPES[spec.type]]).clearRanges();
  for (const range of ranges) builder.addRange(range);
  builder.setNumHeaders(1);
  for (const [key, value] of Object.entries(spec.options)) builder.setOption(key, value);
  builder.setOption('width', spec.width).setOption('height', spec.height);
  if (!keepPosition) builder.setPosition(spec.anchor.row, spec.anchor.column, 0, 0);
  return builder;
}

/** Inserts the charts on a tab: getRangeList + getRanges + one insertChart each. */
export function insertCharts(charts: ChartsApp, sheet: Sheet, specs: ChartSpec[]): void {
  if (specs.length === 0) return;
  const ranges = chartRanges(sheet, specs);
  specs.forEach((spec, i) => sheet.insertChart(fillBuilder(charts, sheet.newChart(), spec, ranges[i]).build()));
}
