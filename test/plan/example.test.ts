// "Try an example" is how most marketers first meet the wizard: its goals must be the SMART goals
// the product preaches, judged by the same logic as SMART_CHECK, in each language.
import { describe, expect, it } from 'vitest';
import { judgeGoal } from '../../src/functions/smart';
import { LANGUAGES } from '../../src/i18n/lang';
import { addDays } from '../../src/plan/dates';
import { examplePlan } from '../../src/plan/example';
import { keyDates } from '../../src/plan/key-dates';
import { planEndDate, validatePlan } from '../../src/plan/schema';

describe.each(LANGUAGES)('the %s example plan', (lang) => {
  const goals = examplePlan(lang, '2026-02-01').goals as { text: string }[];

  it('has at least three goals, each SMART and written in its language', () => {
    expect(goals.length).toBeGreaterThanOrEqual(3);
    for (const goal of goals) {
      const verdict = judgeGoal(goal.text, 'en');
      expect(verdict.lang, goal.text).toBe(lang);
      expect(verdict.missing, goal.text).toEqual([]);
    }
  });
});

describe.each(LANGUAGES)('the %s example’s campaigns sit on its market’s key dates', (lang) => {
  // Every "today" from January 2025 to December 2028: the plan starts the month after, for 3 months.
  const todays = Array.from({ length: 48 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`);

  it('each campaign made from a key date has its days and its name, within the plan; else a generic name', () => {
    let onKeyDates = 0;
    for (const today of todays) {
      const plan = examplePlan(lang, today);
      const check = validatePlan(plan, lang);
      expect(check.ok, today).toBe(true);
      if (!check.ok) continue;
      const { market, contentPlan } = check.plan;
      const end = planEndDate(check.plan);
      const dates = keyDates(market, contentPlan.startDate, addDays(end, 40), lang);
      for (const c of check.plan.campaigns) {
        if (c.keyDate === '') {
          for (const k of dates) expect(c.name.includes(k.name), `${today} ${c.name}`).toBe(false); // never names a moment it is not on
          continue;
        }
        onKeyDates++;
        const k = dates.find((d) => d.id === c.keyDate)!;
        expect(k, `${today} ${c.keyDate}`).toBeDefined();
        expect([c.start, c.end]).toEqual([k.start, k.end]);
        expect(c.name).toContain(k.name);
        expect(c.start >= contentPlan.startDate && c.start <= end).toBe(true);
      }
    }
    expect(onKeyDates).toBeGreaterThan(48 * 1.5); // most periods hold two
  });

  it('the influencer works around the first campaign, within the plan', () => {
    for (const today of todays) {
      const plan = examplePlan(lang, today);
      const [partner] = plan.partners as { start: string; end: string }[];
      const [first] = plan.campaigns as { start: string; end: string }[];
      expect(partner.start <= first.start || partner.start === plan.contentPlan.startDate).toBe(true);
      expect(partner.end <= first.end).toBe(true);
    }
  });
});

it('the Arabic example’s seasonal menu is Ramadan’s, with the Eid after it; the Persian one has Yalda on 21 December', () => {
  const ar = examplePlan('ar', '2026-01-10').campaigns![0];
  expect(ar).toMatchObject({ name: 'قائمة رمضان', start: '2026-02-18', end: '2026-03-19', afterDays: 3, keyDate: 'ramadan-2026-02-18' });
  const fa = examplePlan('fa', '2026-11-10').campaigns!;
  expect(fa.find((c) => c.keyDate?.startsWith('yalda'))).toMatchObject({ name: 'منوی ویژهٔ شب یلدا', start: '2026-12-21', end: '2026-12-21' });
});
