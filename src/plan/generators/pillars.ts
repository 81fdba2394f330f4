/**
 * Which content pillar each post gets. Per network, the pillars' shares of its posts are
 * apportioned by largest remainder (each within one post of the mix), then ordered by smooth
 * weighted round-robin so they alternate evenly through the period, and each network starts at
 * a different point of that cycle, so the networks do not all carry the same topic on the same
 * day (DOMAIN.md, `004`: adapt, don't duplicate).
 */
import type { Pillar } from '../mix';

/** How many of `total` posts each pillar gets: floor of its share, the remainders go largest first. */
export function apportion(percents: number[], total: number): number[] {
  const sum = percents.reduce((a, b) => a + b, 0);
  const exact = percents.map((p) => (sum > 0 ? (p * total) / sum : 0));
  const counts = exact.map((x) => Math.floor(x + 1e-9));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - counts[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k].i]++;
  return counts;
}

/** A sequence holding each index `counts[i]` times, spread evenly (smooth weighted round-robin). */
export function evenSequence(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const current = counts.map(() => 0);
  const sequence: number[] = new Array(total);
  for (let step = 0; step < total; step++) {
    let best = 0;
    for (let i = 0; i < counts.length; i++) {
      current[i] += counts[i];
      if (current[i] > current[best]) best = i;
    }
    current[best] -= total;
    sequence[step] = best;
  }
  return sequence;
}

/**
 * The pillar of each of a network's `total` posts, in order. `offset` (the network's place in the
 * plan) rotates the cycle; a rotation of a whole cycle keeps every pillar's count.
 */
export function pillarSequence(pillars: Pillar[], total: number, offset: number): string[] {
  if (total === 0 || pillars.length === 0) return [];
  const sequence = evenSequence(apportion(pillars.map((p) => p.percent), total));
  const names: string[] = new Array(total);
  for (let j = 0; j < total; j++) names[j] = pillars[sequence[(j + offset) % total]].name;
  return names;
}
