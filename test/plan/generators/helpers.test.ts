/** The generators' small parts: A1 references, pillar apportioning, weekly slots, campaign phases and tags. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellRef, columnLetter, columnRange, fixedRef, wholeColumn } from '../../../src/plan/generators/a1';
import { currencyFormat, datePattern } from '../../../src/plan/generators/formats';
import { ALWAYS_ON_TAG, campaignPhases, campaignTag, DAYS_AFTER, DAYS_BEFORE } from '../../../src/plan/generators/phases';
import { apportion, evenSequence, pillarSequence } from '../../../src/plan/generators/pillars';
import { weeklySlots } from '../../../src/plan/generators/schedule';
import { COMPUTED_STYLE, computed, Table } from '../../../src/plan/generators/table';
import type { Weekday } from '../../../src/plan/dates';
import { shiftFormula } from '../../support/formula-engine';

describe('A1 references', () => {
  it('names columns like Sheets', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
  it('fixes rows and columns on request', () => {
    expect(cellRef(7, 2)).toBe('B7');
    expect(cellRef(7, 2, { fixColumn: true })).toBe('$B7');
    expect(cellRef(7, 2, { fixRow: true })).toBe('B$7');
    expect(fixedRef(7, 2)).toBe('$B$7');
    expect(columnRange(4, 5, 40)).toBe('D5:D40');
    expect(columnRange(4, 5, 40, true)).toBe('$D$5:$D$40');
    expect(wholeColumn(28)).toBe('$AB:$AB');
  });
  it('a table finds its columns and data rows by key', () => {
    const t = new Table(
      [
        { key: 'a', header: 'A', width: 10 },
        { key: 'b', header: 'B', width: 10, format: '0%', validation: { kind: 'checkbox' } },
      ],
      4,
      3,
      3,
    );
    expect([t.col('a'), t.col('b'), t.firstRow, t.lastRow]).toEqual([3, 4, 5, 7]);
    expect(t.range('b')).toBe('D5:D7');
    const { block, validations, styles } = t.render([{ a: 'x' }, {}, { b: true }]);
    expect(block).toEqual({ row: 4, column: 3, cells: [['A', 'B'], ['x', null], [null, null], [null, true]], columnFormats: [null, '0%'] });
    expect(validations).toEqual([{ area: { row: 5, column: 4, numRows: 3, numColumns: 1 }, rule: { kind: 'checkbox' } }]);
    expect(styles[0].area).toEqual({ row: 4, column: 3, numRows: 1, numColumns: 2 });
    expect(() => t.render([{}])).toThrow();
  });
  it('shades the columns formulas fill, which carry no input validation', () => {
    const t = new Table([{ key: 'in', header: 'In', width: 10, validation: { kind: 'number', min: 0 } }, computed({ key: 'out', header: 'Out', width: 10, validation: { kind: 'number', min: 0 } })], 1, 2);
    const { validations, styles } = t.render([{}, {}]);
    expect(validations.map((v) => v.area.column)).toEqual([1]);
    expect(styles.filter((s) => s.background === COMPUTED_STYLE.background).map((s) => s.area)).toEqual([{ row: 2, column: 2, numRows: 2, numColumns: 1 }]);
  });
  it('the test engine moves relative references the way Sheets copies a rule down', () => {
    expect(shiftFormula('=AND(ISNUMBER($I6), $I6>=$J$6, K6<>"A1")', 2, 1)).toBe('=AND(ISNUMBER($I8), $I8>=$J$6, L8<>"A1")');
  });
});

describe('number formats', () => {
  it('dates follow the market first, then the language', () => {
    expect(datePattern('en', 'US')).toBe('mm/dd/yyyy');
    expect(datePattern('en', 'ZZ')).toBe('yyyy-mm-dd');
    expect(datePattern('fa', 'IR')).toBe('yyyy/mm/dd');
    expect(datePattern('ar', 'SA')).toBe('dd/mm/yyyy');
    expect(datePattern('he', 'IL')).toBe('dd/mm/yyyy');
    // The spreadsheet's locale comes first: its country, else its language.
    expect(datePattern('en', 'US', 'en_GB')).toBe('dd/mm/yyyy');
    expect(datePattern('ar', 'SA', 'en_US')).toBe('mm/dd/yyyy');
    expect(datePattern('en', 'US', 'fa_IR')).toBe('yyyy/mm/dd');
    expect(datePattern('en', 'US', 'iw')).toBe('dd/mm/yyyy');
    expect(datePattern('fa', 'IR', 'xx_ZZ')).toBe('yyyy/mm/dd');
  });
  it('money carries the currency code, with its usual decimals, and nothing else', () => {
    expect(currencyFormat('USD')).toBe('#,##0.00 "USD"');
    expect(currencyFormat('IRR')).toBe('#,##0 "IRR"');
    expect(currencyFormat('KWD')).toBe('#,##0.000 "KWD"');
    expect(currencyFormat('U"S;D')).toBe('#,##0.00 "USD"');
  });
});

describe('content pillars', () => {
  const percents = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 10 });

  it('apportions every post, each pillar within one post of its share', () => {
    fc.assert(
      fc.property(percents, fc.integer({ min: 0, max: 2000 }), (p, total) => {
        const counts = apportion(p, total);
        const sum = p.reduce((a, b) => a + b, 0);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
        counts.forEach((c, i) => expect(Math.abs(c - (total * p[i]) / sum)).toBeLessThan(1));
      }),
    );
  });

  it('orders them so each pillar recurs evenly, never bunched', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 6 }), (counts) => {
        const seq = evenSequence(counts);
        const total = counts.reduce((a, b) => a + b, 0);
        expect(seq).toHaveLength(total);
        // Every prefix holds each pillar within one post of its share.
        const seen = counts.map(() => 0);
        seq.forEach((pillar, step) => {
          seen[pillar]++;
          counts.forEach((c, i) => expect(Math.abs(seen[i] - ((step + 1) * c) / total)).toBeLessThan(1 + 1e-9));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('the rule of thirds alternates, and each network starts elsewhere in the cycle', () => {
    const thirds = ['A', 'B', 'C'].map((name, i) => ({ id: String(i), name, percent: 100 / 3 }));
    expect(pillarSequence(thirds, 6, 0)).toEqual(['A', 'B', 'C', 'A', 'B', 'C']);
    expect(pillarSequence(thirds, 6, 1)).toEqual(['B', 'C', 'A', 'B', 'C', 'A']);
    expect(pillarSequence(thirds, 0, 1)).toEqual([]);
  });
});

describe('weekly slots', () => {
  const MON_TO_FRI: Weekday[] = [1, 2, 3, 4, 5];

  it('spreads fewer posts than days over the week, from its first day', () => {
    const slots = weeklySlots({ postsPerWeek: 2, weekdays: MON_TO_FRI, times: ['09:00'] }, 1);
    expect(slots).toEqual([
      { weekday: 1, time: '09:00' },
      { weekday: 3, time: '09:00' },
    ]);
  });

  it('reads the days in the week order of the market (a Saturday week starts on Saturday)', () => {
    const slots = weeklySlots({ postsPerWeek: 1, weekdays: [3, 6, 0], times: ['09:00'] }, 6);
    expect(slots).toEqual([{ weekday: 6, time: '09:00' }]);
  });

  it('gives a second post at the next time when there are more posts than days', () => {
    const slots = weeklySlots({ postsPerWeek: 7, weekdays: MON_TO_FRI, times: ['09:00', '18:00'] }, 1);
    expect(slots).toHaveLength(7);
    expect(slots.filter((s) => s.time === '18:00').map((s) => s.weekday)).toEqual([1, 3]);
  });

  it('never more than the days and times can hold', () => {
    expect(weeklySlots({ postsPerWeek: 9, weekdays: [1, 2], times: ['09:00', '12:00'] }, 1)).toHaveLength(4);
    expect(weeklySlots({ postsPerWeek: 3, weekdays: [], times: ['09:00'] }, 1)).toEqual([]);
  });
});

describe('campaign phases', () => {
  const campaign = { name: 'Sale', start: '2025-03-20', end: '2025-03-25' };

  it('marks 14 days before, the days during, and 7 days after; the rest is quiet', () => {
    const days = campaignPhases([campaign], '2025-03-01', '2025-04-30');
    const phaseOn = (iso: string) => days[Math.round((Date.parse(iso) - Date.parse('2025-03-01')) / 86_400_000)];
    expect(DAYS_BEFORE).toBe(14);
    expect(DAYS_AFTER).toBe(7);
    expect(phaseOn('2025-03-05')).toEqual({ phase: 'quiet', campaign: -1 });
    expect(phaseOn('2025-03-06')).toEqual({ phase: 'before', campaign: 0 });
    expect(phaseOn('2025-03-19')).toEqual({ phase: 'before', campaign: 0 });
    expect(phaseOn('2025-03-20')).toEqual({ phase: 'during', campaign: 0 });
    expect(phaseOn('2025-03-25')).toEqual({ phase: 'during', campaign: 0 });
    expect(phaseOn('2025-03-26')).toEqual({ phase: 'after', campaign: 0 });
    expect(phaseOn('2025-04-01')).toEqual({ phase: 'after', campaign: 0 });
    expect(phaseOn('2025-04-02')).toEqual({ phase: 'quiet', campaign: -1 });
  });

  it('a running campaign wins over the next one’s run-up, and a run-up over an aftermath', () => {
    const next = { name: 'Next', start: '2025-03-28', end: '2025-04-02' };
    const days = campaignPhases([next, campaign], '2025-03-01', '2025-04-30');
    const at = (iso: string) => days[Math.round((Date.parse(iso) - Date.parse('2025-03-01')) / 86_400_000)];
    expect(at('2025-03-22')).toEqual({ phase: 'during', campaign: 1 });
    expect(at('2025-03-26')).toEqual({ phase: 'before', campaign: 0 });
    expect(at('2025-04-03')).toEqual({ phase: 'after', campaign: 0 });
  });

  it('a short campaign inside a longer one wins its own days (Founding Day inside Ramadan), the longer one the rest', () => {
    const ramadan = { start: '2026-02-18', end: '2026-03-19' };
    const foundingDay = { start: '2026-02-22', end: '2026-02-22' };
    for (const order of [[ramadan, foundingDay], [foundingDay, ramadan]]) {
      const days = campaignPhases(order, '2026-02-01', '2026-03-31');
      const at = (iso: string) => days[Math.round((Date.parse(iso) - Date.parse('2026-02-01')) / 86_400_000)];
      const short = order.indexOf(foundingDay);
      const long = order.indexOf(ramadan);
      expect(at('2026-02-22')).toEqual({ phase: 'during', campaign: short });
      expect(at('2026-02-21')).toEqual({ phase: 'during', campaign: long });
      expect(at('2026-02-23')).toEqual({ phase: 'during', campaign: long });
    }
    // Two running the same number of days: the later one wins where they overlap.
    const a = { start: '2026-03-01', end: '2026-03-05' };
    const b = { start: '2026-03-03', end: '2026-03-07' };
    const days = campaignPhases([a, b], '2026-03-01', '2026-03-31');
    expect(days.slice(0, 7).map((d) => d.campaign)).toEqual([0, 0, 1, 1, 1, 1, 1]);
  });

  it('clips windows to the plan', () => {
    const days = campaignPhases([{ start: '2025-01-01', end: '2025-03-02' }], '2025-03-01', '2025-03-31');
    expect(days).toHaveLength(31);
    expect(days[0].phase).toBe('during');
    expect(days[2].phase).toBe('after');
  });

  it('tags a campaign for utm_campaign as an ASCII slug analytics tools read: the marketer’s tag, the Latin name, else a numbered fallback', () => {
    expect(campaignTag('Spring "Sale" 2025!', 'x')).toBe('spring_sale_2025');
    expect(campaignTag('تخفيضات الربيع', 'campaign_2')).toBe('campaign_2');
    expect(campaignTag('حراج شب عید نوروز ۱۴۰۵', 'campaign_1')).toBe('campaign_1');
    expect(campaignTag('حراج شب عید نوروز ۱۴۰۵', 'campaign_1', 'Nowruz-Sale-1405')).toBe('nowruz-sale-1405');
    expect(campaignTag('Yalda پیش‌سفارش', 'x')).toBe('yalda');
    for (const name of ['تخفيضات الربيع', 'پیش‌سفارش شب یلدا', 'מבצע פסח', 'Café «été»']) expect(campaignTag(name, 'campaign_9')).toMatch(/^[a-z0-9_-]+$/);
    expect(campaignTag('"!?', 'campaign_1')).toBe('campaign_1');
    expect(ALWAYS_ON_TAG).toBe('always_on');
  });
});
