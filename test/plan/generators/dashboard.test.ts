// The Dashboard generator, computed: its formulas run in HyperFormula together with the KPI and
// calendar tabs they read (named as the renderer would name them, quotes and all), with figures
// typed into the log and statuses into the calendar. Checks the series, the headline figures, the
// empty state, the chart specs (ranges on the data area, palette, RTL, language) and that user
// text never enters a formula.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dashboardMessages, tabMessages } from '../../../src/i18n/messages';
import { generateCalendarTab } from '../../../src/plan/generators/calendar';
import { DATA_COLUMN, generateDashboardTab, LOG_CHARTS, PALETTE, PERIOD_ROWS, sheetPrefix } from '../../../src/plan/generators/dashboard';
import { generateKpiTab, kpiLayout, trackedNetworks } from '../../../src/plan/generators/kpi';
import { kpiPeriods } from '../../../src/plan/generators/periods';
import { contentPillars } from '../../../src/plan/mix';
import type { Plan } from '../../../src/plan/schema';
import type { SheetSpec } from '../../../src/sheets/spec';
import { columnLetter, dateSerial, evaluateTabs, type SampleValue } from '../../support/formula-engine';
import { example, formulasOf, FoundTable, hostilePlanInput, LANGS, parsePlan, userTexts } from './support';

const KPI = "KPI tracker (2)";
const CAL = "Bob's calendar";

function tabsOf(plan: Plan) {
  const kpi = generateKpiTab(plan);
  const calendar = generateCalendarTab(plan);
  const dashboard = generateDashboardTab(plan, { kpi: KPI, calendar: CAL });
  return { kpi, calendar, dashboard };
}

/** A log row's A1 address for a period (index) and a network (index of the tracked networks). */
function logCell(plan: Plan, period: number, network: number, column: Parameters<ReturnType<typeof kpiLayout>['log']['col']>[0]): string {
  const log = kpiLayout(plan).log;
  return `${columnLetter(log.col(column))}${log.firstRow + period * trackedNetworks(plan).length + network}`;
}

function headlineRow(spec: SheetSpec, label: string): number {
  const block = spec.blocks.find((b) => b.column === 1 && b.cells.length === 1 && b.cells[0][0] === label && b.cells[0].length === 5);
  if (!block) throw new Error(`No headline ${label}`);
  return block.row;
}

describe('generateDashboardTab', () => {
  // No team or budget: the log holds only the samples below (the KPI log fills hours from a team).
  const plan = { ...example('en'), team: [], budget: [] };
  const h = tabMessages.en.columns;
  const m = dashboardMessages.en;

  it('before any figure: says what to fill in, draws only the charts that have data, none over the log', () => {
    const { kpi, calendar, dashboard } = tabsOf(plan);
    const sheet = evaluateTabs({ [KPI]: kpi, [CAL]: calendar, Dashboard: dashboard });
    expect(sheet.get('Dashboard', 'A3')).toBe(m.emptyState);
    expect(sheet.at('Dashboard', 5, DATA_COLUMN)).toBe('');
    expect(dashboard.charts!.map((c) => c.id)).toEqual(['goals', 'postsByNetwork', 'postsByPillar', 'mix']);
    expect(dashboard.allCharts.map((c) => c.id)).toEqual(['goals', 'reach', 'engagementRate', 'channels', 'postsByNetwork', 'postsByPillar', 'mix']);
    // Each waiting chart's place says what it waits for.
    for (const chart of dashboard.allCharts.filter((c) => LOG_CHARTS.includes(c.id as never))) {
      expect(sheet.at('Dashboard', chart.anchor.row, chart.anchor.column)).toContain(String(chart.options.title));
    }
    // Every drawn chart has a number to show.
    for (const chart of dashboard.charts!) {
      const series = chart.ranges.slice(1).flatMap((a) =>
        Array.from({ length: a.numRows - 1 }, (_, r) => Array.from({ length: a.numColumns }, (_, c) => sheet.at('Dashboard', a.row + 1 + r, a.column + c))).flat());
      expect(series.some((v) => typeof v === 'number'), chart.id).toBe(true);
    }
    // Logged later, the refresh draws all seven.
    expect(generateDashboardTab(plan, { kpi: KPI, calendar: CAL }, true).charts).toHaveLength(7);
  });

  it('gathers reach, engagement rate, clicks and ROI per period and network from the log', () => {
    const { kpi, calendar, dashboard } = tabsOf(plan);
    const periods = kpiPeriods(plan);
    const samples: Record<string, SampleValue> = {
      [logCell(plan, 0, 0, 'reach')]: 1000, [logCell(plan, 0, 0, 'engagements')]: 50, [logCell(plan, 0, 0, 'clicks')]: 10,
      [logCell(plan, 0, 0, 'spend')]: 100, [logCell(plan, 0, 0, 'revenue')]: 300,
      [logCell(plan, 0, 1, 'reach')]: 500, [logCell(plan, 0, 1, 'engagements')]: 40,
      [logCell(plan, 1, 0, 'reach')]: 2000, [logCell(plan, 1, 0, 'engagements')]: 60, [logCell(plan, 1, 0, 'clicks')]: 30,
      [logCell(plan, 1, 0, 'spend')]: 50, [logCell(plan, 1, 0, 'revenue')]: 200, [logCell(plan, 1, 0, 'hours')]: 2, [logCell(plan, 1, 0, 'hourlyRate')]: 25,
    };
    const sheet = evaluateTabs({ [KPI]: kpi, [CAL]: calendar, Dashboard: dashboard }, { [KPI]: samples });
    const d = (a1: string) => sheet.get('Dashboard', a1);
    const table = FoundTable.find(dashboard, h.periodStart);
    const networks = trackedNetworks(plan);
    expect(networks.length).toBeGreaterThan(1);
    // Periods with reach logged, in order; then blanks.
    expect(d(table.a1(0, h.periodStart))).toBe(dateSerial(periods[0]));
    expect(d(table.a1(1, h.periodStart))).toBe(dateSerial(periods[1]));
    expect(d(table.a1(2, h.periodStart))).toBe('');
    const names = table.headers.slice(1, 1 + networks.length) as string[];
    const reachOf = (row: number, j: number) => d(`${columnLetter(table.block.column + 1 + j)}${table.block.row + 1 + row}`);
    const rateOf = (row: number, j: number) => d(`${columnLetter(table.block.column + 1 + 2 * networks.length + j)}${table.block.row + 1 + row}`);
    expect(names.length).toBe(networks.length);
    expect([reachOf(0, 0), reachOf(0, 1), reachOf(0, 2), reachOf(1, 0), reachOf(1, 1)]).toEqual([1000, 500, '', 2000, '']);
    expect(rateOf(0, 0)).toBeCloseTo(0.05);
    expect(rateOf(0, 1)).toBeCloseTo(0.08);
    expect(rateOf(1, 0)).toBeCloseTo(0.03);
    expect(rateOf(2, 0)).toBe('');
    // Headline: this period (the second) against the previous.
    const reach = headlineRow(dashboard, h.reach);
    expect([d(`B${reach}`), d(`C${reach}`)]).toEqual([2000, 1500]);
    expect(d(`D${reach}`)).toBeCloseTo(2000 / 1500 - 1);
    const rate = headlineRow(dashboard, h.engagementRate);
    expect(d(`B${rate}`)).toBeCloseTo(0.03);
    expect(d(`C${rate}`)).toBeCloseTo(0.06);
    expect(d(`D${rate}`)).toBeCloseTo(-0.03);
    const roi = headlineRow(dashboard, h.roi);
    expect(d(`B${roi}`)).toBeCloseTo((200 - 100) / 100); // spend 50 + 2 h × 25
    expect(d(`C${roi}`)).toBeCloseTo((300 - 100) / 100);
    const clicks = headlineRow(dashboard, h.clicks);
    expect([d(`B${clicks}`), d(`C${clicks}`)]).toEqual([30, 10]);
    expect(sheet.get('Dashboard', 'A3')).toBe('');
    // ROI and CPC per channel come from the KPI tab's summary.
    const channels = FoundTable.find(dashboard, h.cpc);
    expect(d(channels.a1(0, h.roi))).toBeCloseTo((500 - 200) / 200);
    expect(d(channels.a1(0, h.cpc))).toBeCloseTo(150 / 40);
    expect(d(channels.a1(2, h.roi))).toBe('');
  });

  it('counts posts planned and published per network and per pillar from the calendar status', () => {
    const { kpi, calendar, dashboard } = tabsOf(plan);
    const posts = FoundTable.find(calendar, h.status);
    const published = tabMessages.en.statuses.published;
    const samples: Record<string, SampleValue> = {};
    const publishedRows = [0, 1, 2, 5, 8];
    for (const i of publishedRows) samples[posts.a1(i, h.status)] = published;
    const sheet = evaluateTabs({ [KPI]: kpi, [CAL]: calendar, Dashboard: dashboard }, { [CAL]: samples });
    const d = (a1: string) => sheet.get('Dashboard', a1);
    const byNetwork = FoundTable.find(dashboard, m.planned);
    byNetwork.rows.forEach((row, i) => {
      const name = row[0];
      const planned = posts.values(h.network).filter((n) => n === name).length;
      const done = publishedRows.filter((r) => posts.cell(r, h.network) === name).length;
      expect([d(byNetwork.a1(i, m.planned)), d(byNetwork.a1(i, published))]).toEqual([planned, done]);
    });
    const byPillar = FoundTable.find(dashboard, m.mixPlanned);
    const pillars = contentPillars(plan.contentPlan.mix, 'en');
    pillars.forEach((pillar, i) => {
      const planned = posts.values(h.pillar).filter((p) => p === pillar.name).length;
      const done = publishedRows.filter((r) => posts.cell(r, h.pillar) === pillar.name).length;
      expect(d(byPillar.a1(i, m.planned))).toBe(planned);
      expect(d(byPillar.a1(i, published))).toBe(done);
      expect(d(byPillar.a1(i, m.mixPlanned))).toBeCloseTo(pillar.percent / 100);
      expect(d(byPillar.a1(i, m.mixDone))).toBeCloseTo(done / publishedRows.length);
    });
  });

  it('shows each goal with its progress and time elapsed as the KPI tab computes them', () => {
    const { kpi, calendar, dashboard } = tabsOf(plan);
    const layout = kpiLayout(plan);
    const current = `${columnLetter(layout.goals.col('current'))}${layout.goals.firstRow}`;
    const sheet = evaluateTabs({ [KPI]: kpi, [CAL]: calendar, Dashboard: dashboard }, { [KPI]: { [current]: plan.goals[0].target } });
    const goals = FoundTable.find(dashboard, h.timeElapsed);
    expect(sheet.get('Dashboard', goals.a1(0, h.goal))).toBe(plan.goals[0].text.slice(0, 60));
    expect(sheet.get('Dashboard', goals.a1(0, h.progress))).toBeCloseTo(1);
    const elapsed = `${columnLetter(layout.goals.col('timeElapsed'))}${layout.goals.firstRow}`;
    expect(sheet.get('Dashboard', goals.a1(0, h.timeElapsed))).toBe(sheet.get(KPI, elapsed));
    expect(sheet.get('Dashboard', goals.a1(plan.goals.length, h.goal))).toBe(''); // a spare goal row
  });

  it('charts read the data area only, in one palette, titled in the plan language; RTL plans run the axis from the right', () => {
    for (const lang of LANGS) {
      const p = example(lang);
      const spec = generateDashboardTab(p, { kpi: 'k', calendar: 'c' }, true);
      const titles = Object.values(dashboardMessages[lang].charts);
      expect(spec.rightToLeft).toBe(lang !== 'en');
      for (const chart of spec.allCharts) {
        expect(titles).toContain(chart.options.title);
        expect(chart.options.colors).toEqual(PALETTE);
        expect(chart.ranges.every((a) => a.column >= DATA_COLUMN && a.row + a.numRows - 1 <= 1000)).toBe(true);
        expect((chart.options.hAxis as { direction?: number }).direction).toBe(lang === 'en' ? undefined : -1);
        // Every range starts on its header row and has the same rows as the domain.
        expect(new Set(chart.ranges.map((a) => `${a.row}:${a.numRows}`)).size).toBe(1);
      }
    }
  });

  it('lays out the same cells whatever the plan length (the charts never follow the log\'s row count)', () => {
    const shapes = [3, 12, 36].map((months) => {
      const p = parsePlan({ ...JSON.parse(JSON.stringify(examplePlanInput())), contentPlan: { ...examplePlanInput().contentPlan, months } });
      const spec = generateDashboardTab(p, { kpi: KPI, calendar: CAL });
      expect(kpiPeriods(p).length).toBeLessThanOrEqual(PERIOD_ROWS);
      return JSON.stringify(spec.allCharts.map((c) => c.ranges));
    });
    expect(new Set(shapes).size).toBe(1);
  });

  it('quotes the tab names it reads, whatever they hold, and puts no user text in a formula', () => {
    const hostile = parsePlan(hostilePlanInput());
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 30 }), (name) => {
      const spec = generateDashboardTab(hostile, { kpi: name, calendar: CAL });
      const prefix = sheetPrefix(name);
      return formulasOf(spec).filter((f) => f.includes(prefix)).length > 0;
    }), { numRuns: 30 });
    const spec = generateDashboardTab(hostile, { kpi: KPI, calendar: CAL });
    const formulas = formulasOf(spec).join('\n');
    for (const text of userTexts(hostile)) expect(formulas).not.toContain(text);
    expect(formulas).toContain("'KPI tracker (2)'!");
    expect(formulas).toContain("'Bob''s calendar'!");
    // Text cells stay text (the renderer keeps a leading = as text).
    const texts = spec.blocks.flatMap((b) => b.cells.flat()).filter((c): c is string => typeof c === 'string');
    const pillar = contentPillars(hostile.contentPlan.mix, 'en')[0].name;
    expect(texts).toContain(pillar);
  });
});

function examplePlanInput() {
  return JSON.parse(JSON.stringify(example('en'))) as Plan & { contentPlan: Plan['contentPlan'] };
}

