// The plan's situation (SWOT, PESTEL, personas, listening), budget, team and partners: each example
// fills all of it for its market; limits give a problem per field in the plan's language; plans
// saved before these fields existed still pass; the focus is never repeated among the objectives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/format';
import { LANGUAGES, type Lang } from '../../src/i18n/lang';
import { planMessages } from '../../src/i18n/messages';
import { examplePlan } from '../../src/plan/example';
import { contentPillars } from '../../src/plan/mix';
import { marketOf } from '../../src/plan/markets';
import { FOCUS_OBJECTIVES, LIMITS, planEndDate, validatePlan, type Plan, type PlanCheck } from '../../src/plan/schema';

const TODAY = '2026-01-17';

function input(lang: Lang = 'en'): Record<string, any> {
  return JSON.parse(JSON.stringify(examplePlan(lang, TODAY)));
}
function planOf(check: PlanCheck): Plan {
  if (!check.ok) throw new Error(`expected a valid plan, got ${JSON.stringify(check.problems)}`);
  return check.plan;
}
function problemAt(check: PlanCheck, field: string): string {
  if (check.ok) throw new Error('expected problems, the plan passed');
  const found = check.problems.filter((p) => p.field === field);
  expect(found.map((p) => p.field), JSON.stringify(check.problems)).toEqual([field]);
  return found[0].message;
}

describe.each(LANGUAGES)('the %s example’s situation, budget and team', (lang) => {
  const plan = planOf(validatePlan(examplePlan(lang, TODAY), 'en'));
  const networks = plan.contentPlan.networks.map((n) => n.network);

  it('has a SWOT with a few lines in every quadrant and some PESTEL notes', () => {
    for (const quadrant of Object.values(plan.situation.swot)) expect(quadrant.split('\n').length).toBeGreaterThanOrEqual(2);
    expect(Object.values(plan.situation.pestel).filter((note) => note !== '').length).toBeGreaterThanOrEqual(2);
  });

  it('has personas found on the plan’s own networks, with needs and barriers', () => {
    expect(plan.situation.personas.length).toBeGreaterThanOrEqual(2);
    for (const p of plan.situation.personas) {
      expect(p.networks.length).toBeGreaterThan(0);
      for (const n of p.networks) expect(networks).toContain(n);
      expect(p.who && p.needs && p.barriers).toBeTruthy();
    }
    // Every network reaches somebody.
    for (const n of networks) expect(plan.situation.personas.some((p) => p.networks.includes(n)), n).toBe(true);
  });

  it('listens to its own hashtags and to what is said about it, pillars named as the mix names them', () => {
    const kinds = new Set(plan.situation.listening.map((t) => t.kind));
    expect(kinds).toEqual(new Set(['ours', 'about']));
    const pillars = contentPillars(plan.contentPlan.mix, lang).flatMap((p) => [p.id, p.name]);
    const tagged = plan.situation.listening.filter((x) => x.pillar !== '');
    expect(tagged.length).toBeGreaterThanOrEqual(3);
    for (const t of tagged) expect(pillars).toContain(t.pillar);
  });

  it('budgets every kind in the market’s currency, with a team and an influencer inside the plan', () => {
    expect(plan.currency).toBe(marketOf(plan.market).currency);
    expect(new Set(plan.budget.map((b) => b.kind))).toEqual(new Set(['ads', 'influencers', 'tools', 'content']));
    for (const b of plan.budget) expect(b.monthly).toBeGreaterThan(0);
    expect(plan.team.length).toBeGreaterThanOrEqual(2);
    for (const m of plan.team) {
      expect(m.hoursPerWeek).toBeGreaterThan(0);
      expect(m.hourlyCost).toBeGreaterThan(0);
      expect(m.role).not.toBe('');
    }
    expect(plan.partners).toHaveLength(1);
    const [partner] = plan.partners;
    expect(partner.start >= plan.contentPlan.startDate && partner.end <= planEndDate(plan)).toBe(true);
  });

  it('takes objectives that follow from its focus, never the focus itself', () => {
    expect(plan.objectives).not.toContain(plan.focus);
    for (const o of plan.objectives) expect(FOCUS_OBJECTIVES[plan.focus]).toContain(o);
  });
});

describe('prices fit each market', () => {
  // An hour of work costs more rials than dollars: the examples are not one plan with the symbol changed.
  it('team costs are in the currency’s own range', () => {
    const rate = (lang: Lang) => planOf(validatePlan(examplePlan(lang, TODAY), 'en')).team[0].hourlyCost;
    expect(rate('en')).toBeLessThan(100);
    expect(rate('fa')).toBeGreaterThan(100_000);
    expect(rate('ar')).toBeGreaterThan(rate('en'));
    // Instagram ads cannot be bought from Iran: the Persian example pays channel posts and influencers instead.
    const fa = planOf(validatePlan(examplePlan('fa', TODAY), 'en'));
    expect(fa.budget.some((b) => b.kind === 'ads' && b.network === 'instagram')).toBe(false);
  });
});

describe('limits, with problems per field in the plan’s language', () => {
  it.each(LANGUAGES)('in %s', (lang) => {
    const said = planMessages[lang];
    const bad = input(lang);
    bad.situation.swot.threats = 'x'.repeat(LIMITS.swot + 1);
    bad.situation.personas[0].name = '  ';
    bad.situation.personas[1].networks = ['myspace'];
    bad.budget[0].monthly = -5;
    bad.budget[1].kind = 'bribes';
    bad.team[0].hoursPerWeek = '۹۰';
    bad.team[1].hourlyCost = 'a lot';
    bad.partners[0].end = '2026-01-01';
    const check = validatePlan(bad, 'en');
    expect(problemAt(check, 'situation.swot.threats')).toBe(fill(said.textTooLong, { max: LIMITS.swot }));
    expect(problemAt(check, 'situation.personas.0.name')).toBe(said.required);
    expect(problemAt(check, 'situation.personas.1.networks.0')).toContain('myspace');
    expect(problemAt(check, 'budget.0.monthly')).toBe(fill(said.tooSmall, { min: 0 }));
    expect(problemAt(check, 'budget.1.kind')).toContain('bribes');
    expect(problemAt(check, 'team.0.hoursPerWeek')).toBe(fill(said.tooBig, { max: LIMITS.hoursPerWeek }));
    expect(problemAt(check, 'team.1.hourlyCost')).toBe(fill(said.notNumber, { value: 'a lot' }));
    expect(problemAt(check, 'partners.0.end')).toContain('2026-01-01');
    const long = input(lang);
    long.situation.listening = Array.from({ length: LIMITS.listening + 1 }, () => ({ term: '#x' }));
    expect(problemAt(validatePlan(long, 'en'), 'situation.listening')).toBe(fill(said.tooMany, { max: LIMITS.listening }));
  });

  it('reads marketers’ digits in money and hours', () => {
    const plan = input('fa');
    plan.budget[0].monthly = '۶۰٬۰۰۰٬۰۰۰';
    plan.team[0].hoursPerWeek = '۷٫۵';
    const parsed = planOf(validatePlan(plan, 'en'));
    expect(parsed.budget[0].monthly).toBe(60_000_000);
    expect(parsed.team[0].hoursPerWeek).toBe(7.5);
  });

  it('a budget line without a network is for all networks; a team member without networks works on all', () => {
    const plan = input();
    plan.budget = [{ kind: 'Tools', monthly: 30 }];
    plan.team = [{ name: 'Maya', hoursPerWeek: 5, hourlyCost: 20 }];
    const parsed = planOf(validatePlan(plan, 'en'));
    expect(parsed.budget).toEqual([{ network: '', kind: 'tools', monthly: 30 }]);
    expect(parsed.team).toEqual([{ name: 'Maya', role: '', networks: [], hoursPerWeek: 5, hourlyCost: 20 }]);
  });
});

describe('plans saved before the situation, budget and team existed', () => {
  const saved = JSON.parse(readFileSync(new URL('./fixtures/plan-before-situation.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;

  it.each(Object.keys(saved))('the %s plan still passes, with those parts empty', (lang) => {
    expect(saved[lang].situation).toBeUndefined();
    const plan = planOf(validatePlan(saved[lang], 'en'));
    expect(plan.situation.personas).toEqual([]);
    expect(plan.situation.swot).toEqual({ strengths: '', weaknesses: '', opportunities: '', threats: '' });
    expect(plan.budget).toEqual([]);
    expect(plan.team).toEqual([]);
    expect(plan.partners).toEqual([]);
    // It chose "sales" as its focus and also ticked "sales" and "awareness": the focus is dropped
    // from the objectives, the other objective stays.
    expect(plan.objectives).toEqual(['awareness', 'engagement']);
  });
});
