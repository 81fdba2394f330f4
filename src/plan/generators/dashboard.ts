/**
 * The Dashboard tab: headline figures (this period against the last, with a SPARKLINE trend) and
 * native charts — goal progress against time elapsed, reach and engagement rate per network over
 * the log's periods, ROI and cost per click per channel, posts planned and published per network
 * and per pillar, the content mix planned and done. Every number the charts read is gathered by
 * formulas in the data area on the right (SUMIFS / COUNTIFS / MINIFS / SUMPRODUCT over whole
 * columns of the KPI log and the calendar), so the charts' ranges never depend on how many rows
 * those tabs hold and follow rows the user adds. Layouts come from the KPI and calendar generators.
 *
 * A chart whose data can only come from the log is not drawn before anything is logged (a chart
 * over a blank range says nothing): its place says what to fill in, and the menu's "Refresh
 * dashboard" draws it once there is data (src/sheets/dashboard-refresh.ts).
 */
import { fill } from '../../i18n/format';
import { dashboardMessages } from '../../i18n/messages';
import type { Area, ChartSpec, SheetSpec, SpecCell } from '../../sheets/spec';
import { contentPillars } from '../mix';
import type { Plan } from '../schema';
import { cellRef, fixedRef, wholeColumn } from './a1';
import { calendarLayout } from './calendar';
import { tabContext } from './context';
import { COUNT, PERCENT, WHOLE_PERCENT } from './formats';
import { kpiLayout, trackedNetworks } from './kpi';
import { TabBuilder } from './tab';

/** Okabe–Ito: eight colours told apart with every common colour-vision deficiency. The one palette. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];

/** Rows kept for the log's periods: 36 months of weeks is 157; the rest is room for periods added. */
export const PERIOD_ROWS = 200;
/** The first column of the data area (N), right of the charts in reading order. */
export const DATA_COLUMN = 14;
const DATA_TOP = 4;

const HEADING_ROW = 1;
const EMPTY_ROW = 3;
const HEADLINE_ROW = 5;
const CHARTS_ROW = 13;
const CHART_WIDTH = 600;
const CHART_HEIGHT = 320;
/** Rows and anchor columns of the chart grid: two charts a row, 17 rows (357 px) apart. */
const SLOT_ROWS = 17;
const SLOT_COLUMNS = [1, 6];
const LABEL_WIDTH = 220;

const HEADER = { bold: true, background: '#e8eaf6' } as const;
const CHANGE = '"▲ "0.0%;"▼ "0.0%;0.0%';

export type DashboardChart = 'goals' | 'reach' | 'engagementRate' | 'channels' | 'postsByNetwork' | 'postsByPillar' | 'mix';
/** Charts drawn only once the KPI log holds figures. */
export const LOG_CHARTS: readonly DashboardChart[] = ['reach', 'engagementRate', 'channels'];

/** The tabs the dashboard reads, by the names they actually have. */
export interface DashboardSources {
  kpi: string;
  calendar: string;
}

/** `'KPI tracker (2)'!` — always quoted, quotes doubled, so any tab name works. */
export function sheetPrefix(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

export interface DashboardSpec extends SheetSpec {
  /** Every chart the dashboard has, drawn or waiting for data (`charts` holds the drawn ones). */
  allCharts: ChartSpec[];
}

/**
 * @param logged whether the KPI log already holds figures (false for a new plan: its log is new);
 *   the refresh passes what it reads.
 */
export function generateDashboardTab(plan: Plan, sources: DashboardSources, logged = false): DashboardSpec {
  const c = tabContext(plan);
  const m = dashboardMessages[c.lang];
  const h = c.t.columns;
  const rtl = c.lang !== 'en';
  const kpi = kpiLayout(plan, c);
  const calendar = calendarLayout(plan);
  const k = sheetPrefix(sources.kpi);
  const cal = sheetPrefix(sources.calendar);
  const logColumn = (key: Parameters<typeof kpi.log.col>[0]) => `${k}${wholeColumn(kpi.log.col(key))}`;
  const calColumn = (key: Parameters<typeof calendar.col>[0]) => `${cal}${wholeColumn(calendar.col(key))}`;
  const networks = trackedNetworks(plan).map(c.network);
  const postingNetworks = plan.contentPlan.networks.map((n) => c.network(n.network));
  const pillars = contentPillars(plan.contentPlan.mix, c.lang);

  const tab = new TabBuilder('dashboard', m.title, c.lang).heading(HEADING_ROW, 1, fill(m.heading, { business: plan.businessName }));
  tab.block({ row: HEADING_ROW + 1, column: 1, cells: [[m.intro]] });
  tab.widen(1, LABEL_WIDTH);
  const header = (row: number, column: number, numColumns: number) => tab.style({ area: { row, column, numRows: 1, numColumns }, ...HEADER });

  // ── Data area: per period (rows), per network and in total (columns) ──
  const periodHeader = DATA_TOP;
  const first = periodHeader + 1;
  const last = periodHeader + PERIOD_ROWS;
  const periodCol = DATA_COLUMN;
  const period = (r: number) => cellRef(r, periodCol, { fixColumn: true });
  const periods = `${cellRef(first, periodCol, { fixColumn: true, fixRow: true })}:${cellRef(last, periodCol, { fixColumn: true, fixRow: true })}`;
  const n = networks.length;
  const reachCol = periodCol + 1;
  const engagementsCol = reachCol + n;
  const rateCol = engagementsCol + n;
  const totalsCol = rateCol + n;
  const totals = ['reach', 'engagements', 'engagementRate', 'clicks', 'revenue', 'spend', 'timeCost', 'investment', 'roi'] as const;
  const totalCol = (key: (typeof totals)[number]) => totalsCol + totals.indexOf(key);
  const lastDataColumn = totalsCol + totals.length - 1;
  const columnRange = (column: number) => `${cellRef(first, column)}:${cellRef(last, column)}`;

  tab.block({ row: 1, column: DATA_COLUMN, cells: [[m.data], [m.emptyState]] });
  tab.style({ area: { row: 1, column: DATA_COLUMN, numRows: 1, numColumns: 1 }, bold: true });
  const groupTitles: SpecCell[] = new Array(lastDataColumn - periodCol + 1).fill(null);
  groupTitles[reachCol - periodCol] = h.reach;
  groupTitles[engagementsCol - periodCol] = h.engagements;
  groupTitles[rateCol - periodCol] = h.engagementRate;
  groupTitles[totalsCol - periodCol] = m.allNetworks;
  tab.block({ row: periodHeader - 1, column: periodCol, cells: [groupTitles] });
  tab.style({ area: { row: periodHeader - 1, column: periodCol, numRows: 1, numColumns: groupTitles.length }, bold: true });

  const totalHeaders = [h.reach, h.engagements, h.engagementRate, h.clicks, h.revenue, h.spend, h.timeCost, m.investment, h.roi];
  const headerRow: SpecCell[] = [h.periodStart, ...networks, ...networks, ...networks, ...totalHeaders];
  const rows: SpecCell[][] = [headerRow];
  const sum = (r: number, measure: string, extra = '') => `SUMIFS(${measure}, ${logColumn('periodStart')}, ${period(r)}${extra})`;
  // Blank until something is logged for that period (and network), so lines break instead of
  // dropping to 0: 1/(1/x) turns a 0 into an error, IFERROR into a blank (one scan, not two).
  const measureCell = (r: number, measure: string, extra = '') =>
    ({ formula: `=IF(${period(r)}="", "", IFERROR(1/(1/${sum(r, measure, extra)}), ""))` });
  for (let r = first; r <= last; r++) {
    const row: SpecCell[] = [];
    // The log's periods with reach logged, in order: each the smallest after the one above.
    row.push(r === first
      ? { formula: `=IFERROR(1/(1/MINIFS(${logColumn('periodStart')}, ${logColumn('reach')}, "<>")), "")` }
      : { formula: `=IF(${period(r - 1)}="", "", IFERROR(1/(1/MINIFS(${logColumn('periodStart')}, ${logColumn('reach')}, "<>", ${logColumn('periodStart')}, ">"&${period(r - 1)})), ""))` });
    for (let j = 0; j < n; j++) {
      const name = `, ${logColumn('network')}, ${cellRef(periodHeader, reachCol + j, { fixRow: true })}`;
      row[reachCol - periodCol + j] = measureCell(r, logColumn('reach'), name);
      const nameE = `, ${logColumn('network')}, ${cellRef(periodHeader, engagementsCol + j, { fixRow: true })}`;
      row[engagementsCol - periodCol + j] = measureCell(r, logColumn('engagements'), nameE);
      // One ENGAGEMENT_RATE per network over the whole column (it spills): one server call, not one per period.
      row[rateCol - periodCol + j] = r === first ? { formula: `=ENGAGEMENT_RATE(${columnRange(engagementsCol + j)}, ${columnRange(reachCol + j)})` } : null;
    }
    const t = (key: (typeof totals)[number]) => totalCol(key) - periodCol;
    row[t('reach')] = measureCell(r, logColumn('reach'));
    row[t('engagements')] = measureCell(r, logColumn('engagements'));
    row[t('engagementRate')] = r === first ? { formula: `=ENGAGEMENT_RATE(${columnRange(totalCol('engagements'))}, ${columnRange(totalCol('reach'))})` } : null;
    row[t('clicks')] = measureCell(r, logColumn('clicks'));
    row[t('revenue')] = measureCell(r, logColumn('revenue'));
    row[t('spend')] = { formula: `=IF(${period(r)}="", "", ${sum(r, logColumn('spend'))})` };
    row[t('timeCost')] = { formula: `=IF(${period(r)}="", "", ${sum(r, logColumn('timeCost'))})` };
    // Money and time spent; blank when nothing was, so ROI stays blank rather than dividing by zero.
    const spend = cellRef(r, totalCol('spend'));
    const time = cellRef(r, totalCol('timeCost'));
    row[t('investment')] = { formula: `=IF(${period(r)}="", "", IF(N(${spend})+N(${time})=0, "", N(${spend})+N(${time})))` };
    row[t('roi')] = r === first ? { formula: `=ROI(${columnRange(totalCol('revenue'))}, ${columnRange(totalCol('investment'))})` } : null;
    for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
    rows.push(row);
  }
  const formats: (string | null)[] = headerRow.map(() => COUNT);
  formats[0] = c.date;
  for (let j = 0; j < n; j++) formats[rateCol - periodCol + j] = PERCENT;
  for (const key of ['engagementRate', 'roi'] as const) formats[totalCol(key) - periodCol] = PERCENT;
  for (const key of ['revenue', 'spend', 'timeCost', 'investment'] as const) formats[totalCol(key) - periodCol] = c.money;
  tab.block({ row: periodHeader, column: periodCol, cells: rows, columnFormats: formats });
  header(periodHeader, periodCol, headerRow.length);
  const periodArea = (column: number, numColumns = 1): Area => ({ row: periodHeader, column, numRows: PERIOD_ROWS + 1, numColumns });

  // ── Data area: goals, channels, posts per network and per pillar (stacked below) ──
  let next = last + 3;
  const table = (headers: SpecCell[], body: SpecCell[][], columnFormats: (string | null)[]): { header: number; area: (offset: number, width?: number) => Area } => {
    const at = next;
    tab.block({ row: at, column: DATA_COLUMN, cells: [headers, ...body], columnFormats });
    header(at, DATA_COLUMN, headers.length);
    next = at + body.length + 3;
    return { header: at, area: (offset, width = 1) => ({ row: at, column: DATA_COLUMN + offset, numRows: body.length + 1, numColumns: width }) };
  };

  const g = kpi.goals;
  const goalRows = Array.from({ length: g.dataRows }, (_, i): SpecCell[] => {
    const r = g.firstRow + i;
    const text = `${k}${g.ref('goal', r)}`;
    return [
      { formula: `=IF(${text}="", "", LEFT(${text}, 60))` },
      { formula: `=IF(${text}="", "", ${k}${g.ref('progress', r)})` },
      { formula: `=IF(${text}="", "", ${k}${g.ref('timeElapsed', r)})` },
    ];
  });
  const goals = table([h.goal, h.progress, h.timeElapsed], goalRows, [null, WHOLE_PERCENT, WHOLE_PERCENT]);

  const s = kpi.summary;
  const summaryNetworks = `${k}${s.range('network', true)}`;
  const lookup = (key: 'roi' | 'cpc', row: number) =>
    ({ formula: `=IFERROR(INDEX(${k}${s.range(key, true)}, MATCH(${cellRef(row, DATA_COLUMN, { fixColumn: true })}, ${summaryNetworks}, 0)), "")` });
  const channelsAt = next;
  const channels = table(
    [h.network, h.roi, h.cpc],
    networks.map((name, i) => [name, lookup('roi', channelsAt + 1 + i), lookup('cpc', channelsAt + 1 + i)]),
    [null, PERCENT, c.money],
  );

  // The "published" header IS the calendar's status label: the counts point at it, never at text in a formula.
  const published = c.t.statuses.published;
  const postsAt = next;
  const statusCell = (column: number, row: number) => cellRef(row, column, { fixRow: true });
  const posts = table(
    [h.network, m.planned, published],
    postingNetworks.map((name, i) => {
      const nameCell = cellRef(postsAt + 1 + i, DATA_COLUMN, { fixColumn: true });
      return [
        name,
        { formula: `=COUNTIFS(${calColumn('network')}, ${nameCell})` },
        { formula: `=COUNTIFS(${calColumn('network')}, ${nameCell}, ${calColumn('status')}, ${statusCell(DATA_COLUMN + 2, postsAt)})` },
      ];
    }),
    [null, COUNT, COUNT],
  );

  const pillarsAt = next;
  const publishedTotal = `SUM(${fixedRef(pillarsAt + 1, DATA_COLUMN + 2)}:${fixedRef(pillarsAt + pillars.length, DATA_COLUMN + 2)})`;
  const pillarTable = table(
    [h.pillar, m.planned, published, m.mixPlanned, m.mixDone],
    pillars.map((pillar, i) => {
      const row = pillarsAt + 1 + i;
      // Exact matches (SUMPRODUCT): a pillar's own name may hold * or ?, which COUNTIFS reads as wildcards.
      const same = `(${calColumn('pillar')}=${cellRef(row, DATA_COLUMN, { fixColumn: true })})`;
      return [
        pillar.name,
        { formula: `=SUMPRODUCT(--${same})` },
        { formula: `=SUMPRODUCT(${same}*(${calColumn('status')}=${statusCell(DATA_COLUMN + 2, pillarsAt)}))` },
        pillar.percent / 100,
        { formula: `=IF(${publishedTotal}=0, "", ${cellRef(row, DATA_COLUMN + 2)}/${publishedTotal})` },
      ];
    }),
    [null, COUNT, COUNT, WHOLE_PERCENT, WHOLE_PERCENT],
  );
  tab.widen(DATA_COLUMN, LABEL_WIDTH);

  // ── Headline figures: this period against the last, and the trend ──
  const count = `COUNT(${periods})`;
  const nth = (column: number, back: number) =>
    `IF(${count}<${back + 1}, "", INDEX(${cellRef(first, column, { fixColumn: true, fixRow: true })}:${cellRef(last, column, { fixColumn: true, fixRow: true })}, ${count}${back ? `-${back}` : ''}))`;
  const headline: SpecCell[][] = [
    [m.figure, m.thisPeriod, m.lastPeriod, m.change, m.trend],
    [h.periodStart, { formula: `=${nth(periodCol, 0)}` }, { formula: `=${nth(periodCol, 1)}` }, null, null],
  ];
  const figures: [string, (typeof totals)[number], 'relative' | 'points'][] = [
    [h.reach, 'reach', 'relative'],
    [h.engagements, 'engagements', 'relative'],
    [h.engagementRate, 'engagementRate', 'points'],
    [h.clicks, 'clicks', 'relative'],
    [h.roi, 'roi', 'points'],
  ];
  const sparkOptions = `{"charttype","line";"color","${PALETTE[0]}";"linewidth",2${rtl ? ';"rtl",TRUE' : ''}}`;
  const headlineFormats: string[][] = [[], [c.date, c.date]];
  figures.forEach(([label, key, change], i) => {
    const row = HEADLINE_ROW + 2 + i;
    const now = cellRef(row, 2);
    const before = cellRef(row, 3);
    const values = `${cellRef(first, totalCol(key), { fixRow: true })}:${cellRef(last, totalCol(key), { fixRow: true })}`;
    headline.push([
      label,
      { formula: `=${nth(totalCol(key), 0)}` },
      { formula: `=${nth(totalCol(key), 1)}` },
      { formula: change === 'relative'
        ? `=IF(OR(${now}="", ${before}="", N(${before})=0), "", ${now}/${before}-1)`
        : `=IF(OR(${now}="", ${before}=""), "", ${now}-${before})` },
      // A line in the cell: too small a figure for a chart of its own.
      { formula: `=IFERROR(SPARKLINE(FILTER(${values}, ISNUMBER(${values})), ${sparkOptions}), "")` },
    ]);
    const format = key === 'engagementRate' || key === 'roi' ? PERCENT : COUNT;
    headlineFormats.push([format, format, CHANGE]);
  });
  // One number format per column: rows differ here, so each row is its own block.
  headline.forEach((cells, i) => {
    const f = headlineFormats[i] ?? [];
    tab.block({ row: HEADLINE_ROW + i, column: 1, cells: [cells], columnFormats: i === 0 ? undefined : [null, f[0] ?? null, f[1] ?? null, f[2] ?? null, null] });
  });
  header(HEADLINE_ROW, 1, 5);
  tab.style({ area: { row: HEADLINE_ROW + 1, column: 1, numRows: figures.length + 1, numColumns: 1 }, bold: true });
  // Before any figure: one line saying what to fill in (the text sits in the data area, one copy).
  tab.block({ row: EMPTY_ROW, column: 1, cells: [[{ formula: `=IF(${count}=0, ${fixedRef(2, DATA_COLUMN)}, "")` }]] });

  // ── Charts ──
  const slot = (i: number) => ({ row: CHARTS_ROW + Math.floor(i / 2) * SLOT_ROWS, column: SLOT_COLUMNS[i % 2] });
  const base = (title: string, extra: Record<string, unknown>): Record<string, unknown> => ({
    title,
    colors: PALETTE,
    legend: { position: 'bottom' },
    ...extra,
  });
  // In right-to-left plans the horizontal axis runs from the right, as the sheet does.
  const hAxis = (more: Record<string, unknown> = {}) => ({ ...more, ...(rtl ? { direction: -1 } : {}) });
  const specs: [DashboardChart, ChartSpec['type'], Area[], Record<string, unknown>][] = [
    ['goals', 'bar', [goals.area(0), goals.area(1, 2)], base(m.charts.goals, { hAxis: hAxis({ format: 'percent', minValue: 0 }) })],
    ['reach', 'line', [periodArea(periodCol), periodArea(reachCol, n)], base(m.charts.reach, { hAxis: hAxis({ title: h.periodStart }), vAxis: { title: h.reach, minValue: 0 } })],
    ['engagementRate', 'line', [periodArea(periodCol), periodArea(rateCol, n)], base(m.charts.engagementRate, { hAxis: hAxis({ title: h.periodStart }), vAxis: { title: h.engagementRate, format: 'percent', minValue: 0 } })],
    ['channels', 'column', [channels.area(0), channels.area(1, 2)], base(m.charts.channels, {
      hAxis: hAxis(),
      series: { 1: { targetAxisIndex: 1 } },
      vAxes: { 0: { title: h.roi, format: 'percent' }, 1: { title: h.cpc } },
    })],
    ['postsByNetwork', 'column', [posts.area(0), posts.area(1, 2)], base(m.charts.postsByNetwork, { hAxis: hAxis(), vAxis: { title: m.posts, minValue: 0 } })],
    ['postsByPillar', 'column', [pillarTable.area(0), pillarTable.area(1, 2)], base(m.charts.postsByPillar, { hAxis: hAxis(), vAxis: { title: m.posts, minValue: 0 } })],
    ['mix', 'column', [pillarTable.area(0), pillarTable.area(3, 2)], base(m.charts.mix, { hAxis: hAxis(), vAxis: { title: m.share, format: 'percent', minValue: 0 } })],
  ];
  const allCharts: ChartSpec[] = specs.map(([id, type, ranges, options], i) => ({ id, type, ranges, options, anchor: slot(i), width: CHART_WIDTH, height: CHART_HEIGHT }));
  const drawn = allCharts.filter((chart) => logged || !LOG_CHARTS.includes(chart.id as DashboardChart));
  // Where a chart waits for figures, its place says so (the chart covers the text once drawn).
  for (const chart of allCharts) {
    if (drawn.includes(chart)) continue;
    tab.block({ row: chart.anchor.row, column: chart.anchor.column, cells: [[fill(m.pending, { chart: String(chart.options.title) })]] });
  }

  const spec = tab.build(0, PERIOD_ROWS);
  return { ...spec, charts: drawn, allCharts };
}
