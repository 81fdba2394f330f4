/**
 * The fake clock, and the `Date` the add-on sees: a subclass of the host Date whose no-argument
 * constructor and Date.now() read the clock, and whose local-time methods (getHours, getDay,
 * new Date(y, m, d)…) use the script's time zone the way Apps Script's V8 does, whatever the host's.
 */
import { instantFromWall, offsetMinutes, wallParts } from './tz';

const DAY_MS = 86_400_000;

export class Clock {
  private ms: number;
  constructor(iso: string) {
    this.ms = parseIso(iso);
  }
  now(): number {
    return this.ms;
  }
  setNow(iso: string): void {
    this.ms = parseIso(iso);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
  advanceDays(days: number): void {
    this.ms += days * DAY_MS;
  }
}

function parseIso(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Emulator clock: not a date: ${iso}`);
  return ms;
}

/** A string the host would read as local time (no Z, no offset, not an ISO date-only form). */
function isLocalDateString(text: string): boolean {
  const s = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return false; // ISO date-only is UTC by the spec
  if (/(Z|[+-]\d{2}:?\d{2}|GMT|UTC)\s*(\(.*\))?$/i.test(s)) return false;
  return true;
}

export type EmulatedDateConstructor = DateConstructor;

/**
 * Builds the Date constructor for one emulator. `timeZone()` is read at each call so a test can
 * change the script's time zone. Calling it without `new` returns a string, like the real Date.
 */
export function makeDateClass(clock: Clock, timeZone: () => string): DateConstructor {
  const wall = (d: Date) => wallParts(d.getTime(), timeZone());
  const fromWall = (y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number) =>
    instantFromWall(y, mo, d, h, mi, s, ms, timeZone());

  class EmulatedDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) {
        super(clock.now());
      } else if (args.length === 1) {
        const a = args[0];
        if (typeof a === 'string' && isLocalDateString(a)) {
          const host = new Date(a); // host local interpretation, re-read in the script's zone
          super(
            Number.isNaN(host.getTime())
              ? NaN
              : fromWall(host.getFullYear(), host.getMonth(), host.getDate(), host.getHours(), host.getMinutes(), host.getSeconds(), host.getMilliseconds()),
          );
        } else {
          super(a instanceof Date ? a.getTime() : (a as number));
        }
      } else {
        const n = args.map(Number);
        let y = n[0];
        if (y >= 0 && y <= 99) y += 1900;
        super(fromWall(y, n[1], n[2] ?? 1, n[3] ?? 0, n[4] ?? 0, n[5] ?? 0, n[6] ?? 0));
      }
    }
    static override now(): number {
      return clock.now();
    }
    override getFullYear() { return this.valid() ? wall(this).year : NaN; }
    override getMonth() { return this.valid() ? wall(this).month : NaN; }
    override getDate() { return this.valid() ? wall(this).day : NaN; }
    override getDay() { return this.valid() ? wall(this).weekday : NaN; }
    override getHours() { return this.valid() ? wall(this).hour : NaN; }
    override getMinutes() { return this.valid() ? wall(this).minute : NaN; }
    override getSeconds() { return this.valid() ? wall(this).second : NaN; }
    override getMilliseconds() { return this.valid() ? wall(this).ms : NaN; }
    override getTimezoneOffset() { return this.valid() ? -offsetMinutes(this.getTime(), timeZone()) : NaN; }
    override setFullYear(y: number, mo?: number, d?: number) { return this.setWall({ year: y, month: mo, day: d }); }
    override setMonth(mo: number, d?: number) { return this.setWall({ month: mo, day: d }); }
    override setDate(d: number) { return this.setWall({ day: d }); }
    override setHours(h: number, mi?: number, s?: number, ms?: number) { return this.setWall({ hour: h, minute: mi, second: s, ms }); }
    override setMinutes(mi: number, s?: number, ms?: number) { return this.setWall({ minute: mi, second: s, ms }); }
    override setSeconds(s: number, ms?: number) { return this.setWall({ second: s, ms }); }
    override setMilliseconds(ms: number) { return this.setWall({ ms }); }
    override toString() {
      if (!this.valid()) return 'Invalid Date';
      return `${this.toDateString()} ${this.toTimeString()}`;
    }
    override toDateString() {
      if (!this.valid()) return 'Invalid Date';
      const w = wall(this);
      return `${DAYS[w.weekday]} ${MONTHS[w.month]} ${pad(w.day)} ${w.year}`;
    }
    override toTimeString() {
      if (!this.valid()) return 'Invalid Date';
      const w = wall(this);
      const off = offsetMinutes(this.getTime(), timeZone());
      const sign = off < 0 ? '-' : '+';
      const abs = Math.abs(off);
      return `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)} GMT${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
    }
    override toLocaleString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return super.toLocaleString(locales, { timeZone: timeZone(), ...options });
    }
    override toLocaleDateString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return super.toLocaleDateString(locales, { timeZone: timeZone(), ...options });
    }
    override toLocaleTimeString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return super.toLocaleTimeString(locales, { timeZone: timeZone(), ...options });
    }
    private valid() {
      return !Number.isNaN(this.getTime());
    }
    private setWall(change: Partial<Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'ms', number | undefined>>) {
      if (!this.valid()) return NaN;
      const w = wall(this);
      const pick = (k: keyof typeof change, old: number) => (change[k] === undefined ? old : Number(change[k]));
      const t = fromWall(
        pick('year', w.year), pick('month', w.month), pick('day', w.day),
        pick('hour', w.hour), pick('minute', w.minute), pick('second', w.second), pick('ms', w.ms),
      );
      return this.setTime(t);
    }
  }
  return new Proxy(EmulatedDate, {
    apply: () => new EmulatedDate().toString(),
  }) as unknown as DateConstructor;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');
