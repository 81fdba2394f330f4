/**
 * Range.getDisplayValues, simply: a stored value shown through its number format. Covers what the
 * add-on writes (dates, times, percent, fixed decimals, thousands separators, currency literals,
 * plain text); other formats fall back to the plain value.
 */
import { AUTOMATIC_FORMAT, isAutomatic, isDateFormat, type Cell } from './cells';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function displayValue(cell: Cell | undefined, evaluated: unknown): string {
  if (!cell) return '';
  const value = cell.formula !== undefined && !cell.accidentalFormula ? evaluated : cell.value;
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return String(value);
  if (typeof value !== 'number') return String(value);
  const format = cell.numberFormat;
  if (isAutomatic(format) || format === '@' || format === AUTOMATIC_FORMAT) return automaticNumber(value);
  if (isDateFormat(format)) return formatSerial(value, format!);
  return formatNumber(value, format!);
}

function automaticNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(10)));
}

function formatNumber(n: number, format: string): string {
  const sections = format.split(';');
  const section = n < 0 && sections[1] !== undefined ? sections[1] : sections[0];
  let value = n < 0 && sections[1] !== undefined ? -n : n;
  // Split literals ("$", "€", quoted text) from the numeric pattern.
  const match = /^(.*?)([#0,.]*[#0][#0,.]*)(.*)$/.exec(section.replace(/\[\$([^\]-]*)[^\]]*\]/g, '"$1"'));
  if (!match) return automaticNumber(n);
  const [, prefixRaw, pattern, suffixRaw] = match;
  const literal = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const prefix = literal(prefixRaw);
  const suffix = literal(suffixRaw);
  if (suffix.includes('%')) value *= 100;
  const decimals = pattern.includes('.') ? pattern.split('.')[1].replace(/[^0#]/g, '').length : 0;
  const minDecimals = pattern.includes('.') ? pattern.split('.')[1].replace(/[^0]/g, '').length : 0;
  let text = Math.abs(value).toFixed(decimals);
  if (decimals > minDecimals) text = text.replace(new RegExp(`0{1,${decimals - minDecimals}}$`), '').replace(/\.$/, '');
  if (pattern.split('.')[0].includes(',')) {
    const [int, frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  const sign = value < 0 ? '-' : '';
  return `${sign}${prefix}${text}${suffix}`;
}

/** Formats a date serial with a Sheets date pattern (yyyy, mm, dd, ddd, mmm, hh, mm, ss, am/pm). */
function formatSerial(serial: number, format: string): string {
  const wall = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
  const y = wall.getUTCFullYear();
  const mo = wall.getUTCMonth();
  const d = wall.getUTCDate();
  const h = wall.getUTCHours();
  const mi = wall.getUTCMinutes();
  const s = wall.getUTCSeconds();
  const twelve = /am\/pm|a\/p/i.test(format);
  const tokens = format.match(/"[^"]*"|\\.|am\/pm|a\/p|y+|Y+|m+|M+|d+|D+|h+|H+|s+|S+|./gi) ?? [];
  let out = '';
  tokens.forEach((t, i) => {
    const lower = t.toLowerCase();
    const prevTime = tokens.slice(0, i).reverse().find((x) => /^[a-z]+$/i.test(x) && !/^m+$/i.test(x))?.toLowerCase();
    const nextTime = tokens.slice(i + 1).find((x) => /^[a-z]+$/i.test(x))?.toLowerCase();
    const p2 = (v: number) => String(v).padStart(2, '0');
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else if (lower === 'am/pm') out += h < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += h < 12 ? 'A' : 'P';
    else if (lower.startsWith('y')) out += lower.length <= 2 ? p2(y % 100) : String(y);
    else if (lower.startsWith('d')) out += lower.length === 1 ? String(d) : lower.length === 2 ? p2(d) : lower.length === 3 ? DAYS[wall.getUTCDay()].slice(0, 3) : DAYS[wall.getUTCDay()];
    else if (lower.startsWith('h')) {
      const hh = twelve ? ((h + 11) % 12) + 1 : h;
      out += lower.length >= 2 ? p2(hh) : String(hh);
    } else if (lower.startsWith('s')) out += lower.length >= 2 ? p2(s) : String(s);
    else if (lower.startsWith('m')) {
      const isMinute = lower.length <= 2 && ((prevTime !== undefined && prevTime.startsWith('h')) || (nextTime !== undefined && nextTime.startsWith('s')));
      if (isMinute) out += lower.length === 2 ? p2(mi) : String(mi);
      else out += lower.length === 1 ? String(mo + 1) : lower.length === 2 ? p2(mo + 1) : lower.length === 3 ? MONTHS[mo].slice(0, 3) : MONTHS[mo];
    } else out += t;
  });
  return out;
}
