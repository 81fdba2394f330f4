/**
 * How one cell's value becomes an input: Sheets hands us numbers, text, booleans, Dates and ""
 * for blanks. Every custom function reads its cells through these readers.
 */
import { parseNumberText } from '../i18n/digits';
import { Problem, quote } from './problem';

export type CellValue = string | number | boolean | Date | null | undefined;

/** A blank cell, or text that is only spaces. */
export const BLANK = Symbol('blank');

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A Date from any realm (cells reach us from Apps Script's, tests' and vm contexts alike). */
export function isDate(value: unknown): value is Date {
  return typeof value === 'object' && value !== null && objectTag.call(value) === '[object Date]';
}
const objectTag = Object.prototype.toString; // held: a column of dates would look it up per cell

/** A count or an amount of money: a finite number ≥ 0. */
export function readAmount(value: unknown, arg: string): number | Problem | typeof BLANK {
  // The common case first, with no global lookups: they are the slow part of a hot loop.
  if (typeof value === 'number' && value >= 0 && value - value === 0) return value;
  if (value instanceof Problem) return value; // a row sum that already failed
  if (isBlank(value)) return BLANK;
  if (typeof value === 'boolean') return new Problem('boolean', { arg });
  if (isDate(value)) return new Problem('date', { arg });
  let n: number | null;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') n = parseNumberText(value);
  else n = null;
  if (n === null || Number.isNaN(n)) return new Problem('text', { arg, value: quote(value) });
  if (!Number.isFinite(n)) return new Problem('tooBig', { arg, value: quote(value) });
  if (n < 0) return new Problem('negative', { arg, value: n });
  return n;
}

/** Text that goes into a result (a link, a tag): numbers are written as Sheets shows them. */
export function readText(value: unknown, arg: string): string | Problem | typeof BLANK {
  if (isBlank(value)) return BLANK;
  if (typeof value === 'boolean') return new Problem('boolean', { arg });
  if (isDate(value)) return new Problem('date', { arg });
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : new Problem('tooBig', { arg, value });
  return String(value).trim();
}
