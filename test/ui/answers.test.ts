/**
 * The wizard's answers (sidebar/answers.ts) against the real plan schema: a plan read into the
 * wizard and sent back is the same valid plan; numbers typed in any digits reach the plan as
 * numbers; blank optional rows are dropped; saved drafts from junk never break the wizard.
 */
import { describe, expect, it } from 'vitest';
import { blankAnswers, emptyCampaign, readAnswers, toPlan } from '../../sidebar/answers';
import { LANGUAGES } from '../../src/i18n/lang';
import { examplePlan } from '../../src/plan/example';
import { validatePlan } from '../../src/plan/schema';

describe('answers ⇄ plan', () => {
  for (const lang of LANGUAGES) {
    it(`the ${lang} example survives the wizard unchanged`, () => {
      const plan = examplePlan(lang, '2026-01-05');
      const direct = validatePlan(plan, lang);
      const viaWizard = validatePlan(toPlan(readAnswers(JSON.parse(JSON.stringify(plan)), 'en')), 'en');
      expect(direct.ok && viaWizard.ok).toBe(true);
      if (direct.ok && viaWizard.ok) expect(viaWizard.plan).toEqual(direct.plan);
    });
  }

  it('shows rates as percentages and reads them back as fractions', () => {
    const answers = readAnswers(examplePlan('en', '2026-01-05'), 'en');
    expect(answers.goals[1]).toMatchObject({ metric: 'engagement_rate', baseline: '2%', target: '4%' });
    expect(toPlan(answers).goals[1]).toMatchObject({ baseline: 0.02, target: 0.04 });
  });

  it('sends numbers typed in Arabic-Indic or Persian digits as numbers, and leaves non-numbers for the server to name', () => {
    const answers = readAnswers(examplePlan('fa', '2026-01-05'), 'fa');
    answers.contentPlan.months = '۶';
    answers.goals[0].target = '١٬٥٠٠';
    answers.goals[2].target = 'many';
    const plan = toPlan(answers);
    expect(plan.contentPlan.months).toBe(6);
    expect(plan.goals[0].target).toBe(1500);
    expect(plan.goals[2].target).toBe('many');
    const check = validatePlan(plan, 'fa');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.map((p) => p.field)).toEqual(['goals.2.target']);
  });

  it('drops wholly blank optional rows', () => {
    const answers = readAnswers(examplePlan('en', '2026-01-05'), 'en');
    answers.competitors.push({ network: 'x', handle: ' ', url: '', notes: '' });
    answers.campaigns.push(emptyCampaign());
    const plan = toPlan(answers);
    expect(plan.competitors).toHaveLength(2);
    expect(plan.campaigns).toHaveLength(2);
  });

  it('reads junk as a blank wizard with three goals', () => {
    for (const junk of [null, 'x', 42, [], { goals: 'no', contentPlan: { networks: [{ weekdays: ['a', 9, 2] }] } }]) {
      const answers = readAnswers(junk, 'he');
      expect(answers.language).toBe('he');
      expect(answers.goals).toHaveLength(3);
      expect(answers.contentPlan.networks.every((n) => n.weekdays === null || n.weekdays.every((d) => d >= 0 && d <= 6))).toBe(true);
    }
    expect(blankAnswers('fa').market).toBe('IR');
  });
});

describe('campaign answers', () => {
  it('carry the landing page, the link tag and the weekend choice to the plan and back', () => {
    const answers = readAnswers(examplePlan('fa', '2026-01-05'), 'fa');
    Object.assign(answers.campaigns[0], { link: 'shop.example/nowruz', tag: 'nowruz-1405', skipWeekend: true });
    const plan = toPlan(answers);
    expect(plan.campaigns?.[0]).toMatchObject({ link: 'shop.example/nowruz', tag: 'nowruz-1405', skipWeekend: true });
    const check = validatePlan(plan, 'fa');
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.plan.campaigns[0]).toMatchObject({ link: 'https://shop.example/nowruz', tag: 'nowruz-1405', skipWeekend: true });
    expect(readAnswers(plan, 'fa').campaigns[0]).toMatchObject({ link: 'shop.example/nowruz', tag: 'nowruz-1405', skipWeekend: true });
  });

  it('a campaign made from a key date keeps its phases and key date through the answers and back', () => {
    const answers = readAnswers(examplePlan('ar', '2026-01-10'), 'ar');
    expect(answers.campaigns[0]).toMatchObject({ name: 'قائمة رمضان', beforeDays: 14, afterDays: 3, keyDate: 'ramadan-2026-02-18' });
    const check = validatePlan(toPlan(answers), 'ar');
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.plan.campaigns[0]).toMatchObject({ beforeDays: 14, afterDays: 3, keyDate: 'ramadan-2026-02-18' });
    // A hand-made campaign has none: the plan's defaults (14 and 7 days) apply.
    const typed = readAnswers({ ...toPlan(answers), campaigns: [{ name: 'x', start: '2026-03-01', end: '2026-03-02', beforeDays: 99 }] }, 'ar');
    expect(typed.campaigns[0].beforeDays).toBeUndefined();
  });
});
