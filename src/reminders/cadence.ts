/**
 * When each review falls due. A review series starts at the plan's start, or at the last day the
 * review was logged as done (a review done restarts its cadence from that day), and repeats every
 * period until the strategy's horizon ends. The strategy review is also due on the horizon's last
 * day: the loop then starts again with new goals (DOMAIN.md: reviewed every 6 months, ≤ 3 years).
 */
import { addDays, addMonths } from '../plan/dates';
import type { Cadences, ReviewDone, ReviewKind } from './types';

/** How many days late a missed reminder may still go out (runs skipped, quota spent, outage). */
export const CATCH_UP_DAYS = 14;

export interface Period {
  days?: number;
  months?: number;
}

export function reviewPeriod(kind: ReviewKind, cadences: Cadences): Period | null {
  if (kind === 'kpi') {
    if (cadences.kpi === 'weekly') return { days: 7 };
    if (cadences.kpi === 'monthly') return { months: 1 };
    return null;
  }
  const months = kind === 'audit' ? cadences.auditMonths : cadences.strategyMonths;
  return months > 0 ? { months } : null;
}

/** The k-th date of a series, counted from the anchor (never step by step: see addMonths). */
export function nthOccurrence(anchor: string, period: Period, k: number): string {
  return period.months ? addMonths(anchor, period.months * k) : addDays(anchor, (period.days ?? 1) * k);
}

/** The day a series restarts from: the latest logged review on or before today, else the start. */
export function seriesAnchor(kind: ReviewKind, start: string, done: readonly ReviewDone[], today: string): string {
  let anchor = start;
  for (const d of done) {
    if (d.kind === kind && d.date <= today && d.date > anchor) anchor = d.date;
  }
  return anchor;
}

/**
 * The latest due date of this review on or before `today` (null if none yet). A review past the
 * horizon is not due, except the strategy review on the horizon's last day.
 */
export function latestDueReview(
  kind: ReviewKind,
  cadences: Cadences,
  start: string,
  end: string,
  done: readonly ReviewDone[],
  today: string,
): string | null {
  const period = reviewPeriod(kind, cadences);
  if (!period) return null;
  const anchor = seriesAnchor(kind, start, done, today);
  let latest: string | null = null;
  for (let k = 1; ; k++) {
    const date = nthOccurrence(anchor, period, k);
    if (date > today || date > end) break;
    latest = date;
  }
  if (kind === 'strategy' && end > anchor && end <= today) {
    if (latest === null || end > latest) latest = end;
  }
  return latest;
}
