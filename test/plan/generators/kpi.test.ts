/**
 * The KPI tab: goals with SMART check, progress and the on-track/behind colouring; the log with
 * one row per network per period; the per-network summary. Every formula computed by a real
 * engine on sample inputs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tabMessages } from '../../../src/i18n/messages';
import { BEHIND, generateKpiTab, ON_TRACK, SPARE_GOALS } from '../../../src/plan/generators/kpi';
import { weekdayOf } from '../../../src/plan/dates';
import { COUNT, currencyFormat, PERCENT } from '../../../src/plan/generators/formats';
import { layout } from '../../../src/sheets/layout';
import { networkName } from '../../../src/plan/networks';
import { evaluateSpec } from '../../support/formula-engine';
import { judgeGoal } from '../../../src/functions/smart';
import { example, FoundTable, hostilePlanInput, parsePlan } from './support';

const t = tabMessages.en;
// Without its team and budget, so the log starts blank and the samples below are all it holds
// (what the plan fills in from them is tested on its own at the end).
const plan = { ...example('en'), team: [], budget: [] }; // weekly KPIs, 2025-02-01 → 2025-04-30, Instagram / Facebook / TikTok
const spec = generateKpiTab(plan);
const goals = FoundTable.find(spec, t.columns.smartCheck);
const summary = FoundTable.find(spec, t.columns.timeCost);
const log = FoundTable.find(spec, t.columns.periodStart);
const [IG, FB, TT] = ['instagram', 'facebook', 'tiktok'].map((n) => networkName(n as 'instagram', 'en'));

describe('KPI layout', () => {
  it('one goal row per goal, then spare rows', () => {
    expect(goals.rows).toHaveLength(plan.goals.length + SPARE_GOALS);
    expect(goals.cell(1, t.columns.goal)).toBe(plan.goals[1].text);
    expect(goals.cell(1, t.columns.baseline)).toBe(0.02);
    expect(goals.cell(1, t.columns.target)).toBe(0.04);
    expect(goals.cell(1, t.columns.deadline)).toEqual({ date: '2025-04-30' });
    expect(goals.cell(1, t.columns.network)).toBe(FB);
  });

  it('log: one row per network per week over the plan, weeks from the market’s week start (14 Sunday weeks × 3 networks)', () => {
    // The plan starts on Saturday 1 February 2025; US weeks start on Sunday, so the first week is 26 January's.
    expect(log.rows).toHaveLength(14 * 3);
    expect(spec.rows).toBe(14 * 3);
    expect(log.cell(0, t.columns.periodStart)).toEqual({ date: '2025-01-26' });
    expect(log.values(t.columns.network).slice(0, 4)).toEqual([IG, FB, TT, IG]);
    expect(log.cell(3, t.columns.periodStart)).toEqual({ date: '2025-02-02' });
    expect(log.cell(41, t.columns.periodStart)).toEqual({ date: '2025-04-27' });
  });

  it('weeks of an Iranian plan starting on a Friday run from Saturday, the market’s week start', () => {
    const input = hostilePlanInput();
    Object.assign(input, { market: 'IR', language: 'fa', reviews: { kpi: 'weekly' } });
    input.contentPlan.startDate = '2026-03-20'; // Friday, 1 Farvardin 1405
    input.goals = input.goals.map((g) => ({ ...g, deadline: '2026-06-10' }));
    input.campaigns = [];
    const iran = parsePlan(input, 'fa');
    const weeks = FoundTable.find(generateKpiTab(iran), tabMessages.fa.columns.periodStart);
    const starts = weeks.values(tabMessages.fa.columns.periodStart).map((d) => (d as { date: string }).date);
    expect(starts[0]).toBe('2026-03-14');
    for (const d of starts) expect(weekdayOf(d)).toBe(6);
  });

  it('monthly cadence: one row per network per month; a goal’s network outside the content plan is tracked too', () => {
    const monthly = parsePlan(hostilePlanInput()); // monthly, 3 months, Instagram + Facebook; a goal on LinkedIn
    const monthlyLog = FoundTable.find(generateKpiTab(monthly), t.columns.periodStart);
    expect(monthlyLog.rows).toHaveLength(3 * 3);
    expect(monthlyLog.values(t.columns.periodStart).filter((_, i) => i % 3 === 0)).toEqual([
      { date: '2025-03-01' },
      { date: '2025-04-01' },
      { date: '2025-05-01' },
    ]);
    expect(monthlyLog.values(t.columns.network).slice(0, 3)).toEqual(['Instagram', 'Facebook', 'LinkedIn']);
  });

  it('summary: one row per tracked network', () => {
    expect(summary.values(t.columns.network)).toEqual([IG, FB, TT]);
  });
});

describe('goal formulas, computed', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 2025-02-01 → 2025-04-30 is 88 days; on 2025-03-17, 44 have passed: half the time.
    vi.setSystemTime(new Date(2025, 2, 17, 12));
  });
  afterEach(() => vi.useRealTimers());

  const inputs = () => ({
    [goals.a1(0, t.columns.current)]: 1200, // 900 → 1500: halfway
    [goals.a1(1, t.columns.current)]: 0.035, // 0.02 → 0.04: 75%
    [goals.a1(2, t.columns.current)]: 60, // 40 → 120: 25%
  });

  it('progress = (current − baseline) ÷ (target − baseline); blank until a current value is typed', () => {
    const ev = evaluateSpec(spec, inputs());
    expect(ev.get(goals.a1(0, t.columns.progress))).toBeCloseTo(0.5, 12);
    expect(ev.get(goals.a1(1, t.columns.progress))).toBeCloseTo(0.75, 12);
    expect(ev.get(goals.a1(2, t.columns.progress))).toBeCloseTo(0.25, 12);
    expect(ev.get(goals.a1(3, t.columns.progress))).toBe('');
    const blank = evaluateSpec(spec);
    expect(blank.get(goals.a1(0, t.columns.progress))).toBe('');
    // A target edited to equal the baseline leaves progress blank rather than dividing by zero.
    const flat = evaluateSpec(spec, { ...inputs(), [goals.a1(0, t.columns.target)]: 900 });
    expect(flat.get(goals.a1(0, t.columns.progress))).toBe('');
  });

  it('time elapsed = share of the time from the plan’s start to the deadline, 0 to 100%', () => {
    const ev = evaluateSpec(spec, { [goals.a1(2, t.columns.deadline)]: { date: '2025-03-01' } });
    expect(ev.get(goals.a1(0, t.columns.timeElapsed))).toBeCloseTo(44 / 88, 12);
    expect(ev.get(goals.a1(2, t.columns.timeElapsed))).toBe(1);
    expect(ev.get(goals.a1(3, t.columns.timeElapsed))).toBe('');
    vi.setSystemTime(new Date(2025, 0, 10, 12));
    expect(evaluateSpec(spec).get(goals.a1(0, t.columns.timeElapsed))).toBe(0);
  });

  it('conditional formatting: green when progress is ahead of the time elapsed, red when behind, none when blank', () => {
    expect(spec.conditionalRules).toHaveLength(2);
    const [green, red] = spec.conditionalRules;
    expect(green).toMatchObject(ON_TRACK);
    expect(red).toMatchObject(BEHIND);
    const column = goals.column(t.columns.progress);
    for (const rule of spec.conditionalRules) {
      expect(rule.area).toEqual({ row: goals.block.row + 1, column, numRows: goals.rows.length, numColumns: 1 });
    }
    const ev = evaluateSpec(spec, inputs());
    const row = (i: number) => goals.block.row + 1 + i;
    // Goal 1: 50% done at 50% of the time: on track. Goal 2: 75%: on track. Goal 3: 25%: behind.
    expect([0, 1, 2, 3].map((i) => ev.conditionAt(green, row(i), column))).toEqual([true, true, false, false]);
    expect([0, 1, 2, 3].map((i) => ev.conditionAt(red, row(i), column))).toEqual([false, false, true, false]);
  });

  it('one SMART_CHECK spills over the goal column, reading the goals’ own cells', () => {
    const ev = evaluateSpec(spec);
    const verdict = (text: string) => judgeGoal(text, 'en').summary;
    expect(ev.get(goals.a1(0, t.columns.smartCheck))).toBe(verdict(plan.goals[0].text));
    expect(ev.get(goals.a1(2, t.columns.smartCheck))).toBe(verdict(plan.goals[2].text));
    expect(ev.get(goals.a1(3, t.columns.smartCheck))).toBe('');
    const edited = evaluateSpec(spec, { [goals.a1(3, t.columns.goal)]: 'Get 10 leads on LinkedIn' });
    expect(edited.get(goals.a1(3, t.columns.smartCheck))).toBe(verdict('Get 10 leads on LinkedIn'));
    expect(ev.formulas.filter((f) => f.formula.includes('SMART_CHECK'))).toEqual([
      { a1: goals.a1(0, t.columns.smartCheck), formula: expect.stringMatching(/^=SMART_CHECK\([A-Z]+\d+:[A-Z]+\d+\)$/) },
    ]);
  });
});

describe('log and summary formulas, computed', () => {
  // Week 1 and week 2 of Instagram, week 1 of Facebook; TikTok logs nothing.
  const week1IG = { reach: 1000, impressions: 4000, engagements: 50, clicks: 40, conversions: 4, spend: 20, revenue: 100, hours: 2, rate: 10 };
  const week2IG = { reach: 3000, impressions: 6000, engagements: 150, clicks: 60, conversions: 6, spend: 30, revenue: 400, hours: 3, rate: 10 };
  const week1FB = { reach: 500, impressions: 1000, engagements: 10, clicks: 10, conversions: 1, spend: 0, revenue: 30, hours: 1, rate: 20 };
  const rowFor = (i: number, v: typeof week1IG) => ({
    [log.a1(i, t.columns.reach)]: v.reach,
    [log.a1(i, t.columns.impressions)]: v.impressions,
    [log.a1(i, t.columns.engagements)]: v.engagements,
    [log.a1(i, t.columns.clicks)]: v.clicks,
    [log.a1(i, t.columns.conversions)]: v.conversions,
    [log.a1(i, t.columns.spend)]: v.spend,
    [log.a1(i, t.columns.revenue)]: v.revenue,
    [log.a1(i, t.columns.hours)]: v.hours,
    [log.a1(i, t.columns.hourlyRate)]: v.rate,
  });
  const ev = evaluateSpec(spec, { ...rowFor(0, week1IG), ...rowFor(3, week2IG), ...rowFor(1, week1FB) });

  it('per row: engagement rate, CTR, CPC, conversion rate, cost of time and ROI with time as investment', () => {
    expect(ev.get(log.a1(0, t.columns.engagementRate))).toBeCloseTo(50 / 1000, 12);
    expect(ev.get(log.a1(0, t.columns.ctr))).toBeCloseTo(40 / 4000, 12);
    expect(ev.get(log.a1(0, t.columns.cpc))).toBeCloseTo(20 / 40, 12);
    expect(ev.get(log.a1(0, t.columns.conversionRate))).toBeCloseTo(4 / 40, 12);
    expect(ev.get(log.a1(0, t.columns.timeCost))).toBe(20);
    expect(ev.get(log.a1(0, t.columns.roi))).toBeCloseTo((100 - (20 + 20)) / (20 + 20), 12);
    expect(ev.get(log.a1(3, t.columns.roi))).toBeCloseTo((400 - 60) / 60, 12);
    expect(ev.get(log.a1(1, t.columns.cpc))).toBe(0);
    expect(ev.get(log.a1(1, t.columns.roi))).toBeCloseTo((30 - 20) / 20, 12);
  });

  it('blank log rows stay blank in every computed column', () => {
    for (const h of [t.columns.engagementRate, t.columns.ctr, t.columns.cpc, t.columns.conversionRate, t.columns.roi, t.columns.timeCost]) {
      expect(ev.get(log.a1(2, h)), h).toBe('');
      expect(ev.get(log.a1(log.rows.length - 1, h)), h).toBe('');
    }
  });

  it('summary: totals per network, and the rates and ROI of the totals', () => {
    const s = (i: number, h: string) => ev.get(summary.a1(i, h));
    expect(s(0, t.columns.reach)).toBe(4000);
    expect(s(0, t.columns.clicks)).toBe(100);
    expect(s(0, t.columns.revenue)).toBe(500);
    expect(s(0, t.columns.spend)).toBe(50);
    expect(s(0, t.columns.hours)).toBe(5);
    expect(s(0, t.columns.timeCost)).toBe(50);
    expect(s(0, t.columns.engagementRate)).toBeCloseTo(200 / 4000, 12);
    expect(s(0, t.columns.ctr)).toBeCloseTo(100 / 10000, 12);
    expect(s(0, t.columns.cpc)).toBeCloseTo(50 / 100, 12);
    expect(s(0, t.columns.conversionRate)).toBeCloseTo(10 / 100, 12);
    expect(s(0, t.columns.roi)).toBeCloseTo((500 - 100) / 100, 12);
    expect(s(1, t.columns.reach)).toBe(500);
    expect(s(1, t.columns.roi)).toBeCloseTo((30 - 20) / 20, 12);
  });

  it('a network with nothing logged shows blanks, not divisions by zero', () => {
    const s = (h: string) => ev.get(summary.a1(2, h));
    expect(s(t.columns.spend)).toBe(0);
    for (const h of [t.columns.reach, t.columns.clicks, t.columns.timeCost, t.columns.engagementRate, t.columns.ctr, t.columns.cpc, t.columns.conversionRate, t.columns.roi]) {
      expect(s(h), h).toBe('');
    }
  });

  it('every formula of the tab computes without an error on blank inputs', () => {
    const blank = evaluateSpec(spec);
    for (const { a1, formula } of blank.formulas) expect(String(blank.get(a1)), `${a1}: ${formula}`).not.toMatch(/^#/);
  });
});

describe('goal numbers in their unit (first walk: percents showed as 0.02)', () => {
  it('baseline, target and current are percent for rates, the currency for money, counts otherwise', () => {
    const input = hostilePlanInput();
    input.goals = [
      { text: 'Engagement rate on Instagram from 2% to 4% by June', network: 'instagram', metric: 'engagement_rate', baseline: 0.02, target: 0.04, deadline: '2025-06-30' },
      { text: 'Revenue from Facebook to 5000 by June', network: 'facebook', metric: 'revenue', baseline: 1000, target: 5000, deadline: '2025-06-30' },
      { text: 'Followers on LinkedIn from 100 to 200 by June', network: 'linkedin', metric: 'followers', baseline: 100, target: 200, deadline: '2025-06-30' },
    ];
    const kpi = generateKpiTab(parsePlan(input));
    const table = FoundTable.find(kpi, t.columns.smartCheck);
    const drawn = layout(kpi);
    const formatAt = (i: number, header: string) => {
      const column = table.column(header);
      const row = table.block.row + 1 + i;
      return drawn.formats?.[row - drawn.box!.row][column - drawn.box!.column];
    };
    for (const header of [t.columns.baseline, t.columns.target, t.columns.current]) {
      expect(formatAt(0, header)).toBe(PERCENT);
      expect(formatAt(1, header)).toBe(currencyFormat('USD'));
      expect(formatAt(2, header)).toBe(COUNT);
    }
  });
});

describe('the team’s time and the budget, from the plan, without typing', () => {
  const full = example('en'); // Maya 6 h/week at 25 on Instagram and Facebook; Sam 4 h at 20 on TikTok
  const fullSpec = generateKpiTab(full);
  const fullLog = FoundTable.find(fullSpec, t.columns.periodStart);
  const fullSummary = FoundTable.find(fullSpec, t.columns.timeCost);
  const ev = evaluateSpec(fullSpec);

  it('fills each week’s hours and hourly rate per network from the team, so cost of time and ROI need no typing', () => {
    // Instagram: half of Maya's 6 hours at 25.
    expect(fullLog.cell(0, t.columns.hours)).toBe(3);
    expect(fullLog.cell(0, t.columns.hourlyRate)).toBe(25);
    expect(ev.get(fullLog.a1(0, t.columns.timeCost))).toBe(75);
    expect(fullLog.cell(2, t.columns.hours)).toBe(4);
    expect(fullLog.cell(2, t.columns.hourlyRate)).toBe(20);
    // With revenue and spend logged, ROI counts the time already there.
    const withSales = evaluateSpec(fullSpec, { [fullLog.a1(0, t.columns.revenue)]: 300, [fullLog.a1(0, t.columns.spend)]: 25 });
    expect(withSales.get(fullLog.a1(0, t.columns.roi))).toBeCloseTo((300 - (25 + 75)) / (25 + 75), 12);
  });

  it('makes the budget the spend target: a week’s share per network, and budget against spent in the summary', () => {
    const monthly = full.budget.filter((b) => b.network === 'instagram').reduce((sum, b) => sum + b.monthly, 0)
      + full.budget.filter((b) => b.network === '').reduce((sum, b) => sum + b.monthly, 0) / full.contentPlan.networks.length;
    expect(fullLog.cell(0, t.columns.budget)).toBeCloseTo((monthly * 12) / 52, 2);
    const weeks = fullLog.values(t.columns.network).filter((n) => n === fullLog.cell(0, t.columns.network)).length;
    const spent = evaluateSpec(fullSpec, { [fullLog.a1(0, t.columns.spend)]: 100 });
    expect(spent.get(fullSummary.a1(0, t.columns.budget))).toBeCloseTo(weeks * Number(fullLog.cell(0, t.columns.budget)), 2);
    expect(spent.get(fullSummary.a1(0, t.columns.budgetLeft))).toBeCloseTo(weeks * Number(fullLog.cell(0, t.columns.budget)) - 100, 2);
  });

  it('leaves them blank for a plan with no team or budget (an older plan)', () => {
    for (const h of [t.columns.hours, t.columns.hourlyRate, t.columns.budget]) expect(log.cell(0, h), h).toBeNull();
  });
});
