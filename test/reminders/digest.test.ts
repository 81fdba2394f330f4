// The digest e-mail: one subject, text and HTML; right-to-left for ar/fa/he; tab links; hostile text escaped.
import { formatNumber, localDigits } from '../../src/i18n/say';
import { describe, expect, it } from 'vitest';
import { reminderMessages } from '../../src/i18n/messages';
import { buildDigest, type DigestContext } from '../../src/reminders/digest';
import type { DueItem } from '../../src/reminders/types';

const URL = 'https://docs.google.com/spreadsheets/d/abc123/edit';
const ctx = (over: Partial<DigestContext> = {}): DigestContext => ({
  lang: 'en',
  business: 'Rose & Thorn',
  today: '2026-03-10',
  spreadsheetUrl: URL,
  tabs: { calendar: { gid: 11, name: 'Calendar' }, kpi: { gid: 22, name: 'KPI' }, reviews: { gid: 33, name: 'Reviews' } },
  ...over,
});

const hostile = '<img src=x onerror="alert(1)"> & <script>steal()</script> =IMPORTXML("x")';
const items: DueItem[] = [
  { type: 'review', kind: 'kpi', date: '2026-03-10', day: '2026-03-10', code: 'k' },
  { type: 'goal', stage: 'soon', goal: { text: hostile, deadline: '2026-03-14', met: null }, daysLeft: 4, day: '2026-03-14', code: 'g1' },
  { type: 'post', stage: 'upcoming', post: { date: '2026-03-11', time: '09:00', network: 'Instagram', published: false, nth: 1, label: '<b>Image</b>' }, day: '2026-03-11', code: 'p1' },
  { type: 'post', stage: 'overdue', post: { date: '2026-03-08', time: '18:00', network: 'x', published: false, nth: 1 }, day: '2026-03-08', code: 'P1' },
  { type: 'missingTab', tab: 'reviews', day: '2026-03-10', code: 'xreviews' },
];

describe('buildDigest', () => {
  it('puts every item in the text body, with links to the spreadsheet and each tab by gid', () => {
    const d = buildDigest(items, ctx());
    expect(d.subject).toBe('Rose & Thorn: reminders for 2026-03-10 (5)');
    expect(d.text).toContain('KPI review: due 2026-03-10.');
    expect(d.text).toContain('Tomorrow 09:00, Instagram (<b>Image</b>)'); // plain text is not HTML
    expect(d.text).toContain('2026-03-08 18:00, x: planned, not marked published');
    expect(d.text).toContain('The Reviews tab is gone');
    expect(d.text).toContain(`${URL}#gid=11`);
    expect(d.text).toContain(`${URL}#gid=22`);
    expect(d.html).toContain(`href="${URL}#gid=33"`);
    expect(d.html).toContain(`href="${URL}"`);
  });

  it('escapes all user text in the HTML body (no tag, no attribute, no script survives)', () => {
    const d = buildDigest(items, ctx({ business: '<b onmouseover="x()">Evil</b>' }));
    expect(d.html).not.toMatch(/<img|<script|<b[ >]|onerror="|onmouseover="/);
    expect(d.html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;script&gt;steal()&lt;/script&gt;');
    expect(d.html).toContain('&lt;b&gt;Image&lt;/b&gt;');
    expect(d.html).toContain('&lt;b onmouseover=&quot;x()&quot;&gt;Evil&lt;/b&gt;');
    // The only tags are the digest's own.
    const tags = new Set([...d.html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['a', 'div', 'h3', 'li', 'p', 'ul']);
  });

  it('never lets a non-http link into an href', () => {
    const d = buildDigest(items, ctx({ spreadsheetUrl: 'javascript:alert(1)' }));
    expect(d.html).not.toContain('javascript:');
  });

  it('subject is one line even when the business name has line breaks', () => {
    expect(buildDigest(items, ctx({ business: 'A\nB\r\nC' })).subject).toBe('A B C: reminders for 2026-03-10 (5)');
  });

  it.each(['ar', 'fa', 'he'] as const)('%s: right-to-left HTML in the plan language', (lang) => {
    const d = buildDigest(items, ctx({ lang }));
    expect(d.html.startsWith(`<div dir="rtl" lang="${lang}"`)).toBe(true);
    expect(d.html).toContain('text-align:right');
    expect(d.text).toContain(reminderMessages[lang].sectionReviews);
    expect(d.subject).toContain(localDigits('2026-03-10', lang));
  });

  it('English is left-to-right; a tab not found gets no link', () => {
    const d = buildDigest(items, ctx({ tabs: { kpi: { gid: 22, name: 'KPI' } } }));
    expect(d.html.startsWith('<div dir="ltr" lang="en"')).toBe(true);
    expect(d.text).not.toContain('#gid=11');
    expect(d.text).toContain('#gid=22');
  });
});
