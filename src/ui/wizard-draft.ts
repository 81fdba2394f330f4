/**
 * The wizard's answers while they are being written: the plan as the sidebar holds it (numbers
 * may still be text, rows may be incomplete), plus where the user is. Saved with the document on
 * every change so reopening the sidebar resumes; only generateTabs checks it as a real plan.
 * Pure: the shape and the check of an untrusted draft from google.script.run.
 */
import * as z from 'zod/mini';
import type { Lang } from '../i18n/lang';
import type { PlanInput } from '../plan/schema';
import { utf8Length } from '../plan/saved-plan';

/** 2: the Situation and Budget & team steps were added (8 steps). */
export const DRAFT_VERSION = 2;
export const STEP_COUNT = 8;
/** Where each step of a version-1 draft (6 steps) now stands: Situation and Budget & team came in. */
const V1_STEPS = [0, 2, 3, 4, 6, 7];
/** A draft is a plan still being typed: far below this unless someone sends junk. */
export const MAX_DRAFT_BYTES = 100_000;
const MAX_DEPTH = 8;

export interface WizardDraft {
  version: number;
  /** The step shown (0 = Start … 5 = Generate) and the furthest reached. */
  step: number;
  furthest: number;
  /** Whether the last step also switches on review reminders. */
  remindersOn: boolean;
  answers: PlanInput;
  /**
   * Which sidebar sent it, and its count of drafts sent: google.script.run calls may arrive out of
   * order, and an older draft from the same sidebar must not overwrite a newer one.
   */
  session?: string;
  revision?: number;
}

/** What the sidebar gets when it opens. */
export interface WizardLoad {
  /** The user's language, from their account locale (the first answer's default). */
  lang: Lang;
  draft: WizardDraft | null;
  /** The last generated plan, when there is no draft (the wizard opens with it). */
  savedPlan: PlanInput | null;
}

/** Built on first use: dist/Code.js loads on every custom-function call, which never saves a draft. */
function draftEnvelope() {
  const step = z.int().check(z.gte(0), z.lte(STEP_COUNT - 1));
  return z.object({
    version: z.union([z.literal(1), z.literal(DRAFT_VERSION)]),
    step,
    furthest: step,
    remindersOn: z.boolean(),
    answers: z.record(z.string(), z.unknown()),
    session: z.optional(z.string().check(z.maxLength(64))),
    revision: z.optional(z.int().check(z.gte(0))),
  });
}
let envelope: ReturnType<typeof draftEnvelope> | undefined;

/** Only what JSON can say, not too deep: google.script.run delivers that, a script might not. */
function plainJson(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (depth >= MAX_DEPTH || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.every((v) => plainJson(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.keys(value).every((k) => plainJson((value as Record<string, unknown>)[k], depth + 1));
}

export type DraftCheck = { ok: true; draft: WizardDraft; json: string } | { ok: false; reason: 'shape' | 'size' } | { ok: false; reason: 'key'; key: string };

/** Keys that JSON carries but the checks drop (an object's `__proto__`): refused, never lost without a word. */
const UNKEEPABLE_KEYS = ['__proto__'];

function unkeepableKey(value: unknown, depth: number): string | null {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  if (!Array.isArray(value)) {
    for (const key of UNKEEPABLE_KEYS) if (Object.prototype.hasOwnProperty.call(value, key)) return key;
  }
  for (const v of Object.values(value as Record<string, unknown>)) {
    const found = unkeepableKey(v, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Checks an untrusted draft; on success also returns its JSON (what gets stored). */
export function checkDraft(input: unknown): DraftCheck {
  const key = unkeepableKey(input, 0);
  if (key) return { ok: false, reason: 'key', key };
  const parsed = (envelope ??= draftEnvelope()).safeParse(input);
  if (!parsed.success || !plainJson(parsed.data.answers, 1)) return { ok: false, reason: 'shape' };
  // A draft from before the two new steps resumes on the same step, renumbered.
  const v1 = parsed.data.version === 1;
  const at = (n: number) => (v1 ? V1_STEPS[Math.min(n, V1_STEPS.length - 1)] : n);
  const draft = { ...parsed.data, version: DRAFT_VERSION, step: at(parsed.data.step), furthest: Math.max(at(parsed.data.furthest), at(parsed.data.step)) } as WizardDraft;
  const json = JSON.stringify(draft);
  if (utf8Length(json) > MAX_DRAFT_BYTES) return { ok: false, reason: 'size' };
  return { ok: true, draft, json };
}

/** True when `incoming` is an older draft of the same sidebar than the one kept (`kept`). */
export function isOutrun(incoming: Pick<WizardDraft, 'session' | 'revision'>, kept: { session?: unknown; revision?: unknown } | null): boolean {
  if (!kept || incoming.session === undefined || incoming.revision === undefined) return false;
  return kept.session === incoming.session && typeof kept.revision === 'number' && kept.revision > incoming.revision;
}
