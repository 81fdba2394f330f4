/**
 * Time-zone arithmetic on the host (Node's Intl): the wall-clock parts of an instant in a zone,
 * the instant of a wall-clock time in a zone, and Sheets' date serials (days since 1899-12-30 in
 * the spreadsheet's zone).
 */

export interface WallParts {
  year: number;
  month: number; // 0-11
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Milliseconds to add to UTC to get the zone's wall time at that instant, to the second: on
 * 1899-12-30 (the day of every time-only cell) Asia/Tehran kept local mean time, +3:25:44, and
 * Riyadh (+3:06:52) and Jerusalem (+2:20:54) likewise; rounding that to minutes would move a
 * time cell by seconds that Sheets does not.
 */
export function offsetMs(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(whole))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const asUtc = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - whole;
}

/** Minutes to add to UTC (Tehran today: +210), rounded, for offsets written as ±hh:mm. */
export function offsetMinutes(ms: number, timeZone: string): number {
  return Math.round(offsetMs(ms, timeZone) / 60_000);
}

export function wallParts(ms: number, timeZone: string): WallParts {
  const d = new Date(ms + offsetMs(ms, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** The instant whose wall time in `timeZone` is the given one (fields may overflow, like Date.UTC). */
export function instantFromWall(
  year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, timeZone: string,
): number {
  const utc = utcOf(year, month, day, hour, minute, second, ms);
  if (Number.isNaN(utc)) return NaN;
  const first = utc - offsetMs(utc, timeZone);
  return utc - offsetMs(first, timeZone);
}

function utcOf(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year, month, day); // keeps years 0-99 as written
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Sheets' serial number of an instant, read as wall time in the spreadsheet's zone. */
export function serialFromInstant(ms: number, timeZone: string): number {
  const w = wallParts(ms, timeZone);
  const wallUtc = utcOf(w.year, w.month, w.day, w.hour, w.minute, w.second, w.ms);
  return (wallUtc - SERIAL_EPOCH) / DAY_MS;
}

/** The instant of a serial number's wall time in the spreadsheet's zone. */
export function instantFromSerial(serial: number, timeZone: string): number {
  const wall = new Date(SERIAL_EPOCH + Math.round(serial * DAY_MS));
  return instantFromWall(
    wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(),
    wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), wall.getUTCMilliseconds(), timeZone,
  );
}

/** The zone's calendar day of an instant, `YYYY-MM-DD` (quota resets, trigger days). */
export function dayKey(ms: number, timeZone: string): string {
  const w = wallParts(ms, timeZone);
  return `${w.year}-${String(w.month + 1).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}
