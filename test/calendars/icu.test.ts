// Every day of 2000–2040 in each calendar against an independent source: Node's ICU (the test
// process's Intl, which the add-on itself never uses). Umm al-Qura also against the package its
// table was generated from, for every day it covers.
import { GREGORIAN_RANGE } from '@tabby_ai/hijri-converter/dist/_lib/ummalqura.js';
import { gregorianToHijri } from '@tabby_ai/hijri-converter';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, isoFromDays } from '../../src/calendars/days';
import { formatLocalDate, localDate } from '../../src/calendars/local-date';
import { monthName } from '../../src/calendars/names';
import { hebrewFromDays, isHebrewLeapYear } from '../../src/calendars/hebrew';
import { FIRST_HIJRI_YEAR, hijriRange } from '../../src/calendars/umalqura';

const FIRST = daysFromCivil(2000, 1, 1);
const LAST = daysFromCivil(2040, 12, 31);
/** 30 Dhu al-Hijjah 1450 AH: ICU's Umm al-Qura table and KACST's agree until then. */
const ICU_UMALQURA_AGREES_UNTIL = daysFromCivil(2029, 5, 13);

function icuParts(calendar: string, days: number, month: 'numeric' | 'long' = 'numeric') {
  const f = formatter(`en-u-ca-${calendar}-nu-latn`, { year: 'numeric', month, day: 'numeric' });
  const parts = Object.fromEntries(f.formatToParts(new Date(days * 86_400_000)).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: month === 'numeric' ? Number(parts.month) : parts.month, day: Number(parts.day) };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })));
  return f;
}

function icuLong(locale: string, days: number): string {
  return formatter(locale, { dateStyle: 'long' }).format(new Date(days * 86_400_000));
}

function eachDay(check: (days: number) => void) {
  for (let d = FIRST; d <= LAST; d++) check(d);
}

describe('every day of 2000–2040 against Node’s ICU', () => {
  it('Jalali: year, month and day, and the Persian long form', () => {
    const wrong: string[] = [];
    eachDay((d) => {
      const icu = icuParts('persian', d);
      const ours = localDate('persian', d)!;
      if (ours.year !== icu.year || ours.month !== icu.month || ours.day !== icu.day) wrong.push(`${isoFromDays(d)} ${JSON.stringify(ours)}`);
      if (formatLocalDate('persian', d, 'fa', 'long') !== icuLong('fa-u-ca-persian', d)) wrong.push(`${isoFromDays(d)} long`);
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('Hebrew: year, month name and day, and the Hebrew long form in Hebrew numerals', () => {
    const wrong: string[] = [];
    eachDay((d) => {
      const icu = icuParts('hebrew', d, 'long');
      const ours = hebrewFromDays(d);
      const name = monthName('hebrew', 'en', ours.month, isHebrewLeapYear(ours.year));
      // ICU calls a common year's Adar "Adar" and a leap year's second one "Adar II", as we do.
      if (ours.year !== icu.year || name !== icu.month || ours.day !== icu.day) wrong.push(`${isoFromDays(d)} ${name} ${JSON.stringify(ours)} icu ${JSON.stringify(icu)}`);
      // ICU writes 5790 as תש״צ; in Israel it is written with the final letter, תש״ץ.
      const icuHe = icuLong('he-u-ca-hebrew', d).replace(/״צ$/, '״ץ');
      if (formatLocalDate('hebrew', d, 'he', 'long') !== icuHe) wrong.push(`${isoFromDays(d)} ${formatLocalDate('hebrew', d, 'he', 'long')} icu ${icuHe}`);
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('Umm al-Qura: exact until the end of 1450 AH, and the Arabic long form', () => {
    const wrong: string[] = [];
    for (let d = FIRST; d <= ICU_UMALQURA_AGREES_UNTIL; d++) {
      const icu = icuParts('islamic-umalqura', d);
      const ours = localDate('islamic', d)!;
      if (ours.year !== icu.year || ours.month !== icu.month || ours.day !== icu.day) wrong.push(`${isoFromDays(d)} ${JSON.stringify(ours)} icu ${JSON.stringify(icu)}`);
      const icuAr = icuLong('ar-u-ca-islamic-umalqura', d).replace(/ هـ$/, '').replace(/[0-9]/g, (c) => String.fromCharCode(0x0660 + Number(c)));
      if (formatLocalDate('islamic', d, 'ar', 'long') !== icuAr) wrong.push(`${isoFromDays(d)} ${formatLocalDate('islamic', d, 'ar', 'long')} icu ${icuAr}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('Umm al-Qura after 1450 AH: ICU’s projected table is never more than a day from KACST’s', () => {
    let differing = 0;
    for (let d = ICU_UMALQURA_AGREES_UNTIL + 1; d <= LAST; d++) {
      const icu = icuParts('islamic-umalqura', d);
      const ours = localDate('islamic', d)!;
      if (ours.year === icu.year && ours.month === icu.month && ours.day === icu.day) continue;
      differing++;
      // Same month, one day apart; or the last day of one month against the first of the next.
      const sameMonth = ours.year === icu.year && ours.month === icu.month && Math.abs(ours.day - icu.day) === 1;
      const boundary = (icu.day === 1 && ours.day >= 29) || (ours.day === 1 && icu.day >= 29);
      expect(sameMonth || boundary, `${isoFromDays(d)} ${JSON.stringify(ours)} icu ${JSON.stringify(icu)}`).toBe(true);
    }
    expect(differing).toBeGreaterThan(0); // if ICU ever adopts KACST's table, this test should become exact
  });

  it('Gregorian is Gregorian, and English long forms read day, month, year', () => {
    eachDay((d) => {
      const iso = isoFromDays(d);
      expect(formatLocalDate('gregorian', d, 'en', 'numeric')).toBe(iso.replace(/-/g, '/'));
    });
    expect(formatLocalDate('hebrew', daysFromCivil(2027, 10, 2), 'en', 'long')).toBe('1 Tishri 5788');
    expect(formatLocalDate('persian', daysFromCivil(2027, 3, 21), 'fa', 'numeric')).toBe('۱۴۰۶/۰۱/۰۱');
    expect(formatLocalDate('persian', daysFromCivil(2027, 3, 21), 'en', 'numeric')).toBe('1406/01/01');
    expect(formatLocalDate('hebrew', daysFromCivil(2027, 10, 2), 'he', 'long')).toBe('א׳ בתשרי תשפ״ח');
  });
});

describe('the Umm al-Qura table against the package it was generated from', () => {
  it('every day from 1365 AH to 1500 AH', () => {
    const { first, last } = hijriRange();
    expect(isoFromDays(last)).toBe(GREGORIAN_RANGE[1].map((n: number, i: number) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-'));
    const wrong: string[] = [];
    for (let d = first; d <= last; d++) {
      const iso = isoFromDays(d);
      const [y, m, day] = iso.split('-').map(Number);
      const theirs = gregorianToHijri({ year: y, month: m, day });
      const ours = localDate('islamic', d)!;
      if (ours.year !== theirs.year || ours.month !== theirs.month || ours.day !== theirs.day) wrong.push(iso);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(localDate('islamic', first)).toEqual({ year: FIRST_HIJRI_YEAR, month: 1, day: 1 });
    expect(localDate('islamic', first - 1)).toBeNull();
    expect(localDate('islamic', last + 1)).toBeNull();
  });

  it('Eid al-Fitr 1447 is 20 March 2026, as Umm al-Qura publishes it', () => {
    expect(localDate('islamic', daysFromCivil(2026, 3, 20))).toEqual({ year: 1447, month: 10, day: 1 });
  });
});
