/**
 * Judges a marketing goal against the five SMART criteria, in English, Arabic, Persian or Hebrew.
 * Pure and offline: SMART_CHECK calls it per cell, the sidebar per keystroke.
 */
import { fill } from '../../i18n/format';
import { formatNumber } from '../../i18n/say';
import type { Lang } from '../../i18n/lang';
import { smartMessages, type SmartMessages } from '../../i18n/messages';
import { compileLexicon, type Matcher } from './compile';
import { CRITERIA, criteriaMet, findEvidence, type Criterion, type Findings } from './criteria';
import { detectLanguage, type Fallback, type Reading } from './detect';
import { ar } from './lexicon-ar';
import { en } from './lexicon-en';
import { fa } from './lexicon-fa';
import { he } from './lexicon-he';
import { normalizeGoal } from './normalize';

export { CRITERIA, MAX_GROWTH_IN_ALL, MAX_GROWTH_PER_MONTH, MONTHS_WHEN_UNSTATED } from './criteria';
export type { Criterion, Findings } from './criteria';
export { detectLanguage, type Detected, type Fallback, type Reading } from './detect';

export interface GoalVerdict {
  /** The language the goal is written in (and the summary with it). */
  lang: Lang;
  met: Record<Criterion, boolean>;
  /** How many criteria are met, 0–5. */
  score: number;
  /** Unmet criteria in S, M, A, R, T order. */
  missing: Criterion[];
  /** One concrete fix for the first missing criterion; absent when all five are met. */
  hint?: string;
  /** The one line SMART_CHECK shows: score, met, missing, hint. */
  summary: string;
  /** What was recognised in the goal. */
  findings: Findings;
}

/** Goals longer than this are judged on their first characters (a cell may hold 50,000). */
export const LONGEST_GOAL = 2000;

/**
 * Built on the first judgement, not at load: dist/Code.js loads on every custom-function call, and
 * a CTR or ROI call should not pay for compiling four lexicons. Each language's words plus English.
 */
let matchers: Record<Reading, Matcher> | undefined;
function matchersFor(reading: Reading): Matcher {
  if (!matchers) {
    const EN = compileLexicon(en(), true);
    const AR = compileLexicon(ar());
    const FA = compileLexicon(fa());
    matchers = { en: [EN], ar: [AR, EN], fa: [FA, EN], he: [compileLexicon(he()), EN], 'ar+fa': [AR, FA, EN] };
  }
  return matchers[reading];
}

type HintKey = keyof SmartMessages['hints'];

function hintKey(first: Criterion, f: Findings): HintKey {
  if (first === 'specific') return f.channel ? 'specificResult' : 'specificChannel';
  if (first === 'attainable') return f.absolute ? 'attainableAbsolute' : 'attainableGrowth';
  return first;
}

/**
 * @param text the goal as typed
 * @param fallback the language to answer in when the text has no letters (digits only, a date);
 *   a function is only called when needed (SMART_CHECK passes the spreadsheet locale lookup).
 */
export function judgeGoal(text: string, fallback: Fallback): GoalVerdict {
  const raw = text.length > LONGEST_GOAL ? text.slice(0, LONGEST_GOAL) : text;
  const { lang, lexicon } = detectLanguage(raw, fallback);
  const findings = findEvidence(normalizeGoal(raw), matchersFor(lexicon));
  const met = criteriaMet(findings);
  const missing = CRITERIA.filter((c) => !met[c]);
  const score = CRITERIA.length - missing.length;
  const words = smartMessages[lang];
  if (missing.length === 0) return { lang, met, score, missing, summary: words.allMet, findings };
  const hint = words.hints[hintKey(missing[0], findings)];
  const list = (criteria: Criterion[]) =>
    criteria.length ? criteria.map((c) => words.criteria[c]).join(words.listSeparator) : words.none;
  // The score in the language's digits, as the message around it (۴/۵ in Persian).
  const summary = fill(words.line, { score: formatNumber(score, lang), met: list(CRITERIA.filter((c) => met[c])), missing: list(missing), hint });
  return { lang, met, score, missing, hint, summary, findings };
}
