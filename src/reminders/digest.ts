/**
 * The one e-mail a run sends: subject, plain text and HTML, in the plan's language and direction,
 * with a link to the spreadsheet and to each tab concerned (`#gid=`). All user text (business
 * name, goals, networks, anything read from a cell) is HTML-escaped in the HTML body.
 */
import { fill } from '../i18n/format';
import { isRightToLeft, type Lang } from '../i18n/lang';
import { reminderMessages, type ReminderMessages } from '../i18n/messages';
import { addDays } from '../plan/dates';
import { DAYS_BEFORE } from '../plan/generators/phases';
import { escapeHtml, safeHref } from './html';
import type { DueItem, ReviewKind } from './types';

/** Tabs the digest can link to, by the kind the add-on tagged them with. */
export type LinkTab = 'audit' | 'calendar' | 'kpi' | 'reviews';

export interface DigestContext {
  lang: Lang;
  business: string;
  today: string;
  spreadsheetUrl: string | null;
  /** Sheet ids (gid) of the tabs found; a missing tab gets no link. */
  tabs: Partial<Record<LinkTab, { gid: number; name: string }>>;
}

export interface Digest {
  subject: string;
  text: string;
  html: string;
}

interface Line {
  text: string;
}

interface Section {
  title: string;
  lines: Line[];
  link?: { tab: LinkTab; label: string };
  hint?: string;
}

export function buildDigest(items: readonly DueItem[], ctx: DigestContext): Digest {
  const m = reminderMessages[ctx.lang];
  const sections = digestSections(items, ctx, m);
  const subject = fill(m.subject, { business: oneLine(ctx.business), date: ctx.today, count: items.length });
  const intro = fill(m.intro, { business: ctx.business, date: ctx.today });

  const text: string[] = [intro, ''];
  for (const s of sections) {
    text.push(s.title);
    for (const line of s.lines) text.push(`- ${line.text}`);
    if (s.hint) text.push(s.hint);
    const href = s.link && tabUrl(ctx, s.link.tab);
    if (s.link && href) text.push(`${s.link.label}: ${href}`);
    text.push('');
  }
  if (ctx.spreadsheetUrl) text.push(`${m.openSpreadsheet}: ${ctx.spreadsheetUrl}`, '');
  text.push(m.footer);

  const rtl = isRightToLeft(ctx.lang);
  const html: string[] = [
    `<div dir="${rtl ? 'rtl' : 'ltr'}" lang="${ctx.lang}" style="font-family:Arial,Tahoma,sans-serif;text-align:${rtl ? 'right' : 'left'}">`,
    `<p>${escapeHtml(intro)}</p>`,
  ];
  for (const s of sections) {
    html.push(`<h3>${escapeHtml(s.title)}</h3>`, '<ul>');
    for (const line of s.lines) html.push(`<li>${escapeHtml(line.text)}</li>`);
    html.push('</ul>');
    if (s.hint) html.push(`<p>${escapeHtml(s.hint)}</p>`);
    const href = s.link && tabUrl(ctx, s.link.tab);
    if (s.link && href) html.push(`<p><a href="${safeHref(href)}">${escapeHtml(s.link.label)}</a></p>`);
  }
  if (ctx.spreadsheetUrl) html.push(`<p><a href="${safeHref(ctx.spreadsheetUrl)}">${escapeHtml(m.openSpreadsheet)}</a></p>`);
  html.push(`<p style="color:#666;font-size:12px">${escapeHtml(m.footer)}</p>`, '</div>');

  return { subject, text: text.join('\n'), html: html.join('\n') };
}

export function reviewName(kind: ReviewKind, m: ReminderMessages): string {
  return kind === 'kpi' ? m.reviewKpi : kind === 'audit' ? m.reviewAudit : m.reviewStrategy;
}

export function tabUrl(ctx: Pick<DigestContext, 'spreadsheetUrl' | 'tabs'>, tab: LinkTab): string | null {
  const found = ctx.tabs[tab];
  if (!ctx.spreadsheetUrl || !found) return null;
  return `${ctx.spreadsheetUrl.split('#')[0]}#gid=${found.gid}`;
}

function digestSections(items: readonly DueItem[], ctx: DigestContext, m: ReminderMessages): Section[] {
  const tabLabel = (tab: LinkTab, fallback: string) => fill(m.openTab, { tab: ctx.tabs[tab]?.name ?? fallback });
  const sections: Section[] = [];

  const reviews = items.filter((i) => i.type === 'review');
  if (reviews.length) {
    const onlyKpi = reviews.every((r) => r.kind === 'kpi');
    sections.push({
      title: m.sectionReviews,
      lines: reviews.map((r) => ({ text: fill(m.reviewDue, { review: reviewName(r.kind, m), date: r.date }) })),
      hint: m.reviewHint,
      link: ctx.tabs.reviews
        ? { tab: 'reviews', label: tabLabel('reviews', m.tabReviews) }
        : onlyKpi
          ? { tab: 'kpi', label: tabLabel('kpi', m.tabKpi) }
          : undefined,
    });
  }

  const goals = items.filter((i) => i.type === 'goal');
  if (goals.length) {
    sections.push({
      title: m.sectionGoals,
      lines: goals.map((g) => {
        const values = { goal: oneLine(g.goal.text), date: g.goal.deadline ?? '', days: g.daysLeft };
        return { text: fill(g.stage === 'past' ? m.goalPast : g.daysLeft === 0 ? m.goalToday : m.goalSoon, values) };
      }),
      link: { tab: 'kpi', label: tabLabel('kpi', m.tabKpi) },
    });
  }

  const tomorrow = addDays(ctx.today, 1);
  const upcoming = items.filter((i) => i.type === 'post' && i.stage === 'upcoming');
  if (upcoming.length) {
    sections.push({
      title: m.sectionPosts,
      lines: upcoming.map((i) => {
        const p = (i as Extract<DueItem, { type: 'post' }>).post;
        const template = p.date === tomorrow ? m.postTomorrow : m.postToday;
        return { text: withLabel(fill(template, { time: oneLine(p.time), network: oneLine(p.network) }), p.label) };
      }),
      link: { tab: 'calendar', label: tabLabel('calendar', m.tabCalendar) },
    });
  }

  const overdue = items.filter((i) => i.type === 'post' && i.stage === 'overdue');
  if (overdue.length) {
    sections.push({
      title: m.sectionOverdue,
      lines: overdue.map((i) => {
        const p = (i as Extract<DueItem, { type: 'post' }>).post;
        return { text: withLabel(fill(m.postOverdue, { date: p.date, time: oneLine(p.time), network: oneLine(p.network) }), p.label) };
      }),
      link: { tab: 'calendar', label: tabLabel('calendar', m.tabCalendar) },
    });
  }

  const ahead = items.filter((i): i is Extract<DueItem, { type: 'keyDate' }> => i.type === 'keyDate');
  if (ahead.length) {
    sections.push({
      title: m.sectionKeyDates,
      lines: ahead.map((i) => {
        const template = i.campaign === null ? m.keyDateSoon : i.daysLeft >= DAYS_BEFORE ? m.keyDateCampaign : m.keyDateCampaignRunning;
        const line = fill(template, { keyDate: i.keyDate.name, days: i.daysLeft, date: i.keyDate.start, campaign: oneLine(i.campaign ?? '') });
        return { text: i.keyDate.note ? `${line} ${i.keyDate.note}` : line };
      }),
      link: { tab: 'calendar', label: tabLabel('calendar', m.tabCalendar) },
    });
  }

  const notices = items.filter((i) => i.type === 'missingTab');
  if (notices.length) {
    const names = { calendar: m.tabCalendar, kpi: m.tabKpi, reviews: m.tabReviews };
    sections.push({
      title: m.sectionNotices,
      lines: notices.map((n) => ({ text: fill(m.missingTab, { tab: names[(n as Extract<DueItem, { type: 'missingTab' }>).tab] }) })),
    });
  }
  return sections;
}

function withLabel(text: string, label: string | undefined): string {
  return label ? `${text} (${oneLine(label)})` : text;
}

/** Cell text can hold line breaks; a digest line (and above all a subject) must not. */
function oneLine(text: string): string {
  return String(text).replace(/\s+/g, ' ').trim();
}
