/**
 * Utilities: formatDate with Java SimpleDateFormat patterns and real time zones (host Intl),
 * getUuid (deterministic per emulator), sleep (returns at once; the fake clock does not move),
 * base64, formatString, computeDigest.
 */
import { createHash } from 'node:crypto';
import { Service } from './calls';
import type { Env } from './env';
import { isValidTimeZone, offsetMinutes, wallParts } from './tz';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });
export const DigestAlgorithm = Object.freeze({ MD2: 'MD2', MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512' });

/** Java SimpleDateFormat, the letters Apps Script users write: y M d E u a H k K h m s S z Z X D and 'quoted'. */
export function formatDate(ms: number, timeZone: string, pattern: string): string {
  const w = wallParts(ms, timeZone);
  const off = offsetMinutes(ms, timeZone);
  const tokens = pattern.match(/'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+/g) ?? [];
  const pad = (n: number, len: number) => String(n).padStart(len, '0');
  const offset = (sep: string, zulu: boolean) => {
    if (zulu && off === 0) return 'Z';
    const a = Math.abs(off);
    return `${off < 0 ? '-' : '+'}${pad(Math.floor(a / 60), 2)}${sep}${pad(a % 60, 2)}`;
  };
  const dayOfYear = Math.floor((Date.UTC(w.year, w.month, w.day) - Date.UTC(w.year, 0, 1)) / 86_400_000) + 1;
  return tokens
    .map((t) => {
      if (t.startsWith("'")) return t === "''" ? "'" : t.slice(1, -1).replace(/''/g, "'");
      if (!/[A-Za-z]/.test(t[0])) return t;
      const n = t.length;
      switch (t[0]) {
        case 'y': case 'Y': return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        case 'M': case 'L': return n >= 4 ? MONTHS[w.month] : n === 3 ? MONTHS[w.month].slice(0, 3) : pad(w.month + 1, n);
        case 'd': return pad(w.day, n);
        case 'D': return pad(dayOfYear, n);
        case 'E': return n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3);
        case 'u': return String(w.weekday === 0 ? 7 : w.weekday);
        case 'a': return w.hour < 12 ? 'AM' : 'PM';
        case 'H': return pad(w.hour, n);
        case 'k': return pad(w.hour === 0 ? 24 : w.hour, n);
        case 'K': return pad(w.hour % 12, n);
        case 'h': return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        case 'm': return pad(w.minute, n);
        case 's': return pad(w.second, n);
        case 'S': return pad(w.ms, 3).slice(0, Math.max(n, 3)).padEnd(n, '0');
        case 'z': return zoneName(ms, timeZone, n >= 4);
        case 'Z': return offset('', false);
        case 'X': return n === 1 ? (off === 0 ? 'Z' : offset('', false).slice(0, 3)) : offset(n === 2 ? '' : ':', true);
        default: throw new Error(`Illegal pattern character '${t[0]}'`);
      }
    })
    .join('');
}

function zoneName(ms: number, timeZone: string, long: boolean): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: long ? 'long' : 'short' }).formatToParts(new Date(ms));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

export class Utilities extends Service {
  static override serviceName = 'Utilities';
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  formatDate(date: Date, timeZone: string, format: string) {
    if (!this._env.isDate(date)) this._env.fail("The parameters (String,String,String) don't match the method signature for Utilities.formatDate.");
    if (!isValidTimeZone(String(timeZone))) this._env.fail(`Invalid argument: timeZone (${String(timeZone)})`);
    try {
      return formatDate(date.getTime(), String(timeZone), String(format));
    } catch (e) {
      return this._env.fail(`Invalid argument: format (${(e as Error).message})`);
    }
  }
  formatString(template: string, ...args: unknown[]) {
    let i = 0;
    return String(template).replace(/%(\d*\.?\d*)([sdf%])/g, (m, width: string, kind: string) => {
      if (kind === '%') return '%';
      const v = args[i++];
      if (kind === 'd') return String(Math.trunc(Number(v)));
      if (kind === 'f') {
        const precision = width.includes('.') ? Number(width.split('.')[1]) : 6;
        return Number(v).toFixed(precision);
      }
      return String(v);
    });
  }
  getUuid() {
    const n = this._env.nextSerial();
    const hex = createHash('sha256').update(`uuid-${n}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
  sleep(milliseconds: number) {
    if (typeof milliseconds !== 'number' || milliseconds < 0 || milliseconds > 300_000) this._env.fail('Invalid argument: milliseconds');
  }
  base64Encode(data: string | number[]) { return toBuffer(data).toString('base64'); }
  base64EncodeWebSafe(data: string | number[]) { return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'); }
  base64Decode(encoded: string) { return toBytes(Buffer.from(String(encoded), 'base64')); }
  base64DecodeWebSafe(encoded: string) { return toBytes(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64')); }
  computeDigest(algorithm: string, value: string | number[]) {
    const names: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
    const name = names[String(algorithm)];
    if (!name) this._env.fail(`Invalid argument: algorithm (${String(algorithm)})`);
    return toBytes(createHash(name).update(toBuffer(value)).digest());
  }
}

function toBuffer(data: string | number[]): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff));
}

/** Apps Script byte arrays are Java bytes: -128…127. */
function toBytes(buffer: Buffer): number[] {
  return [...buffer].map((b) => (b > 127 ? b - 256 : b));
}
