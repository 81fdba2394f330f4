/**
 * Step 8, Generate: a summary of the answers, one button, progress while the tabs are written,
 * then a button per new tab that brings it to the front. When the server refuses the plan,
 * nothing was written: every problem is listed with a link to the field it concerns.
 */
import { parseNumberText } from '../../src/i18n/digits';
import { formatNumber } from '../../src/i18n/say';
import { smartMessages } from '../../src/i18n/messages';
import { MAX_SAVED_BYTES } from '../../src/plan/saved-plan';
import { marketOf } from '../../src/plan/markets';
import { planEnd, toPlan } from '../answers';
import { STEP } from '../step-ids';
import { stepOfField } from '../checks';
import type { StepContext } from '../context';
import { h, type Child } from '../dom';
import { countryName, labels, lang, m, netName, t } from '../i18n';

const WEEKS_PER_MONTH = 365.25 / 12 / 7;

/** A plan date as the user's language writes it, isolated so it never reorders the sentence around it. */
function dateText(iso: string): string {
  let text = iso;
  try {
    // Gregorian like the date fields and the tabs (Persian would default to the Solar Hijri calendar).
    text = new Intl.DateTimeFormat(`${lang()}-u-ca-gregory`, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  } catch {
    // An unreadable date or no Intl: the ISO date as typed.
  }
  return `\u2068${text}\u2069`;
}

/**
 * How much of the room a saved plan has (MAX_SAVED_BYTES) these answers take: every field can be
 * within its own limit and the whole still too big, so the wizard says it before Generate refuses.
 */
function planRoom(ctx: StepContext): string {
  let used = 0;
  try {
    used = new TextEncoder().encode(JSON.stringify(toPlan(ctx.a))).length;
  } catch {
    return m().summaryNone;
  }
  const kb = (bytes: number) => Math.ceil(bytes / 1000);
  return t(m().planRoomValue, { used: kb(used), max: kb(MAX_SAVED_BYTES) });
}

/** The budget lines' sum per month, as the user's language writes numbers. */
function monthlyBudget(a: StepContext['a']): string {
  const total = a.budget.reduce((sum, x) => sum + (parseNumberText(x.monthly) ?? 0), 0);
  return total > 0 ? formatNumber(total, lang()) : m().summaryNone;
}

/** A count in the language's digits (۳ in Persian), like every other number on the screen. */
const count = (n: number) => formatNumber(n, lang());
/** A number the user typed, in the language's digits once read; kept as typed when it is not one. */
const typed = (text: string) => {
  const n = parseNumberText(text);
  return n === null ? text : formatNumber(n, lang());
};

function summary(ctx: StepContext): HTMLElement {
  const a = ctx.a;
  const plan = a.contentPlan;
  const none = m().summaryNone;
  const end = planEnd(a);
  const months = parseNumberText(plan.months) ?? 0;
  const perWeek = plan.networks.reduce((s, n) => s + (parseNumberText(n.postsPerWeek) ?? 0), 0);
  const focus = (labels().focus as Record<string, string>)[a.focus] ?? none;
  const rows: [string, string][] = [
    [m().businessName, a.businessName.trim() || none],
    [m().market, a.market === 'ZZ' ? m().otherMarket : a.market ? countryName(a.market) : none],
    [m().focusSummary, focus],
    [m().personas, count(a.situation.personas.filter((p) => p.name.trim()).length)],
    [m().steps[STEP.goals], count(a.goals.filter((g) => g.text.trim()).length)],
    [m().steps[STEP.accounts], count(a.accounts.length)],
    [m().postingTitle, plan.networks.map((n) => `${netName(n.network)} ${typed(n.postsPerWeek)}`).join(smartMessages[lang()].listSeparator) || none],
    [m().period, end ? t(m().summaryPeriod, { start: dateText(plan.startDate), end: dateText(end) }) : none],
    [m().steps[STEP.content], perWeek && months ? t(m().summaryPosts, { count: Math.round(perWeek * months * WEEKS_PER_MONTH) }) : none],
    [m().campaigns, count(a.campaigns.length)],
    [t(m().budget, { currency: marketOf(a.market || 'ZZ').currency }), monthlyBudget(a)],
    [m().team, a.team.map((x) => x.name.trim()).filter(Boolean).join(smartMessages[lang()].listSeparator) || none],
    [
      m().reminders,
      ctx.remindersOn
        ? t(m().summaryReminders, { hour: parseNumberText(a.reminders.hour) ?? a.reminders.hour, recipients: a.reminders.recipients.join(', ') || none })
        : m().remindersOff,
    ],
    [m().planRoom, planRoom(ctx)],
  ];
  // The business name may be in another script than the interface: it alone sets its own direction.
  return h('dl', { class: 'summary' }, rows.map(([term, value], i) => [h('dt', null, term), h('dd', { dir: i === 0 ? 'auto' : null }, value)]));
}

function problemList(ctx: StepContext): HTMLElement | null {
  if (ctx.problems.length === 0) return null;
  return h(
    'div',
    { class: 'banner', role: 'alert', id: 'problems' },
    h('strong', null, m().problemsTitle),
    h(
      'ul',
      null,
      ctx.problems.map((p) => {
        const step = stepOfField(p.field);
        return h(
          'li',
          null,
          step < STEP.generate
            ? [h('button', { type: 'button', class: 'link', onclick: () => ctx.goTo(step, p.field) }, `${m().steps[step]}:`), ' ']
            : null,
          p.message,
        );
      }),
    ),
  );
}

function results(ctx: StepContext): Child {
  const result = ctx.result;
  if (!result) return null;
  return h(
    'div',
    { id: 'results' },
    h('div', { class: 'banner ok', role: 'status' }, m().generated),
    h(
      'ul',
      { class: 'tabs' },
      result.tabs.map((tab) =>
        h('li', null, h('button', { type: 'button', 'data-kind': tab.kind, onclick: () => ctx.openTab(tab) }, t(m().openTab, { name: tab.name, rows: tab.rows }))),
      ),
    ),
    result.reminders ? h('p', { role: 'status' }, result.reminders) : null,
  );
}

export function generateStep(ctx: StepContext): Child[] {
  return [
    h('h2', null, m().summary),
    summary(ctx),
    problemList(ctx),
    h(
      'button',
      { type: 'button', class: 'action', id: 'generate', disabled: ctx.generating, 'aria-describedby': ctx.generating ? 'progress' : null, onclick: () => ctx.generate() },
      m().generate,
    ),
    ctx.generating
      ? h('div', { id: 'progress', role: 'status' }, h('div', { class: 'progress', role: 'progressbar', 'aria-label': m().generating }), h('p', null, m().generating))
      : null,
    results(ctx),
  ];
}
