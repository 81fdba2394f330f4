/**
 * One cell's state, and what Sheets makes of a value written to it. This is where the formula
 * hazard lives: like real Sheets, `setValues` turns "=x" into a formula, and also "+x" and "-x"
 * when they are not plain numbers ("@x" stays text, as in Sheets); "'x" is stored as the text "x"; numeric, boolean, percent
 * and date-looking strings become numbers, booleans and dates. A cell formatted as plain text
 * ("@") keeps any string as text.
 */
import { instantFromSerial, offsetMs, serialFromInstant } from './tz';

export type Scalar = string | number | boolean;

export interface Cell {
  /** Stored value; dates/times are serial numbers (shown as Date when the format is a date format). */
  value?: Scalar;
  formula?: string;
  /** True when the formula came from text that merely started with + - @ (the hazard). */
  accidentalFormula?: boolean;
  numberFormat?: string;
  validation?: unknown;
  fontWeight?: 'bold' | 'normal';
  background?: string;
  fontColor?: string;
  wrap?: boolean;
  note?: string;
  horizontalAlignment?: string;
}

/** What Sheets returns for the number format of a cell nobody formatted ("Automatic"). */
export const AUTOMATIC_FORMAT = '0.###############';
export const DEFAULT_DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function isAutomatic(format: string | undefined): boolean {
  return format === undefined || format === '' || format === AUTOMATIC_FORMAT || format.toLowerCase() === 'general';
}

/** A date/time number format (has y, d, h or s outside quotes, or m next to them). */
export function isDateFormat(format: string | undefined): boolean {
  if (isAutomatic(format) || !format) return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  if (/[#0?]/.test(bare) && !/[yYdDhHsS]/.test(bare)) return false;
  return /[yYdDhHsS]/.test(bare);
}

export interface WriteContext {
  timeZone: string;
  locale: string;
  /** True for a Date instance of either realm. */
  isDate: (v: unknown) => v is Date;
}

/** Writes one value the way Range.setValue(s) does, mutating the cell. */
export function writeValue(cell: Cell, input: unknown, ctx: WriteContext): void {
  delete cell.formula;
  delete cell.accidentalFormula;
  if (input === null || input === undefined || input === '') {
    delete cell.value;
    return;
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) {
      cell.value = '#NUM!';
      return;
    }
    cell.value = input;
    return;
  }
  if (typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  if (ctx.isDate(input)) {
    const t = input.getTime();
    if (Number.isNaN(t)) {
      cell.value = '';
      return;
    }
    cell.value = serialFromInstant(t, ctx.timeZone);
    if (isAutomatic(cell.numberFormat)) cell.numberFormat = DEFAULT_DATE_TIME_FORMAT;
    return;
  }
  const text = typeof input === 'string' ? input : String(input);
  if (cell.numberFormat === '@') {
    cell.value = text;
    return;
  }
  writeText(cell, text, ctx);
}

function writeText(cell: Cell, text: string, ctx: WriteContext): void {
  const first = text[0];
  if (first === "'") {
    cell.value = text.slice(1);
    if (cell.value === '') delete cell.value;
    return;
  }
  if (first === '=' ) {
    cell.formula = text;
    delete cell.value;
    return;
  }
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) {
    cell.value = Number(trimmed);
    return;
  }
  const percent = PERCENT.exec(trimmed);
  if (percent) {
    cell.value = Number(percent[1]) / 100;
    if (isAutomatic(cell.numberFormat)) cell.numberFormat = percent[1].includes('.') ? '0.00%' : '0%';
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === 'true';
    return;
  }
  const date = parseDateText(trimmed, ctx.locale);
  if (date !== null) {
    cell.value = date;
    if (isAutomatic(cell.numberFormat)) cell.numberFormat = DEFAULT_DATE_FORMAT;
    return;
  }
  if ((first === '+' || first === '-') && text.length > 1) {
    // Sheets parses these as formulas: "+abc" → =+abc (#NAME?/#ERROR!). "@brand" it keeps as text.
    cell.formula = `=${text}`;
    cell.accidentalFormula = true;
    cell.value = '#ERROR!';
    return;
  }
  cell.value = text;
}

function parseDateText(text: string, locale: string): number | null {
  let y: number;
  let m: number;
  let d: number;
  const iso = ISO_DATE.exec(text);
  const us = US_DATE.exec(text);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (us && locale.startsWith('en_US')) {
    [m, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
  } else if (us) {
    [d, m, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
  } else {
    return null;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const utc = Date.UTC(y, m - 1, d);
  if (new Date(utc).getUTCDate() !== d) return null;
  return (utc - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Writes one formula the way Range.setFormula(s) does ("" clears; text without "=" is a value). */
export function writeFormula(cell: Cell, formula: unknown, ctx: WriteContext): void {
  const text = formula === null || formula === undefined ? '' : String(formula);
  if (text.startsWith('=')) {
    cell.formula = text;
    delete cell.accidentalFormula;
    delete cell.value;
    return;
  }
  writeValue(cell, text, ctx);
}

export interface ReadContext {
  timeZone: string;
  makeDate: (ms: number) => Date;
  /** Computes a formula's value when the test installed an evaluator; otherwise formula cells read "". */
  evaluate?: (formula: string) => unknown;
  /**
   * A fault (faults.setTimeCellsReadWithTodayOffset): a time-only cell comes back with today's
   * offset of the zone instead of its 1899-12-30 local-mean-time one, as a platform might; the
   * instant then formats minutes off (Tehran: 09:30 reads 09:34). Default off.
   */
  timeOnlyAtTodayOffset?: number;
}

/** The value getValues returns for a cell. */
export function readValue(cell: Cell | undefined, ctx: ReadContext): unknown {
  if (!cell) return '';
  if (cell.formula !== undefined && !cell.accidentalFormula) {
    if (!ctx.evaluate) return '';
    const v = ctx.evaluate(cell.formula);
    return v === undefined || v === null ? '' : v;
  }
  const v = cell.value;
  if (v === undefined) return '';
  if (typeof v === 'number' && isDateFormat(cell.numberFormat)) {
    if (ctx.timeOnlyAtTodayOffset !== undefined && v >= 0 && v < 1) {
      return ctx.makeDate(Date.UTC(1899, 11, 30) + Math.round(v * 86_400_000) - offsetMs(ctx.timeOnlyAtTodayOffset, ctx.timeZone));
    }
    return ctx.makeDate(instantFromSerial(v, ctx.timeZone));
  }
  return v;
}

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ''));
}
