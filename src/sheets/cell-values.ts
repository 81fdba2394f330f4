/**
 * What the renderer writes for one SpecCell. Every plain string is sent with a leading apostrophe,
 * so Sheets stores it as text whatever it looks like: "=x", "+x", "-x", "@x" never become formulas
 * and "00123", "TRUE" or "1/2" never become numbers, booleans or dates. Dates and times become
 * Sheets serials (days since 1899-12-30), so no time zone can shift them.
 */
import type { SpecCell } from './spec';

/** Number formats used when a date/time cell's column has none (ISO reads the same everywhere). */
export const FALLBACK_DATE_FORMAT = 'yyyy-mm-dd';
export const FALLBACK_TIME_FORMAT = 'hh:mm';
/** Sheets' "Automatic" format, for cells of a formatted range that keep the default. */
export const AUTOMATIC_FORMAT = 'General';

const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function dateSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date (YYYY-MM-DD): ${iso}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  if (new Date(utc).getUTCDate() !== d || mo < 1 || mo > 12) throw new Error(`Not a calendar date: ${iso}`);
  return (utc - SERIAL_EPOCH_UTC) / DAY_MS;
}

export function timeSerial(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new Error(`Not a time (HH:MM): ${hhmm}`);
  return (Number(m[1]) * 60 + Number(m[2])) / 1440;
}

/** The value handed to setValues for a cell. */
export function sheetValue(cell: SpecCell): string | number | boolean {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell === '' ? '' : `'${cell}`;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (typeof cell === 'boolean') return cell;
  if ('formula' in cell) return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  if ('date' in cell) return dateSerial(cell.date);
  return timeSerial(cell.time);
}

/** The number format a cell needs when its column gives none (dates and times must show as such). */
export function fallbackFormat(cell: SpecCell): string | null {
  if (cell !== null && typeof cell === 'object') {
    if ('date' in cell) return FALLBACK_DATE_FORMAT;
    if ('time' in cell) return FALLBACK_TIME_FORMAT;
  }
  return null;
}
