// Numbers too large to compute with: every KPI function names the step that overflowed (made of
// its own parameters' names), in every language, and never says "NaN" or "Infinity".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../src/functions/catalog';
import { kpiFunctions } from '../../src/functions/kpi';
import { FunctionError } from '../../src/functions/problem';
import { LANGUAGES, type Lang } from '../../src/i18n/lang';

const call = (name: string, lang: Lang, ...args: unknown[]) => catalogEntry(name).run(args, { lang: () => lang });

function thrown(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(FunctionError);
    return (e as Error).message;
  }
}

describe('ROI(1, 1, 1e200, 1e200): hours × hourly_rate overflows', () => {
  it.each(LANGUAGES)('says so in %s, naming hours × hourly_rate, not gain and not NaN', (lang) => {
    const message = thrown(() => call('ROI', lang, 1, 1, 1e200, 1e200))!;
    expect(message).toContain('hours × hourly_rate');
    expect(message).not.toMatch(/NaN|Infinity|gain/);
  });

  it('in an array, only that cell shows #NUM! with the step; the others compute', () => {
    const out = call('ROI', 'en', [[1], [1500]], [[1], [1000]], [[1e200], [20]], [[1e200], [25]]) as unknown[][];
    expect(out[0][0]).toBe('#NUM! hours × hourly_rate');
    expect(out[1][0]).toBe(0);
  });
});

describe('each step names itself', () => {
  it.each([
    ['CPM', [1e306, 1], 'spend × 1000'],
    ['ENGAGEMENT_RATE', [1e300, 1e-10], 'engagements ÷ audience'],
    ['CTR', [1e300, 1e-10], 'clicks ÷ impressions'],
    ['CPC', [1e300, 1e-10], 'spend ÷ clicks'],
    ['CPE', [1e300, 1e-10], 'spend ÷ engagements'],
    ['CONVERSION_RATE', [1e300, 1e-10], 'conversions ÷ clicks'],
    ['GROWTH_RATE', [1e-10, 1e300], '(end_audience − start_audience) ÷ start_audience'],
    ['SHARE_OF_VOICE', [1.5e308, 1.5e308], 'own_mentions + competitor_mentions'],
    ['ROI', [1e300, 1e-10], 'gain ÷ (cost + hours × hourly_rate)'],
    ['ROI', [1, 1.5e308, 1e154, 1e154], 'cost + hours × hourly_rate'],
  ])('%s(%j) names %s', (name, args, step) => {
    expect(thrown(() => call(name as string, 'en', ...(args as number[])))).toBe(`${step} is too large to compute with: use smaller numbers.`);
  });

  it('a row of several columns summed past the largest number names the summed argument', () => {
    const out = call('ENGAGEMENT_RATE', 'en', [[1.5e308, 1.5e308]], [[10]]) as unknown[][];
    expect(out[0][0]).toBe('#NUM! engagements');
  });
});

describe('every KPI function, any huge or tiny amounts', () => {
  const amount = fc.oneof(fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }), fc.constantFrom(0, 1e-300, 5e-324, 1e154, 1e200, 1e308, Number.MAX_VALUE));
  it.each(kpiFunctions.map((f) => [f.name, f] as const))('%s gives a finite number or a message made of its parameters, never NaN', (name, entry) => {
    const params = entry.params.map((p) => p.name);
    fc.assert(
      fc.property(fc.array(amount, { minLength: params.length, maxLength: params.length }), fc.constantFrom(...LANGUAGES), (args, lang) => {
        let result: unknown;
        let message: string | null = null;
        try {
          result = call(name, lang, ...args);
        } catch (e) {
          if (!(e instanceof FunctionError)) throw e;
          message = e.message;
        }
        if (message === null) return typeof result === 'number' && Number.isFinite(result);
        if (/NaN|Infinity/.test(message)) return false;
        // The step is spelt with the function's own parameter names (or a constant such as 1000).
        const words = (message.match(/[a-z_]{3,}/g) ?? []).filter((w) => /_|^[a-z]+$/.test(w));
        return lang !== 'en' || words.some((w) => params.includes(w));
      }),
      { numRuns: 300 },
    );
  });
});
