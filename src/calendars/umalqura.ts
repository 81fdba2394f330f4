/**
 * The Umm al-Qura calendar, as Saudi Arabia publishes it: a table, not a formula.
 *
 * MONTH_LENGTHS holds, for each Hijri year 1365–1500 AH, three hex digits: bit m (0 = Muharram)
 * is set when month m+1 has 30 days, clear when 29. 1 Muharram 1365 is day -8793 (1945-12-05).
 * Generated once from the MONTH_STARTS table of @tabby_ai/hijri-converter 1.0.5 (MIT; a port of
 * mhalshehri/hijri-converter, whose data is KACST's published Umm al-Qura calendar, 1343–1500 AH;
 * the years before 1365 have irregular months and are left out). Checked in
 * test/calendars/umalqura.test.ts: every day against that package, and every day from 2000 to
 * the end of 1450 AH (2029-05-13) against Node's ICU `islamic-umalqura`. From 1451 AH ICU's own
 * table departs from KACST's by a day in some months; the test keeps those within one day.
 */
import type { YearMonthDay } from './days';

/** Held in the module: in Apps Script (and node:vm) a global lookup in a hot loop is slow. */
const floor = Math.floor;

export const FIRST_HIJRI_YEAR = 1365;
export const LAST_HIJRI_YEAR = 1500;
const FIRST_DAY = -8793;
const MONTH_LENGTHS =
  'd55555555d556d5555ea5d2aaaacd5655572da9555aaa55552da6d55a55574dd53d54556d552d5d55d54d4565552da5d' +
  '55aad56aad4b52aa574ae97656cb55aaaa554ad95d2da5d9db2ba4b4aa552b5575b6abd2bc4b89a9552d5adb6a6d4dc9' +
  'd92aa69562ae56d36ab55aaa94d49d95d2ba5b55aad55a9a92e26e55dada6d46a554ba9754eaae5acba9d92b2564bcab' +
  '55ab556d2ea5e4aa9552daad36c7596d269552da5b4ba9ba3b4b69b52aa64b696d2ec6d9eb2d54d2aa564ae96dd6ab54' +
  'b29a9352ba57536ab56aae93';

/** Day number of the first of each month, plus one past the end; built on first use. */
let monthStarts: Int32Array | null = null;

function starts(): Int32Array {
  if (monthStarts) return monthStarts;
  const years = LAST_HIJRI_YEAR - FIRST_HIJRI_YEAR + 1;
  const table = new Int32Array(years * 12 + 1);
  let day = FIRST_DAY;
  for (let y = 0; y < years; y++) {
    const mask = parseInt(MONTH_LENGTHS.slice(y * 3, y * 3 + 3), 16);
    for (let m = 0; m < 12; m++) {
      table[y * 12 + m] = day;
      day += mask & (1 << m) ? 30 : 29;
    }
  }
  table[years * 12] = day;
  monthStarts = table;
  return table;
}

/** The first and last day numbers the table covers. */
export function hijriRange(): { first: number; last: number } {
  const table = starts();
  return { first: table[0], last: table[table.length - 1] - 1 };
}

/** The Hijri date of a day, or null outside 1365–1500 AH. */
export function hijriFromDays(days: number): YearMonthDay | null {
  const table = starts();
  if (days < table[0] || days >= table[table.length - 1]) return null;
  // A month is 29.53 days on average: start from that estimate and step to the right month.
  let i = floor((days - table[0]) / 29.530588);
  if (i > table.length - 2) i = table.length - 2;
  while (table[i] > days) i--;
  while (table[i + 1] <= days) i++;
  return { year: FIRST_HIJRI_YEAR + floor(i / 12), month: (i % 12) + 1, day: days - table[i] + 1 };
}

/** The day number of a Hijri date, or null outside the table (or a day past the month's end). */
export function daysFromHijri(year: number, month: number, day: number): number | null {
  const table = starts();
  const i = (year - FIRST_HIJRI_YEAR) * 12 + month - 1;
  if (i < 0 || i >= table.length - 1 || day < 1 || table[i] + day - 1 >= table[i + 1]) return null;
  return table[i] + day - 1;
}
