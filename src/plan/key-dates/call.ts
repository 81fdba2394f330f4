/**
 * The sidebar's `keyDates(market, from, to, [language])` server call: its arguments arrive as
 * JSON from google.script.run, so each is checked; a bad one is named in the plan's language.
 */
import { fill } from '../../i18n/format';
import { isLang, type Lang } from '../../i18n/lang';
import { planMessages } from '../../i18n/messages';
import { daysBetween, readIsoDate } from '../dates';
import { marketOf } from '../markets';
import { keyDates, type KeyDate } from './index';

/** A plan spans at most 36 months; a little more leaves room for a campaign's "after" phase. */
const MAX_DAYS = 4 * 366;

export type KeyDatesAnswer = { dates: KeyDate[] } | { problem: string };

/** A hostile argument shown in a message: never more than 40 characters, never a throw. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 40) : typeof value === 'number' ? String(value) : typeof value;
}

export function keyDatesCall(market: unknown, from: unknown, to: unknown, language?: unknown): KeyDatesAnswer {
  const code = typeof market === 'string' && /^[A-Za-z]{2}$/.test(market.trim()) ? market.trim().toUpperCase() : null;
  const lang: Lang = isLang(language) ? language : code ? marketOf(code).language : 'en';
  const words = planMessages[lang];
  if (code === null) return { problem: fill(words.market, { value: shown(market) }) };
  const start = typeof from === 'string' ? readIsoDate(from) : null;
  if (start === null) return { problem: fill(words.date, { value: shown(from) }) };
  const end = typeof to === 'string' ? readIsoDate(to) : null;
  if (end === null) return { problem: fill(words.date, { value: shown(to) }) };
  if (end < start) return { problem: fill(words.endBeforeStart, { start, end }) };
  if (daysBetween(start, end) > MAX_DAYS) return { problem: fill(words.tooBig, { max: `${start} + ${MAX_DAYS}` }) };
  return { dates: keyDates(code, start, end, lang) };
}
