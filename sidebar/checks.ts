/**
 * Quick checks of one step's answers, so Next can refuse at once with a message beside the field
 * (required answers, numbers, dates, times, e-mail addresses). The server checks the whole plan
 * again with the real schema; these only save a round trip. Keys are the plan's field paths.
 */
import { parseNumberText, toAsciiDigits } from '../src/i18n/digits';
import { isEmail } from '../src/i18n/email';
import { readIsoDate } from '../src/plan/dates';
import type { Answers } from './answers';
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

const TIME = /^(\d{1,2}):(\d{2})$/;

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
    for (const v of values) {
      const match = TIME.exec(toAsciiDigits(v.trim()));
      if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
        this.add(field, t(said().time, { value: v }));
        return;
      }
    }
  }
  emails(field: string, values: string[]): void {
    if (values.length === 0) {
      this.add(field, said().required);
      return;
    }
    const bad = values.find((v) => !isEmail(v.trim()));
    if (bad !== undefined) this.add(field, t(said().email, { value: bad }));
  }
  fail(field: string, message: string): void {
    this.add(field, message);
  }
}

export function checkStep(step: number, a: Answers, remindersOn: boolean): Problems {
  const c = new Checker();
  if (step === STEP.start) {
    c.required('businessName', a.businessName);
    c.required('market', a.market);
    c.required('focus', a.focus);
  } else if (step === STEP.situation) {
    // Rows left wholly blank are dropped (toPlan); a row with something in it needs its name.
    a.situation.personas.forEach((p, i) => {
      if (!blank(p.who + p.needs + p.barriers) || p.networks.length) c.required(`situation.personas.${i}.name`, p.name);
    });
  } else if (step === STEP.goals) {
    a.goals.forEach((g, i) => c.required(`goals.${i}.text`, g.text));
    if (a.goals.length < 3) c.fail('goals', t(said().goalsTooFew, { min: 3 }));
  } else if (step === STEP.accounts) {
    a.accounts.forEach((x, i) => {
      c.required(`accounts.${i}.network`, x.network);
      c.required(`accounts.${i}.handle`, x.handle);
    });
    a.competitors.forEach((x, i) => {
      c.required(`competitors.${i}.network`, x.network);
      c.required(`competitors.${i}.handle`, x.handle);
    });
    a.impostors.forEach((x, i) => {
      c.required(`impostors.${i}.network`, x.network);
      if (blank(x.handle)) c.required(`impostors.${i}.url`, x.url);
    });
  } else if (step === STEP.content) {
    const plan = a.contentPlan;
    c.date('contentPlan.startDate', plan.startDate);
    c.whole('contentPlan.months', plan.months, 1, 36);
    if (plan.networks.length === 0) c.fail('contentPlan.networks', m().needNetwork);
    plan.networks.forEach((n, i) => {
      const at = `contentPlan.networks.${i}`;
      c.required(`${at}.network`, n.network);
      c.whole(`${at}.postsPerWeek`, n.postsPerWeek, 1, 42);
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
    }
    a.campaigns.forEach((x, i) => {
      if (blank(x.name) && blank(x.start) && blank(x.end)) return;
      c.required(`campaigns.${i}.name`, x.name);
      c.date(`campaigns.${i}.start`, x.start);
      c.date(`campaigns.${i}.end`, x.end);
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
  return c.problems;
}

/** Every step's quick checks, for the Generate button. */
export function checkAll(a: Answers, remindersOn: boolean): Problems {
  const all: Problems = new Map();
  for (let step = 0; step < STEP_COUNT - 1; step++) for (const [field, message] of checkStep(step, a, remindersOn)) all.set(field, message);
  return all;
}
