/**
 * The Hebrew calendar by its standard arithmetic (Dershowitz & Reingold, "Calendrical
 * Calculations", ch. 8): months counted from the molad of Tishri 1 AM, the four postponements
 * (dehiyyot), and year lengths of 353–355 or 383–385 days. Written here because the common
 * package, @hebcal/core, is GPL and must not ship in dist/.
 *
 * Months are numbered in the order of the civil year, from Tishri: Tishri = 1 … Elul = 12, or
 * 13 in a leap year, where Adar I is month 6 and Adar II month 7.
 */
import type { YearMonthDay } from './days';

/** Held in the module: in Apps Script (and node:vm) a global lookup in a hot loop is slow. */
const floor = Math.floor;

/** The Hebrew epoch (R.D. −1373427, in "Calendrical Calculations") as a day number from 1970-01-01. */
const EPOCH = -1373427 - 719163;

export function isHebrewLeapYear(year: number): boolean {
  return (7 * year + 1) % 19 < 7;
}

/** Days from the epoch to the molad of Tishri of `year`, with the "not Sunday, Wednesday, Friday" postponement. */
function elapsedDays(year: number): number {
  const months = floor((235 * year - 234) / 19);
  const parts = 12084 + 13753 * months;
  const day = 29 * months + floor(parts / 25920);
  return (3 * (day + 1)) % 7 < 3 ? day + 1 : day;
}

/** The two remaining postponements keep every year 353–355 or 383–385 days long. */
function newYearDelay(year: number): number {
  const ny0 = elapsedDays(year - 1);
  const ny1 = elapsedDays(year);
  const ny2 = elapsedDays(year + 1);
  if (ny2 - ny1 === 356) return 2;
  if (ny1 - ny0 === 382) return 1;
  return 0;
}

/** Day number of 1 Tishri of `year`. */
export function hebrewNewYear(year: number): number {
  return EPOCH + elapsedDays(year) + newYearDelay(year);
}

/** The length of each month of the year, in civil order from Tishri. */
export function hebrewMonthLengths(year: number): number[] {
  const length = hebrewNewYear(year + 1) - hebrewNewYear(year);
  const longHeshvan = length % 10 === 5;
  const shortKislev = length % 10 === 3;
  const lengths = [30, longHeshvan ? 30 : 29, shortKislev ? 29 : 30, 29, 30];
  if (isHebrewLeapYear(year)) lengths.push(30); // Adar I
  lengths.push(29, 30, 29, 30, 29, 30, 29); // Adar (II), Nisan, Iyar, Sivan, Tammuz, Av, Elul
  return lengths;
}

/** One year's bounds and month lengths, kept: a column of dates mostly falls in the same year. */
let cached: { year: number; start: number; end: number; lengths: number[] } | null = null;

function yearOf(year: number) {
  if (cached && cached.year === year) return cached;
  const start = hebrewNewYear(year);
  const entry = { year, start, end: hebrewNewYear(year + 1), lengths: hebrewMonthLengths(year) };
  cached = entry;
  return entry;
}

export function hebrewFromDays(days: number): YearMonthDay {
  let year: number;
  if (cached && days >= cached.start && days < cached.end) year = cached.year;
  else {
    year = floor((days - EPOCH) / 365.2468) + 1; // the mean Hebrew year, then corrected
    while (hebrewNewYear(year) > days) year--;
    while (hebrewNewYear(year + 1) <= days) year++;
  }
  const { start, lengths } = yearOf(year);
  let day = days - start;
  let month = 0;
  while (day >= lengths[month]) day -= lengths[month++];
  return { year, month: month + 1, day: day + 1 };
}

/** The day number of a Hebrew date (month in civil order, as above). */
export function daysFromHebrew(year: number, month: number, day: number): number {
  const { start, lengths } = yearOf(year);
  let days = start;
  for (let m = 0; m < month - 1; m++) days += lengths[m];
  return days + day - 1;
}

/** Month numbers of the named months in `year` (Adar is Adar II in a leap year). */
export function hebrewMonth(year: number, name: 'tishri' | 'kislev' | 'tevet' | 'shevat' | 'adar' | 'nisan' | 'iyar' | 'sivan' | 'av'): number {
  const leap = isHebrewLeapYear(year) ? 1 : 0;
  const civil = { tishri: 1, kislev: 3, tevet: 4, shevat: 5, adar: 6, nisan: 7, iyar: 8, sivan: 9, av: 11 }[name];
  return civil >= 6 ? civil + leap : civil;
}
