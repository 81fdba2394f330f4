// Properties of the export readers: a figure written in any digits, with thousands separators,
// reads as the same number; the blanks exports write read as blank, never 0; any text never
// crashes and never gives a negative or non-finite figure; a date written in any of the
// platforms' formats and any digits reads as the same day; random text never crashes the date
// reader nor the whole import.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExport } from '../../src/import/analyse';
import { readDate, readFigure } from '../../src/import/values';

const ARABIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const script = (text: string, digits: string) => text.replace(/\d/g, (d) => digits[Number(d)]);
const grouped = (n: number, sep: string) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

describe('figures', () => {
  it('read the same in ASCII, Arabic-Indic and Persian digits, grouped or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.constantFrom('', ',', '٬'), fc.constantFrom('', ARABIC, PERSIAN), (n, sep, digits) => {
        const text = grouped(n, sep);
        expect(readFigure(digits ? script(text, digits) : text)).toBe(n);
      }),
    );
  });

  it('never crash, and give a number ≥ 0, a blank or "not a number"', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const n = readFigure(text);
        expect(n === null || n === undefined || (Number.isFinite(n) && n >= 0)).toBe(true);
      }),
    );
  });

  it('read the blanks exports write as blank', () => {
    for (const blank of ['', ' ', '-', '--', 'undefined', 'N/A']) expect(readFigure(blank)).toBeNull();
  });
});

describe('dates', () => {
  const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => ({
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
  }));
  const pad = (n: number) => String(n).padStart(2, '0');

  it('read the same day in every platform format and digits', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('', ARABIC, PERSIAN), ({ y, m, d }, digits) => {
        const want = `${y}-${pad(m)}-${pad(d)}`;
        const forms: [string, 'mdy' | 'dmy'][] = [
          [`${pad(m)}/${pad(d)}/${y} 09:30`, 'mdy'], // Meta, LinkedIn
          [`${pad(d)}/${pad(m)}/${y}`, 'dmy'], // a sheet in ar/fa/he locales
          [`${want}`, 'mdy'],
          [`${MONTHS[m - 1]} ${d}, ${y}`, 'mdy'], // YouTube
          [`${d} ${MONTHS[m - 1]} ${y}`, 'dmy'],
        ];
        for (const [text, order] of forms) expect(readDate(digits ? script(text, digits) : text, order), text).toEqual({ kind: 'day', day: want });
        const instant = readDate(`${want} 23:30 +0000`, 'mdy'); // X
        expect(instant).toEqual({ kind: 'instant', ms: Date.UTC(y, m - 1, d, 23, 30) });
      }),
    );
  });

  it('leave the year to the caller when there is none, and say "Lifetime" is no date', () => {
    expect(readDate('28 August', 'dmy')).toEqual({ kind: 'noYear', month: 8, day: 28 });
    expect(readDate('Lifetime', 'mdy')).toEqual({ kind: 'lifetime' });
    expect(readDate('31/02/2027', 'dmy')).toEqual({ kind: 'bad' });
    expect(readDate('۱۴۰۵/۱۱/۱۵', 'dmy')).toEqual({ kind: 'solar', day: '2027-02-04' });
    expect(readDate('1403/12/30', 'dmy')).toEqual({ kind: 'solar', day: '2025-03-20' }); // 1403 is a leap year
    expect(readDate('1404/12/30', 'dmy')).toEqual({ kind: 'bad' }); // 1404 is not
  });

  it('read a Persian-calendar date as the Gregorian day ICU names for it', () => {
    const parts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    fc.assert(
      fc.property(day, fc.constantFrom('', PERSIAN), ({ y, m, d }, digits) => {
        const p = Object.fromEntries(parts.formatToParts(new Date(Date.UTC(y, m - 1, d))).map((x) => [x.type, x.value]));
        if (Number(p.year) > 1599) return; // beyond the Persian years we read
        const text = `${p.year}/${pad(Number(p.month))}/${pad(Number(p.day))}`;
        expect(readDate(digits ? script(text, digits) : text, 'dmy')).toEqual({ kind: 'solar', day: `${y}-${pad(m)}-${pad(d)}` });
      }),
    );
  });

  it('never crash on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => void readDate(text, 'mdy')));
  });
});

describe('the whole reading', () => {
  const ctx = { dayOf: (ms: number) => new Date(ms).toISOString().slice(0, 10), ownOrder: 'dmy' as const, window: null, remembered: () => null, today: '2027-02-01' };
  it('never throws on random text: it gives posts or problems', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const out = readExport('x.csv', `Date,Reach,Network\n${text}`, { columns: {}, overwriteTyped: false }, ctx);
        expect('problems' in out || Array.isArray(out.read.posts)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
