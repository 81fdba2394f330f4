/**
 * Shared by the reminders' bundle tests: a generated plan in the emulator, reading the calendar
 * and the mail back from the emulator's state, and an expectation of which reminders go out on
 * which day computed here from the plan and the tabs, independently of src/reminders (own date
 * arithmetic, own reading of the cells).
 */
import { keyDates } from '../../src/plan/key-dates';
import { fill } from '../../src/i18n/format';
import type { Lang } from '../../src/i18n/lang';
import { reminderMessages, tabMessages } from '../../src/i18n/messages';
import { loadAddOn, type AddOn } from '../support/bundle';

// ── Dates, computed here without src/ ──

const DAY = 86_400_000;
export const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
export const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const plusDays = (iso: string, n: number) => fromMs(toMs(iso) + n * DAY);
export function plusMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromMs(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}
/** The wall date (and time) of an instant in a zone, by the host's Intl. */
export function localDate(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
}
/**
 * Time-of-day cells are instants on 1899-12-30, when zones such as Tehran still kept local mean
 * time (+3:25:44); the emulator keeps that offset to the second, and a time is read to the minute.
 */
export function localTime(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const minutes = (get('hour') * 60 + get('minute') + (get('second') >= 30 ? 1 : 0)) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

// ── A plan in the emulator ──

export interface Setup {
  addOn: AddOn;
  plan: any;
  tabs: { kind: string; name: string; sheetId: number }[];
  timeZone: string;
  lang: Lang;
}

export interface SetupOptions {
  lang?: Lang;
  locale?: string;
  timeZone?: string;
  now?: string;
  months?: number;
  /** Changes to the example plan before it is generated. */
  edit?: (plan: any) => void;
}

export function setupPlan(o: SetupOptions = {}): Setup {
  const lang = o.lang ?? 'en';
  const timeZone = o.timeZone ?? 'Etc/UTC';
  const addOn = loadAddOn({ locale: o.locale ?? 'en_US', timeZone, now: o.now ?? '2026-01-05T09:00:00Z' });
  const plan = addOn.serverCall('examplePlan', lang) as any;
  plan.contentPlan.months = o.months ?? 3;
  o.edit?.(plan);
  const out = addOn.serverCall('generateTabs', plan) as any;
  if (!out.tabs) throw new Error(`generateTabs: ${JSON.stringify(out.problems)}`);
  return { addOn, plan, tabs: out.tabs, timeZone, lang };
}

export const RECIPIENTS = ['owner@shop.example', 'team@shop.example'];

export function enable(s: Setup, settings: Record<string, unknown> = {}): any {
  const result = s.addOn.serverCall('enableReminders', { hour: 8, recipients: RECIPIENTS.join(', '), ...settings }) as any;
  if (!result.ok) throw new Error(`enableReminders: ${JSON.stringify(result.problems)}`);
  return result;
}

/** Our tab of that kind, found by the tag the add-on puts on it (uncounted). */
export function sheetOf(s: Setup, kind: string): any {
  const tags = s.addOn.emulator.spreadsheet.createDeveloperMetadataFinder().withKey('socialStrategy.tab').withValue(kind).find();
  const sheet = tags.length ? tags[tags.length - 1].getLocation().getSheet() : null;
  if (!sheet) throw new Error(`no ${kind} tab`);
  return sheet;
}

export interface CalendarPost {
  row: number;
  date: string;
  time: string;
  network: string;
  pillar: string;
  published: boolean;
}

/** The calendar's posts as the tab holds them (header on row 2; columns found by their headers: a local-date column may sit beside the date). */
export function calendarPosts(s: Setup): CalendarPost[] {
  const sheet = sheetOf(s, 'calendar');
  const values = sheet.getDataRange().getValues();
  const published = tabMessages[s.lang].statuses.published;
  const h = tabMessages[s.lang].columns;
  const at = (header: string) => values[1].indexOf(header);
  const [dateAt, timeAt, networkAt, pillarAt, statusAt] = [at(h.date), at(h.time), at(h.network), at(h.pillar), at(h.status)];
  const posts: CalendarPost[] = [];
  for (let r = 2; r < values.length; r++) {
    const [date, time, network, pillar] = [values[r][dateAt], values[r][timeAt], values[r][networkAt], values[r][pillarAt]];
    if (!(date instanceof Date) && Object.prototype.toString.call(date) !== '[object Date]') continue;
    posts.push({
      row: r + 1,
      date: localDate((date as Date).getTime(), s.timeZone),
      time: localTime((time as Date).getTime(), s.timeZone),
      network: String(network),
      pillar: String(pillar),
      published: values[r][statusAt] === published,
    });
  }
  return posts;
}

// ── The expectation ──

export interface ExpectedInput {
  lang: Lang;
  start: string;
  end: string;
  kpi: 'weekly' | 'monthly';
  auditMonths: number;
  strategyMonths: number;
  goals: { text: string; deadline: string; met: boolean }[];
  posts: CalendarPost[];
  /** Reviews logged done (kind, date). */
  done: { kind: 'kpi' | 'audit' | 'strategy'; date: string }[];
  /** The plan's market and campaigns: its key dates are announced 14 days ahead. */
  market?: string;
  campaigns?: { name: string; start: string; keyDate?: string }[];
}

/** Due dates of a review series anchored at `anchor` (exclusive), inside the horizon. */
function series(anchor: string, end: string, step: (k: number) => string, withEnd: boolean): string[] {
  const out: string[] = [];
  for (let k = 1; ; k++) {
    const d = step(k);
    if (d > end) break;
    out.push(d);
  }
  if (withEnd && end > anchor && !out.includes(end)) out.push(end);
  return out;
}

/**
 * For a run every day (`days`, local dates), the lines each day's digest must hold, with
 * nothing missed: a review on its day, a goal 7 days before its deadline and the day after it,
 * a post the day before (tomorrow) and the day after (late), never one marked published.
 */
export function expectedLines(input: ExpectedInput, days: string[]): Map<string, string[]> {
  const m = reminderMessages[input.lang];
  const names = { kpi: m.reviewKpi, audit: m.reviewAudit, strategy: m.reviewStrategy };
  const byDay = new Map<string, string[]>();
  const add = (day: string, line: string) => {
    if (!days.includes(day)) return;
    byDay.set(day, [...(byDay.get(day) ?? []), line]);
  };

  for (const kind of ['kpi', 'audit', 'strategy'] as const) {
    const step = (anchor: string) => (k: number) =>
      kind === 'kpi' && input.kpi === 'weekly' ? plusDays(anchor, 7 * k)
        : plusMonths(anchor, k * (kind === 'kpi' ? 1 : kind === 'audit' ? input.auditMonths : input.strategyMonths));
    // Each logged review starts a new series from its date; a series' dates count until the next log.
    const anchors = [input.start, ...input.done.filter((d) => d.kind === kind).map((d) => d.date)].sort();
    anchors.forEach((anchor, i) => {
      const next = anchors[i + 1];
      for (const date of series(anchor, input.end, step(anchor), kind === 'strategy')) {
        if (next && date > next) break;
        if (next && date === next) continue; // logged on the due day: done, no reminder
        add(date, fill(m.reviewDue, { review: names[kind], date }));
      }
    });
  }
  for (const g of input.goals) {
    if (g.met) continue;
    add(plusDays(g.deadline, -7), fill(m.goalSoon, { goal: g.text, date: g.deadline, days: 7 }));
    add(plusDays(g.deadline, 1), fill(m.goalPast, { goal: g.text, date: g.deadline, days: -1 }));
  }
  for (const p of input.posts) {
    if (p.published) continue;
    add(plusDays(p.date, -1), `${fill(m.postTomorrow, { time: p.time, network: p.network })} (${p.pillar})`);
    add(plusDays(p.date, 1), `${fill(m.postOverdue, { date: p.date, time: p.time, network: p.network })} (${p.pillar})`);
  }
  if (input.market && days.length > 0) {
    // 14 days before each key date of the plan; a reminder switched on later says it on its first run.
    const first = [...days].sort()[0];
    for (const k of keyDates(input.market, input.start, input.end, input.lang)) {
      if (k.start < input.start || k.start > input.end) continue;
      const day = plusDays(k.start, -14) > first ? plusDays(k.start, -14) : first;
      if (day >= k.start) continue;
      const daysLeft = Math.round((Date.parse(k.start) - Date.parse(day)) / 86_400_000);
      const campaign = input.campaigns?.find((c) => c.keyDate === k.id || c.start === k.start)?.name;
      const template = !campaign ? m.keyDateSoon : daysLeft >= 14 ? m.keyDateCampaign : m.keyDateCampaignRunning;
      const line = fill(template, { keyDate: k.name, days: daysLeft, date: k.start, campaign: campaign ?? '' });
      add(day, k.note ? `${line} ${k.note}` : line);
    }
  }
  for (const [day, lines] of byDay) byDay.set(day, lines.sort());
  return byDay;
}

// ── The mail, read back ──

export interface Digest {
  day: string;
  subject: string;
  lines: string[];
  to: string[];
  html: string;
  body: string;
}

/** The digests sent, each with the local day it was sent on and its item lines ("- …"). */
export function digests(s: Setup, from = 0): Digest[] {
  return s.addOn.emulator.mail.sent.slice(from).map((mail) => ({
    day: localDate(Date.parse(mail.sentAt), s.timeZone),
    subject: mail.subject,
    lines: mail.body.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2)).sort(),
    to: mail.to,
    html: mail.htmlBody ?? '',
    body: mail.body,
  }));
}

/** Local dates of the trigger runs so far, from the emulator's run log. */
export function runDays(runs: { at: string }[], timeZone: string): string[] {
  return runs.map((r) => localDate(Date.parse(r.at), timeZone));
}

/**
 * An item's identity whatever day it went out on (for faults that move an item to a later
 * digest): "post <date> <time> <network> upcoming|late", "review <text>", "goal <text>".
 * English only: the fault tests run in English.
 */
export function identities(d: Digest): string[] {
  const m = reminderMessages.en;
  return d.lines.map((line) => {
    const tomorrow = /^Tomorrow (\d\d:\d\d), (.+?) \(/.exec(line);
    if (tomorrow) return `post ${plusDays(d.day, 1)} ${tomorrow[1]} ${tomorrow[2]} upcoming`;
    const today = /^Today (\d\d:\d\d), (.+?) \(/.exec(line);
    if (today) return `post ${d.day} ${today[1]} ${today[2]} upcoming`;
    const late = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d), (.+?): planned/.exec(line);
    if (late) return `post ${late[1]} ${late[2]} ${late[3]} late`;
    const soon = /^(.*): deadline (today \()?(\d{4}-\d\d-\d\d)/.exec(line);
    if (soon && !line.includes('has passed')) return `goal ${soon[1]} soon`;
    if (line.includes('has passed')) return `goal ${line.split(': deadline')[0]} past`;
    const keyDate = /^(.+?) starts in \d+ days \((\d{4}-\d\d-\d\d)\)/.exec(line);
    if (keyDate) return `keyDate ${keyDate[1]} ${keyDate[2]}`;
    void m;
    return `other ${line}`;
  });
}
