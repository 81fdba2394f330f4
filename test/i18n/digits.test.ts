// Numbers as marketers type them in four scripts read back as the same number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberText, toAsciiDigits } from '../../src/i18n/digits';
import { langFromLocale } from '../../src/i18n/lang';

const inScript = (text: string, zero: number) => text.replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));

describe('parseNumberText', () => {
  it('reads any non-negative amount written with thousands marks, in any digit system', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const grouped = whole.toLocaleString('en-US');
        const text = `${grouped}.${String(cents).padStart(2, '0')}`;
        const expected = Number(`${whole}.${String(cents).padStart(2, '0')}`);
        expect(parseNumberText(text)).toBe(expected);
        // Arabic marks: ٬ for thousands, ٫ for the decimal point.
        expect(parseNumberText(inScript(text, 0x0660).replace(/,/g, '٬').replace('.', '٫'))).toBe(expected);
        expect(parseNumberText(inScript(text, 0x06f0))).toBe(expected);
      }),
    );
  });

  it('reads percents written before or after, with either sign', () => {
    expect(parseNumberText('45%')).toBeCloseTo(0.45, 12);
    expect(parseNumberText('٤٥٪')).toBeCloseTo(0.45, 12);
    expect(parseNumberText('٪۴۵')).toBeCloseTo(0.45, 12);
  });

  it.each(['', 'abc', '1,2,3', '12,34', '1..2', '--1', '%', '١٢ألف', '5 apples'])('refuses %j', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it('leaves other text alone when folding digits', () => {
    expect(toAsciiDigits('سه ۳ پست در هفته، ٣ صور')).toBe('سه 3 پست در هفته، 3 صور');
  });
});

describe('langFromLocale', () => {
  it.each([
    ['ar_SA', 'ar'],
    ['fa-IR', 'fa'],
    ['iw', 'he'],
    ['he_IL', 'he'],
    ['en_GB', 'en'],
    ['de_DE', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('%s → %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});

describe('minus zero', () => {
  it.each(['-0', '-0.0', '-٠', '-۰٫۰', '-0%'])('%j reads as 0, never -0', (text) => {
    expect(Object.is(parseNumberText(text), 0)).toBe(true);
  });
  it('so a KPI of "-0" clicks is 0, not -0', async () => {
    const { catalogEntry } = await import('../../src/functions/catalog');
    expect(Object.is(catalogEntry('CTR').run(['-0', 5], { lang: () => 'en' }), 0)).toBe(true);
  });
});
