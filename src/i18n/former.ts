/**
 * Texts our tabs were written with before a language's terms were revised (issue 11, item 13).
 * Tabs are read back by their header text, so a KPI log or calendar written under an old header
 * must still read: every reader of headers takes these along with the current ones.
 */
import { LANGUAGES } from './lang';
import { tabMessages } from './messages';

type Columns = typeof tabMessages.en.columns;

/** Hebrew and Arabic (issue 11, item 13): reach was "חשיפה", impressions "הצגות", and so on (docs/terms/he.md). */
export const FORMER_COLUMNS: Partial<Record<keyof Columns, readonly string[]>> = {
  reach: ['חשיפה'],
  impressions: ['הצגות'],
  engagements: ['מעורבויות'],
  avgEngagements: ['ממוצע מעורבות לפוסט'],
  clicks: ['הקלקות'],
  ctr: ['שיעור הקלקה (CTR)'],
  cpc: ['עלות להקלקה'],
  trackedLink: ['קישור מעוקב'],
  mission: ['הצהרת ייעוד'],
  baseline: ['נקודת פתיחה'],
  auditDate: ['תאריך סקירה'],
  nextAudit: ['הסקירה הבאה'],
  // Arabic: a network was "الشبكة" before marketers' "المنصة" (docs/terms/ar.md).
  network: ['الشبكة'],
};

/** Every text a column's header has, or had, in any of our languages. */
export function columnHeaders(key: keyof Columns): string[] {
  return [...LANGUAGES.map((lang) => tabMessages[lang].columns[key]), ...(FORMER_COLUMNS[key] ?? [])];
}
