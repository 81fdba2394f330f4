/**
 * What earlier imports put in the log, kept with the document so that importing a file again, or
 * a later export overlapping it, never counts a post twice. Per source (a platform's export, or
 * one layout of the user's own sheet), network and day: the figures and how many posts made
 * them. A new file replaces, for each of its networks, every day from its first post to its
 * last; days outside that range stay as they were. Keeping days rather than posts bounds the
 * size by the plan (at most 3 years × networks × sources), not by the posts, so it fits in
 * document properties (500 KB) beside the plan: a 20,000-post export takes no more room than
 * a 20-post one.
 */
import { addDays, daysBetween, type IsoDate } from '../plan/dates';
import type { Network } from '../plan/networks';
import { MEASURES, type Figures, type Post } from './types';

export interface Unit {
  posts: number;
  values: Figures;
}

/** "source|network" → day → unit. */
export type Ledger = Map<string, Map<IsoDate, Unit>>;

export const LEDGER_VERSION = 1;
const EPOCH = '2000-01-01';

export function groupKey(source: string, network: Network): string {
  return `${source}|${network}`;
}

export function networkOfGroup(key: string): Network {
  return key.slice(key.lastIndexOf('|') + 1) as Network;
}

/** Compact JSON: per group, rows of [day number, posts, ...figures with trailing blanks cut]. */
export function serializeLedger(ledger: Ledger): string {
  const groups: Record<string, (number | null)[][]> = {};
  for (const [key, days] of ledger) {
    if (days.size === 0) continue;
    groups[key] = [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, unit]) => {
      const values = unit.values.slice();
      while (values.length && values[values.length - 1] === null) values.pop();
      return [daysBetween(EPOCH, day), unit.posts, ...values.map((v) => (v === null ? null : Math.round(v * 100) / 100))];
    });
  }
  return JSON.stringify({ v: LEDGER_VERSION, g: groups });
}

export function parseLedger(text: unknown): Ledger {
  const ledger: Ledger = new Map();
  if (typeof text !== 'string') return ledger;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return ledger;
  }
  const groups = (data as { v?: unknown; g?: unknown })?.g;
  if ((data as { v?: unknown }).v !== LEDGER_VERSION || typeof groups !== 'object' || groups === null) return ledger;
  for (const [key, rows] of Object.entries(groups as Record<string, unknown>)) {
    if (!Array.isArray(rows)) continue;
    const days = new Map<IsoDate, Unit>();
    for (const row of rows) {
      if (!Array.isArray(row) || typeof row[0] !== 'number' || typeof row[1] !== 'number') continue;
      const values: Figures = MEASURES.map((_, i) => (typeof row[i + 2] === 'number' ? (row[i + 2] as number) : null));
      days.set(addDays(EPOCH, row[0]), { posts: row[1], values });
    }
    ledger.set(key, days);
  }
  return ledger;
}

export interface Merge {
  ledger: Ledger;
  /** Per network: the days replaced (first to last post of the file). */
  ranges: Map<Network, { from: IsoDate; to: IsoDate }>;
}

/** The ledger after a file of `source`: its networks' days in its range replaced by its posts. */
export function mergeLedger(old: Ledger, source: string, posts: readonly Post[]): Merge {
  const ledger: Ledger = new Map([...old].map(([k, days]) => [k, new Map(days)]));
  const ranges = new Map<Network, { from: IsoDate; to: IsoDate }>();
  for (const p of posts) {
    const r = ranges.get(p.network);
    if (!r) ranges.set(p.network, { from: p.day, to: p.day });
    else {
      if (p.day < r.from) r.from = p.day;
      if (p.day > r.to) r.to = p.day;
    }
  }
  for (const [network, { from, to }] of ranges) {
    const days = ledger.get(groupKey(source, network));
    if (!days) continue;
    for (const day of [...days.keys()]) if (day >= from && day <= to) days.delete(day);
  }
  for (const p of posts) {
    const key = groupKey(source, p.network);
    let days = ledger.get(key);
    if (!days) ledger.set(key, (days = new Map()));
    const unit = days.get(p.day);
    if (!unit) days.set(p.day, { posts: 1, values: p.values.slice() });
    else {
      unit.posts++;
      p.values.forEach((v, i) => {
        if (v !== null) unit.values[i] = (unit.values[i] ?? 0) + v;
      });
    }
  }
  return { ledger, ranges };
}
