/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, the way plans carry them (google.script.run cannot
 * pass a Date). Pure day arithmetic in UTC, so a time zone never shifts a post to another day.
 * ISO strings compare correctly as text: `a < b` means a is earlier.
 */
import { toAsciiDigits } from '../i18n/digits';

export type IsoDate = string;
/** 0 = Sunday … 6 = Saturday, as in JavaScript and Sheets' WEEKDAY(…; 1) minus one. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** Plans live in this century; a year outside is a typo, not a plan. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** `۲۰۲۶-۰۳-۰۱ ` → `2026-03-01`, or null when it is not a date that exists (2026-02-30). */
export function readIsoDate(text: string): IsoDate | null {
  const s = toAsciiDigits(text.trim());
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(year, month) ? s : null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toDays(date: IsoDate): number {
  return Math.floor(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
}

function fromDays(days: number): IsoDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDays(toDays(date) + days);
}

/** Same day n months later, clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDays(to) - toDays(from);
}

export function weekdayOf(date: IsoDate): Weekday {
  return (((toDays(date) + 4) % 7) + 7) % 7 as Weekday; // 1970-01-01 was a Thursday
}

/** A Date as the ISO day it is in UTC; the edge uses it for "today" after shifting to the sheet's zone. */
export function isoDateOf(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}
