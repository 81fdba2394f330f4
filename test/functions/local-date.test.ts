// LOCAL_DATE at the cell edge: what it reads (date cells, serials, typed text in any digits), the
// shape and blank rules it shares with the KPI functions, its options and its locale defaults.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/calendars/days';
import { formatLocalDate } from '../../src/calendars/local-date';
import { catalogEntry } from '../../src/functions/catalog';
import { customFunction } from '../../src/functions/entry';
import { readTypedDate } from '../../src/functions/local-date';
import { FunctionError } from '../../src/functions/problem';
import { langFromLocale } from '../../src/i18n/lang';

const entry = catalogEntry('LOCAL_DATE');
const run = (args: unknown[], locale = 'en_US') => entry.run(args, { lang: () => langFromLocale(locale), locale: () => locale });
/** A date cell as Sheets hands it: midnight in the spreadsheet's zone, here Tehran (UTC+3:30). */
const tehranCell = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 3.5 * 3_600_000);

describe('LOCAL_DATE reads', () => {
  it('a date cell from a zone east of UTC as its own day (Nowruz 1406)', () => {
    expect(run([tehranCell(2027, 3, 21), 'persian'])).toBe('1406/01/01');
    expect(run([new Date(Date.UTC(2027, 2, 21) + 5 * 3_600_000), 'persian'])).toBe('1406/01/01'); // New York's midnight
  });

  it('a date typed as text, year first or day first, in any digits and with bidi marks', () => {
    for (const text of ['2027-03-21', '2027/3/21', '21/03/2027', '21.3.2027', '۲۰۲۷-۰۳-۲۱', '٢١/٠٣/٢٠٢٧', '\u200F2027-03-21 ']) {
      expect(run([text, 'persian']), text).toBe('1406/01/01');
    }
  });

  it('a number as a Sheets date serial (what DATE() gives)', () => {
    expect(run([46467, 'persian'])).toBe('1406/01/01'); // =DATE(2027,3,21)
  });

  it('refuses what is not a date with the KPI functions’ codes, and a day that does not exist', () => {
    expect(readTypedDate('2027-02-30')).toBeNull();
    expect(readTypedDate('1406/01/01')).toBeNull(); // a Jalali year typed in: not a Gregorian date
    expect(run([[['2027-03-21'], ['soon'], [true], ['2027-02-30'], [''], [Infinity]], 'islamic'])).toEqual([
      ['1448/10/13'],
      ['#TEXT! date'],
      ['#BOOLEAN! date'],
      ['#TEXT! date'],
      [''],
      ['#NUM! date'],
    ]);
    expect(() => run(['soon'])).toThrow(FunctionError);
    expect(run([''])).toBe('');
  });

  it('says which dates Umm al-Qura covers when a date is outside its table', () => {
    expect(() => run(['2099-01-01', 'islamic'])).toThrow('date: 2099-01-01 is outside the dates this calendar covers (1945-12-05 to 2077-11-16).');
  });
});

describe('LOCAL_DATE writes', () => {
  it('year/month/day in the spreadsheet language’s digits by default, and names the month in "long"', () => {
    const nowruz = '2027-03-21';
    expect(run([nowruz, 'persian'], 'fa_IR')).toBe('۱۴۰۶/۰۱/۰۱');
    expect(run([nowruz, 'persian', 'long'], 'fa_IR')).toBe('۱ فروردین ۱۴۰۶');
    expect(run(['2027-02-08', 'islamic'], 'ar_SA')).toBe('١٤٤٨/٠٩/٠١');
    expect(run(['2027-02-08', 'islamic', 'long'], 'ar_SA')).toBe('١ رمضان ١٤٤٨');
    expect(run(['2027-10-02', 'hebrew', 'long'], 'en_US')).toBe('1 Tishri 5788');
    expect(run(['2027-10-02', 'hebrew', 'long'], 'iw_IL')).toBe('א׳ בתשרי תשפ״ח');
    expect(run([nowruz, 'gregorian', 'long'], 'he_IL')).toBe('21 במרץ 2027');
  });

  it('takes the calendar from the locale when none is given: fa → persian, ar_SA → islamic, iw → hebrew, else gregorian', () => {
    expect(run(['2027-03-21'], 'fa_IR')).toBe('۱۴۰۶/۰۱/۰۱');
    expect(run(['2027-03-21'], 'ar_SA')).toBe('١٤٤٨/١٠/١٣'); // 13 Shawwal 1448
    expect(run(['2027-03-21'], 'iw')).toBe('5787/07/12'); // 12 Adar II 5787: month 7 of a leap year
    expect(run(['2027-03-21'], 'ar_EG')).toBe('٢٠٢٧/٠٣/٢١');
    expect(run(['2027-03-21'], 'en_US')).toBe('2027/03/21');
  });

  it('reads the calendar and format case-blind, with common names (jalali, hijri), and lists the choices otherwise', () => {
    expect(run(['2027-03-21', ' Jalali ', 'LONG'])).toBe('1 Farvardin 1406');
    expect(run(['2027-03-21', [['hijri']]])).toBe('1448/10/13');
    expect(() => run(['2027-03-21', 'julian'], 'fa_IR')).toThrow('calendar: "julian" is not one of: persian, islamic, hebrew, gregorian.');
    expect(() => run(['2027-03-21', 'persian', 'short'])).toThrow('format: "short" is not one of: numeric, long.');
  });

  it('gives a range back in its shape, with blanks kept blank', () => {
    const column = [[tehranCell(2027, 3, 20)], [''], [tehranCell(2027, 3, 21)]];
    expect(run([column, 'persian'])).toEqual([['1405/12/29'], [''], ['1406/01/01']]);
    expect(run([[[tehranCell(2027, 3, 20), tehranCell(2027, 3, 21)]], 'persian'])).toEqual([['1405/12/29', '1406/01/01']]);
  });

  it('asks Sheets for the locale once per call, however many cells', () => {
    let asked = 0;
    const fn = customFunction('LOCAL_DATE', () => 'en', () => {
      asked++;
      return 'fa_IR';
    });
    const column = Array.from({ length: 500 }, (_, i) => [tehranCell(2027, 1, 1 + (i % 28))]);
    expect((fn(column) as string[][]).length).toBe(500);
    expect(asked).toBe(1);
  });

  it('errors in the spreadsheet’s language', () => {
    const fn = customFunction('LOCAL_DATE', () => 'fa', () => 'fa_IR');
    expect(() => fn('soon')).toThrow('date: «soon» تاریخ نیست');
  });
});

describe('LOCAL_DATE properties', () => {
  it('any cell value gives a text, a blank or a #CODE, never throws, inside a range', () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.date({ noInvalidDate: false }), fc.constant(''), fc.constant(null));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 20 }), fc.constantFrom('persian', 'islamic', 'hebrew', 'gregorian'), (cells, calendar) => {
        const out = run([cells.map((c) => [c]), calendar]) as string[][];
        for (const [v] of out) expect(typeof v).toBe('string');
      }),
    );
  });

  it('the same day typed in any form and any digits gives the same answer', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1990, 1, 1), max: daysFromCivil(2070, 12, 31) }), (days) => {
        const d = new Date(days * 86_400_000);
        const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const expected = formatLocalDate('persian', days, 'en', 'numeric');
        const persianDigits = `${y}-${m}-${dd}`.replace(/\d/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[Number(c)]);
        expect(run([`${dd}/${m}/${y}`, 'persian'])).toBe(expected);
        expect(run([persianDigits, 'persian'])).toBe(expected);
        expect(run([new Date(Date.UTC(y, m - 1, dd) - 3 * 3_600_000), 'persian'])).toBe(expected); // Riyadh midnight
      }),
    );
  });
});
