// The sent-keys log: round trip, pruning keeps it bounded, nothing still eligible is pruned.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/plan/dates';
import { CATCH_UP_DAYS } from '../../src/reminders/cadence';
import { dueItems, numberPosts } from '../../src/reminders/due';
import { decodeSentLog, emptySentLog, encodeSentLog, hasSent, pruneSentLog, recordSent, SENT_LOG_BUDGET } from '../../src/reminders/sent-log';
import type { DueItem, PostRow, ReminderPlan } from '../../src/reminders/types';

const item = (day: string, code: string): DueItem => ({ type: 'review', kind: 'kpi', date: day, day, code });

describe('sent log', () => {
  it('round-trips through its compact text form', () => {
    const log = recordSent(emptySentLog(), [item('2026-03-02', 'k'), item('2026-03-02', 'pabc12'), item('2026-03-09', 'k'), { type: 'missingTab', tab: 'kpi', day: '2026-03-09', code: 'xkpi' }]);
    const text = encodeSentLog(log);
    const back = decodeSentLog(text);
    expect(back).toEqual(log);
    expect(hasSent(back, item('2026-03-02', 'k'))).toBe(true);
    expect(hasSent(back, item('2026-03-03', 'k'))).toBe(false);
    expect(text.length).toBeLessThan(80);
  });
  it('garbage reads as an empty log', () => {
    expect(decodeSentLog('{nope')).toEqual(emptySentLog());
    expect(decodeSentLog(null)).toEqual(emptySentLog());
    expect(decodeSentLog('{"d":{"zz":5,"-1":"k"},"n":7}')).toEqual({ days: {}, notices: [] });
  });
  it('pruning drops only days no longer eligible', () => {
    const today = '2026-06-30';
    const log = recordSent(emptySentLog(), [item(addDays(today, -(CATCH_UP_DAYS + 30)), 'k'), item(addDays(today, -CATCH_UP_DAYS), 'k'), item(addDays(today, 1), 'p1')]);
    const pruned = pruneSentLog(log, today);
    expect(Object.keys(pruned.days).sort()).toEqual([addDays(today, -CATCH_UP_DAYS), addDays(today, 1)]);
  });

  it('stays within its budget (two 8 KB property pieces) over a year of a busy calendar (8 networks, 3 posts a day each)', () => {
    const networks = ['instagram', 'facebook', 'x', 'linkedin', 'tiktok', 'youtube', 'pinterest', 'telegram'];
    const rows: Omit<PostRow, 'nth'>[] = [];
    for (let d = 0; d < 400; d++) {
      for (const n of networks) for (const t of ['09:00', '13:00', '19:00']) rows.push({ date: addDays('2026-01-01', d), time: t, network: n, published: false });
    }
    const posts = numberPosts(rows);
    const plan: ReminderPlan = {
      business: 'B', lang: 'en', timeZone: 'UTC', start: '2026-01-01', end: '2027-01-31',
      cadences: { kpi: 'weekly', auditMonths: 1, strategyMonths: 6, goals: true, posts: true }, goals: [],
    };
    let log = emptySentLog();
    let largest = 0;
    for (let d = 0; d < 380; d++) {
      const today = addDays('2026-01-01', d);
      const fresh = dueItems({ today, plan, reviewsDone: [], goals: null, posts }).filter((i) => !hasSent(log, i));
      log = pruneSentLog(recordSent(log, fresh), today);
      largest = Math.max(largest, encodeSentLog(log).length);
    }
    expect(largest).toBeLessThanOrEqual(SENT_LOG_BUDGET);
    expect(largest).toBeGreaterThan(1000); // the test really filled it
  });

  it('property: whatever is recorded, the pruned log is under budget and keeps every eligible key', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -60, max: 3 }), fc.stringMatching(/^[a-zA-Z0-9]{1,7}$/)), { maxLength: 400 }), (entries) => {
        const today = '2026-05-15';
        const items = entries.map(([offset, code]) => item(addDays(today, offset), code));
        const pruned = pruneSentLog(recordSent(emptySentLog(), items), today);
        expect(encodeSentLog(pruned).length).toBeLessThanOrEqual(SENT_LOG_BUDGET);
        for (const i of items) if (i.day >= addDays(today, -CATCH_UP_DAYS)) expect(hasSent(pruned, i)).toBe(true);
      }),
    );
  });

  it('an over-budget log drops its oldest days first', () => {
    const today = '2026-05-15';
    const many = Array.from({ length: 3000 }, (_, i) => item(addDays(today, -(i % 10)), `c${i}`));
    const pruned = pruneSentLog(recordSent(emptySentLog(), many), today, 4000);
    expect(encodeSentLog(pruned).length).toBeLessThanOrEqual(4000);
    expect(Object.keys(pruned.days)).toContain(today);
    expect(Object.keys(pruned.days)).not.toContain(addDays(today, -9));
  });
});
