// SMART_CHECK reads any text of the 2,000-character cap in about the time of an ordinary goal of
// that length: no pattern backtracks quadratically ("1,1,1,…" once took 50× an ordinary goal).
// Timed against an ordinary goal measured in the same test, each the fastest of several runs: a
// busy machine slows both, and only ever makes a run slower, so the ratio holds under load.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeGoal, LONGEST_GOAL } from '../../src/functions/smart';

const fill = (unit: string) => unit.repeat(Math.ceil(LONGEST_GOAL / unit.length)).slice(0, LONGEST_GOAL);
const ORDINARY = fill('3 photos a week on Instagram, each getting 30 likes and 10 comments by June. ');

/** The fastest of `runs` readings of the text, in ms. */
function fastest(text: string, runs = 10): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    judgeGoal(text, 'en');
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** What goals are made of, numbers and their separators first: the patterns that could backtrack. */
const piece = fc.constantFrom(
  '1', '٣', '۳', '0', ',', '.', '٫', '٬', ' ', '%', '٪', '/', ':', '+', '-', '×', '#', 'k', 'm', 'a', 'ا', 'ב',
  'from', 'to', 'من', 'إلى', 'از', 'به', 'מ-', 'ל-', 'month', 'שבוע', 'ماه', 'x', 'double', 'followers', 'Instagram',
);
const numberish = fc.constantFrom('1', '٣', '۳', '0', ',', '.', '٫', '٬', ' ', '%', '٪', '/', ':', '-', '×', 'k');
/** A short random unit repeated to the cap ("1,1,1,…", "1. 1. …", "from 1 to …"), or random pieces. */
const hostile = fc.oneof(
  { weight: 4, arbitrary: fc.array(numberish, { minLength: 1, maxLength: 4 }).map((units) => fill(units.join(''))) },
  fc.array(piece, { minLength: 1, maxLength: 4 }).map((units) => fill(units.join(''))),
  fc.array(piece, { minLength: 400, maxLength: 800 }).map((parts) => fill(parts.join(''))),
  fc.string({ minLength: 50, maxLength: 100 }).map(fill),
);

describe('SMART_CHECK on any text at the cap', () => {
  it('the known slow texts are now as quick as an ordinary goal, give or take', () => {
    fastest(ORDINARY, 3); // compile the lexicons
    const ordinary = fastest(ORDINARY);
    for (const unit of ['1,', '1.', '٣,', '۳٫', '1×', '1,1.', '1 ', '1% ']) {
      const took = fastest(fill(unit));
      expect(took, `"${unit}…" took ${took.toFixed(2)} ms, an ordinary goal ${ordinary.toFixed(2)} ms`).toBeLessThan(5 * ordinary + 0.2);
    }
  });

  it('random text of 2,000 characters never takes more than a few times an ordinary goal', () => {
    fastest(ORDINARY, 3);
    fc.assert(
      fc.property(hostile, (text) => {
        const ordinary = fastest(ORDINARY);
        const took = fastest(text);
        if (took < 5 * ordinary + 0.2) return true;
        // One more look before failing: a stall of the machine during every one of ten runs is rare, not impossible.
        return fastest(text, 30) < 5 * fastest(ORDINARY, 30) + 0.2;
      }),
      { numRuns: 150 },
    );
  });
});
