/**
 * The Strategy tab: the one-page plan in SOSTAC order, the SWOT as a 2×2, personas per network,
 * the goals with one SMART_CHECK, budget and team totals computed by a real formula engine, the
 * review cycle's dates, A4-portrait widths with every cell wrapped, right to left where read so,
 * and user text never inside a formula.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeGoal } from '../../../src/functions/smart';
import { planLabels, strategyMessages } from '../../../src/i18n/messages';
import { addMonths } from '../../../src/plan/dates';
import { A4_PORTRAIT_PRINTABLE_PX, generateStrategyTab } from '../../../src/plan/generators/strategy';
import { networkName } from '../../../src/plan/networks';
import { planEndDate, type Plan } from '../../../src/plan/schema';
import type { SheetSpec, SpecCell } from '../../../src/sheets/spec';
import { columnLetter, evaluateSpec } from '../../support/formula-engine';
import { example, formulasOf, FoundTable, HOSTILE, hostilePlanInput, isFormula, LANGS, parsePlan, userTexts } from './support';

const s = strategyMessages.en;
const labels = planLabels.en;

/** Where a text stands in the spec: its row and column (the first block holding it). */
function find(spec: SheetSpec, text: SpecCell): { row: number; column: number } {
  for (const b of spec.blocks) {
    for (let r = 0; r < b.cells.length; r++) {
      const c = b.cells[r].indexOf(text);
      if (c >= 0) return { row: b.row + r, column: b.column + c };
    }
  }
  throw new Error(`"${String(text)}" is not on the tab`);
}
const a1 = (at: { row: number; column: number }, right = 0) => `${columnLetter(at.column + right)}${at.row}`;

describe('the English example’s Strategy tab', () => {
  const plan = example('en');
  const spec = generateStrategyTab(plan);
  const sheet = evaluateSpec(spec);

  it('reads in SOSTAC order: situation, objectives, strategy, tactics, action, control', () => {
    const rows = [s.situation, s.objectives, s.strategy, s.tactics, s.action, s.control].map((title) => find(spec, title).row);
    expect(rows).toEqual([...rows].sort((x, y) => x - y));
    expect(spec.kind).toBe('strategy');
    expect(spec.rightToLeft).toBe(false);
  });

  it('shows the SWOT as a 2×2: strengths beside weaknesses, opportunities beside threats', () => {
    const strengths = find(spec, labels.swot.strengths);
    expect(sheet.get(a1(strengths, 1))).toBe(plan.situation.swot.strengths);
    expect(sheet.get(a1(strengths, 2))).toBe(labels.swot.weaknesses);
    expect(sheet.get(a1(strengths, 3))).toBe(plan.situation.swot.weaknesses);
    const below = { row: strengths.row + 1, column: strengths.column };
    expect(sheet.get(a1(below))).toBe(labels.swot.opportunities);
    expect(sheet.get(a1(below, 3))).toBe(plan.situation.swot.threats);
  });

  it('lists each persona with where they are online, and each network with the personas it reaches', () => {
    const personas = FoundTable.find(spec, s.whereOnline);
    expect(personas.values(s.persona)).toEqual(plan.situation.personas.map((p) => p.name));
    expect(personas.cell(0, s.whereOnline)).toBe(plan.situation.personas[0].networks.map((n) => networkName(n, 'en')).join(', '));
    const networks = FoundTable.find(spec, s.reaches);
    expect(networks.values(s.network)).toEqual(plan.contentPlan.networks.map((n) => networkName(n.network, 'en')));
    expect(networks.cell(0, s.mission)).toBe(plan.accounts[0].mission);
    // Instagram reaches both personas of the bakery, Facebook only the weekend family.
    expect(networks.cell(0, s.reaches)).toBe(plan.situation.personas.map((p) => p.name).join(', '));
    expect(networks.cell(1, s.reaches)).toBe(plan.situation.personas[1].name);
  });

  it('states the focus and the objectives that serve it, and checks every goal with one SMART_CHECK', () => {
    const focus = find(spec, s.focus);
    expect(sheet.get(a1(focus, 1))).toBe(labels.focus[plan.focus]);
    expect(sheet.get(a1(focus, 3))).toBe(plan.objectives.map((o) => labels.objectives[o]).join(', '));
    const smart = formulasOf(spec).filter((f) => f.includes('SMART_CHECK'));
    expect(smart).toHaveLength(1);
    const goals = FoundTable.find(spec, s.smartCheck);
    plan.goals.forEach((g, i) => expect(sheet.get(goals.a1(i, s.smartCheck))).toBe(judgeGoal(g.text, 'en').summary));
  });

  it('totals the budget and the team’s time per month and over the plan', () => {
    const perMonth = plan.budget.reduce((sum, b) => sum + b.monthly, 0);
    const team = plan.team.reduce((sum, m) => sum + m.hoursPerWeek * m.hourlyCost, 0) * 52 / 12;
    const total = find(spec, s.budgetTotal);
    expect(sheet.get(a1(total, 1))).toBe(perMonth);
    expect(sheet.get(a1(total, 2))).toBe(perMonth * plan.contentPlan.months);
    expect(sheet.get(a1(find(spec, s.teamPerMonth), 2))).toBeCloseTo(team, 2);
    const allIn = find(spec, s.allIn);
    expect(sheet.get(a1(allIn, 1))).toBeCloseTo(perMonth + team, 1);
    expect(sheet.get(a1(allIn, 2))).toBeCloseTo((perMonth + team) * plan.contentPlan.months, 1);
    const partners = FoundTable.find(spec, s.partner);
    expect(partners.cell(0, s.fee)).toBe(plan.partners[0].fee);
  });

  it('gives the review cycle’s next dates and the plan’s end', () => {
    const start = plan.contentPlan.startDate;
    // As the reminders count: an audit 3 months after the start falls after this 3-month plan
    // ends, so none is due; the strategy review falls on the plan's last day.
    const audit = find(spec, s.audit);
    expect(sheet.get(a1(audit, 1))).toBe(3);
    expect(sheet.get(a1(audit, 2))).toBe(s.none);
    expect(sheet.date(a1(find(spec, s.strategyReview), 2))).toBe(planEndDate(plan));
    const long = generateStrategyTab({ ...plan, contentPlan: { ...plan.contentPlan, months: 12 } });
    const longSheet = evaluateSpec(long);
    const longAudit = find(long, s.audit);
    expect(longSheet.date(a1(longAudit, 2))).toBe(addMonths(start, 3));
    expect(longSheet.date(a1(longAudit, 3))).toBe(addMonths(start, 6));
    // Every 6 months in a 12-month plan: at 6 months, then on the last day (a year would be past it).
    const strategy = find(long, s.strategyReview);
    expect(longSheet.date(a1(strategy, 2))).toBe(addMonths(start, 6));
    expect(longSheet.date(a1(strategy, 3))).toBe('2026-01-31');
    expect(sheet.date(a1(find(spec, s.planEnd), 2))).toBe(planEndDate(plan));
    const kpi = find(spec, 'KPI review: Weekly');
    expect(sheet.date(a1(kpi, 2))).toBe('2025-02-08');
  });
});

describe.each(LANGS)('the %s Strategy tab prints on A4 portrait', (lang) => {
  const spec = generateStrategyTab(example(lang));

  it('fits the printable width, wraps every cell but the one-line titles, and reads right to left where the language does', () => {
    expect(spec.columnWidths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(A4_PORTRAIT_PRINTABLE_PX);
    // The last style that sets a cell's wrap decides, as the renderer paints them in order.
    const wrapOf = (row: number, column: number) => {
      let wrap: boolean | undefined;
      for (const st of spec.styles) {
        const a = st.area;
        if (st.wrap !== undefined && row >= a.row && row < a.row + a.numRows && column >= a.column && column < a.column + a.numColumns) wrap = st.wrap;
      }
      return wrap;
    };
    const rowEmptyBeside = (row: number) =>
      spec.blocks.every((b) => row < b.row || row >= b.row + b.cells.length || b.cells[row - b.row].every((cell, c) => b.column + c === 1 || cell === '' || cell === null));
    for (const b of spec.blocks) {
      b.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (cell === '' || cell === null || wrapOf(b.row + r, b.column + c)) return;
          // Not wrapped: a title in column A that runs over the empty cells beside it, within the page.
          expect(b.column + c).toBe(1);
          expect(rowEmptyBeside(b.row + r)).toBe(true);
          expect(String(cell).length).toBeLessThanOrEqual(90);
        }),
      );
    }
    expect(spec.columnWidths.length).toBe(5);
    expect(spec.rightToLeft).toBe(lang !== 'en');
    expect(spec.title).toBe(strategyMessages[lang].title);
  });
});

describe('user text stays text', () => {
  it('no persona, SWOT, team or partner text ever reaches a formula', () => {
    const input = hostilePlanInput();
    input.situation = {
      swot: { strengths: '=1+1', weaknesses: '+SUM(A:A)', opportunities: '-2', threats: '@x' },
      pestel: { legal: '=IMPORTXML("http://evil.example","//a")' },
      personas: [{ name: '=persona', who: '+who', networks: ['instagram'], needs: '-needs', barriers: '@barriers' }],
      listening: [{ term: '=#tag' }],
    };
    input.team = [{ name: '=Maya', role: '+publishes', hoursPerWeek: 5, hourlyCost: 20 }];
    input.partners = [{ name: '=HYPERLINK("x")', network: 'instagram', fee: 100, start: '2025-03-02', end: '2025-03-09' }];
    input.budget = [{ network: 'instagram', kind: 'ads', monthly: 100 }];
    const plan = parsePlan(input);
    const spec = generateStrategyTab(plan);
    const texts = [...userTexts(plan), '=1+1', '+SUM(A:A)', '=persona', '=Maya', '=HYPERLINK("x")', '=#tag'];
    for (const f of formulasOf(spec)) for (const t of texts) expect(f).not.toContain(t);
    const cells = spec.blocks.flatMap((b) => b.cells.flat());
    for (const t of ['=1+1', '=persona', '=Maya', '=HYPERLINK("x")', HOSTILE.goal]) expect(cells).toContain(t);
    expect(cells.filter(isFormula).every((f) => !f.formula.includes('"'))).toBe(true);
  });
});

describe('a plan saved before the situation, budget and team existed', () => {
  const saved = JSON.parse(readFileSync(new URL('../fixtures/plan-before-situation.json', import.meta.url), 'utf8')) as Record<string, Plan>;
  it.each(['en', 'he'])('still gets its Strategy tab in %s, the missing parts shown as “—”', (lang) => {
    const plan = parsePlan(saved[lang] as never);
    const spec = generateStrategyTab(plan);
    const sheet = evaluateSpec(spec);
    const m = strategyMessages[lang as 'en'];
    const strengths = find(spec, planLabels[lang as 'en'].swot.strengths);
    expect(sheet.get(a1(strengths, 1))).toBe(m.none);
    expect(sheet.get(a1(find(spec, m.budgetTotal), 1))).toBe(0);
    expect(FoundTable.find(spec, m.reaches).rows).toHaveLength(plan.contentPlan.networks.length);
  });
});
