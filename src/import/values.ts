/**
 * One cell of an export as a figure or a date. Figures: thousands separators, Arabic-Indic and
 * Persian digits and marks (the shared reader in src/i18n/digits.ts), a currency sign, and the
 * blanks exports write ("", "-", "--", "undefined", "N/A"). Dates: `MM/DD/YYYY HH:mm` (or
 * day first), ISO with or without an offset, "Jan 5, 2027", "Mon, Jan 05, 2027", "5 January
 * 2027" and "28 August" without a year, in any digits; "Lifetime" is a period, not a date;
 * a Persian-calendar date (۱۴۰۵/۱۱/۱۵) is turned into its Gregorian day (jalaali-js).
 */
import { parseNumberText, toAsciiDigits } from '../i18n/digits';
import { daysFromPersian, persianFromDays } from '../calendars/persian';
import { addDays, type IsoDate } from '../plan/dates';

export const BLANK = null;

const BLANKS = new Set(['', '-', '--', '—', 'undefined', 'null', 'n/a', 'na', 'nan']);
const CURRENCY = /[$€£¥₪﷼₹]|^(usd|eur|gbp|sar|aed|irr|ils)\s*|\s*(usd|eur|gbp|sar|aed|irr|ils)$/gi;

/** A figure ≥ 0, BLANK for an empty cell, or undefined when the cell is not a number. */
const PLAIN = /^\d+(\.\d+)?$/;
const FOREIGN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u200E\u200F\u061C]/;

export function readFigure(cell: string): number | null | undefined {
  if (PLAIN.test(cell)) return toNumber(cell); // the usual cell, read without the general parser
  const text = cell.trim();
  if (BLANKS.has(text.toLowerCase())) return BLANK;
  const n = parseNumberText(text.replace(CURRENCY, ''));
  if (n === null || !Number.isFinite(n) || n < 0) return undefined;
  return n;
}

export type DateOrder = 'mdy' | 'dmy';

export type ReadDate =
  /** A calendar day as written (exports write local time). */
  | { kind: 'day'; day: IsoDate }
  /** A moment with its offset: the day depends on the spreadsheet's time zone. */
  | { kind: 'instant'; ms: number }
  /** A day without its year ("28 August"): the caller picks the year. */
  | { kind: 'noYear'; month: number; day: number }
  | { kind: 'lifetime' }
  /** A Persian (solar hijri) date, 1300–1599 AP, given as its Gregorian day. */
  | { kind: 'solar'; day: IsoDate }
  | { kind: 'bad' };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Jan", "jan.", "January", "Sept" → 1…12; anything else → 0. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'sept') return 9;
  if (w.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(w)) + 1;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const toNumber = Number;

function lastDay(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1];
}

function iso(year: number, month: number, day: number): IsoDate | null {
  if (month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

/** A year this low is a Persian one: Iranians write ۱۴۰۵/۱۱/۱۵ (AP 1300 is 1921 CE). */
const FIRST_PERSIAN_YEAR = 1300;
const LAST_PERSIAN_YEAR = 1599;

function solar(year: number, month: number, day: number): ReadDate {
  if (year < FIRST_PERSIAN_YEAR || year > LAST_PERSIAN_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return { kind: 'bad' };
  const days = daysFromPersian(year, month, day);
  const back = persianFromDays(days);
  if (back.year !== year || back.month !== month || back.day !== day) return { kind: 'bad' }; // 30 Esfand of a common year
  return { kind: 'solar', day: addDays('1970-01-01', days) };
}

function dayOrBad(year: number, month: number, day: number): ReadDate {
  if (year < 1700) return solar(year, month, day);
  const d = iso(year, month, day);
  return d ? { kind: 'day', day: d } : { kind: 'bad' };
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const SLASHED = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm)?)?$/i;
const MONTH_FIRST = /^(?:[a-z]+,?\s+)?([a-z]+\.?)\s+(\d{1,2}),?(?:\s+(\d{4}))?(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?)?$/i;
const DAY_FIRST = /^(?:[a-z]+,?\s+)?(\d{1,2})\s+([a-z]+\.?),?(?:\s+(\d{4}))?(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?)?$/i;

export function readDate(cell: string, order: DateOrder): ReadDate {
  const text = (FOREIGN_DIGITS.test(cell) ? toAsciiDigits(cell).replace(/[\u200E\u200F\u061C]/g, '') : cell).trim().replace(/\s+/g, ' ');
  if (/^lifetime$/i.test(text)) return { kind: 'lifetime' };
  let m = ISO.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year < 1700) return solar(year, month, day);
    if (!iso(year, month, day)) return { kind: 'bad' };
    if (!m[7]) return dayOrBad(year, month, day);
    const offset = m[7].toUpperCase() === 'Z' ? 0 : (m[7][0] === '-' ? -1 : 1) * (Number(m[7].slice(1, 3)) * 60 + Number(m[7].slice(-2)));
    const ms = Date.UTC(year, month - 1, day, Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) - offset * 60_000;
    return { kind: 'instant', ms };
  }
  m = SLASHED.exec(text);
  if (m) {
    const [a, b, c] = [m[1], m[2], m[3]];
    if (a.length >= 3) return dayOrBad(Number(a), Number(b), Number(c)); // 2027/01/05
    if (c.length === 3) return { kind: 'bad' };
    const [first, second] = [Number(a), Number(b)];
    // Day first when the first number cannot be a month, month first when the second cannot.
    const dayFirst = first > 12 ? true : second > 12 ? false : order === 'dmy';
    return dayFirst ? dayOrBad(fullYear(c), second, first) : dayOrBad(fullYear(c), first, second);
  }
  m = MONTH_FIRST.exec(text);
  if (m && monthOf(m[1])) return m[3] ? dayOrBad(Number(m[3]), monthOf(m[1]), Number(m[2])) : noYear(monthOf(m[1]), Number(m[2]));
  m = DAY_FIRST.exec(text);
  if (m && monthOf(m[2])) return m[3] ? dayOrBad(Number(m[3]), monthOf(m[2]), Number(m[1])) : noYear(monthOf(m[2]), Number(m[1]));
  return { kind: 'bad' };
}

function noYear(month: number, day: number): ReadDate {
  // 29 February is fine in a leap year: checked once the year is known.
  return day >= 1 && day <= lastDay(2028, month) ? { kind: 'noYear', month, day } : { kind: 'bad' };
}

/** The day a year-less date falls on in `year`, or null (29 February in a common year). */
export function withYear(month: number, day: number, year: number): IsoDate | null {
  return iso(year, month, day);
}
