/**
 * The five SMART criteria as issue 3 defines them for marketing goals, read from a normalized goal:
 * - Specific: names a channel AND a metric or business outcome.
 * - Measurable: a quantity (digits in any script, %, words like "double", "سه", "שלוש") that is not
 *   part of a date or period, beside a metric, a content unit or an outcome.
 * - Attainable: no "everyone"-style absolute target, and any stated growth within the threshold below.
 * - Relevant: a business objective, a purpose clause, or an outcome metric (each serves one:
 *   likes → engagement, followers → awareness, clicks → traffic, sales → sales).
 * - Time-bound: a date, month, quarter, season, holiday, period ("in 3 months") or cadence ("a week").
 */
import type { Matcher, Reader } from './compile';

/**
 * Attainability threshold. A growth from a stated baseline ("from 1,000 to 5,000", "+300%", "×3",
 * "double") is out of reach when it averages more than ×2 per month (+100% a month, compounded)
 * over the stated period, or more than ×100 in all. A period under a month counts as one month;
 * with no period stated (or only a deadline date) the growth is spread over 12 months.
 */
export const MAX_GROWTH_PER_MONTH = 2;
export const MAX_GROWTH_IN_ALL = 100;
export const MONTHS_WHEN_UNSTATED = 12;

export type Criterion = 'specific' | 'measurable' | 'attainable' | 'relevant' | 'timeBound';
export const CRITERIA: readonly Criterion[] = ['specific', 'measurable', 'attainable', 'relevant', 'timeBound'];

/** What was found in a goal: the evidence behind each criterion, for hints and tests. */
export interface Findings {
  channel: boolean;
  metric: boolean;
  content: boolean;
  objective: boolean;
  purpose: boolean;
  quantity: boolean;
  time: boolean;
  absolute: boolean;
  /** Target ÷ baseline when the goal states a growth, else null. */
  growth: number | null;
  /** The longest period stated, in months, else null. */
  months: number | null;
}

const MONTHS_PER_UNIT = [1 / 30, 7 / 30, 1, 3, 12];
const DIGITS_ONLY = /\d+(?:[.,]\d+)*/;
const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/;

function digitsValue(digits: string): number {
  if (GROUPED.test(digits)) return Number(digits.replace(/[.,]/g, ''));
  const n = parseFloat(digits.replace(',', '.'));
  return Number.isFinite(n) ? n : 0;
}

/** "1,000" → 1000, "1.5k" → 1500, "2 هزار" → 2000, "three" → 3, "مليون" → 1,000,000. */
export function amount(text: string, r: Reader): number {
  const digits = DIGITS_ONLY.exec(text);
  let n = 1;
  if (digits) n = digitsValue(digits[0]);
  else {
    for (let v = r.numberWords.length - 1; v > 0; v--) {
      if (r.numberWords[v].test(text)) {
        n = v;
        break;
      }
    }
  }
  if (r.million.test(text) || /\dm$/.test(text)) return n * 1e6;
  if (r.thousand.test(text) || /\dk$/.test(text)) return n * 1e3;
  return n;
}

/** Every match of a global regex, by a plain exec loop (matchAll would clone the regex on every call). */
function everyMatch(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === '') pattern.lastIndex++;
  }
  return found;
}

function growthRatio(goal: string, m: Matcher): number | null {
  // "from X to Y" is written with digits: most goals without any skip these regexes.
  if (/\d/.test(goal)) {
    for (const r of m) {
      for (const pattern of r.fromTo) {
        const match = pattern.exec(goal);
        if (match) {
          const from = amount(match[1], r);
          const to = amount(match[2], r);
          if (from > 0 && to > 0) return to / from;
        }
      }
    }
  }
  for (const r of m) {
    for (const pattern of r.times) {
      const match = pattern.exec(goal);
      if (match) return amount(match[1], r);
    }
    const multiple = r.multiples.exec(goal);
    if (multiple) return r.factors[multiple.slice(1).findIndex((g) => g !== undefined)];
  }
  if (!found(m, 'growth', goal)) return null;
  let percent = 0;
  for (const r of m) {
    for (const match of everyMatch(goal, r.percent)) percent = Math.max(percent, digitsValue(match[1] ?? match[2]));
  }
  return percent > 0 ? 1 + percent / 100 : null;
}

/** The longest period the goal states; cadences ("4 reels a week") say how often, not how long. */
function longestPeriod(goal: string, m: Matcher): number | null {
  let longest: number | null = null;
  let periods = goal;
  for (const r of m) periods = periods.replace(r.cadence, ' ');
  for (const r of m) {
    for (const match of everyMatch(periods, r.duration)) {
      const kind = match.slice(2, 7).findIndex((g) => g !== undefined);
      const count = match[1] ? amount(match[1], r) : r.dual?.test(match[0]) ? 2 : 1;
      const months = count * MONTHS_PER_UNIT[kind];
      if (longest === null || months > longest) longest = months;
    }
  }
  return longest;
}

export function isReachable(growth: number | null, months: number | null): boolean {
  if (growth === null || growth <= 1) return true;
  const spread = Math.max(1, months ?? MONTHS_WHEN_UNSTATED);
  return growth <= MAX_GROWTH_IN_ALL && Math.pow(growth, 1 / spread) <= MAX_GROWTH_PER_MONTH;
}

type WordKind = 'channel' | 'metric' | 'content' | 'objective' | 'purpose' | 'purposeVerb' | 'absolute' | 'quantity' | 'clock' | 'growth';

/** Whether any of the reading's lexicons finds that kind of word in the text. */
function found(m: Matcher, kind: WordKind, text: string): boolean {
  for (const lex of m) if (lex[kind].test(text)) return true;
  return false;
}

function afterFirstWord(goal: string): string {
  const space = goal.indexOf(' ');
  return space < 0 ? '' : goal.slice(space + 1);
}

/** Reads the evidence out of a normalized goal. */
export function findEvidence(goal: string, m: Matcher): Findings {
  let time = false;
  let timeless = goal;
  for (const lex of m) {
    timeless = timeless.replace(lex.time, () => {
      time = true;
      return ' ';
    });
  }
  const growth = growthRatio(goal, m);
  return {
    channel: found(m, 'channel', goal),
    metric: found(m, 'metric', goal),
    content: found(m, 'content', goal),
    objective: found(m, 'objective', goal),
    purpose: found(m, 'purpose', goal) || found(m, 'purposeVerb', afterFirstWord(goal)),
    quantity: /\d|%/.test(timeless) || found(m, 'quantity', timeless) || found(m, 'clock', goal),
    time,
    absolute: found(m, 'absolute', goal),
    growth,
    months: growth === null ? null : longestPeriod(goal, m),
  };
}

export function criteriaMet(f: Findings): Record<Criterion, boolean> {
  return {
    specific: f.channel && (f.metric || f.objective),
    measurable: f.quantity && (f.metric || f.content || f.objective),
    attainable: !f.absolute && isReachable(f.growth, f.months),
    relevant: f.objective || f.purpose || f.metric,
    timeBound: f.time,
  };
}
