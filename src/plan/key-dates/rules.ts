/**
 * How a key date falls each year: on a fixed civil day, the nth weekday of a month, around
 * Easter or Black Friday, or on a day of the Umm al-Qura, Jalali or Hebrew calendar. Each rule
 * gives every occurrence near a window as [first, last] day numbers (from 1970-01-01).
 */
import { civilFromDays, daysFromCivil } from '../../calendars/days';
import { daysFromHebrew, hebrewFromDays, hebrewMonth } from '../../calendars/hebrew';
import { daysFromPersian, persianFromDays } from '../../calendars/persian';
import { daysFromHijri, hijriFromDays } from '../../calendars/umalqura';

export type Span = [first: number, last: number];
/** Every occurrence of a key date in the local years around [from, to]; the caller keeps those that overlap. */
export type When = (from: number, to: number) => Span[];

const SUN = 0, MON = 1, TUE = 2, WED = 3, THU = 4, FRI = 5, SAT = 6;
export const WEEKDAY = { SUN, MON, TUE, WED, THU, FRI, SAT } as const;

/** 0 = Sunday: 1970-01-01 was a Thursday. */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

function span(first: number, length: number): Span {
  return [first, first + length - 1];
}

/** The civil years a window touches, with one before: an occurrence may start the year before and run into it. */
function civilYears(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = civilFromDays(from).year - 1; y <= civilFromDays(to).year; y++) years.push(y);
  return years;
}

/** The same day every year: Valentine's Day, a national day. */
export function fixed(month: number, day: number, length = 1): When {
  return (from, to) => civilYears(from, to).map((y) => span(daysFromCivil(y, month, day), length));
}

/** The nth weekday of a month (n = -1: the last one): Mother's Day on the second Sunday of May. */
export function nthWeekday(month: number, weekday: number, n: number, length = 1): When {
  return (from, to) => civilYears(from, to).map((y) => span(nthWeekdayIn(y, month, weekday, n), length));
}

function nthWeekdayIn(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = daysFromCivil(year, month, 1);
    return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
  }
  const last = daysFromCivil(year, month + 1, 1) - 1; // day 0 of the next month; December rolls into the next year
  return last - ((weekdayOf(last) - weekday + 7) % 7);
}

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easterSunday(year: number): number {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}

/** Days from Easter Sunday: Mothering Sunday is −21 (the fourth Sunday of Lent). */
export function easter(offset: number, length = 1): When {
  return (from, to) => civilYears(from, to).map((y) => span(easterSunday(y) + offset, length));
}

/** Black Friday: the day after the fourth Thursday of November (US Thanksgiving); offset moves from it. */
export function blackFriday(offset = 0, length = 1): When {
  return (from, to) => civilYears(from, to).map((y) => span(nthWeekdayIn(y, 11, THU, 4) + 1 + offset, length));
}

/** France: the last Sunday of May, or the first of June when that is Pentecost (Easter + 49). */
export const frenchMothersDay: When = (from, to) =>
  civilYears(from, to).map((y) => {
    const lastSunday = nthWeekdayIn(y, 5, SUN, -1);
    return span(lastSunday === easterSunday(y) + 49 ? lastSunday + 7 : lastSunday, 1);
  });

/** Local years of a calendar that touch [from − 400 days, to]: a year-long margin for events near a year's end. */
function localYears(yearOf: (days: number) => number | null, from: number, to: number): number[] {
  const first = yearOf(from - 400) ?? yearOf(from);
  const last = yearOf(to) ?? yearOf(to - 400);
  const years: number[] = [];
  if (first === null || last === null) return years;
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

const hijriYear = (days: number) => hijriFromDays(days)?.year ?? null;

/** A day of the Umm al-Qura calendar: Eid al-Fitr is 1 Shawwal (10), for 3 days. */
export function hijri(month: number, day: number, length = 1): When {
  return (from, to) =>
    localYears(hijriYear, from, to).flatMap((y) => {
      const first = daysFromHijri(y, month, day);
      return first === null ? [] : [span(first, length)];
    });
}

/** A whole Umm al-Qura month: Ramadan (9), 29 or 30 days as the table has it. */
export function hijriMonth(month: number): When {
  return (from, to) =>
    localYears(hijriYear, from, to).flatMap((y) => {
      const first = daysFromHijri(y, month, 1);
      const next = month === 12 ? daysFromHijri(y + 1, 1, 1) : daysFromHijri(y, month + 1, 1);
      return first === null || next === null ? [] : [[first, next - 1] as Span];
    });
}

const persianYear = (days: number) => persianFromDays(days).year;

/** A day of the Jalali calendar: Nowruz is 1 Farvardin. */
export function persian(month: number, day: number, length = 1): When {
  return (from, to) => localYears(persianYear, from, to).map((y) => span(daysFromPersian(y, month, day), length));
}

/** Chaharshanbe Suri: the evening of the last Tuesday of the Jalali year (the eve of its last Wednesday). */
export const chaharshanbeSuri: When = (from, to) =>
  localYears(persianYear, from, to).map((y) => {
    let wednesday = daysFromPersian(y + 1, 1, 1) - 1;
    while (weekdayOf(wednesday) !== WED) wednesday--;
    return span(wednesday - 1, 1);
  });

type HebrewMonthName = Parameters<typeof hebrewMonth>[1];
const hebrewYear = (days: number) => hebrewFromDays(days).year;

/** A day of the Hebrew calendar (its civil date; it begins at sundown the evening before). */
export function hebrew(month: HebrewMonthName, day: number, length = 1, move?: (first: number) => number): When {
  return (from, to) =>
    localYears(hebrewYear, from, to).map((y) => {
      const first = daysFromHebrew(y, hebrewMonth(y, month), day);
      return span(move ? move(first) : first, length);
    });
}

/**
 * Israel's Independence Day, 5 Iyar, moved so that neither it nor Memorial Day the day before
 * touches the Sabbath: Friday or Saturday → the Thursday before; Monday → Tuesday (since 2004).
 * 5 Iyar 5785 was Saturday 3 May 2025, so it was kept on Thursday 1 May.
 */
export function israelIndependenceDay(fifthOfIyar: number): number {
  switch (weekdayOf(fifthOfIyar)) {
    case FRI:
      return fifthOfIyar - 1;
    case SAT:
      return fifthOfIyar - 2;
    case MON:
      return fifthOfIyar + 1;
    default:
      return fifthOfIyar;
  }
}
