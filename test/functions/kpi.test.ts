// Scenarios a marketer meets when typing the KPI functions into cells, run against the catalog
// the way Sheets calls them: scalars for one cell, 2D arrays for ranges.
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../src/functions/catalog';
import { FunctionError } from '../../src/functions/problem';

const en = { lang: () => 'en' as const };
const call = (name: string, ...args: unknown[]) => catalogEntry(name).run(args, en);
const column = (...values: unknown[]) => values.map((v) => [v]);

function thrownMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FunctionError);
    return (e as Error).message;
  }
  throw new Error('expected the call to throw');
}

describe('one cell with one cell gives one number', () => {
  it.each([
    ['ENGAGEMENT_RATE', [50, 1000], 0.05],
    ['CTR', [30, 1200], 0.025],
    ['CPC', [90, 45], 2],
    ['CPM', [25, 10000], 2.5],
    ['CPE', [60, 240], 0.25],
    ['CONVERSION_RATE', [8, 200], 0.04],
    ['GROWTH_RATE', [1000, 1250], 0.25],
    ['SHARE_OF_VOICE', [30, 90], 0.25],
  ])('%s(%j) = %d', (name, args, expected) => {
    expect(call(name, ...(args as number[]))).toBeCloseTo(expected as number, 12);
  });

  it('ROI counts hours of work as investment, not only money', () => {
    expect(call('ROI', 1500, 1000)).toBeCloseTo(0.5, 12);
    // 1000 spent plus 20 hours at 25 = 1500 invested; 1500 back is break-even.
    expect(call('ROI', 1500, 1000, 20, 25)).toBe(0);
    expect(call('ROI', 600, 0, 10, 30)).toBeCloseTo(1, 12);
  });

  it('growth can be negative: an audience that shrank', () => {
    expect(call('GROWTH_RATE', 2000, 1500)).toBeCloseTo(-0.25, 12);
  });
});

describe('ranges', () => {
  it('same-shape ranges go element by element', () => {
    expect(call('CTR', column(10, 20, 30), column(100, 400, 600))).toEqual(column(0.1, 0.05, 0.05));
  });

  it('a scalar broadcasts over a range, on either side', () => {
    expect(call('CPC', column(10, 20), 5)).toEqual(column(2, 4));
    expect(call('CPC', 100, column(10, 50))).toEqual(column(10, 2));
  });

  it('several engagement columns beside one reach column are summed per row', () => {
    const likesCommentsSharesSaves = [
      [40, 5, 3, 2],
      [10, '', '', ''],
      ['', '', '', ''],
    ];
    expect(call('ENGAGEMENT_RATE', likesCommentsSharesSaves, column(1000, 100, 500))).toEqual(column(0.05, 0.1, ''));
  });

  it('competitor mentions over several columns are summed per row', () => {
    expect(call('SHARE_OF_VOICE', column(10, 0), [[10, 20], [5, 5]])).toEqual(column(0.25, 0));
  });

  it('any other shape mismatch throws an error naming both shapes', () => {
    const message = thrownMessage(() => call('CTR', column(1, 2, 3), column(1, 2)));
    expect(message).toContain('clicks is 3×1');
    expect(message).toContain('impressions is 2×1');
    expect(() => call('CTR', [[1, 2]], column(1, 2))).toThrow(/1×2.*2×1/);
  });

  it('a one-row range from a 1D array is read as a row', () => {
    expect(call('CTR', [1, 2], [10, 10])).toEqual([[0.1, 0.2]]);
  });
});

describe('cell values', () => {
  it('a blank in either input gives a blank, so a formula over empty rows stays clean', () => {
    expect(call('CTR', column('', 5, null, '  '), column(10, '', 10, 10))).toEqual(column('', '', '', ''));
    expect(call('CTR', '', 10)).toBe('');
  });

  it.each([
    ['1,234', 1234],
    [' 12 ', 12],
    ['12.5%', 0.125],
    ['٣٠', 30],
    ['۱۲٬۵۰۰', 12500],
    ['٢٫٥', 2.5],
    ['٥٠٪', 0.5],
    ['٪۵۰', 0.5],
    ['\u200F1\u00A0000', 1000],
  ])('numbers written as text are read: %j → %d', (text, value) => {
    expect(call('CPC', text, 1)).toBeCloseTo(value, 12);
  });

  it.each([
    ['words', 'lots', /#TEXT! spend/],
    ['a negative count', -3, /#NEGATIVE! spend/],
    ['a boolean', true, /#BOOLEAN! spend/],
    ['a date', new Date(2026, 0, 1), /#DATE! spend/],
    ['an ambiguous comma', '1,5', /#TEXT! spend/],
    ['an overflow', '1e400', /#NUM! spend/],
  ])('%s in an array becomes a short #code in that cell only', (_label, bad, code) => {
    const result = call('CPC', column(10, bad, 30), column(5, 5, 5)) as unknown[][];
    expect(result[0][0]).toBe(2);
    expect(String(result[1][0])).toMatch(code);
    expect(result[2][0]).toBe(6);
  });

  it('a zero denominator is #DIV/0! in an array and a named error in one cell', () => {
    expect(call('CTR', column(1, 1), column(0, 10))).toEqual(column('#DIV/0! impressions', 0.1));
    expect(thrownMessage(() => call('CTR', 5, 0))).toBe('impressions is 0, so the result would divide by zero.');
    expect(thrownMessage(() => call('ROI', 100, 0))).toContain('cost');
  });

  it('a one-cell call throws a message that names the argument and the problem', () => {
    expect(thrownMessage(() => call('ENGAGEMENT_RATE', 'many', 100))).toBe('engagements: "many" is not a number.');
    expect(thrownMessage(() => call('CPM', 5, -10))).toContain('impressions: -10 is negative');
    expect(thrownMessage(() => call('CTR', 5))).toBe('impressions is required.');
  });

  it('hostile or huge text is shortened before it is quoted back', () => {
    const message = thrownMessage(() => call('CTR', `=IMPORTXML("x")${'a'.repeat(500)}`, 10));
    expect(message.length).toBeLessThan(80);
  });

  it('results that overflow are #NUM! naming the step (spend × 1000 passes the largest number), never Infinity', () => {
    expect(call('CPM', column(1e306), column(1e-10))).toEqual(column('#NUM! spend × 1000'));
  });
});

describe('error messages follow the spreadsheet language', () => {
  it.each([
    ['ar', 'يساوي 0'],
    ['fa', 'برابر 0'],
    ['he', 'שווה 0'],
  ] as const)('%s', (lang, fragment) => {
    try {
      catalogEntry('CTR').run([1, 0], { lang: () => lang });
      throw new Error('expected a throw');
    } catch (e) {
      expect((e as FunctionError).problem.describe(lang)).toContain(fragment);
    }
  });
});
