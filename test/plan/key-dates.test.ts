// keyDates: the market's moments, checked against independent sources where there is one (Node's
// ICU for the Hijri, Jalali and Hebrew days; the published dates of Israel's Independence Day),
// and by the rules that define them elsewhere (Black Friday, Mother's Day).
import { describe, expect, it } from 'vitest';
import { daysFromIso, isoFromDays } from '../../src/calendars/days';
import { keyDates, keyDateRules } from '../../src/plan/key-dates';
import { keyDatesCall } from '../../src/plan/key-dates/call';
import { campaignOfKeyDate } from '../../src/plan/key-dates/campaign';
import { campaignPhases } from '../../src/plan/generators/phases';
import { KEY_DATES } from '../../src/plan/key-dates/markets';
import { LANGUAGES } from '../../src/i18n/lang';
import { keyDateMessages } from '../../src/i18n/messages';
import { MARKET_CODES } from '../../src/plan/markets';

function icu(calendar: string, iso: string): { year: number; month: string; day: number } {
  const f = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
  const p = Object.fromEntries(f.formatToParts(new Date(`${iso}T00:00:00Z`)).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: p.month, day: Number(p.day) };
}

const all = (market: string, from = '2000-01-01', to = '2040-12-31') => keyDates(market, from, to, 'en');
const starts = (market: string, key: string, from?: string, to?: string) => all(market, from, to).filter((k) => k.key === key);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('every market has its table, and every date a name in every language', () => {
  it.each(MARKET_CODES)('%s', (code) => {
    expect(KEY_DATES[code], code).toBeDefined();
    const dates = keyDates(code, '2026-01-01', '2028-12-31', 'en');
    expect(dates.length).toBeGreaterThan(8);
    for (const lang of LANGUAGES) for (const k of keyDates(code, '2026-01-01', '2026-12-31', lang)) expect(k.name).toBe(keyDateMessages[lang].names[k.key]);
    for (const k of dates) {
      expect(k.start <= k.end).toBe(true);
      expect(k.id).toBe(`${k.key}-${k.start}`);
    }
    expect(new Set(dates.map((k) => k.id)).size).toBe(dates.length);
  });

  it('a country not in the list still gets the world’s shopping days', () => {
    expect(keyDates('BR', '2026-01-01', '2026-12-31', 'en').map((k) => k.key)).toEqual(['newYear', 'valentinesDay', 'singlesDay', 'blackFriday']);
  });
});

describe('Islamic dates are Umm al-Qura’s, and estimates where the moon is sighted', () => {
  it('Ramadan is the whole month, Eid al-Fitr 3 days from 1 Shawwal, Eid al-Adha 4 days from 10 Dhu al-Hijjah, 2000–2029 against ICU', () => {
    for (const r of starts('SA', 'ramadan', '2000-01-01', '2029-04-01')) {
      expect(icu('islamic-umalqura', r.start)).toMatchObject({ month: 'Ramadan', day: 1 });
      expect(icu('islamic-umalqura', isoFromDays(daysFromIso(r.end) + 1))).toMatchObject({ month: 'Shawwal', day: 1 });
    }
    for (const e of starts('SA', 'eidAlFitr', '2000-01-01', '2029-04-01')) {
      expect(icu('islamic-umalqura', e.start)).toMatchObject({ month: 'Shawwal', day: 1 });
      expect(daysFromIso(e.end) - daysFromIso(e.start)).toBe(2);
    }
    for (const e of starts('SA', 'eidAlAdha', '2000-01-01', '2029-04-01')) {
      expect(icu('islamic-umalqura', e.start)).toMatchObject({ month: 'Dhuʻl-Hijjah', day: 10 });
      expect(daysFromIso(e.end) - daysFromIso(e.start)).toBe(3);
    }
    expect(starts('SA', 'ramadan', '2000-01-01', '2029-04-01')).toHaveLength(31); // Ramadan 1420 began on 9 Dec 1999
  });

  it('Eid al-Fitr 2026 is 20 March (one popular package says 19)', () => {
    expect(starts('SA', 'eidAlFitr', '2026-01-01', '2026-12-31')[0]).toMatchObject({ start: '2026-03-20', end: '2026-03-22', estimate: false, note: '' });
  });

  it('Ramadan can start twice in one civil year (2030), and both are kept', () => {
    expect(starts('SA', 'ramadan', '2030-01-01', '2030-12-31').map((r) => r.start.slice(0, 7))).toEqual(['2030-01', '2030-12']);
  });

  it('Egypt, the UAE and Iran sight the moon: the same days, marked as estimates with a note', () => {
    for (const code of ['EG', 'AE', 'IR']) {
      const eid = starts(code, 'eidAlFitr', '2026-01-01', '2026-12-31')[0];
      expect(eid).toMatchObject({ start: '2026-03-20', estimate: true });
      expect(eid.note).toBe(keyDateMessages.en.notes.estimate);
    }
    expect(keyDates('EG', '2026-03-01', '2026-03-31', 'ar').find((k) => k.key === 'eidAlFitr')!.note).toBe('تاريخ تقديري: يُحدَّد برؤية الهلال وقد يتغير يومًا.');
  });

  it('a period that starts inside Ramadan still lists it', () => {
    expect(keyDates('SA', '2026-03-10', '2026-03-15', 'ar').map((k) => [k.name, k.start])).toEqual([['رمضان', '2026-02-18']]);
  });
});

describe('Iran’s moments on the Jalali calendar', () => {
  it('Nowruz is 1 Farvardin for 4 days, Sizdah Bedar 13 Farvardin, Yalda 30 Azar, school 1 Mehr: against ICU', () => {
    for (const n of starts('IR', 'nowruz')) {
      expect(icu('persian', n.start)).toMatchObject({ month: 'Farvardin', day: 1 });
      expect(daysFromIso(n.end) - daysFromIso(n.start)).toBe(3);
    }
    for (const s of starts('IR', 'sizdahBedar')) expect(icu('persian', s.start)).toMatchObject({ month: 'Farvardin', day: 13 });
    for (const y of starts('IR', 'yalda')) expect(icu('persian', y.start)).toMatchObject({ month: 'Azar', day: 30 });
    for (const s of starts('IR', 'backToSchool')) expect(icu('persian', s.start)).toMatchObject({ month: 'Mehr', day: 1 });
  });

  it('Chaharshanbe Suri is the Tuesday before the year’s last Wednesday', () => {
    for (const c of starts('IR', 'chaharshanbeSuri')) {
      expect(weekday(c.start)).toBe(2);
      const nowruz = starts('IR', 'nowruz').find((n) => n.start > c.start)!;
      const gap = daysFromIso(nowruz.start) - daysFromIso(c.start);
      expect(gap).toBeGreaterThanOrEqual(2);
      expect(gap).toBeLessThanOrEqual(8);
    }
    expect(starts('IR', 'chaharshanbeSuri', '2025-01-01', '2025-12-31')[0].start).toBe('2025-03-18');
  });
});

describe('Jewish holidays on their civil date, beginning at sundown', () => {
  it('each falls on its Hebrew day, against ICU, and says it begins the evening before', () => {
    const expected: Record<string, [string, number]> = {
      roshHashanah: ['Tishri', 1],
      yomKippur: ['Tishri', 10],
      sukkot: ['Tishri', 15],
      simchatTorah: ['Tishri', 22],
      hanukkah: ['Kislev', 25],
      familyDay: ['Shevat', 30],
      passover: ['Nisan', 15],
      shavuot: ['Sivan', 6],
    };
    for (const k of all('IL')) {
      if (!(k.key in expected)) continue;
      const [month, day] = expected[k.key];
      expect(icu('hebrew', k.start), `${k.key} ${k.start}`).toMatchObject({ month, day });
      expect(k.sundown).toBe(k.key !== 'familyDay');
    }
    for (const p of starts('IL', 'purim')) expect(['Adar', 'Adar II']).toContain(icu('hebrew', p.start).month);
    expect(starts('IL', 'passover', '2025-01-01', '2025-12-31')[0]).toMatchObject({ start: '2025-04-13', end: '2025-04-19', note: keyDateMessages.en.notes.sundown });
  });

  it('Independence Day is 5 Iyar moved by its rules: 1 May 2025 (not 3 May), 14 May 2024, 26 April 2023, 5 May 2022', () => {
    const byYear = Object.fromEntries(starts('IL', 'independenceDay').map((k) => [k.start.slice(0, 4), k.start]));
    expect([byYear['2025'], byYear['2024'], byYear['2023'], byYear['2022']]).toEqual(['2025-05-01', '2024-05-14', '2023-04-26', '2022-05-05']);
    for (const k of starts('IL', 'independenceDay')) {
      expect([2, 3, 4]).toContain(weekday(k.start)); // never Friday, Saturday, Sunday or Monday
      const fifth = icu('hebrew', k.start);
      expect(fifth.month).toBe('Iyar');
      expect([3, 4, 5, 6]).toContain(fifth.day);
    }
  });
});

describe('computed and fixed days', () => {
  it('Black Friday is the Friday after the fourth Thursday of November; White Friday is its week in the Gulf', () => {
    for (const b of starts('US', 'blackFriday')) {
      expect(weekday(b.start)).toBe(5);
      const day = Number(b.start.slice(8));
      expect(day).toBeGreaterThanOrEqual(23);
      expect(day).toBeLessThanOrEqual(29);
      const thanksgiving = starts('US', 'thanksgiving').find((t) => t.start.slice(0, 4) === b.start.slice(0, 4))!;
      expect(daysFromIso(b.start) - daysFromIso(thanksgiving.start)).toBe(1);
    }
    const white = starts('SA', 'whiteFriday', '2026-01-01', '2026-12-31')[0];
    expect(white).toMatchObject({ start: '2026-11-21', end: '2026-11-27' });
    expect(starts('SA', 'blackFriday')).toEqual([]);
  });

  it('Mother’s Day as each country keeps it', () => {
    const mothers = (code: string, year: number) => starts(code, 'mothersDay', `${year}-01-01`, `${year}-12-31`)[0]?.start;
    for (const code of ['EG', 'JO', 'LB', 'SA', 'AE']) expect(mothers(code, 2026)).toBe('2026-03-21');
    expect(mothers('US', 2026)).toBe('2026-05-10');
    expect(mothers('GB', 2026)).toBe('2026-03-15'); // Mothering Sunday, three weeks before Easter (5 April)
    expect(mothers('FR', 2026)).toBe('2026-05-31');
    expect(mothers('FR', 2024)).toBe('2024-05-26');
    expect(mothers('FR', 2027)).toBe('2027-05-30');
    expect(mothers('FR', 2023)).toBe('2023-06-04'); // 28 May 2023 was Pentecost
    expect(mothers('IL', 2026)).toBeUndefined(); // Israel keeps Family Day
  });

  it('national days, Valentine’s Day and 11.11 fall on their day every year', () => {
    for (const k of all('SA')) {
      if (k.key === 'nationalDay') expect(k.start.slice(5)).toBe('09-23');
      if (k.key === 'foundingDay') expect(k.start.slice(5)).toBe('02-22');
      if (k.key === 'valentinesDay') expect(k.start.slice(5)).toBe('02-14');
      if (k.key === 'singlesDay') expect(k.start.slice(5)).toBe('11-11');
    }
    expect(starts('AE', 'nationalDay', '2026-01-01', '2026-12-31')[0]).toMatchObject({ start: '2026-12-02', end: '2026-12-03', estimate: false });
  });

  it('rules shared by markets are one table line each, never two', () => {
    for (const code of MARKET_CODES) {
      const ids = keyDateRules(code).map((r) => r.id);
      expect(new Set(ids).size, code).toBe(ids.length);
    }
  });
});

describe('keyDatesCall, as the sidebar calls it', () => {
  it('answers { dates } in the language asked, or the market’s', () => {
    const answer = keyDatesCall('ir', '2027-01-01', '2027-04-30');
    expect('dates' in answer && answer.dates.find((k) => k.key === 'nowruz')!.name).toBe('نوروز');
    const en = keyDatesCall('IR', '2027-01-01', '2027-04-30', 'en');
    expect('dates' in en && en.dates.find((k) => k.key === 'nowruz')!.name).toBe('Nowruz');
  });

  it('names a bad argument in the language', () => {
    expect(keyDatesCall('Saudi', '2027-01-01', '2027-04-30', 'en')).toEqual({ problem: '"Saudi" is not a two-letter country code such as SA or IR.' });
    expect(keyDatesCall('SA', '2027-02-30', '2027-04-30', 'en')).toEqual({ problem: '"2027-02-30" is not a real date written YYYY-MM-DD.' });
    expect(keyDatesCall('SA', '2027-05-01', '2027-04-30', 'en')).toEqual({ problem: 'The end date 2027-04-30 is before the start date 2027-05-01.' });
    expect('problem' in keyDatesCall('SA', '2027-01-01', '2037-01-01', 'en')).toBe(true);
    expect('problem' in keyDatesCall({ toString: null }, null, 5)).toBe(true);
  });
});

describe('a key date as a campaign', () => {
  it('Ramadan: 14 days before, the month, and Eid al-Fitr (3 days) after; other dates 14 and 7', () => {
    const all = keyDates('SA', '2027-01-01', '2027-04-30', 'en');
    const ramadan = all.find((k) => k.key === 'ramadan')!;
    const c = campaignOfKeyDate(ramadan, all);
    expect(c).toEqual({ name: 'Ramadan', start: '2027-02-08', end: '2027-03-08', beforeDays: 14, afterDays: 3, keyDate: 'ramadan-2027-02-08' });
    expect(campaignOfKeyDate(all.find((k) => k.key === 'foundingDay')!, all)).toMatchObject({ beforeDays: 14, afterDays: 7 });
    // Without the Eid in the list (a period that ends with Ramadan) the usual 7 days.
    expect(campaignOfKeyDate(ramadan, [ramadan]).afterDays).toBe(7);
    const phases = campaignPhases([c], '2027-01-20', '2027-03-20');
    const phaseOn = (iso: string) => phases[daysFromIso(iso) - daysFromIso('2027-01-20')].phase;
    expect([phaseOn('2027-01-24'), phaseOn('2027-01-25'), phaseOn('2027-02-08'), phaseOn('2027-03-08'), phaseOn('2027-03-11'), phaseOn('2027-03-12')]).toEqual([
      'quiet', 'before', 'during', 'during', 'after', 'quiet',
    ]);
  });
});
