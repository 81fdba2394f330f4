/**
 * The part of the plan reminders need, taken from the saved plan (src/plan/schema.ts). Kept as a
 * small copy beside the settings too, so the reviews that depend only on the plan still go out
 * when a run cannot read the spreadsheet (README.md, "Scope decision for the reminder trigger").
 */
import { isLang } from '../i18n/lang';
import { readIsoDate } from '../plan/dates';
import { planEndDate, type Plan } from '../plan/schema';
import type { ReminderPlan } from './types';

export function reminderPlanOf(plan: Plan): ReminderPlan {
  return {
    business: plan.businessName,
    lang: plan.language,
    timeZone: plan.timeZone,
    start: plan.contentPlan.startDate,
    end: planEndDate(plan),
    cadences: {
      kpi: plan.reviews.kpi,
      auditMonths: plan.reviews.auditEveryMonths,
      strategyMonths: plan.reviews.strategyEveryMonths,
      goals: true,
      posts: true,
    },
    goals: plan.goals.map((g) => ({ text: g.text, deadline: g.deadline })),
    market: plan.market,
    campaigns: plan.campaigns.filter((c) => c.keyDate !== '').map((c) => ({ name: c.name, start: c.start, keyDate: c.keyDate })),
  };
}

/** A copy read back from properties: anything malformed gives null (then nothing is sent). */
export function readReminderPlan(value: unknown): ReminderPlan | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const c = (v.cadences ?? {}) as Record<string, unknown>;
  const start = typeof v.start === 'string' ? readIsoDate(v.start) : null;
  const end = typeof v.end === 'string' ? readIsoDate(v.end) : null;
  if (!start || !end || !isLang(v.lang) || typeof v.business !== 'string' || typeof v.timeZone !== 'string') return null;
  const kpi = c.kpi === 'weekly' || c.kpi === 'monthly' || c.kpi === 'off' ? c.kpi : 'monthly';
  const months = (x: unknown, fallback: number) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 36 ? x : fallback);
  const goals = Array.isArray(v.goals) ? v.goals : [];
  return {
    business: v.business,
    lang: v.lang,
    timeZone: v.timeZone,
    start,
    end,
    cadences: { kpi, auditMonths: months(c.auditMonths, 3), strategyMonths: months(c.strategyMonths, 6), goals: c.goals !== false, posts: c.posts !== false },
    goals: goals
      .filter((g): g is Record<string, unknown> => !!g && typeof g === 'object' && typeof (g as { text?: unknown }).text === 'string')
      .map((g) => ({ text: g.text as string, deadline: typeof g.deadline === 'string' ? readIsoDate(g.deadline) : null })),
    ...(typeof v.market === 'string' && /^[A-Z]{2}$/.test(v.market) ? { market: v.market } : {}),
    ...(Array.isArray(v.campaigns)
      ? {
          campaigns: v.campaigns
            .filter((c): c is Record<string, unknown> => !!c && typeof c === 'object')
            .filter((c) => typeof c.name === 'string' && typeof c.keyDate === 'string' && typeof c.start === 'string' && readIsoDate(c.start) !== null)
            .map((c) => ({ name: c.name as string, start: c.start as string, keyDate: c.keyDate as string })),
        }
      : {}),
  };
}
