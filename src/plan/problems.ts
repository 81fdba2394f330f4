/**
 * Turns what zod found wrong with a plan into the problems the wizard shows: one per field, with
 * the field as a dotted path (`goals.1.deadline`) and a sentence in the plan's language. zod/mini
 * ships no messages of its own (bundle size), so every sentence comes from the `plan` section.
 */
import { say } from '../i18n/say';
import type { Lang } from '../i18n/lang';
import { planMessages, type PlanMessages } from '../i18n/messages';

export interface PlanProblem {
  field: string;
  message: string;
}

/** The parts of a zod issue we read (zod's own type is a wide union). */
export interface FoundIssue {
  code: string;
  path: PropertyKey[];
  message?: string;
  input?: unknown;
  params?: Record<string, unknown>;
  origin?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: unknown[];
  errors?: FoundIssue[][];
}

const SHOWN_VALUE_LENGTH = 40;

/** The user's value as it appears inside a message: short, on one line. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > SHOWN_VALUE_LENGTH ? `${line.slice(0, SHOWN_VALUE_LENGTH - 1)}…` : line;
}

const NOT_A: Record<string, keyof PlanMessages> = {
  string: 'notText',
  number: 'notNumber',
  int: 'notWhole',
  array: 'notList',
  object: 'notGroup',
  boolean: 'notYesNo',
};

function keyAndValues(issue: FoundIssue, field: string): [keyof PlanMessages, Record<string, string | number>] {
  const value = shown(issue.params?.value ?? issue.input);
  switch (issue.code) {
    case 'custom': {
      const key = (issue.message ?? 'invalid') as keyof PlanMessages;
      const params: Record<string, string | number> = { value };
      for (const [name, v] of Object.entries(issue.params ?? {})) params[name] = typeof v === 'number' ? v : shown(v);
      return [key, params];
    }
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return ['required', {}];
      return [NOT_A[issue.expected ?? ''] ?? 'invalid', { value }];
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return ['required', {}];
      if (issue.origin === 'array') return [field === 'goals' ? 'goalsTooFew' : 'tooFew', { min }];
      return ['tooSmall', { min }];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return ['textTooLong', { max }];
      if (issue.origin === 'array') return ['tooMany', { max }];
      return ['tooBig', { max }];
    }
    case 'invalid_value':
      return ['notOneOf', { value, options: (issue.values ?? []).map(String).join(', ') }];
    case 'invalid_union':
      return [(issue.message as keyof PlanMessages) ?? 'invalid', { value }];
    default:
      return ['invalid', { value }];
  }
}

/** Problems from zod's issues, in the given language; one per field and kind, in the order found. */
export function problemsFrom(issues: readonly FoundIssue[], lang: Lang): PlanProblem[] {
  const messages = planMessages[lang];
  const problems: PlanProblem[] = [];
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    const [key, values] = keyAndValues(issue, field);
    const template = messages[key] ?? messages.invalid;
    const message = field === '' && issue.code === 'invalid_type' ? messages.notAPlan : say(template, values, lang);
    if (!problems.some((p) => p.field === field && p.message === message)) problems.push({ field, message });
  }
  return problems;
}
