/**
 * Which content pillar each post gets. Per network, the pillars' shares of its posts are
 * apportioned by largest remainder (each within one post of the mix), then ordered so they
 * alternate evenly through the period (never a post off their share at any point), and each
 * network starts at a different point of that cycle, so the networks do not all carry the same
 * topic on the same day (DOMAIN.md, `004`: adapt, don't duplicate).
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

/**
 * A sequence holding each index `counts[i]` times, spread evenly: after any number of posts, each
 * pillar is less than one post away from its share. Tijdeman's chairman-assignment rule gives that
 * bound (1 − 1/(2n−2) for n pillars); smooth weighted round-robin, tried first, can drift past it.
 * At each step, among the pillars that may go now without running ahead of their share by more
 * than the bound, the one whose turn falls due first goes.
 */
export function evenSequence(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const active = counts.map((_c, i) => i).filter((i) => counts[i] > 0);
  const sequence: number[] = new Array(total);
  if (active.length <= 1) return sequence.fill(active[0] ?? 0);
  // Everything is scaled by total × (2n − 2) so the rule stays in whole numbers.
  const scale = 2 * active.length - 2;
  const slack = scale - 1; // σ = (2n − 3)/(2n − 2), scaled
  const seen = counts.map(() => 0);
  for (let step = 1; step <= total; step++) {
    let best = -1;
    for (const i of active) {
      // May go: step·share − seen ≥ 1 − σ.
      if ((step * counts[i] - seen[i] * total) * scale < total) continue;
      // Due first: the smallest (seen + σ) / share, compared by cross-multiplying.
      if (best < 0 || (seen[i] * scale + slack) * counts[best] < (seen[best] * scale + slack) * counts[i]) best = i;
    }
    sequence[step - 1] = best;
    seen[best]++;
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
