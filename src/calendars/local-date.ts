/**
 * A day in the calendar people read (Jalali, Umm al-Qura, Hebrew or Gregorian), written as
 * numbers (year first) or with the month's name, in the language's digits. Pure and offline:
 * nothing here asks the runtime's Intl, which Apps Script may lack.
 */
import { toLangDigits } from '../i18n/digits';
import type { Lang } from '../i18n/lang';
import { civilFromDays, daysFromCivil, type YearMonthDay } from './days';
import { hebrewFromDays, isHebrewLeapYear } from './hebrew';
import { hebrewDay, hebrewYear } from './hebrew-numerals';
import { monthName, type CalendarName } from './names';
import { persianFromDays, persianRange } from './persian';
import { hijriFromDays, hijriRange } from './umalqura';

export { CALENDARS, type CalendarName } from './names';
export const DATE_FORMATS = ['numeric', 'long'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** Sheets' own dates run from year 1 to 9999; Umm al-Qura's table is shorter. */
const FIRST_DAY = daysFromCivil(1, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);

/** The first and last day numbers a calendar covers here. */
export function calendarRange(calendar: CalendarName): { first: number; last: number } {
  if (calendar === 'islamic') return hijriRange();
  if (calendar === 'persian') return persianDays();
  return { first: FIRST_DAY, last: LAST_DAY };
}
/** Found on first use (it walks jalaali-js's leap table): Code.js loads on every custom-function call. */
let persianCovered: { first: number; last: number } | undefined;
function persianDays(): { first: number; last: number } {
  return (persianCovered ??= persianRange());
}

/** The date in that calendar, or null outside the days it covers (Umm al-Qura: 1365–1500 AH). */
export function localDate(calendar: CalendarName, days: number): YearMonthDay | null {
  if (days < FIRST_DAY || days > LAST_DAY) return null;
  switch (calendar) {
    case 'persian':
      const covered = persianDays();
      return days < covered.first || days > covered.last ? null : persianFromDays(days);
    case 'islamic':
      return hijriFromDays(days);
    case 'hebrew':
      return hebrewFromDays(days);
    default:
      return civilFromDays(days);
  }
}

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The name of a date's month in `lang` (the Hebrew calendar's Adar depends on the year). */
export function localMonthName(calendar: CalendarName, lang: Lang, date: YearMonthDay): string {
  return monthName(calendar, lang, date.month, calendar === 'hebrew' && isHebrewLeapYear(date.year));
}

/** `۱۴۰۶/۰۱/۰۱`, or `۱ فروردین ۱۴۰۶`, `1 Tishri 5788`, `א׳ בתשרי תשפ״ח`; null out of range. */
export function formatLocalDate(calendar: CalendarName, days: number, lang: Lang, format: DateFormat): string | null {
  const date = localDate(calendar, days);
  if (date === null) return null;
  if (format === 'numeric') return toLangDigits(`${date.year}/${two(date.month)}/${two(date.day)}`, lang);
  const month = localMonthName(calendar, lang, date);
  if (lang === 'he') {
    if (calendar === 'hebrew') return `${hebrewDay(date.day)} ב${month} ${hebrewYear(date.year)}`;
    return `${date.day} ב${month} ${date.year}`;
  }
  return toLangDigits(`${date.day} ${month} ${date.year}`, lang);
}

/** The calendar a spreadsheet's people read, from its locale: fa → Jalali, ar_SA → Umm al-Qura, he/iw → Hebrew. */
export function calendarOfLocale(locale: string): CalendarName {
  const code = locale.toLowerCase().replace('-', '_');
  if (code.startsWith('fa')) return 'persian';
  if (code.startsWith('ar_sa')) return 'islamic';
  if (code.startsWith('he') || code.startsWith('iw')) return 'hebrew';
  return 'gregorian';
}

/**
 * The local months a span of days touches, named with their year: `دی – بهمن ۱۴۰۵`, or
 * `Esfand 1405 – Farvardin 1406` across a new year (the year at a glance, one Gregorian month a row).
 */
export function localMonthsOf(calendar: CalendarName, lang: Lang, first: number, last: number): string {
  const a = localDate(calendar, first);
  const b = localDate(calendar, last);
  if (a === null || b === null) return '';
  const year = (y: number) => (lang === 'he' && calendar === 'hebrew' ? hebrewYear(y) : toLangDigits(String(y), lang));
  const nameA = localMonthName(calendar, lang, a);
  const nameB = localMonthName(calendar, lang, b);
  if (a.year === b.year && a.month === b.month) return `${nameA} ${year(a.year)}`;
  if (a.year === b.year) return `${nameA} – ${nameB} ${year(a.year)}`;
  return `${nameA} ${year(a.year)} – ${nameB} ${year(b.year)}`;
}
