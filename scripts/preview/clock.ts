/**
 * The preview's "now": by default the machine's clock and time zone, so "Try an example" plans from
 * next month, the audit is dated today and reminders fall due on real days; PREVIEW_NOW (or
 * --now) pins a wall time for demos and screenshots. Tests pass `now` and so stay pinned.
 */
import { instantFromWall, isValidTimeZone } from '../../test/emulator/tz';

export interface PreviewClock {
  /** The spreadsheet's and script's time zone. */
  timeZone: string;
  /** Follows the machine's clock (true) or stays at the pinned instant. */
  live: boolean;
  /** The instant to start a (fresh) spreadsheet at, ISO. */
  nowIso(): string;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The machine's time zone as an IANA name (UTC when it has none). */
export function machineTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'Etc/UTC';
}

/**
 * `pinned`: "2027-03-01T09:00" (a wall time in `timeZone`), "2027-03-01" (09:00 that day), or an
 * instant with Z or an offset. Throws a sentence saying what is wrong, for the console.
 */
export function previewClock(pinned: string | undefined, timeZone: string | undefined, machineNow: () => number = Date.now): PreviewClock {
  const zone = timeZone?.trim() || machineTimeZone();
  if (!isValidTimeZone(zone)) throw new Error(`Unknown time zone "${zone}" (use an IANA name such as Europe/Paris or Asia/Tehran).`);
  const text = pinned?.trim();
  if (!text) return { timeZone: zone, live: true, nowIso: () => new Date(machineNow()).toISOString() };
  const at = pinnedInstant(text, zone);
  if (Number.isNaN(at)) throw new Error(`PREVIEW_NOW="${text}" is not a date: write it as 2027-03-01T09:00 (local time) or 2027-03-01.`);
  const iso = new Date(at).toISOString();
  return { timeZone: zone, live: false, nowIso: () => iso };
}

function pinnedInstant(text: string, timeZone: string): number {
  const wall = WALL.exec(text);
  if (wall) {
    const [, y, mo, d, h = '9', mi = '0', s = '0'] = wall;
    const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return NaN;
    const at = instantFromWall(year, month - 1, day, hour, minute, second, 0, timeZone);
    // 2027-02-30 would roll over to March: refuse it rather than guess.
    const check = new Date(Date.UTC(year, month - 1, day));
    return check.getUTCDate() === day ? at : NaN;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) return Date.parse(text);
  return NaN;
}
