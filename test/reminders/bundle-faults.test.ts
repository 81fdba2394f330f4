// The daily run under the faults issue 6 names, in the built bundle with the emulator: tabs
// renamed, deleted or mangled, mail quota spent, authorization lost, two runs at once, a run that
// throws half-way, and a run that cannot open the spreadsheet. After each, nothing is repeated
// and nothing is dropped: the items sent equal the expectation computed from the plan.
import { describe, expect, it } from 'vitest';
import { reminderMessages } from '../../src/i18n/messages';
import {
  calendarPosts,
  digests,
  enable,
  expectedLines,
  identities,
  plusDays,
  RECIPIENTS,
  runDays,
  setupPlan,
  sheetOf,
  type Digest,
  type Setup,
} from './support';

const m = reminderMessages.en;

/** An English 3-month plan in UTC, reminders on at 08:00; weekly KPI review. */
function started(): Setup & { start: string; end: string } {
  const s = setupPlan({
    edit: (plan) => {
      plan.reviews = { kpi: 'weekly', auditEveryMonths: 1, strategyEveryMonths: 6 };
      plan.goals[0].deadline = plusDays(plan.contentPlan.startDate, 20);
    },
  });
  enable(s, { hour: 8 });
  const start = s.plan.contentPlan.startDate;
  return { ...s, start, end: plusDays(start, 89) };
}

/** Runs the daily trigger through the end of `day` (UTC); returns the runs. */
function runThrough(s: Setup, day: string) {
  const runs = s.addOn.runTriggers(`${day}T23:59:00Z`);
  return runs;
}

function expectation(s: Setup & { start: string; end: string }, days: string[], posts = calendarPosts(s)) {
  const lastDay = (s.plan.contentPlan.months === 3 ? s.end : s.end);
  return expectedLines(
    {
      lang: 'en',
      start: s.start,
      end: lastDay,
      kpi: 'weekly',
      auditMonths: 1,
      strategyMonths: 6,
      goals: s.plan.goals.map((g: any) => ({ text: g.text, deadline: g.deadline, met: false })),
      posts,
      done: [],
      market: s.plan.market,
      campaigns: s.plan.campaigns,
    },
    days,
  );
}

/** Every item's identity, as expected (per day) or as sent. */
function expectedIds(byDay: Map<string, string[]>): string[] {
  return [...byDay].flatMap(([day, lines]) => identities({ day, lines } as Digest)).sort();
}
function sentIds(sent: Digest[]): string[] {
  return sent.flatMap(identities).sort();
}

describe('tabs changed under the add-on', () => {
  it('a renamed tab is found again by its tag: the digests do not change', () => {
    const s = started();
    const runs = runThrough(s, plusDays(s.start, 5));
    sheetOf(s, 'calendar').setName('My posts');
    sheetOf(s, 'kpi').setName('Numbers');
    runs.push(...runThrough(s, plusDays(s.start, 20)));
    const days = runDays(runs, s.timeZone);
    const expected = expectation(s, days);
    const sent = digests(s);
    expect(sent.map((d) => d.day)).toEqual([...expected.keys()].sort());
    for (const d of sent) expect(d.lines).toEqual(expected.get(d.day));
    // The links follow the tab: same gid, and the digest names it as it is called now.
    const after = sent.filter((d) => d.day > plusDays(s.start, 5));
    expect(after.some((d) => d.body.includes('Open the My posts tab'))).toBe(true);
  });

  it('a deleted tab is skipped, and the digest says so once', () => {
    const s = started();
    const runs = runThrough(s, plusDays(s.start, 5));
    const deletedOn = plusDays(s.start, 6);
    const before = calendarPosts(s);
    s.addOn.emulator.spreadsheet.deleteSheet(sheetOf(s, 'calendar'));
    runs.push(...runThrough(s, plusDays(s.start, 30)));
    expect(runs.every((r) => !r.error)).toBe(true);
    const sent = digests(s);
    const notice = m.missingTab.replace('{tab}', m.tabCalendar);
    const withNotice = sent.filter((d) => d.lines.includes(notice));
    expect(withNotice.map((d) => d.day)).toEqual([deletedOn]);
    // From the deletion on: no post reminders; reviews and goals as expected.
    const days = runDays(runs, s.timeZone);
    const expected = expectation(s, days, before);
    const isPost = (day: string, line: string) => identities({ day, lines: [line] } as Digest)[0].startsWith('post ');
    const wanted = [...expected]
      .map(([day, lines]) => [day, day < deletedOn ? lines : lines.filter((l) => !isPost(day, l))] as const)
      .filter(([day, lines]) => lines.length > 0 || day === deletedOn);
    expect(sent.map((d) => d.day)).toEqual(wanted.map(([day]) => day).sort());
    for (const [day, lines] of wanted) expect(sent.find((d) => d.day === day)!.lines.filter((l) => l !== notice)).toEqual(lines);
  });

  it('mangled rows are skipped, the rest still read', () => {
    const s = started();
    const posts = calendarPosts(s);
    const calendar = sheetOf(s, 'calendar');
    const week2 = posts.filter((p) => p.date >= plusDays(s.start, 7) && p.date < plusDays(s.start, 14));
    expect(week2.length).toBeGreaterThan(4);
    const [a, b, c] = week2;
    calendar.getRange(a.row, 1).setValue('soon!');
    calendar.getRange(b.row, 3).setValue('lunch time');
    calendar.getRange(c.row, 4).setValue('');
    // A review logged with a date that is not one: skipped, the cadence is unchanged.
    sheetOf(s, 'reviews').getRange(2, 1, 1, 2).setValues([['last Tuesday', m.reviewKpi]]);
    const runs = runThrough(s, plusDays(s.start, 20));
    expect(runs.every((r) => !r.error)).toBe(true);
    const days = runDays(runs, s.timeZone);
    const expected = expectation(s, days, posts.filter((p) => ![a.row, b.row, c.row].includes(p.row)));
    const sent = digests(s);
    expect(sent.map((d) => d.day)).toEqual([...expected.keys()].sort());
    for (const d of sent) expect(d.lines).toEqual(expected.get(d.day));
    expect(s.addOn.logged.some((l) => /4 row\(s\) could not be read/.test(l))).toBe(true);
  });
});

describe('mail quota spent', () => {
  it('nothing is lost: the day after, the digest carries the items of the day the quota ran out', () => {
    const s = started();
    const faultDay = plusDays(s.start, 7); // the first KPI review and posts are due
    const runs = runThrough(s, plusDays(faultDay, -1));
    // No quota left when that day's run comes (other scripts of the user spent it).
    s.addOn.emulator.mail.setDailyQuota(0);
    runThrough(s, faultDay);
    s.addOn.emulator.mail.setDailyQuota(100);
    runs.push(...runThrough(s, plusDays(s.start, 25)));
    const sent = digests(s);
    expect(sent.some((d) => d.day === faultDay)).toBe(false);
    const days = runDays(runs, s.timeZone);
    const expected = expectation(s, [...days, faultDay].sort());
    expect(expected.get(faultDay)?.length).toBeGreaterThan(0);
    const next = sent.find((d) => d.day === plusDays(faultDay, 1))!;
    expect(next.lines).toContain(`KPI review: due ${faultDay}.`);
    expect(sentIds(sent)).toEqual(expectedIds(expected));
  });
});

describe('authorization lost after an update', () => {
  it('with no service reachable: stops cleanly, changes nothing; the next authorized run catches up', () => {
    const s = started();
    const faultDay = plusDays(s.start, 7);
    const runs = runThrough(s, plusDays(faultDay, -1));
    const props = JSON.stringify(s.addOn.emulator.properties.user().toObject());
    s.addOn.emulator.faults.setAuthorizationRequired(true);
    const lost = runThrough(s, faultDay);
    expect(lost).toHaveLength(1);
    expect(lost[0].error).toBeUndefined();
    expect(JSON.stringify(s.addOn.emulator.properties.user().toObject())).toBe(props);
    s.addOn.emulator.faults.setAuthorizationRequired(false);
    runs.push(...lost, ...runThrough(s, plusDays(s.start, 25)));
    const sent = digests(s);
    expect(sent.some((d) => d.day === faultDay)).toBe(false);
    expect(sentIds(sent)).toEqual(expectedIds(expectation(s, runDays(runs, s.timeZone))));
  });

  it('with a new scope missing (the usual case): tells the recipients once, then resumes', () => {
    const s = started();
    const { addOn } = s;
    // The update asked for one more scope; everything the run uses is still granted.
    const newScope = ['https://www.googleapis.com/auth/spreadsheets'];
    const runs = runThrough(s, plusDays(s.start, 3));
    const before = addOn.emulator.mail.sent.length;
    addOn.emulator.faults.setUngrantedScopes(newScope);
    const lost = runThrough(s, plusDays(s.start, 10));
    expect(lost.every((r) => !r.error)).toBe(true);
    const told = addOn.emulator.mail.sent.slice(before);
    expect(told).toHaveLength(1);
    expect(told[0].to).toEqual(RECIPIENTS);
    expect(told[0].subject).toBe(m.authSubject.replace('{business}', s.plan.businessName));
    expect(told[0].body).toContain('/authorize');
    // The dialog says so too.
    expect((addOn.serverCall('reminderStatus') as any).status).toBe(m.statusNeedsAuth);

    addOn.emulator.faults.setUngrantedScopes([]);
    runs.push(...lost, ...runThrough(s, plusDays(s.start, 25)));
    const sent = digests(s).filter((d) => !d.subject.startsWith(told[0].subject));
    // Back: what fell due during the 7 days comes in the first digest (within 14 days, nothing lost)…
    const firstBack = sent.find((d) => d.day === plusDays(s.start, 11))!;
    expect(firstBack.lines).toContain(`KPI review: due ${plusDays(s.start, 7)}.`);
    // …and if authorization is lost again, the user is told again, once.
    addOn.emulator.faults.setUngrantedScopes(newScope);
    const count = addOn.emulator.mail.sent.length;
    runThrough(s, plusDays(s.start, 28));
    expect(addOn.emulator.mail.sent.length).toBe(count + 1);
    void runs;
  });
});

describe('two runs at once, and a run that throws half-way', () => {
  it('while another run holds the lock, a second run exits without sending', () => {
    const s = started();
    const { addOn } = s;
    runThrough(s, plusDays(s.start, 6));
    const uid = addOn.emulator.triggers.list[0].id;
    addOn.emulator.clock.setNow(`${plusDays(s.start, 7)}T08:00:00Z`);
    const count = addOn.emulator.mail.sent.length;
    const props = JSON.stringify(addOn.emulator.properties.user().toObject());
    addOn.emulator.locks.holdByOther('document');
    expect(addOn.run.onReminderTrigger({ triggerUid: uid })).toMatchObject({ status: 'busy' });
    expect(addOn.emulator.mail.sent.length).toBe(count);
    expect(JSON.stringify(addOn.emulator.properties.user().toObject())).toBe(props);
    addOn.emulator.locks.releaseAll();
    expect(addOn.run.onReminderTrigger({ triggerUid: uid })).toMatchObject({ status: 'sent' });
    expect(addOn.run.onReminderTrigger({ triggerUid: uid })).toMatchObject({ status: 'nothing-due' });
    expect(addOn.emulator.mail.sent.length).toBe(count + 1);
  });

  it.each([
    ['MailApp.sendEmail', 'the mail fails'],
    ['Range.getValues', 'reading a tab fails'],
    ['Properties.getProperties', 'reading the settings fails'],
    ['Properties.setProperties', 'recording what was sent fails once (after the mail went out)'],
  ])('%s throws (%s): the next run neither repeats nor drops anything', (method) => {
    const s = started();
    const faultDay = plusDays(s.start, 7);
    const runs = runThrough(s, plusDays(faultDay, -1));
    s.addOn.runTriggers(`${faultDay}T07:00:00Z`);
    s.addOn.emulator.faults.throwOn(method, { once: true });
    const faulty = runThrough(s, faultDay);
    s.addOn.emulator.faults.clearThrows();
    expect(faulty).toHaveLength(1);
    if (method === 'Properties.setProperties') {
      expect(faulty[0].error).toBeUndefined(); // written again at once: the mail went out and is recorded
      expect(digests(s).some((d) => d.day === faultDay)).toBe(true);
    } else {
      expect(faulty[0].error).toContain('emulated fault');
      expect(digests(s).some((d) => d.day === faultDay)).toBe(false);
    }
    runs.push(...faulty, ...runThrough(s, plusDays(s.start, 25)));
    const sent = digests(s);
    expect(sentIds(sent)).toEqual(expectedIds(expectation(s, runDays(runs, s.timeZone))));
    const all = sent.flatMap((d) => identities(d));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('a run that cannot open the spreadsheet (no document context)', () => {
  it('still sends the reviews and goal deadlines from the plan kept with the settings', () => {
    const s = started();
    const { addOn } = s;
    const real = addOn.run.SpreadsheetApp;
    addOn.run.SpreadsheetApp = new Proxy(real, { get: (t, p) => (p === 'getActiveSpreadsheet' ? () => null : t[p]) });
    const runs = runThrough(s, plusDays(s.start, 30));
    addOn.run.SpreadsheetApp = real;
    expect(runs.every((r) => !r.error)).toBe(true);
    const expected = expectation(s, runDays(runs, s.timeZone), []);
    const sent = digests(s);
    expect(sent.map((d) => d.day)).toEqual([...expected.keys()].sort());
    for (const d of sent) expect(d.lines).toEqual(expected.get(d.day));
    expect(sent.some((d) => d.lines.some((l) => l.startsWith('Account audit')))).toBe(true);
    expect(sent.some((d) => d.lines.some((l) => l.includes('deadline')))).toBe(true);
    // The links still point at the spreadsheet, from what was kept at switch-on.
    expect(sent[0].body).toContain('https://docs.google.com/spreadsheets/d/');
  });
});

describe('time zones', () => {
  it('Los Angeles at 23:00 across the spring DST change: one run per local day, digests dated locally', () => {
    const s = setupPlan({ timeZone: 'America/Los_Angeles', now: '2026-02-20T18:00:00Z' });
    enable(s, { hour: 23 });
    const runs = s.addOn.runTriggers('2026-03-20T00:00:00Z');
    const days = runDays(runs, s.timeZone);
    expect(new Set(days).size).toBe(days.length);
    for (let i = 1; i < days.length; i++) expect(days[i]).toBe(plusDays(days[i - 1], 1));
    expect(days).toContain('2026-03-08');
    // 23:00 in Los Angeles is already the next day in UTC: the digest is dated by the local day.
    for (const d of digests(s)) expect(d.subject).toContain(d.day);
    const firstPostDay = calendarPosts(s)[0].date;
    expect(digests(s).some((d) => d.day === plusDays(firstPostDay, -1))).toBe(true);
  });
});
