/**
 * The checks of one step's answers, so Next refuses at once with a message beside the field, by
 * the rules the server applies: its own functions and limits (readWebLink, readTime, readUtmTag,
 * mixSumOff, LIMITS) and its checks across fields (planChecks: a campaign ending before it starts,
 * posts that fit their days and times, targets…), with the server's messages. The zod schema
 * itself stays on the server (the sidebar must stay small); generateTabs checks the whole plan
 * again. Keys are the plan's field paths.
 */
import { parseNumberText } from '../src/i18n/digits';
import { isEmail } from '../src/i18n/email';
import { readIsoDate } from '../src/plan/dates';
import { problemsFrom, type FoundIssue } from '../src/plan/problems';
import { LIMITS, mixSumOff, planChecks, readTime, readUtmTag, readWebLink } from '../src/plan/schema';
import { pillarPercent, toPlan, type Answers } from './answers';
import { planMessages } from '../src/i18n/messages';
import { lang, m, t } from './i18n';
import { STEP, STEP_COUNT } from './step-ids';

/** The server's messages for the same problems: one wording per fact. */
const said = () => planMessages[lang()];

export type Problems = Map<string, string>;

/** Which step shows a field: goal texts on Goals, their numbers on Measure & review. */
export function stepOfField(field: string): number {
  const [head, , leaf] = field.split('.');
  if (head === 'situation') return STEP.situation;
  if (head === 'goals') return leaf && leaf !== 'text' ? STEP.measure : STEP.goals;
  if (head === 'accounts' || head === 'competitors' || head === 'impostors') return STEP.accounts;
  if (head === 'contentPlan' || head === 'campaigns') return STEP.content;
  if (head === 'budget' || head === 'team' || head === 'partners') return STEP.budget;
  if (head === 'reviews' || head === 'reminders') return STEP.measure;
  if (head === '' || head === undefined) return STEP.generate;
  return STEP.start;
}

function blank(text: string): boolean {
  return text.trim() === '';
}

class Checker {
  readonly problems: Problems = new Map();
  private add(field: string, message: string): void {
    if (!this.problems.has(field)) this.problems.set(field, message);
  }
  required(field: string, value: string): boolean {
    if (!blank(value)) return true;
    this.add(field, said().required);
    return false;
  }
  number(field: string, value: string, optional = false): void {
    if (optional && blank(value)) return;
    if (!this.required(field, value)) return;
    if (parseNumberText(value) === null) this.add(field, t(said().notNumber, { value: value.trim() }));
  }
  whole(field: string, value: string, min: number, max: number): void {
    if (!this.required(field, value)) return;
    const n = parseNumberText(value);
    if (n === null || !Number.isInteger(n) || n < min || n > max) this.add(field, t(m().notWhole, { min, max }));
  }
  date(field: string, value: string): void {
    if (!this.required(field, value)) return;
    if (readIsoDate(value) === null) this.add(field, m().notDate);
  }
  times(field: string, values: string[]): void {
    if (values.length === 0) {
      this.add(field, said().required);
      return;
    }
    const bad = values.find((v) => readTime(v) === null);
    if (bad !== undefined) this.add(field, t(said().time, { value: bad }));
  }
  emails(field: string, values: string[]): void {
    if (values.length === 0) {
      this.add(field, said().required);
      return;
    }
    const bad = values.find((v) => !isEmail(v.trim()));
    if (bad !== undefined) this.add(field, t(said().email, { value: bad }));
  }
  /** At most `max` characters, as the plan keeps them (said, never cut). */
  length(field: string, value: string, max: number): void {
    if (value.trim().length > max) this.add(field, t(said().textTooLong, { max }));
  }
  /** A web link, when given: the server's own reading (http(s) only; "shop.com" gets https://). */
  link(field: string, value: string): void {
    if (!blank(value) && readWebLink(value) === null) this.add(field, t(said().url, { value: value.trim() }));
  }
  fail(field: string, message: string): void {
    this.add(field, message);
  }
}

export function checkStep(step: number, a: Answers, remindersOn: boolean): Problems {
  const c = new Checker();
  if (step === STEP.start) {
    c.required('businessName', a.businessName);
    c.length('businessName', a.businessName, LIMITS.name);
    c.required('market', a.market);
    c.required('focus', a.focus);
  } else if (step === STEP.situation) {
    // Rows left wholly blank are dropped (toPlan); a row with something in it needs its name.
    a.situation.personas.forEach((p, i) => {
      if (!blank(p.who + p.needs + p.barriers) || p.networks.length) c.required(`situation.personas.${i}.name`, p.name);
    });
  } else if (step === STEP.goals) {
    a.goals.forEach((g, i) => {
      c.required(`goals.${i}.text`, g.text);
      c.length(`goals.${i}.text`, g.text, LIMITS.longText);
    });
    if (a.goals.length < 3) c.fail('goals', t(said().goalsTooFew, { min: 3 }));
  } else if (step === STEP.accounts) {
    a.accounts.forEach((x, i) => {
      c.required(`accounts.${i}.network`, x.network);
      c.required(`accounts.${i}.handle`, x.handle);
      c.length(`accounts.${i}.handle`, x.handle, LIMITS.shortText);
      c.link(`accounts.${i}.url`, x.url);
      c.length(`accounts.${i}.owner`, x.owner, LIMITS.shortText);
      c.length(`accounts.${i}.mission`, x.mission, LIMITS.longText);
      c.length(`accounts.${i}.audience`, x.audience, LIMITS.longText);
    });
    a.competitors.forEach((x, i) => {
      c.required(`competitors.${i}.network`, x.network);
      c.required(`competitors.${i}.handle`, x.handle);
      c.length(`competitors.${i}.handle`, x.handle, LIMITS.shortText);
      c.link(`competitors.${i}.url`, x.url);
      c.length(`competitors.${i}.notes`, x.notes, LIMITS.longText);
    });
    a.impostors.forEach((x, i) => {
      c.required(`impostors.${i}.network`, x.network);
      if (blank(x.handle)) c.required(`impostors.${i}.url`, x.url);
      c.link(`impostors.${i}.url`, x.url);
    });
  } else if (step === STEP.content) {
    const plan = a.contentPlan;
    c.date('contentPlan.startDate', plan.startDate);
    c.whole('contentPlan.months', plan.months, 1, LIMITS.months);
    if (plan.networks.length === 0) c.fail('contentPlan.networks', m().needNetwork);
    plan.networks.forEach((n, i) => {
      const at = `contentPlan.networks.${i}`;
      c.required(`${at}.network`, n.network);
      c.whole(`${at}.postsPerWeek`, n.postsPerWeek, 1, 7 * LIMITS.timesPerDay);
      if (n.weekdays && n.weekdays.length === 0) c.fail(`${at}.weekdays`, said().required);
      c.times(`${at}.times`, n.times);
      if (n.formats.length === 0) c.fail(`${at}.formats`, said().required);
    });
    if (plan.mix === 'custom') {
      plan.custom.forEach((p, i) => {
        c.required(`contentPlan.mix.custom.${i}.pillar`, p.pillar);
        c.number(`contentPlan.mix.custom.${i}.percent`, p.percent);
      });
      if (plan.custom.length === 0) c.fail('contentPlan.mix', said().required);
      const percents = plan.custom.map((p) => pillarPercent(p.percent));
      const sum = percents.length > 0 && percents.every((p): p is number => typeof p === 'number') ? mixSumOff(percents) : null;
      if (sum !== null) c.fail('contentPlan.mix.custom', t(said().mixSum, { sum }));
    }
    a.campaigns.forEach((x, i) => {
      if (blank(x.name) && blank(x.start) && blank(x.end)) return;
      c.required(`campaigns.${i}.name`, x.name);
      c.length(`campaigns.${i}.name`, x.name, LIMITS.shortText);
      c.date(`campaigns.${i}.start`, x.start);
      c.date(`campaigns.${i}.end`, x.end);
      c.link(`campaigns.${i}.link`, x.link);
      if (!blank(x.tag) && readUtmTag(x.tag) === null) c.fail(`campaigns.${i}.tag`, t(said().tag, { value: x.tag.trim() }));
    });
  } else if (step === STEP.budget) {
    a.budget.forEach((x, i) => {
      if (blank(x.monthly)) return;
      c.required(`budget.${i}.kind`, x.kind);
      c.number(`budget.${i}.monthly`, x.monthly);
    });
    a.team.forEach((x, i) => {
      if (blank(x.name + x.role + x.hoursPerWeek + x.hourlyCost)) return;
      c.required(`team.${i}.name`, x.name);
      c.number(`team.${i}.hoursPerWeek`, x.hoursPerWeek);
      c.number(`team.${i}.hourlyCost`, x.hourlyCost);
    });
    a.partners.forEach((x, i) => {
      if (blank(x.name + x.fee + x.start + x.end)) return;
      c.required(`partners.${i}.name`, x.name);
      c.required(`partners.${i}.network`, x.network);
      c.number(`partners.${i}.fee`, x.fee);
      c.date(`partners.${i}.start`, x.start);
      c.date(`partners.${i}.end`, x.end);
    });
  } else if (step === STEP.measure) {
    a.goals.forEach((g, i) => {
      c.required(`goals.${i}.network`, g.network);
      c.required(`goals.${i}.metric`, g.metric);
      c.number(`goals.${i}.baseline`, g.baseline, true);
      c.number(`goals.${i}.target`, g.target);
      c.date(`goals.${i}.deadline`, g.deadline);
    });
    c.whole('reviews.auditEveryMonths', a.reviews.auditEveryMonths, 1, 12);
    c.whole('reviews.strategyEveryMonths', a.reviews.strategyEveryMonths, 1, 36);
    if (remindersOn) c.emails('reminders.recipients', a.reminders.recipients);
  }
  for (const p of acrossFields(a)) if (stepOfField(p.field) === step) c.fail(p.field, p.message);
  return c.problems;
}

/** The server's checks across fields on the answers as they stand, in the wizard's language. */
function acrossFields(a: Answers): { field: string; message: string }[] {
  return problemsFrom(planChecks(toPlan(a)) as FoundIssue[], lang());
}

/** Every step's quick checks, for the Generate button. */
export function checkAll(a: Answers, remindersOn: boolean): Problems {
  const all: Problems = new Map();
  // Generate included: problems across fields that no other step shows are told there.
  for (let step = 0; step < STEP_COUNT; step++) for (const [field, message] of checkStep(step, a, remindersOn)) all.set(field, message);
  return all;
}
