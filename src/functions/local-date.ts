/**
 * LOCAL_DATE: a date as the market reads it, in the Jalali (Iran), Umm al-Qura (Saudi Arabia),
 * Hebrew or Gregorian calendar, in the spreadsheet's digits. Sheets has no such format. The
 * calendars live in src/calendars (pure, offline); this file is the cell edge.
 */
import { CALENDARS, calendarOfLocale, calendarRange, DATE_FORMATS, formatLocalDate, type CalendarName, type DateFormat } from '../calendars/local-date';
import { daysFromCivil, isoFromDays } from '../calendars/days';
import { toAsciiDigits } from '../i18n/digits';
import { langFromLocale, type Lang } from '../i18n/lang';
import { BLANK, isBlank, isDate } from './cells';
import type { CallContext, CatalogEntry, FunctionParam } from './catalog-types';
import { FunctionError, Problem, quote } from './problem';
import { cellwise } from './shape';

const DAY_MS = 86_400_000;
const floor = Math.floor; // held here: a global lookup per cell is slow in Apps Script
/** Sheets' serial 0 is 1899-12-30, day −25569 from 1970-01-01. */
const SERIAL_TO_DAYS = -25569;
/**
 * Sheets hands a date cell as midnight in the spreadsheet's time zone, seen from the script's
 * (UTC in our manifest): shifting by 14 h, less a millisecond, gives back the day for every zone
 * from UTC−10 to UTC+13:59 (a date-time keeps the day it has there; times late at night may roll).
 */
const MIDNIGHT_SHIFT_MS = 14 * 3_600_000 - 1;
/** Typed dates: years outside these are a typo (or a year of another calendar), not a date. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

const ALIASES: Record<string, CalendarName> = {
  persian: 'persian', jalali: 'persian', shamsi: 'persian', solar: 'persian',
  islamic: 'islamic', hijri: 'islamic', 'islamic-umalqura': 'islamic', umalqura: 'islamic',
  hebrew: 'hebrew', jewish: 'hebrew',
  gregorian: 'gregorian', gregory: 'gregorian',
};

const params: FunctionParam[] = [
  { name: 'date', type: 'Date|string|Array<Array<Date|string>>', description: 'A date cell or a range of them, or a date typed as text: 2027-03-21, 21/03/2027, in any digits.' },
  {
    name: 'calendar',
    type: 'string',
    optional: true,
    description: 'Optional. "persian" (Solar Hijri, as Iran uses it), "islamic" (Umm al-Qura, as Saudi Arabia publishes it), "hebrew" or "gregorian". Default: the spreadsheet’s locale (fa → persian, ar_SA → islamic, he → hebrew, else gregorian).',
  },
  { name: 'format', type: 'string', optional: true, description: 'Optional. "numeric" (default): year/month/day, e.g. ۱۴۰۶/۰۱/۰۱; "long": the month by name, e.g. ۱ فروردین ۱۴۰۶ or 1 Tishri 5788.' },
];

function scalarOption(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
  return value;
}

function readCalendar(value: unknown): CalendarName | null {
  const v = scalarOption(value);
  if (v === undefined || isBlank(v)) return null;
  const known = typeof v === 'string' ? ALIASES[v.trim().toLowerCase()] : undefined;
  if (!known) throw new FunctionError(new Problem('option', { arg: 'calendar', value: quote(v), options: CALENDARS.join(', ') }));
  return known;
}

function readFormat(value: unknown): DateFormat {
  const v = scalarOption(value);
  if (v === undefined || isBlank(v)) return 'numeric';
  const name = typeof v === 'string' ? v.trim().toLowerCase() : '';
  const known = DATE_FORMATS.find((f) => f === name);
  if (!known) throw new FunctionError(new Problem('option', { arg: 'format', value: quote(v), options: DATE_FORMATS.join(', ') }));
  return known;
}

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const MARKS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/g;

/** `2027-03-21`, `2027/3/21`, `21/03/2027`, `21.3.2027`, in any digits → its day number, or null. */
export function readTypedDate(text: string): number | null {
  const s = toAsciiDigits(text).replace(MARKS, '').trim();
  let m = YEAR_FIRST.exec(s);
  let year: number, month: number, day: number;
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = DAY_FIRST.exec(s))) [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const days = daysFromCivil(year, month, day);
  return isoFromDays(days).endsWith(`-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`) ? days : null; // 2027-02-30 is not a date
}

/** One cell as a day number from 1970-01-01. */
function readDay(value: unknown): number | Problem | typeof BLANK {
  if (isDate(value)) {
    const time = (value as Date).getTime();
    return time === time ? floor((time + MIDNIGHT_SHIFT_MS) / DAY_MS) : new Problem('notDate', { arg: 'date', value: 'Invalid Date' });
  }
  if (typeof value === 'number') {
    // A number is a Sheets date serial (what DATE() gives; how a formula engine hands a date cell).
    return value - value === 0 ? floor(value) + SERIAL_TO_DAYS : new Problem('tooBig', { arg: 'date', value: String(value) });
  }
  if (isBlank(value)) return BLANK;
  if (typeof value === 'boolean') return new Problem('boolean', { arg: 'date' });
  const days = typeof value === 'string' ? readTypedDate(value) : null;
  return days === null ? new Problem('notDate', { arg: 'date', value: quote(value) }) : days;
}

function outOfRange(calendar: CalendarName, days: number): Problem {
  const { first, last } = calendarRange(calendar);
  return new Problem('outOfRange', { arg: 'date', value: isoFromDays(days), first: isoFromDays(first), last: isoFromDays(last) });
}

function run(args: unknown[], context: CallContext) {
  const [date, calendarArg, formatArg] = args;
  if (date === undefined) throw new FunctionError(new Problem('missing', { arg: 'date' }));
  const format = readFormat(formatArg);
  let calendar = readCalendar(calendarArg);
  // One service call: the locale gives both the default calendar and the digits.
  const locale = context.locale ? context.locale() : null;
  const lang: Lang = locale === null ? context.lang() : langFromLocale(locale);
  if (calendar === null) calendar = locale === null ? 'gregorian' : calendarOfLocale(locale);
  const chosen = calendar;
  return cellwise(params.slice(0, 1), [date], ([value]) => {
    const days = readDay(value);
    if (days === BLANK) return '';
    if (days instanceof Problem) return days;
    return formatLocalDate(chosen, days, lang, format) ?? outOfRange(chosen, days);
  });
}

export const localDateFunction: CatalogEntry = {
  name: 'LOCAL_DATE',
  summary: 'A date in the calendar your market reads: Persian (Jalali), Islamic (Umm al-Qura), Hebrew or Gregorian, in the spreadsheet’s digits.',
  params,
  returnType: 'string|Array<Array<string>>',
  returns: 'The date as text, year first (۱۴۰۶/۰۱/۰۱) or with the month’s name (۱ فروردین ۱۴۰۶); one per cell of a range.',
  example: '=LOCAL_DATE(A2:A400, "persian")',
  moreExamples: ['=LOCAL_DATE("2027-03-21", "persian", "long")', '=LOCAL_DATE(A2, "islamic", "long")', '=LOCAL_DATE(TODAY(), "hebrew", "long")'],
  run,
};

