/**
 * keyDates(market, from, to): the market's key dates in a plan's period, named in the plan's
 * language, as ISO dates (DOMAIN.md, `004`: plan the year before, during and after each moment).
 * Pure and offline: the calendars are src/calendars', the tables ./markets'.
 */
import { daysFromIso, isoFromDays } from '../../calendars/days';
import { keyDateMessages } from '../../i18n/messages';
import type { Lang } from '../../i18n/lang';
import { KEY_DATES, OTHER_KEY_DATES, type KeyDateKind, type KeyDateRule } from './markets';
import type { KeyDateNames } from './names';

export type { KeyDateKind } from './markets';

export interface KeyDate {
  /** The rule's id and its first day, e.g. `ramadan-2027-02-08`: stable across calls (Ramadan can start twice in a civil year). */
  id: string;
  /** What kind of day: the rule's id (`ramadan`), for code and tests. */
  key: KeyDateNames;
  name: string;
  start: string;
  end: string;
  kind: KeyDateKind;
  /** Set by moon sighting or by a school calendar: it may move a day (or more, for schools). */
  estimate: boolean;
  /** Jewish holidays: they begin at sundown the evening before `start`. */
  sundown: boolean;
  /** A sentence for the UI when the date is an estimate or begins at sundown, else "". */
  note: string;
}

export function keyDateRules(market: string): KeyDateRule[] {
  return KEY_DATES[market.toUpperCase()] ?? OTHER_KEY_DATES;
}

/** The key dates of `market` that overlap [from, to] (ISO dates, inclusive), in order of start. */
export function keyDates(market: string, from: string, to: string, lang: Lang): KeyDate[] {
  const first = daysFromIso(from);
  const last = daysFromIso(to);
  const words = keyDateMessages[lang];
  const out: KeyDate[] = [];
  const seen = new Set<string>();
  for (const r of keyDateRules(market)) {
    for (const [start, end] of r.when(first, last)) {
      if (end < first || start > last) continue;
      const id = `${r.id}-${isoFromDays(start)}`;
      if (seen.has(id)) continue; // rules shared by two lines of a table give the same day once
      seen.add(id);
      const estimate = r.moon === true || r.school === true;
      const notes = [r.sundown ? words.notes.sundown : '', r.moon ? words.notes.estimate : '', r.school ? words.notes.schoolEstimate : ''];
      out.push({
        id,
        key: r.id,
        name: words.names[r.id],
        start: isoFromDays(start),
        end: isoFromDays(end),
        kind: r.kind,
        estimate,
        sundown: r.sundown === true,
        note: notes.filter((n) => n !== '').join(' '),
      });
    }
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
}
