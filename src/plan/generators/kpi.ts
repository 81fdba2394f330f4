/**
 * The KPI tab (DOMAIN.md, "Measuring"): the goals with their SMART check and progress, coloured
 * on track / behind against the time elapsed; a summary per network with totals and ROI, to see
 * which channel to grow or cut (`003`); and the log the marketer fills, one row per network per
 * week or month, with engagement rate, CTR, CPC, conversion rate and ROI computed.
 */
import { nativeKpi } from './native-kpi';
import { fill } from '../../i18n/format';
import type { SheetSpec, SpecCell } from '../../sheets/spec';
import { cents, hourlyRateOf, monthlyBudgetOf, weeklyTimeOf, WEEKS_PER_MONTH } from '../budget';
import type { Network } from '../networks';
import type { Plan } from '../schema';
import { fixedRef } from './a1';
import {
  amountColumn,
  countColumn,
  dateColumn,
  listColumn,
  moneyColumn,
  networkColumn,
  percentColumn,
  textColumn,
} from './columns';
import { tabContext, type TabContext } from './context';
import { metricUnit } from '../metric-units';
import { COUNT, PERCENT, WHOLE_PERCENT } from './formats';
import { kpiPeriods } from './periods';
import { TabBuilder } from './tab';
import { computed, Table, type Column, type Row } from './table';

/** Empty goal rows for goals the user adds later (their formulas are in place). */
export const SPARE_GOALS = 3;

const HEADING_ROW = 1;
const START_ROW = 2;
const GOALS_TITLE_ROW = 4;
const GOALS_HEADER_ROW = 5;

export const ON_TRACK = { background: '#d9ead3', fontColor: '#274e13' };
export const BEHIND = { background: '#f4cccc', fontColor: '#990000' };

export type GoalColumn =
  | 'goal' | 'smartCheck' | 'network' | 'metric' | 'baseline' | 'target' | 'deadline' | 'current' | 'progress' | 'timeElapsed';
/** What the log records per network per period, and the summary totals per network. */
type Measure = 'reach' | 'impressions' | 'engagements' | 'clicks' | 'conversions' | 'spend' | 'revenue' | 'hours';
type Ratio = 'engagementRate' | 'ctr' | 'cpc' | 'conversionRate' | 'roi';
export type LogColumn = 'periodStart' | 'network' | Measure | 'hourlyRate' | 'timeCost' | 'budget' | Ratio;
export type SummaryColumn = 'network' | Measure | 'timeCost' | 'budget' | 'budgetLeft' | Ratio;

const MEASURES: Measure[] = ['reach', 'impressions', 'engagements', 'clicks', 'conversions', 'spend', 'revenue', 'hours'];

/** The networks the KPI tab tracks: the content plan's, then any other a goal names. */
export function trackedNetworks(plan: Plan): Network[] {
  const networks: Network[] = plan.contentPlan.networks.map((n) => n.network);
  for (const g of plan.goals) if (!networks.includes(g.network)) networks.push(g.network);
  return networks;
}

function goalColumns(c: TabContext): Column<GoalColumn>[] {
  const h = c.t.columns;
  // Baseline, target and current carry no rule: any number is fine (a goal may lower a cost), and
  // a text typed there is named by the progress formula; an unbounded number rule only shows noise.
  return [
    textColumn('goal', h.goal, 340),
    computed(textColumn('smartCheck', h.smartCheck, 260)),
    networkColumn('network', c),
    listColumn('metric', h.metric, Object.values(c.labels.metrics), 160),
    { key: 'baseline', header: h.baseline, width: 100 },
    { key: 'target', header: h.target, width: 100 },
    dateColumn('deadline', h.deadline, c),
    { key: 'current', header: h.current, width: 110 },
    percentColumn('progress', h.progress),
    { key: 'timeElapsed', header: h.timeElapsed, width: 100, format: WHOLE_PERCENT, computed: true },
  ];
}

function measureColumns(c: TabContext): Column<Measure>[] {
  const h = c.t.columns;
  return [
    countColumn('reach', h.reach),
    countColumn('impressions', h.impressions),
    countColumn('engagements', h.engagements),
    countColumn('clicks', h.clicks),
    countColumn('conversions', h.conversions),
    moneyColumn('spend', h.spend, c),
    moneyColumn('revenue', h.revenue, c),
    amountColumn('hours', h.hours),
  ];
}

function ratioColumns(c: TabContext): Column<Ratio>[] {
  const h = c.t.columns;
  return [
    percentColumn('engagementRate', h.engagementRate, 110),
    percentColumn('ctr', h.ctr),
    computed(moneyColumn('cpc', h.cpc, c)),
    percentColumn('conversionRate', h.conversionRate, 110),
    percentColumn('roi', h.roi),
  ];
}

/**
 * The five rates, each as ONE native formula in the table's first row spilling over all its rows
 * (native-kpi.ts): a collaborator without the add-on and an Excel download compute them, and no
 * cell waits on a server call. A blank input row gives a blank result, so unfilled weeks stay
 * clean. Typing over a computed cell blocks the spill, and Sheets then says so on the first cell:
 * the inputs, where people type, are never touched.
 * `roi` is written by the caller: the log and the summary count time differently.
 */
function ratioFormulas(t: Pick<Table<Measure | Ratio>, 'range'>): Record<Exclude<Ratio, 'roi'>, SpecCell> {
  return {
    engagementRate: nativeKpi('ENGAGEMENT_RATE', t.range('engagements'), t.range('reach')),
    ctr: nativeKpi('CTR', t.range('clicks'), t.range('impressions')),
    cpc: nativeKpi('CPC', t.range('spend'), t.range('clicks')),
    conversionRate: nativeKpi('CONVERSION_RATE', t.range('conversions'), t.range('clicks')),
  };
}

/**
 * What the plan itself says of one network for one log period, so nobody types it: the team's
 * hours on it and their average hourly cost (cost of time and ROI follow), and its budget. A
 * week gets 12/52 of a month's budget; a month gets the team's weekly hours × 52/12. Blank where
 * the plan has no team or no budget for the network; the marketer types over them with actuals.
 */
function plannedFor(plan: Plan, network: Network): Row<'hours' | 'hourlyRate' | 'budget'> {
  const weekly = plan.reviews.kpi === 'weekly';
  const time = weeklyTimeOf(plan, network);
  const rate = hourlyRateOf(plan, network);
  const budget = monthlyBudgetOf(plan, network);
  return {
    hours: time.hours > 0 ? cents(weekly ? time.hours : time.hours * WEEKS_PER_MONTH) : null,
    hourlyRate: rate === null ? null : cents(rate),
    budget: budget > 0 ? cents(weekly ? budget / WEEKS_PER_MONTH : budget) : null,
  };
}

/** Where the KPI tab's three tables sit: the generator lays them out here, other tabs' formulas read them. */
export interface KpiLayout {
  goals: Table<GoalColumn>;
  summary: Table<SummaryColumn>;
  log: Table<LogColumn>;
  /** Rows of the section titles above the summary and the log. */
  summaryTitle: number;
  logTitle: number;
}

export function kpiLayout(plan: Plan, c: TabContext = tabContext(plan)): KpiLayout {
  const h = c.t.columns;
  const goals = new Table(goalColumns(c), GOALS_HEADER_ROW, plan.goals.length + SPARE_GOALS);
  const summaryTitle = goals.lastRow + 2;
  const summary = new Table<SummaryColumn>(
    // Every summary cell but the network's name is a formula over the log.
    [
      networkColumn('network', c),
      ...measureColumns(c).map(computed),
      computed(moneyColumn('timeCost', h.timeCost, c)),
      computed(moneyColumn('budget', h.budget, c)),
      computed(moneyColumn('budgetLeft', h.budgetLeft, c)),
      ...ratioColumns(c),
    ],
    summaryTitle + 1,
    trackedNetworks(plan).length,
  );
  const logTitle = summary.lastRow + 2;
  const log = new Table<LogColumn>(
    [
      dateColumn('periodStart', h.periodStart, c),
      networkColumn('network', c),
      ...measureColumns(c),
      moneyColumn('hourlyRate', h.hourlyRate, c),
      computed(moneyColumn('timeCost', h.timeCost, c)),
      // The plan's budget for the network and period: the spend target, changed freely.
      moneyColumn('budget', h.budget, c),
      ...ratioColumns(c),
    ],
    logTitle + 1,
    kpiPeriods(plan).length * trackedNetworks(plan).length,
  );
  return { goals, summary, log, summaryTitle, logTitle };
}

export function generateKpiTab(plan: Plan): SheetSpec {
  const c = tabContext(plan);
  const networks = trackedNetworks(plan);
  const periods = kpiPeriods(plan);
  const planStart = fixedRef(START_ROW, 2);

  const tab = new TabBuilder('kpi', c.t.titles.kpi, c.lang)
    .heading(HEADING_ROW, 1, fill(c.t.kpi.heading, { business: plan.businessName }))
    .setting(START_ROW, 1, c.t.kpi.planStart, { date: plan.contentPlan.startDate }, c.date, { kind: 'date' })
    .heading(GOALS_TITLE_ROW, 1, c.t.kpi.goals);

  const { goals, summary, log, summaryTitle, logTitle } = kpiLayout(plan, c);

  // ── Goals ──
  const goalRows: Row<GoalColumn>[] = [
    ...plan.goals.map((g): Row<GoalColumn> => ({
      goal: g.text,
      network: c.network(g.network),
      metric: c.labels.metrics[g.metric],
      baseline: g.baseline,
      target: g.target,
      deadline: { date: g.deadline },
    })),
    ...Array.from({ length: SPARE_GOALS }, (): Row<GoalColumn> => ({})),
  ];
  goalRows.forEach((row, i) => {
    const r = goals.firstRow + i;
    const [baseline, target, deadline, current] = (['baseline', 'target', 'deadline', 'current'] as const).map((k) => goals.ref(k, r));
    row.progress = { formula: `=IF(OR(${current}="", ${target}="", ${target}=${baseline}), "", (${current}-${baseline})/(${target}-${baseline}))` };
    // Share of the time from the plan's start to the deadline that has passed, 0–100%.
    row.timeElapsed = { formula: `=IF(${deadline}="", "", MAX(0, MIN(1, (TODAY()-${planStart})/MAX(1, ${deadline}-${planStart}))))` };
  });
  // One SMART_CHECK over the goal column, spilling down (a blank goal gives a blank): one server
  // call, not one per goal. It reads the cells, so a goal's text never enters a formula.
  goalRows[0].smartCheck = { formula: `=SMART_CHECK(${goals.range('goal')})` };
  tab.table(goals, goalRows);
  // Baseline, target and current in the goal's own unit: 2% reads as 2%, not 0.02.
  plan.goals.forEach((g, i) => {
    const unit = metricUnit(g.metric);
    const numberFormat = unit === 'rate' ? PERCENT : unit === 'money' ? c.money : COUNT;
    for (const key of ['baseline', 'target', 'current'] as const) {
      tab.style({ area: { row: goals.firstRow + i, column: goals.col(key), numRows: 1, numColumns: 1 }, numberFormat });
    }
  });
  const progress = goals.ref('progress', goals.firstRow, { fixColumn: true });
  const elapsed = goals.ref('timeElapsed', goals.firstRow, { fixColumn: true });
  const both = `ISNUMBER(${progress}), ISNUMBER(${elapsed})`;
  tab
    .conditional({ area: goals.area('progress'), formula: `=AND(${both}, ${progress}>=${elapsed})`, ...ON_TRACK })
    .conditional({ area: goals.area('progress'), formula: `=AND(${both}, ${progress}<${elapsed})`, ...BEHIND });

  // ── Summary per network (above the log, which grows long) ──
  const summaryRows = networks.map((network, i): Row<SummaryColumn> => {
    const r = summary.firstRow + i;
    const name = summary.ref('network', r, { fixColumn: true });
    const logNetworks = log.range('network', true);
    const row: Row<SummaryColumn> = { network: c.network(network) };
    // Totals stay blank until the network has a value logged, so rates show nothing rather than
    // a division by zero. Spend is the exception: no spend logged means nothing was spent.
    const total = (measure: Measure | 'timeCost', filled: Measure): SpecCell => {
      const sum = `SUMIF(${logNetworks}, ${name}, ${log.range(measure, true)})`;
      return measure === 'spend' ? { formula: `=${sum}` } : { formula: `=IF(COUNTIFS(${logNetworks}, ${name}, ${log.range(filled, true)}, "<>")=0, "", ${sum})` };
    };
    for (const m of MEASURES) row[m] = total(m, m);
    row.timeCost = total('timeCost', 'hours');
    // Budget against spent, per network: what is left of the plan's budget.
    row.budget = { formula: `=SUMIF(${logNetworks}, ${name}, ${log.range('budget', true)})` };
    row.budgetLeft = { formula: `=${summary.ref('budget', r)}-${summary.ref('spend', r)}` };
    return row;
  });
  Object.assign(summaryRows[0], ratioFormulas(summary));
  // ROI(gain, cost, hours, hourly_rate): the summary has the cost of time already in money, so it
  // goes in as "hours" at a rate of 1: investment = spend + cost of time.
  summaryRows[0].roi = nativeKpi('ROI', summary.range('revenue'), summary.range('spend'), summary.range('timeCost'), '1');
  tab.heading(summaryTitle, 1, c.t.kpi.summary).table(summary, summaryRows);

  // ── Log: one row per network per period ──
  const logRows: Row<LogColumn>[] = [];
  for (const period of periods) {
    for (const network of networks) logRows.push({ periodStart: { date: period }, network: c.network(network), ...plannedFor(plan, network) });
  }
  logRows.forEach((row, i) => {
    const r = log.firstRow + i;
    const hours = log.ref('hours', r);
    const rate = log.ref('hourlyRate', r);
    row.timeCost = { formula: `=IF(OR(${hours}="", ${rate}=""), "", ${hours}*${rate})` };
  });
  Object.assign(logRows[0], ratioFormulas(log));
  logRows[0].roi = nativeKpi('ROI', log.range('revenue'), log.range('spend'), log.range('hours'), log.range('hourlyRate'));
  tab.heading(logTitle, 1, plan.reviews.kpi === 'weekly' ? c.t.kpi.logWeekly : c.t.kpi.logMonthly).table(log, logRows);

  return tab.build(START_ROW, logRows.length);
}
