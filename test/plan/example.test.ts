// "Try an example" is how most marketers first meet the wizard: its goals must be the SMART goals
// the product preaches, judged by the same logic as SMART_CHECK, in each language.
import { describe, expect, it } from 'vitest';
import { judgeGoal } from '../../src/functions/smart';
import { LANGUAGES } from '../../src/i18n/lang';
import { examplePlan } from '../../src/plan/example';

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
