/**
 * What has been sent, kept small (see SENT_LOG_BUDGET). Every item carries the day
 * it belongs to (a review's due date, a post's date, a goal's deadline), and an item is only
 * eligible within CATCH_UP_DAYS of that day, so keys older than that can go without any risk of
 * sending them again. Stored as `{"d":{"<day in base 36>":"code code …"},"n":"notice …"}`.
 */
import { addDays, daysBetween, readIsoDate } from '../plan/dates';
import { CATCH_UP_DAYS } from './cadence';
import type { DueItem } from './types';

const EPOCH = '1970-01-01';

/** Keep a margin over the eligibility window so a clock or time-zone change can't re-open a key. */
export const KEEP_DAYS = CATCH_UP_DAYS + 7;
/**
 * Property values are limited to 9 KB; the state holding this log is cut into pieces under that
 * (src/reminders/state.ts), and the log itself stays within two pieces: the 16 eligible days of
 * about 70 posts a day (two keys each). A typical plan (6 networks, 5 posts a week) uses ~1 KB.
 */
export const SENT_LOG_BUDGET = 16_000;

export interface SentLog {
  days: Record<string, string[]>;
  notices: string[];
}

export function emptySentLog(): SentLog {
  return { days: {}, notices: [] };
}

export function hasSent(log: SentLog, item: DueItem): boolean {
  if (item.type === 'missingTab') return log.notices.includes(item.code);
  return (log.days[item.day] ?? []).includes(item.code);
}

export function recordSent(log: SentLog, items: readonly DueItem[]): SentLog {
  const days: Record<string, string[]> = {};
  for (const [day, codes] of Object.entries(log.days)) days[day] = [...codes];
  const notices = [...log.notices];
  for (const item of items) {
    if (item.type === 'missingTab') {
      if (!notices.includes(item.code)) notices.push(item.code);
      continue;
    }
    const codes = (days[item.day] ??= []);
    if (!codes.includes(item.code)) codes.push(item.code);
  }
  return { days, notices };
}

/** A tab that is back (or was recreated) may be reported again if it goes missing later. */
export function forgetNotices(log: SentLog, keep: (code: string) => boolean): SentLog {
  return { days: log.days, notices: log.notices.filter(keep) };
}

/**
 * Drops days no longer eligible. If a log were still over budget (hundreds of posts a day) the
 * oldest days go first: a repeat of a long-past item is the least harm.
 */
export function pruneSentLog(log: SentLog, today: string, budget = SENT_LOG_BUDGET): SentLog {
  const oldest = addDays(today, -KEEP_DAYS);
  const days: Record<string, string[]> = {};
  for (const day of Object.keys(log.days).sort()) {
    if (day >= oldest) days[day] = log.days[day];
  }
  const pruned: SentLog = { days, notices: log.notices.slice(-50) };
  const ordered = Object.keys(days).sort();
  while (encodeSentLog(pruned).length > budget && ordered.length > 0) delete pruned.days[ordered.shift() as string];
  return pruned;
}

export function encodeSentLog(log: SentLog): string {
  const d: Record<string, string> = {};
  for (const day of Object.keys(log.days).sort()) {
    if (readIsoDate(day) && log.days[day].length) d[daysBetween(EPOCH, day).toString(36)] = log.days[day].join(' ');
  }
  return JSON.stringify({ d, n: log.notices.join(' ') });
}

/** Anything unreadable becomes an empty log (worst case: a reminder is repeated, never lost). */
export function decodeSentLog(text: string | null | undefined): SentLog {
  if (!text) return emptySentLog();
  try {
    const raw = JSON.parse(text) as { d?: Record<string, unknown>; n?: unknown };
    const days: Record<string, string[]> = {};
    for (const [key, value] of Object.entries(raw.d ?? {})) {
      const n = parseInt(key, 36);
      if (!Number.isFinite(n) || n < 0 || n > 100_000 || typeof value !== 'string') continue;
      days[addDays(EPOCH, n)] = value.split(' ').filter(Boolean);
    }
    const notices = typeof raw.n === 'string' ? raw.n.split(' ').filter(Boolean) : [];
    return { days, notices };
  } catch {
    return emptySentLog();
  }
}
