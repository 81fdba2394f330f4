// 400 simulated days of daily runs of the built bundle in the emulator: exactly the expected
// digests (count and content, computed in test/reminders/support.ts from the plan and the tabs),
// no duplicates, nothing missed. Persian plan in Tehran, trigger at 01:00 local (21:30 UTC the
// day before), so "today" must be the plan's local date, not UTC's.
import { formatNumber, localDigits } from '../../src/i18n/say';
import { beforeAll, describe, expect, it } from 'vitest';
import { reminderMessages, tabMessages } from '../../src/i18n/messages';
import { calendarPosts, digests, enable, expectedLines, localDate, plusDays, RECIPIENTS, runDays, setupPlan, sheetOf, type Digest, type Setup } from './support';

const TZ = 'Asia/Tehran';

describe('400 days of daily reminders (fa, Asia/Tehran)', () => {
  let s: Setup;
  let sent: Digest[];
  let days: string[];
  let expected: Map<string, string[]>;
  let remotePerRun: number[];
  let auditLoggedOn: string;

  beforeAll(() => {
    s = setupPlan({
      lang: 'fa',
      locale: 'fa_IR',
      timeZone: TZ,
      months: 12,
      edit: (plan) => {
        const start = plan.contentPlan.startDate;
        plan.reviews = { kpi: 'weekly', auditEveryMonths: 3, strategyEveryMonths: 6 };
        plan.goals[0].deadline = plusDays(start, 45);
        plan.goals[1].deadline = plusDays(start, 200);
        plan.goals[2].deadline = plusDays(start, 364); // the plan's last day
      },
    });
    const { addOn } = s;
    const start = s.plan.contentPlan.startDate;

    // The marketer's own edits: every 7th post marked published, goal 2 already met.
    const calendar = sheetOf(s, 'calendar');
    const published = tabMessages.fa.statuses.published;
    // Found by its header: Iran's calendar has a Jalali date column beside the date.
    const statusColumn = (calendar.getRange(2, 1, 1, calendar.getLastColumn()).getValues()[0] as string[]).indexOf(tabMessages.fa.columns.status) + 1;
    calendarPosts(s).forEach((p, i) => {
      if (i % 7 === 3) calendar.getRange(p.row, statusColumn).setValue(published);
    });
    const kpi = sheetOf(s, 'kpi');
    kpi.getRange(7, 8).setValue(0.05); // goal 2: engagement rate 2% → 4%, now 5%

    enable(s, { hour: 1 });
    expect(addOn.emulator.triggers.list).toHaveLength(1);

    // Run day by day to the day the audit is logged done, log it, then run on to day 400.
    auditLoggedOn = plusDays(start, 130);
    const begin = addOn.emulator.clock.nowIso();
    const runs: { at: string }[] = [];
    remotePerRun = [];
    const stepUntil = (isoUtc: string) => {
      const until = Date.parse(isoUtc);
      while (Date.parse(addOn.emulator.clock.nowIso()) < until) {
        const next = new Date(Math.min(Date.parse(addOn.emulator.clock.nowIso()) + 86_400_000, until)).toISOString();
        addOn.emulator.resetCalls();
        const r = addOn.runTriggers(next);
        for (const run of r) expect(run.error).toBeUndefined();
        if (r.length) remotePerRun.push(addOn.emulator.calls.remote);
        runs.push(...r);
      }
    };
    // 01:00 Tehran on the day the audit is logged is 21:30 UTC the day before: stop just before it.
    stepUntil(`${plusDays(auditLoggedOn, -1)}T21:00:00Z`);
    const reviews = sheetOf(s, 'reviews');
    const [y, mo, d] = auditLoggedOn.split('-').map(Number);
    reviews.getRange(2, 1, 1, 3).setValues([[new addOn.emulator.Date(y, mo - 1, d), reminderMessages.fa.reviewAudit, 'Sara']]);
    stepUntil(new Date(Date.parse(begin) + 400 * 86_400_000).toISOString());

    days = runDays(runs, TZ);
    sent = digests(s);
    const plan = s.plan;
    const end = plusDays(plan.contentPlan.startDate, 364);
    expected = expectedLines(
      {
        lang: 'fa',
        start,
        end,
        kpi: 'weekly',
        auditMonths: 3,
        strategyMonths: 6,
        goals: plan.goals.map((g: any, i: number) => ({ text: g.text, deadline: g.deadline, met: i === 1 })),
        posts: calendarPosts(s),
        done: [{ kind: 'audit', date: auditLoggedOn }],
        market: plan.market,
        campaigns: plan.campaigns,
      },
      days,
    );
  }, 120_000);

  it('ran once a day for 400 days, at 01:00 Tehran time', () => {
    expect(days).toHaveLength(400);
    expect(new Set(days).size).toBe(400);
    expect(days[0]).toBe('2026-01-06'); // enabled 2026-01-05 12:30 Tehran; first run the next night
  });

  it('sent exactly one digest on each day something was due, and none on the other days', () => {
    expect(sent.map((d) => d.day)).toEqual([...expected.keys()].sort());
    expect(sent.length).toBeGreaterThan(250);
  });

  it('each digest holds exactly the expected items (no duplicates, nothing missed)', () => {
    for (const d of sent) expect({ day: d.day, lines: d.lines }).toEqual({ day: d.day, lines: expected.get(d.day) });
    const all = sent.flatMap((d) => d.lines.map((l) => `${d.day} ${l}`));
    expect(new Set(all).size).toBe(all.length);
  });

  it('counts: reviews, goals and posts as the plan says', () => {
    const m = reminderMessages.fa;
    // Values sit in Unicode isolates in right-to-left text (say.ts); the words around them are what is counted.
    const lines = sent.flatMap((d) => d.lines).map((l) => l.replace(/[\u2068\u2069]/g, ''));
    const count = (text: string) => lines.filter((l) => l.startsWith(text)).length;
    expect(count(m.reviewKpi)).toBe(52); // weekly over 365 days
    expect(count(m.reviewStrategy)).toBe(2); // after 6 months, and on the plan's last day
    // Audit every 3 months: once before it was logged done, then 3 and 6 months after the log.
    expect(count(m.reviewAudit)).toBe(3);
    const posts = calendarPosts(s);
    const open = posts.filter((p) => !p.published).length;
    const lastPost = posts[posts.length - 1].date;
    expect(lastPost < plusDays(days[days.length - 1], -1)).toBe(true);
    expect(lines.filter((l) => l.includes('(') && !l.startsWith(m.reviewKpi)).length).toBeGreaterThanOrEqual(2 * open);
  });

  it('every digest goes to the recipients, in Persian, right to left, with links to the tabs', () => {
    for (const d of sent) {
      expect(d.to).toEqual(RECIPIENTS);
      expect(d.html.startsWith('<div dir="rtl" lang="fa"')).toBe(true);
      expect(d.subject).toContain(localDigits(d.day, 'fa'));
      expect(d.subject).toContain(`(${formatNumber(d.lines.length, 'fa')})`);
    }
    const calendarGid = s.tabs.find((t) => t.kind === 'calendar')!.sheetId;
    expect(sent.some((d) => d.body.includes(`#gid=${calendarGid}`))).toBe(true);
  });

  it('the daily run costs a bounded number of service calls, whatever the calendar size', () => {
    // 12 months of posts, and the same bound for any length: the tabs are read in one call each
    // (the calendar in two: its values, and its display for the times).
    // The dashboard's tag is read too (a getValue), though reminders skip the tab. Each run is a
    // fresh execution that reads the add-on's code from dist/AddOn.html: a file of the project, not
    // a call to a Google service.
    expect(Math.max(...remotePerRun)).toBeLessThanOrEqual(43);
  });

  it('the sent log stays small in the user properties', () => {
    const user = s.addOn.emulator.properties.user('marketer@example.com');
    expect(user.size()).toBeLessThan(9 * 1024);
    void localDate;
  });
});
