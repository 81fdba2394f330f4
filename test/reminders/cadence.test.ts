// Review cadences: when each review falls due, month ends, restarts after a logged review, horizon.
import { describe, expect, it } from 'vitest';
import { latestDueReview, nthOccurrence, seriesAnchor } from '../../src/reminders/cadence';
import type { Cadences, ReviewDone } from '../../src/reminders/types';

const cad = (over: Partial<Cadences> = {}): Cadences => ({ kpi: 'monthly', auditMonths: 3, strategyMonths: 6, goals: true, posts: true, ...over });

describe('month arithmetic of a series', () => {
  it('Jan 31 + 1 month is the last day of February, counted from the anchor each time', () => {
    expect(nthOccurrence('2026-01-31', { months: 1 }, 1)).toBe('2026-02-28');
    expect(nthOccurrence('2028-01-31', { months: 1 }, 1)).toBe('2028-02-29');
    // No drift: the third month is Apr 30, not Mar 28 + …
    expect(nthOccurrence('2026-01-31', { months: 1 }, 2)).toBe('2026-03-31');
    expect(nthOccurrence('2026-01-31', { months: 1 }, 3)).toBe('2026-04-30');
    expect(nthOccurrence('2026-08-31', { months: 6 }, 1)).toBe('2027-02-28');
  });
  it('weekly counts whole weeks across a year end', () => {
    expect(nthOccurrence('2026-12-28', { days: 7 }, 1)).toBe('2027-01-04');
  });
});

describe('latestDueReview', () => {
  const start = '2026-01-31';
  const end = '2027-01-30';
  it('monthly KPI review: nothing before the first month, then the month-end clamped dates', () => {
    expect(latestDueReview('kpi', cad(), start, end, [], '2026-02-27')).toBeNull();
    expect(latestDueReview('kpi', cad(), start, end, [], '2026-02-28')).toBe('2026-02-28');
    expect(latestDueReview('kpi', cad(), start, end, [], '2026-03-30')).toBe('2026-02-28');
    expect(latestDueReview('kpi', cad(), start, end, [], '2026-03-31')).toBe('2026-03-31');
  });
  it('weekly KPI review every 7 days from the start', () => {
    const c = cad({ kpi: 'weekly' });
    expect(latestDueReview('kpi', c, '2026-03-02', end, [], '2026-03-08')).toBeNull();
    expect(latestDueReview('kpi', c, '2026-03-02', end, [], '2026-03-09')).toBe('2026-03-09');
    expect(latestDueReview('kpi', c, '2026-03-02', end, [], '2026-03-15')).toBe('2026-03-09');
    expect(latestDueReview('kpi', c, '2026-03-02', end, [], '2026-03-16')).toBe('2026-03-16');
  });
  it('audit by its cadence in months; off when 0', () => {
    expect(latestDueReview('audit', cad({ auditMonths: 2 }), '2026-01-15', end, [], '2026-03-15')).toBe('2026-03-15');
    expect(latestDueReview('audit', cad({ auditMonths: 2 }), '2026-01-15', end, [], '2026-05-14')).toBe('2026-03-15');
    expect(latestDueReview('audit', cad({ auditMonths: 0 }), '2026-01-15', end, [], '2026-05-14')).toBeNull();
  });
  it('strategy every 6 months inside the horizon, and on its last day', () => {
    const s = '2026-03-01';
    const e = '2027-08-31'; // 18 months
    expect(latestDueReview('strategy', cad(), s, e, [], '2026-08-31')).toBeNull();
    expect(latestDueReview('strategy', cad(), s, e, [], '2026-09-01')).toBe('2026-09-01');
    expect(latestDueReview('strategy', cad(), s, e, [], '2027-03-01')).toBe('2027-03-01');
    expect(latestDueReview('strategy', cad(), s, e, [], '2027-08-30')).toBe('2027-03-01');
    expect(latestDueReview('strategy', cad(), s, e, [], '2027-08-31')).toBe('2027-08-31');
    // Past the horizon nothing new comes due (the next 6-month date, 2027-09-01, is outside it).
    expect(latestDueReview('strategy', cad(), s, e, [], '2027-12-01')).toBe('2027-08-31');
  });
  it('KPI and audit reviews stop at the horizon', () => {
    expect(latestDueReview('kpi', cad(), '2026-03-01', '2026-05-31', [], '2026-09-15')).toBe('2026-05-01');
  });
  it('a review logged as done restarts its cadence from that day', () => {
    const done: ReviewDone[] = [{ kind: 'audit', date: '2026-02-10' }];
    // Without the log: due 2026-04-15. With it: due 2026-05-10.
    expect(latestDueReview('audit', cad(), '2026-01-15', end, [], '2026-04-15')).toBe('2026-04-15');
    expect(latestDueReview('audit', cad(), '2026-01-15', end, done, '2026-04-15')).toBeNull();
    expect(latestDueReview('audit', cad(), '2026-01-15', end, done, '2026-05-10')).toBe('2026-05-10');
    // A log of another kind, or dated in the future, changes nothing.
    expect(latestDueReview('kpi', cad(), '2026-01-15', end, done, '2026-02-15')).toBe('2026-02-15');
    expect(seriesAnchor('audit', '2026-01-15', [{ kind: 'audit', date: '2026-09-01' }], '2026-04-15')).toBe('2026-01-15');
  });
  it('a review logged on its due day, before the run, suppresses it', () => {
    expect(latestDueReview('kpi', cad(), '2026-01-10', end, [{ kind: 'kpi', date: '2026-02-10' }], '2026-02-10')).toBeNull();
  });
});
