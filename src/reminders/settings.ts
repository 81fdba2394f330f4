/**
 * The reminder settings the sidebar or the dialog sends (untrusted: validated here with zod) and
 * the cadences that follow from them and the plan. Problems come back per field, in the plan's
 * language, and nothing is changed when any is found.
 */
import * as z from 'zod/mini';
import { isEmail } from '../i18n/email';
import { fill } from '../i18n/format';
import { parseNumberText } from '../i18n/digits';
import type { Lang } from '../i18n/lang';
import { reminderMessages } from '../i18n/messages';
import type { Cadences } from './types';

/** Consumer accounts may mail 100 recipients a day; one digest a day to ≤ 10 leaves room. */
export const MAX_RECIPIENTS = 10;


/** "a@x.com, b@y.org; c@z.net" or ["a@x.com", …] → trimmed, de-duplicated list. */
function recipientList(value: unknown): unknown {
  const parts = typeof value === 'string' ? value.split(/[,;\n]/) : value;
  if (!Array.isArray(parts)) return parts;
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const p of parts) {
    if (typeof p !== 'string') {
      out.push(p);
      continue;
    }
    const t = p.trim();
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

/**
 * A number typed as text in any digits ("9", "٩", "۹"), read by the one digit reader the plan uses;
 * text that is no number is left for the schema to refuse.
 */
function readWhole(v: unknown): unknown {
  return typeof v === 'string' && v.trim() !== '' ? (parseNumberText(v) ?? v) : v;
}

/** Whole months from 0 (that review off) to `max`, typed as a number or as text. */
const months = (max: number) =>
  z.optional(
    z.pipe(
      z.transform(readWhole),
      z.int('badMonths').check(z.minimum(0, 'badMonths'), z.maximum(max, 'badMonths')),
    ),
  );

/** Built on first use: dist/Code.js loads on every custom-function call, which never reads settings. */
function buildSettingsSchema() {
  return z.object({
    hour: z.pipe(
      z.transform(readWhole),
      z.int('badHour').check(z.minimum(0, 'badHour'), z.maximum(23, 'badHour')),
    ),
    recipients: z.pipe(
      z.transform(recipientList),
      z
        .array(z.string('badEmail').check(z.refine(isEmail, 'badEmail')), 'noRecipients')
        .check(z.minLength(1, 'noRecipients'), z.maxLength(MAX_RECIPIENTS, 'tooManyRecipients')),
    ),
    kpi: z.optional(z.enum(['weekly', 'monthly', 'off'], 'badSettings')),
    auditMonths: months(12),
    /** The plan's horizon is at most 36 months (DOMAIN.md `001`: up to 3 years). */
    strategyMonths: months(36),
    goals: z.optional(z.boolean('badSettings')),
    posts: z.optional(z.boolean('badSettings')),
  });
}

let builtSettingsSchema: ReturnType<typeof buildSettingsSchema> | undefined;
export function settingsSchema(): ReturnType<typeof buildSettingsSchema> {
  return (builtSettingsSchema ??= buildSettingsSchema());
}

export type ReminderSettings = z.infer<ReturnType<typeof buildSettingsSchema>>;

export interface SettingsProblem {
  field: string;
  message: string;
}

const KNOWN_PROBLEMS = ['badHour', 'badEmail', 'noRecipients', 'tooManyRecipients', 'badMonths', 'badSettings'] as const;
type KnownProblem = (typeof KNOWN_PROBLEMS)[number];

export type SettingsResult = { ok: true; settings: ReminderSettings } | { ok: false; problems: SettingsProblem[] };

export function validateSettings(input: unknown, lang: Lang): SettingsResult {
  const m = reminderMessages[lang];
  const parsed = z.safeParse(settingsSchema(), input ?? {});
  if (parsed.success) return { ok: true, settings: parsed.data };
  const problems: SettingsProblem[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.') || 'settings';
    const code = (KNOWN_PROBLEMS as readonly string[]).includes(issue.message) ? (issue.message as KnownProblem) : 'badSettings';
    let message: string = m[code];
    if (code === 'badEmail') message = fill(m.badEmail, { value: String(lookup(input, issue.path) ?? '') });
    if (code === 'tooManyRecipients') message = fill(m.tooManyRecipients, { max: MAX_RECIPIENTS });
    if (code === 'badMonths') message = fill(m.badMonths, { max: field === 'strategyMonths' ? 36 : 12 });
    if (!problems.some((p) => p.field === field && p.message === message)) problems.push({ field, message });
  }
  return { ok: false, problems };
}

/** The plan's cadences, with the user's choices from the settings laid over them. */
export function effectiveCadences(plan: Cadences, settings: ReminderSettings): Cadences {
  return {
    kpi: settings.kpi ?? plan.kpi,
    auditMonths: settings.auditMonths ?? plan.auditMonths,
    strategyMonths: settings.strategyMonths ?? plan.strategyMonths,
    goals: settings.goals ?? plan.goals,
    posts: settings.posts ?? plan.posts,
  };
}

function lookup(input: unknown, path: readonly PropertyKey[]): unknown {
  if (path[0] === 'recipients' && input && typeof input === 'object') {
    const list = recipientList((input as Record<string, unknown>).recipients);
    return Array.isArray(list) ? list[Number(path[1])] : list;
  }
  let v: unknown = input;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}
