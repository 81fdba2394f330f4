/**
 * The Strategy tab: the whole plan on one page, in SOSTAC order (DOMAIN.md `002`): Situation (SWOT
 * as a 2×2, PESTEL notes, personas, listening), Objectives (the focus, the objectives serving it,
 * the goals with one spilling SMART_CHECK), Strategy (each network's mission and the personas it
 * reaches), Tactics (mix, cadence, formats, campaigns), Action (the team and the monthly budget
 * with totals) and Control (the KPIs and the review cycle up to the plan's end, at most 3 years).
 *
 * Five columns that fit the printable width of A4 portrait, every cell wrapped, so it prints as
 * it reads. User text is always plain text; the few formulas (SMART_CHECK, totals) point at cells.
 */
import { fill } from '../../i18n/format';
import { strategyMessages, type StrategyMessages } from '../../i18n/messages';
import type { SheetSpec, SpecCell } from '../../sheets/spec';
import { cents, networksOf, WEEKS_PER_MONTH } from '../budget';
import { nthOccurrence, reviewPeriod } from '../../reminders/cadence';
import type { Cadences, ReviewKind } from '../../reminders/types';
import { contentPillars } from '../mix';
import type { Network } from '../networks';
import { PESTEL, planEndDate, type Plan } from '../schema';
import { cellRef } from './a1';
import { tabContext, type TabContext } from './context';
import { COUNT, PERCENT, WHOLE_PERCENT } from './formats';
import { TabBuilder } from './tab';
import { COMPUTED_STYLE, Table, type Column, type Row } from './table';

/** Pixels per column: 650 in all, inside A4 portrait's printable width at Sheets' normal margins. */
export const STRATEGY_WIDTHS = [130, 150, 130, 120, 120] as const;
/** A4 portrait is 8.27 in; less Sheets' normal 0.7 in margins, at 96 px an inch. */
export const A4_PORTRAIT_PRINTABLE_PX = Math.floor((8.27 - 2 * 0.7) * 96);

const SECTION_STYLE = { bold: true, background: '#d9e2f3' } as const;
const SWOT_COLOURS = { strengths: '#d9ead3', weaknesses: '#f4cccc', opportunities: '#cfe2f3', threats: '#fce5cd' } as const;
const RATE_METRICS = new Set(['engagement_rate', 'ctr', 'conversion_rate', 'roi']);

/** Lays the tab out top to bottom: each part takes the next free row. */
class Page {
  row = 1;
  /** Rows that read as one line (title, section bands): not wrapped, so they run across the empty cells beside. */
  readonly oneLine: number[] = [];
  constructor(
    readonly tab: TabBuilder,
    readonly c: TabContext,
    readonly s: StrategyMessages,
  ) {}

  section(title: string): void {
    this.row += this.row > 1 ? 1 : 0; // a blank row between sections
    this.tab.block({ row: this.row, column: 1, cells: [[title, '', '', '', '']] });
    this.oneLine.push(this.row);
    this.tab.style({ area: { row: this.row, column: 1, numRows: 1, numColumns: STRATEGY_WIDTHS.length }, ...SECTION_STYLE });
    this.row += 1;
  }

  /** One line of cells from column A, with a number format per cell (null = none). */
  line(cells: SpecCell[], formats: (string | null)[] = []): number {
    const row = this.row;
    this.tab.block({ row, column: 1, cells: [cells], columnFormats: cells.map((_, i) => formats[i] ?? null) });
    this.row += 1;
    return row;
  }

  /** A bold label cell. */
  label(row: number, column: number): void {
    this.tab.style({ area: { row, column, numRows: 1, numColumns: 1 }, bold: true });
  }

  /** A table with a header row; nothing when it has no rows (a "—" line instead). */
  table<K extends string>(columns: Column<K>[], rows: Row<K>[]): Table<K> | null {
    if (rows.length === 0) {
      this.line([this.s.none]);
      return null;
    }
    const table = new Table(columns, this.row, rows.length);
    this.tab.table(table, rows);
    this.row = table.lastRow + 1;
    return table;
  }
}

const col = <K extends string>(key: K, header: string, format?: string): Column<K> => ({ key, header, width: 0, format });

/**
 * The first two dates a review falls due, as the reminders count them (one rule): every period
 * from the start while within the plan, and the strategy review also on the plan's last day.
 */
function nextReviews(kind: ReviewKind, cadences: Cadences, start: string, end: string): string[] {
  const period = reviewPeriod(kind, cadences);
  const dates: string[] = [];
  for (let k = 1; period && dates.length < 2; k++) {
    const date = nthOccurrence(start, period, k);
    if (date > end) break;
    dates.push(date);
  }
  if (kind === 'strategy' && dates.length < 2 && !dates.includes(end)) dates.push(end);
  return dates;
}

export function generateStrategyTab(plan: Plan): SheetSpec {
  const c = tabContext(plan);
  const s = strategyMessages[plan.language];
  const tab = new TabBuilder('strategy', s.title, c.lang);
  STRATEGY_WIDTHS.forEach((w, i) => tab.widen(i + 1, w));
  const page = new Page(tab, c, s);
  const start = plan.contentPlan.startDate;
  const end = planEndDate(plan);
  const join = (items: string[]) => (items.length ? items.join(c.t.listSeparator) : s.none);
  const networkNames = (ids: readonly Plan['contentPlan']['networks'][number]['network'][]) => join(ids.map(c.network));

  // ── Heading and horizon ──
  page.oneLine.push(page.row);
  tab.heading(page.row++, 1, fill(s.heading, { business: plan.businessName }));
  const period = page.line([s.period, { date: start }, s.ends, { date: end }, fill(s.horizon, { months: plan.reviews.strategyEveryMonths })], [null, c.date, null, c.date]);
  page.label(period, 1);
  page.label(period, 3);

  // ── 1. Situation ──
  page.section(s.situation);
  const swot = plan.situation.swot;
  const quadrant = (text: string) => text || s.none;
  for (const [left, right] of [['strengths', 'weaknesses'], ['opportunities', 'threats']] as const) {
    const row = page.line([c.labels.swot[left], quadrant(swot[left]), c.labels.swot[right], quadrant(swot[right]), '']);
    tab.style({ area: { row, column: 1, numRows: 1, numColumns: 2 }, background: SWOT_COLOURS[left] });
    tab.style({ area: { row, column: 3, numRows: 1, numColumns: 2 }, background: SWOT_COLOURS[right] });
    page.label(row, 1);
    page.label(row, 3);
  }
  const notes = PESTEL.filter((k) => plan.situation.pestel[k] !== '');
  for (let i = 0; i < notes.length; i += 2) {
    const [a, b] = [notes[i], notes[i + 1]];
    const row = page.line([c.labels.pestel[a], plan.situation.pestel[a], b ? c.labels.pestel[b] : '', b ? plan.situation.pestel[b] : '', '']);
    page.label(row, 1);
    if (b) page.label(row, 3);
  }
  page.row += 1;
  const personasTitle = page.line([s.personas]);
  page.label(personasTitle, 1);
  page.oneLine.push(personasTitle);
  type PersonaKey = 'name' | 'who' | 'where' | 'needs' | 'barriers';
  page.table<PersonaKey>(
    [col('name', s.persona), col('who', s.who), col('where', s.whereOnline), col('needs', s.needs), col('barriers', s.barriers)],
    plan.situation.personas.map((p) => ({ name: p.name, who: p.who, where: networkNames(p.networks), needs: p.needs, barriers: p.barriers })),
  );
  if (plan.situation.listening.length > 0) {
    const row = page.line([s.listening, plan.situation.listening.map((t) => t.term).join(c.t.listSeparator), '', '', '']);
    page.label(row, 1);
  }

  // ── 2. Objectives ──
  page.section(s.objectives);
  const focus = page.line([s.focus, c.labels.focus[plan.focus], s.objectivesFollow, join(plan.objectives.map((o) => c.labels.objectives[o])), '']);
  page.label(focus, 1);
  page.label(focus, 3);
  type GoalKey = 'goal' | 'smart' | 'deadline';
  const goalRows: Row<GoalKey>[] = plan.goals.map((g) => ({ goal: g.text, deadline: { date: g.deadline } }));
  const goals = new Table<GoalKey>([col('goal', s.goal), col('smart', s.smartCheck), col('deadline', s.deadline, c.date)], page.row, goalRows.length);
  // One SMART_CHECK over the goal cells, spilling down beside them: one call, and the goal's
  // text stays in its cell (never inside the formula).
  goalRows[0].smart = { formula: `=SMART_CHECK(${goals.range('goal')})` };
  tab.table(goals, goalRows);
  tab.style({ area: goals.area('smart'), ...COMPUTED_STYLE });
  page.row = goals.lastRow + 1;

  // ── 3. Strategy ──
  page.section(s.strategy);
  type NetworkKey = 'network' | 'mission' | 'reaches' | 'posts';
  page.table<NetworkKey>(
    [col('network', s.network), col('mission', s.mission), col('reaches', s.reaches), col('posts', s.postsPerWeek, COUNT)],
    plan.contentPlan.networks.map((n) => ({
      network: c.network(n.network),
      mission: plan.accounts.find((a) => a.network === n.network && a.mission !== '')?.mission ?? '',
      reaches: join(plan.situation.personas.filter((p) => p.networks.includes(n.network)).map((p) => p.name)),
      posts: n.postsPerWeek,
    })),
  );

  // ── 4. Tactics ──
  page.section(s.tactics);
  type PillarKey = 'pillar' | 'share';
  page.table<PillarKey>(
    [col('pillar', s.pillar), col('share', s.share, WHOLE_PERCENT)],
    contentPillars(plan.contentPlan.mix, c.lang).map((p) => ({ pillar: p.name, share: Math.round(p.percent * 100) / 10_000 })),
  );
  page.row += 1;
  type CadenceKey = 'network' | 'posts' | 'days' | 'formats';
  page.table<CadenceKey>(
    [col('network', s.network), col('posts', s.postsPerWeek, COUNT), col('days', s.daysTimes), col('formats', s.formats)],
    plan.contentPlan.networks.map((n) => ({
      network: c.network(n.network),
      posts: n.postsPerWeek,
      days: `${n.weekdays.map((d) => c.labels.weekdays[d]).join(c.t.listSeparator)} · ${n.times.join(c.t.listSeparator)}`,
      formats: n.formats.map((f) => c.labels.formats[f]).join(c.t.listSeparator),
    })),
  );
  if (plan.campaigns.length > 0) {
    page.row += 1;
    type CampaignKey = 'name' | 'from' | 'to';
    page.table<CampaignKey>(
      [col('name', s.campaign), col('from', s.from, c.date), col('to', s.to, c.date)],
      plan.campaigns.map((k) => ({ name: k.name, from: { date: k.start }, to: { date: k.end } })),
    );
  }

  // ── 5. Action ──
  page.section(s.action);
  type TeamKey = 'name' | 'role' | 'networks' | 'hours' | 'rate';
  const team = page.table<TeamKey>(
    [col('name', s.member), col('role', s.role), col('networks', s.networks), col('hours', s.hoursPerWeek), col('rate', s.hourlyCost, c.money)],
    plan.team.map((m) => ({
      name: m.name,
      role: m.role,
      networks: m.networks.length ? networkNames(networksOf(plan, m)) : s.allNetworks,
      hours: m.hoursPerWeek,
      rate: m.hourlyCost,
    })),
  );
  const months = plan.contentPlan.months;
  // The team's monthly cost follows the table if the marketer edits hours or rates.
  const teamCost: SpecCell = team
    ? { formula: `=ROUND(SUMPRODUCT(${team.range('hours')}, ${team.range('rate')})*52/12, 2)` }
    : cents(plan.team.reduce((sum, m) => sum + m.hoursPerWeek * m.hourlyCost, 0) * WEEKS_PER_MONTH);
  const teamRow = page.line(['', '', s.teamPerMonth, '', teamCost], [null, null, null, null, c.money]);
  page.label(teamRow, 3);
  tab.style({ area: { row: teamRow, column: 5, numRows: 1, numColumns: 1 }, ...COMPUTED_STYLE });
  page.row += 1;

  type BudgetKey = 'network' | 'kind' | 'month' | 'plan';
  const lines = plan.budget.map((b): Row<BudgetKey> => ({
    network: b.network === '' ? s.allNetworks : c.network(b.network as Network),
    kind: c.labels.budgetKinds[b.kind],
    month: b.monthly,
  }));
  // Over the plan = per month × the plan's months, as a formula so an edited amount follows.
  const budgetColumns = [col<BudgetKey>('network', s.network), col<BudgetKey>('kind', s.kind), col<BudgetKey>('month', s.perMonth, c.money), col<BudgetKey>('plan', s.overPlan, c.money)];
  const budget = lines.length ? new Table(budgetColumns, page.row, lines.length) : null;
  if (budget) {
    lines.forEach((line, i) => (line.plan = { formula: `=${budget.ref('month', budget.firstRow + i)}*${months}` }));
    tab.table(budget, lines);
    tab.style({ area: budget.area('plan'), ...COMPUTED_STYLE });
    page.row = budget.lastRow + 1;
  } else page.line([s.none]);
  const sum = (t: Table<BudgetKey> | null, key: BudgetKey, fallback: number): SpecCell =>
    t ? { formula: `=SUM(${t.range(key)})` } : fallback;
  const budgetRow = page.line(['', s.budgetTotal, sum(budget, 'month', 0), sum(budget, 'plan', 0), ''], [null, null, c.money, c.money]);
  const teamRef = cellRef(teamRow, 5);
  const allIn = page.line(
    ['', s.allIn, { formula: `=${cellRef(budgetRow, 3)}+${teamRef}` }, { formula: `=${cellRef(budgetRow, 4)}+${teamRef}*${months}` }, ''],
    [null, null, c.money, c.money],
  );
  for (const row of [budgetRow, allIn]) {
    page.label(row, 2);
    tab.style({ area: { row, column: 3, numRows: 1, numColumns: 2 }, ...COMPUTED_STYLE, bold: true });
  }
  if (plan.partners.length > 0) {
    page.row += 1;
    type PartnerKey = 'name' | 'network' | 'fee' | 'from' | 'to';
    page.table<PartnerKey>(
      [col('name', s.partner), col('network', s.network), col('fee', s.fee, c.money), col('from', s.from, c.date), col('to', s.to, c.date)],
      plan.partners.map((p) => ({ name: p.name, network: c.network(p.network), fee: p.fee, from: { date: p.start }, to: { date: p.end } })),
    );
  }

  // ── 6. Control ──
  page.section(s.control);
  const kpiHeader = page.row;
  page.line([s.network, s.metric, s.baseline, s.target, s.deadline]);
  tab.style({ area: { row: kpiHeader, column: 1, numRows: 1, numColumns: 5 }, bold: true, background: '#e8eaf6', wrap: true });
  // Row by row: a rate's baseline and target read as percents, a count as a count.
  for (const g of plan.goals) {
    const format = RATE_METRICS.has(g.metric) ? PERCENT : g.metric === 'revenue' ? c.money : COUNT;
    page.line([c.network(g.network), c.labels.metrics[g.metric], g.baseline, g.target, { date: g.deadline }], [null, null, format, format, c.date]);
  }
  page.row += 1;
  const reviews = plan.reviews;
  const reviewHeader = page.line([s.review, s.everyMonths, s.next, s.afterThat, '']);
  tab.style({ area: { row: reviewHeader, column: 1, numRows: 1, numColumns: 4 }, bold: true, background: '#e8eaf6', wrap: true });
  const cadences: Cadences = { kpi: reviews.kpi, auditMonths: reviews.auditEveryMonths, strategyMonths: reviews.strategyEveryMonths, goals: true, posts: true };
  const cycle: [ReviewKind, string, SpecCell][] = [
    ['kpi', fill(s.kpiReview, { cadence: c.labels.kpiCadence[reviews.kpi] }), reviews.kpi === 'monthly' ? 1 : ''],
    ['audit', s.audit, reviews.auditEveryMonths],
    ['strategy', s.strategyReview, reviews.strategyEveryMonths],
  ];
  for (const [kind, name, every] of cycle) {
    const [next, after] = nextReviews(kind, cadences, start, end);
    page.line([name, every, next ? { date: next } : s.none, after ? { date: after } : s.none, ''], [null, COUNT, c.date, c.date]);
  }
  page.label(page.line([s.planEnd, months, { date: end }, '', ''], [null, COUNT, c.date]), 1);
  page.line([s.where, '', '', '', '']);

  // Every cell wraps, so nothing is cut when printed on A4 portrait.
  tab.style({ area: { row: 1, column: 1, numRows: page.row - 1, numColumns: STRATEGY_WIDTHS.length }, wrap: true });
  for (const row of page.oneLine) tab.style({ area: { row, column: 1, numRows: 1, numColumns: 1 }, wrap: false });
  return tab.build(0, plan.goals.length);
}
