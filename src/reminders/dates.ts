/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings, with no clock and no time zone: the edge
 * turns "now" into the plan's local date once (Utilities.formatDate), and everything after that
 * is whole days. Day numbers count days since 1970-01-01, so differences are plain subtraction.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid ISO date, or null (Feb 30, 2026-13-01, "tomorrow"…). */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && dayNumber(value) !== null;
}

export function fromDayNumber(days: number): string {
  const d = new Date(days * 86_400_000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(mustDay(iso) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return mustDay(to) - mustDay(from);
}

/**
 * Same day-of-month `months` later, clamped to the month's end: Jan 31 + 1 month = Feb 28 (29 in
 * a leap year). Always count from the series' anchor (anchor + k months), never step month by
 * month, or Jan 31 → Feb 28 → Mar 28 would drift off the month end.
 */
export function addMonths(iso: string, months: number): string {
  mustDay(iso);
  const [y, m, d] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, daysInMonth(year, month)), 2)}`;
}

/** 0 = Sunday … 6 = Saturday, like Date#getUTCDay. */
export function weekday(iso: string): number {
  return (((mustDay(iso) + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mustDay(iso: string): number {
  const n = dayNumber(iso);
  if (n === null) throw new Error(`not an ISO date: ${iso}`);
  return n;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
