// ISO-date arithmetic the calendar and reminders share, and what each market implies for a plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, readIsoDate, weekdayOf } from '../../src/plan/dates';
import { MARKETS, marketOf, workingDays } from '../../src/plan/markets';
import { contentPillars } from '../../src/plan/mix';
import { NETWORKS, NETWORK_INFO, networkName } from '../../src/plan/networks';
import { LANGUAGES } from '../../src/i18n/lang';

describe('ISO dates', () => {
  it('reads real dates in any digits and refuses the rest', () => {
    expect(readIsoDate('۲۰۲۴-۰۲-۲۹')).toBe('2024-02-29');
    expect(readIsoDate(' ٢٠٢٦-٠٣-٠١ ')).toBe('2026-03-01');
    for (const bad of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', '26-01-05', '1999-12-31', '2026/01/05', ''])
      expect(readIsoDate(bad), bad).toBeNull();
  });

  it('adds days and months, clamping to the end of a month', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekdayOf('2026-01-04')).toBe(0);
    expect(weekdayOf('2026-01-09')).toBe(5);
    expect(weekdayOf('1999-12-31')).toBe(5);
  });

  it('agrees with Date on every day this century', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.integer({ min: -400, max: 400 }), (d, n) => {
        const iso = d.toISOString().slice(0, 10);
        const later = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n));
        return addDays(iso, n) === later.toISOString().slice(0, 10) && weekdayOf(iso) === d.getUTCDay() && readIsoDate(iso) === iso;
      }),
    );
  });
});

describe('markets', () => {
  it('gives the week the articles name: Iran, Saudi Arabia, UAE, Israel', () => {
    expect(marketOf('IR')).toMatchObject({ weekStart: 6, weekend: [5], currency: 'IRR', language: 'fa' });
    expect(marketOf('sa')).toMatchObject({ weekStart: 0, weekend: [5, 6], currency: 'SAR', language: 'ar' });
    expect(marketOf('AE')).toMatchObject({ weekStart: 1, weekend: [6, 0], currency: 'AED' });
    expect(marketOf('IL')).toMatchObject({ weekStart: 0, weekend: [5, 6], currency: 'ILS', language: 'he' });
    expect(marketOf('ZZ')).toMatchObject({ weekStart: 1, weekend: [6, 0], currency: 'USD' });
  });

  it('suggests the networks its audiences use', () => {
    expect(marketOf('SA').networks).toEqual(expect.arrayContaining(['snapchat', 'x', 'instagram', 'tiktok']));
    expect(marketOf('IR').networks).toEqual(expect.arrayContaining(['instagram', 'telegram', 'aparat', 'eitaa']));
    expect(marketOf('IL').networks).toEqual(expect.arrayContaining(['facebook', 'instagram', 'whatsapp']));
    for (const m of Object.values(MARKETS)) for (const n of m.networks) expect(NETWORKS).toContain(n);
  });

  it('lists working days from the week start, skipping the weekend', () => {
    expect(workingDays(6, [5])).toEqual([6, 0, 1, 2, 3, 4]);
    expect(workingDays(0, [5, 6])).toEqual([0, 1, 2, 3, 4]);
    expect(workingDays(1, [6, 0])).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('networks and the content mix', () => {
  it('names every network in every language', () => {
    for (const n of NETWORKS) for (const l of LANGUAGES) expect(networkName(n, l).length).toBeGreaterThan(0);
    expect(networkName('aparat', 'fa')).toBe('آپارات');
    for (const n of NETWORKS) expect(NETWORK_INFO[n].formats.length).toBeGreaterThan(0);
  });

  it('resolves presets into named pillars in the plan’s language', () => {
    const thirds = contentPillars('thirds', 'ar');
    expect(thirds).toHaveLength(3);
    expect(thirds.reduce((s, p) => s + p.percent, 0)).toBeCloseTo(100);
    const hootsuite = contentPillars('hootsuite', 'en');
    expect(hootsuite.map((p) => p.percent)).toEqual([50, 20, 20, 5, 5]);
    expect(hootsuite[4].name).toBe('Free choice');
    expect(contentPillars({ custom: [{ pillar: 'Recipes', percent: 100 }] }, 'he')).toEqual([{ id: 'custom-1', name: 'Recipes', percent: 100 }]);
  });
});
