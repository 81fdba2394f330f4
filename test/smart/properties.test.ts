// Property tests: whatever a cell holds (text in any script, numbers, booleans, dates, blanks) and
// whatever the range's shape, SMART_CHECK answers with "", a score 0–5, a text or five booleans per
// goal, in the right shape, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../src/functions/catalog';
import { judgeGoal } from '../../src/functions/smart';
import { LANGUAGES } from '../../src/i18n/lang';

const entry = catalogEntry('SMART_CHECK');
const context = { lang: () => 'fa' as const };

/** Pieces of real goals, so random texts hit the lexicons and not only noise. */
const piece = fc.constantFrom(
  'Instagram', 'إنستغرام', 'اینستاگرام', 'באינסטגרם', 'followers', 'متابع', 'فالوور', 'עוקבים', 'from', 'من', 'از', 'מ-',
  'to', 'إلى', 'به', 'ל-', '1,000', '٣', '۳۰٪', '1.5k', 'هزار', 'مليون', 'אלף', 'a week', 'أسبوعياً', 'ماهانه', 'בשבוע',
  'by 30 June', 'آذار', 'اسفند', 'ניסן', 'Q3', 'double', 'پ', 'ة', '\u200c', '\u200f', '،', '🚀', 'everyone', 'همه مردم',
  'כל האנשים', '100%', 'in a month', 'خلال شهر', 'در یک ماه', 'תוך חודש', '%', '#', '/', '-', '.', ',',
);
const goalText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' ')),
  fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join('')),
);
const cell = fc.oneof(
  goalText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date(),
  fc.constantFrom('', null, '   '),
);
const format = fc.constantFrom(undefined, 'text', 'score', 'flags', 'FLAGS', [['score']]);

function isAnswer(value: unknown, fmt: string): boolean {
  if (value === '') return true;
  if (fmt === 'score') return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 5;
  if (fmt === 'flags') return typeof value === 'boolean';
  return typeof value === 'string' && value.length > 0 && !value.startsWith('#');
}

const formatName = (f: unknown) => (Array.isArray(f) ? 'score' : String(f ?? 'text').toLowerCase());

describe('SMART_CHECK on any input', () => {
  it('a single cell gives "", a score 0–5, a text, or one row of five booleans', () => {
    fc.assert(
      fc.property(cell, format, (value, fmt) => {
        const result = entry.run([value, fmt], context);
        const name = formatName(fmt);
        if (name === 'flags' && result !== '') {
          expect(result).toHaveLength(1);
          expect((result as unknown[][])[0]).toHaveLength(5);
          for (const flag of (result as unknown[][])[0]) expect(typeof flag).toBe('boolean');
        } else expect(isAnswer(result, name), JSON.stringify(result)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a R×C range gives R×C answers, or R×(5·C) in flags', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 4 })),
        format,
        (grid, fmt) => {
          const result = entry.run([grid, fmt], context) as unknown[][];
          const name = formatName(fmt);
          const width = grid[0].length * (name === 'flags' ? 5 : 1);
          expect(result).toHaveLength(grid.length);
          for (const row of result) {
            expect(row).toHaveLength(width);
            for (const answer of row) expect(isAnswer(answer, name), JSON.stringify(answer)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('judgeGoal is deterministic and consistent: score = criteria met, missing = the rest, a hint iff something is missing', () => {
    fc.assert(
      fc.property(goalText, fc.constantFrom(...LANGUAGES), (text, fallback) => {
        const a = judgeGoal(text, fallback);
        const b = judgeGoal(text, fallback);
        expect(b).toEqual(a);
        expect(LANGUAGES).toContain(a.lang);
        expect(a.score).toBe(Object.values(a.met).filter(Boolean).length);
        expect(a.missing.length).toBe(5 - a.score);
        expect(a.hint === undefined).toBe(a.score === 5);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a huge cell in bounded time (only its first characters)', () => {
    const huge = 'Get 500 followers on Instagram by June '.repeat(2000);
    expect(judgeGoal(huge, 'en').score).toBe(5);
  });
});
