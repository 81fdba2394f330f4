// Property tests over random cells and shapes: whatever a marketer's sheet holds, a custom function
// answers with a number, a blank, a `#…` text (or a link for UTM_URL), or a thrown Error — never
// NaN, Infinity, undefined or a silent 0 from a bad cell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/functions/catalog';
import { FunctionError } from '../../src/functions/problem';

const digitsIn = (zero: number) => fc.integer({ min: 0, max: 99999 }).map((n) => String(n).replace(/\d/g, (d) => String.fromCharCode(zero + Number(d))));

const cellValue = fc.oneof(
  fc.constant(''),
  fc.constant(null),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
  fc.string(),
  fc.constantFrom('1,234', '12%', '=1+1', '@x', '-5', '1e999', 'https://a.example/x?y=1#z', 'javascript:alert(1)'),
  digitsIn(0x0660),
  digitsIn(0x06f0),
);

/** A grid of `rows × cols` random cells. */
const grid = (rows: number, cols: number) => fc.array(fc.array(cellValue, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** One argument: a scalar or a range of the call's shape (sometimes of a wrong one). */
const argument = (rows: number, cols: number) =>
  fc.oneof({ weight: 2, arbitrary: cellValue }, { weight: 3, arbitrary: grid(rows, cols) }, { weight: 1, arbitrary: grid(rows, 1) }, { weight: 1, arbitrary: grid(1 + (rows % 3), cols) });

function isAllowedCell(value: unknown, name: string): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string') return false;
  if (value === '' || value.startsWith('#')) return true;
  if (name === 'LOCAL_DATE') return /^\d{1,4}\/\d\d\/\d\d$/.test(value); // a date, year first
  return name === 'UTM_URL' && /^https?:\/\//.test(value);
}

describe.each(catalog.filter((e) => e.name !== 'SMART_CHECK').map((e) => [e.name, e] as const))('%s', (name, entry) => {
  it('answers every cell with a number, a blank, a #code or a thrown Error', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((rows) =>
          fc.integer({ min: 1, max: 4 }).chain((cols) => fc.tuple(...entry.params.map(() => argument(rows, cols)))),
        ),
        (args) => {
          let result: unknown;
          try {
            result = entry.run(args, { lang: () => 'en' });
          } catch (e) {
            expect(e).toBeInstanceOf(FunctionError);
            expect((e as Error).message.length).toBeGreaterThan(0);
            return;
          }
          if (Array.isArray(result)) {
            expect(args.some(Array.isArray)).toBe(true);
            for (const row of result) for (const cell of row as unknown[]) expect(isAllowedCell(cell, name), JSON.stringify(cell)).toBe(true);
          } else {
            expect(isAllowedCell(result, name), JSON.stringify(result)).toBe(true);
            expect(String(result).startsWith('#')).toBe(false); // one-cell problems are thrown, not written
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('numbers written in any digit system read the same', () => {
  it('ASCII, Arabic-Indic and Persian digits give the same CTR', () => {
    const ctr = catalog.find((e) => e.name === 'CTR')!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 100000 }), (clicks, impressions) => {
        const asArabic = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
        const asPersian = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
        const expected = clicks / impressions;
        expect(ctr.run([asArabic(clicks), asPersian(impressions)], { lang: () => 'en' })).toBeCloseTo(expected, 12);
        expect(ctr.run([clicks.toLocaleString('en-US'), impressions], { lang: () => 'en' })).toBeCloseTo(expected, 12);
      }),
    );
  });
});
