/**
 * Where each day of the plan falls around the campaigns (DOMAIN.md, `004`: announce before,
 * during and after each push; keep awareness without nagging in the quiet periods between).
 * The windows: the 14 days before a campaign starts, its own days, and the 7 days after it ends
 * (a campaign may set its own: Ramadan's "after" is the Eid).
 * When windows overlap, a running campaign wins over an upcoming one, and an upcoming one over a
 * finished one. Two campaigns running the same day: the shorter wins (Founding Day inside Ramadan
 * gets its own posts), then the one that started later; other windows of the same kind: the one
 * that starts first.
 */
import { toAsciiDigits } from '../../i18n/digits';
import { addDays, daysBetween, type IsoDate } from '../dates';
import type { Campaign } from '../schema';

export const DAYS_BEFORE = 14;
export const DAYS_AFTER = 7;

export type Phase = 'before' | 'during' | 'after' | 'quiet';

const RANK: Record<Phase, number> = { quiet: 0, after: 1, before: 2, during: 3 };

export interface DayPhase {
  phase: Phase;
  /** Index into the plan's campaigns, or -1 in a quiet period. */
  campaign: number;
}

/** One DayPhase per day from `start` to `end` (inclusive). */
export function campaignPhases(campaigns: (Pick<Campaign, 'start' | 'end'> & Partial<Pick<Campaign, 'beforeDays' | 'afterDays'>>)[], start: IsoDate, end: IsoDate): DayPhase[] {
  const days = daysBetween(start, end) + 1;
  const out: DayPhase[] = new Array(days);
  for (let d = 0; d < days; d++) out[d] = { phase: 'quiet', campaign: -1 };
  const byStart = campaigns.map((c, i) => ({ c, i })).sort((a, b) => (a.c.start < b.c.start ? -1 : a.c.start > b.c.start ? 1 : a.i - b.i));
  const length = (i: number) => daysBetween(campaigns[i].start, campaigns[i].end);
  /** A running campaign takes a day from another running one when it is shorter, or as long and later. */
  const overrides = (i: number, held: number) =>
    length(i) < length(held) || (length(i) === length(held) && campaigns[i].start > campaigns[held].start);
  const mark = (from: IsoDate, to: IsoDate, phase: Phase, campaign: number) => {
    const first = Math.max(0, daysBetween(start, from));
    const last = Math.min(days - 1, daysBetween(start, to));
    for (let d = first; d <= last; d++) {
      const held = out[d];
      if (RANK[phase] > RANK[held.phase] || (phase === 'during' && held.phase === 'during' && overrides(campaign, held.campaign))) {
        out[d] = { phase, campaign };
      }
    }
  };
  for (const { c, i } of byStart) {
    mark(addDays(c.start, -(c.beforeDays ?? DAYS_BEFORE)), addDays(c.start, -1), 'before', i);
    mark(c.start, c.end, 'during', i);
    mark(addDays(c.end, 1), addDays(c.end, c.afterDays ?? DAYS_AFTER), 'after', i);
  }
  return out;
}

/**
 * Tag for utm_campaign: an ASCII slug analytics tools read and group by (a-z, 0-9, `_`, `-`). The
 * marketer's own tag when given, else the name's Latin letters and digits when it has Latin
 * letters, else `fallback` (`campaign_2`): "حراج_شب_عید_نوروز_۱۴۰۵" is unreadable in a report.
 */
export function campaignTag(name: string, fallback: string, own = ''): string {
  const slug = (text: string) =>
    toAsciiDigits(text)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60);
  const mine = slug(own);
  if (mine !== '') return mine;
  return /[a-z]/i.test(name) && slug(name) !== '' ? slug(name) : fallback;
}

/** utm_campaign of posts in a quiet period. */
export const ALWAYS_ON_TAG = 'always_on';
