// Hebrew terms (issue 11, item 13; docs/terms/he.md): the words Israeli social-media marketers use,
// one word per concept across every string of he.ts, and the audit and the reviews log told apart.
// Tabs written under the former words (review names, column headers) still read.
import { describe, expect, it } from 'vitest';
import * as he from '../../src/i18n/he';
import { FORMER_COLUMNS } from '../../src/i18n/former';
import { LANGUAGES } from '../../src/i18n/lang';
import { tabMessages } from '../../src/i18n/messages';
import { readLog, dayOfText } from '../../src/import/log';
import { MEASURES } from '../../src/import/types';
import { findHeader } from '../../src/reminders/tab-rows';
import { reviewKindOf } from '../../src/reminders/reviews-tab';
import { REVIEW_KINDS } from '../../src/reminders/types';

/** Every string of the Hebrew messages, with its path (plural forms and lists included). */
function strings(value: unknown, path = 'he'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}
const ALL = strings(he);
const L = '[\\u05D0-\\u05EA]';

/** Former or wrong terms → why (none may appear anywhere in the Hebrew messages). */
const WRONG: [RegExp, string][] = [
  [new RegExp(`(ביקורת|סקירת|בדיקת) (ה)?חשבונות(?! ברשתות)`), 'audit: bare "…חשבונות" reads as checking invoices/bookkeeping'],
  [/בקרות/, 'the reviews log is "יומן סקירות"'],
  [new RegExp(`(^|[^${L.slice(1, -1)}])(ה)?חשיפה(?!${L})`), 'reach is "טווח הגעה"; "חשיפות" is impressions'],
  [/הצגות/, 'impressions are "חשיפות"'],
  [/הקלק/, 'clicks are "קליקים" (as Google Ads and Meta say in Hebrew)'],
  [/מעורבויות/, 'engagement counts are "אינטראקציות"'],
  [/קישור מעוקב/, '"מעוקב" reads as followed; the link is "מתויג" (UTM)'],
  [/עמוד(י)? (ה)?תוכן|כל עמוד/, 'content pillar is "נושא תוכן" ("עמוד" is a page)'],
  [/דוא"ל/, 'email is "מייל"'],
  [/הצהרת ייעוד|משימה \(/, 'an account\'s mission is "ייעוד"'],
  [/נקודת (ה)?(פתיחה|התחלה)/, 'baseline is "נקודת מוצא"'],
  [/בחינ/, 'a review is "סקירה"'],
  [/מזויפ/, 'impostor accounts are "מתחזים"'],
  [/האזנה|מאזינים/, 'social listening is "ניטור"'],
  [/[«»]/, 'Hebrew quotes with "…", not guillemets'],
  [/שכר/, 'an influencer is paid a "תשלום", not a salary'],
  [/ שלך|משלך/, 'the user is addressed in the plural, like everywhere else'],
];

describe('Hebrew terms', () => {
  it.each(WRONG)('%s appears nowhere (%s)', (wrong) => {
    expect(ALL.filter(([, s]) => wrong.test(s)).map(([p, s]) => `${p}: ${s}`)).toEqual([]);
  });

  it('a metric has one name: the wizard\'s, the tabs\' columns and the dashboard agree', () => {
    const m = he.planLabels.metrics, c = he.tabs.columns;
    const pairs: [string, string][] = [
      [m.reach, c.reach], [m.impressions, c.impressions], [m.engagements, c.engagements], [m.clicks, c.clicks],
      [m.ctr, c.ctr], [m.engagement_rate, c.engagementRate], [m.conversions, c.conversions], [m.conversion_rate, c.conversionRate],
      [m.revenue, c.revenue], [m.roi, c.roi],
    ];
    for (const [a, b] of pairs) expect(a).toBe(b);
    expect(he.dashboard.charts.reach.startsWith(c.reach)).toBe(true);
  });

  it('a tab has one name: the tab itself, the mails that link to it and the strategy that names it', () => {
    const r = he.reminders, t = he.tabs.titles;
    expect(r.tabKpi).toBe(t.kpi);
    expect(r.tabCalendar).toBe(t.calendar);
    expect(r.reviewAudit).toBe(t.audit);
    expect(he.strategy.audit).toBe(t.audit);
    expect(he.strategy.where).toContain(t.audit);
    expect(r.reviewHint).toContain(r.tabReviews.replace(/^(\S+) /, '$1 ה'));
  });

  /** A Hebrew word without its prefixes (ה, ב, ל, ו) and cut to its first three letters: סקירת ≈ סקירות. */
  const stems = (name: string) => new Set(name.split(/\s+/).map((w) => w.replace(/^[הבלו](?=\S{3})/, '').slice(0, 3)));
  const shared = (a: string, b: string) => [...stems(a)].filter((s) => stems(b).has(s));

  it('the audit and the reviews log share no word, not even a root', () => {
    const audit = he.tabs.titles.audit, reviews = he.reminders.tabReviews;
    expect(shared(audit, reviews)).toEqual([]);
    // …nor the other reviews the log holds: the audit is a check of each account, not a review.
    for (const other of [he.reminders.reviewKpi, he.reminders.reviewStrategy]) expect(shared(audit, other)).toEqual([]);
  });

  it('a review is "סקירה" wherever it is named', () => {
    const names = [he.reminders.reviewKpi, he.reminders.reviewStrategy, he.reminders.labelKpi, he.strategy.strategyReview, he.strategy.review,
      he.sidebar.kpiCadence, he.sidebar.strategyEvery, he.sidebar.reviews, he.reminders.tabReviews];
    for (const name of names) expect(name).toMatch(/סקיר/);
    expect(he.strategy.kpiReview.startsWith(he.reminders.reviewKpi)).toBe(true);
    expect(he.sidebar.strategyEvery.startsWith(he.reminders.reviewStrategy)).toBe(true);
  });

  it('every Hebrew plural has its "two" form (2 → "חודשיים", "שתי שורות")', () => {
    const plurals = (v: unknown): Record<string, string>[] =>
      v && typeof v === 'object' ? ('forms' in v ? [(v as { forms: Record<string, string> }).forms] : Object.values(v).flatMap(plurals)) : [];
    const all = plurals(he);
    expect(all.length).toBeGreaterThan(3);
    for (const forms of all) expect(Object.keys(forms).sort()).toEqual(['one', 'other', 'two']);
  });
});

describe('tabs written under the former Hebrew words still read', () => {
  it('review names logged before the rename count as the same review', () => {
    expect(reviewKindOf('סקירת חשבונות')).toBe('audit');
    expect(reviewKindOf('ביקורת חשבונות')).toBe('audit');
    expect(reviewKindOf('סקירת מדדי ביצוע')).toBe('kpi');
    // and the current names, of course
    expect(reviewKindOf(he.reminders.reviewAudit)).toBe('audit');
    expect(reviewKindOf(he.reminders.reviewKpi)).toBe('kpi');
    expect(reviewKindOf(he.reminders.reviewStrategy)).toBe('strategy');
    expect(REVIEW_KINDS.length).toBe(3);
  });

  it('a former header is no column\'s current header in any language (it cannot be misread)', () => {
    for (const [key, former] of Object.entries(FORMER_COLUMNS)) {
      for (const old of former ?? []) {
        for (const lang of LANGUAGES) for (const [other, text] of Object.entries(tabMessages[lang].columns)) if (other !== key) expect(text, `${old} (${key}) = ${lang}.${other}`).not.toBe(old);
      }
    }
  });

  const withFormer = (key: keyof typeof he.tabs.columns) => FORMER_COLUMNS[key]?.[0] ?? he.tabs.columns[key];

  it('the KPI log with the former headers (חשיפה, הצגות, מעורבויות, הקלקות) is found by the import', () => {
    const headers = (['periodStart', 'network', ...MEASURES] as const).map(withFormer);
    expect(headers).toContain('חשיפה');
    const values = [headers, ['2027-01-04', 'Instagram', 1, 2, 3, 4, 5, 6, 7]];
    const log = readLog(values, values.map((r) => r.map(() => '')), dayOfText);
    expect(log?.rows).toHaveLength(1);
    expect(log?.columns.reach).toBe(2);
  });

  it('the KPI goals with the former header "נקודת פתיחה" are found by the reminders', () => {
    const headers = (['goal', 'baseline', 'target', 'deadline', 'current'] as const).map(withFormer);
    expect(headers).toContain('נקודת פתיחה');
    expect(findHeader([['x'], headers], ['goal', 'baseline', 'target', 'deadline', 'current'] as const)?.row).toBe(1);
  });
});
