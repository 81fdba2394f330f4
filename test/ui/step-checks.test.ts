/**
 * Next refuses at the step what Generate would refuse (issue 11, item 9), by the server's own
 * rules: each case is checked against what validatePlan (the server) says of the same answers, so
 * the two cannot drift apart. And nothing typed is changed without a word (item 10).
 */
import { describe, expect, it } from 'vitest';
import { planEnd, readAnswers, toPlan, type Answers } from '../../sidebar/answers';
import { checkStep } from '../../sidebar/checks';
import { STEP } from '../../sidebar/step-ids';
import { examplePlan } from '../../src/plan/example';
import { validatePlan } from '../../src/plan/schema';

function answers(): Answers {
  return readAnswers(examplePlan('en', '2026-01-05'), 'en');
}

/** The server's message for a field, from the whole plan's check. */
function serverSays(a: Answers, field: string): string | undefined {
  const check = validatePlan(toPlan(a), 'en');
  return check.ok ? undefined : check.problems.find((p) => p.field === field)?.message;
}

const cases: [string, number, string, (a: Answers) => void][] = [
  ['a profile link that is not a url', STEP.accounts, 'accounts.0.url', (a) => (a.accounts[0].url = 'not a url')],
  ['a javascript: profile link', STEP.accounts, 'accounts.0.url', (a) => (a.accounts[0].url = 'javascript:alert(1)')],
  ['a competitor link that is not a url', STEP.accounts, 'competitors.0.url', (a) => (a.competitors[0].url = 'http://')],
  ['pillars adding up to 60%', STEP.content, 'contentPlan.mix.custom', (a) => {
    a.contentPlan.mix = 'custom';
    a.contentPlan.custom = [{ pillar: 'Products', percent: '40' }, { pillar: 'Team', percent: '20%' }];
  }],
  ['pillars adding up to 95%', STEP.content, 'contentPlan.mix.custom', (a) => {
    a.contentPlan.mix = 'custom';
    a.contentPlan.custom = [{ pillar: 'Products', percent: '٥٠' }, { pillar: 'Team', percent: '45' }];
  }],
  ['a campaign that ends before it starts', STEP.content, 'campaigns.0.end', (a) => Object.assign(a.campaigns[0], { start: '2026-03-10', end: '2026-03-01' })],
  ['21 posts a week with 7 time slots', STEP.content, 'contentPlan.networks.0.postsPerWeek', (a) => Object.assign(a.contentPlan.networks[0], { postsPerWeek: '21', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['09:00'] })],
  ['a campaign tag in Persian letters', STEP.content, 'campaigns.0.tag', (a) => (a.campaigns[0].tag = 'حراج_نوروز')],
  ['a 5,000-character business name', STEP.start, 'businessName', (a) => (a.businessName = 'B'.repeat(5000))],
  ['a deadline before the plan starts', STEP.measure, 'goals.0.deadline', (a) => (a.goals[0].deadline = '2020-01-31')],
  ['a target below the baseline', STEP.measure, 'goals.0.target', (a) => Object.assign(a.goals[0], { baseline: '900', target: '500' })],
];

describe('each step refuses what the server would, with the server’s message', () => {
  it.each(cases)('%s: refused at step %s, at %s', (_name, step, field, change) => {
    const a = answers();
    expect(checkStep(step, a, false).size).toBe(0);
    change(a);
    const said = serverSays(a, field);
    expect(said).toBeDefined();
    expect(checkStep(step, a, false).get(field)).toBe(said);
  });

  it('a start date typed in Arabic-Indic or Persian digits is read, as the server reads it', () => {
    const a = answers();
    a.contentPlan.startDate = '٢٠٢٦-٠٣-٠١';
    expect(checkStep(STEP.content, a, false).size).toBe(0);
    expect(planEnd(a)).toBe('2026-05-31');
    a.contentPlan.startDate = '۲۰۲۶-۰۳-۰۱';
    expect(planEnd(a)).toBe('2026-05-31');
    expect(serverSays(a, 'contentPlan.startDate')).toBeUndefined();
  });
});
