/**
 * The "Reviews" log tab the add-on keeps: one row per review done (date, which review, by whom,
 * notes). A row logged here restarts that review's cadence from its date. The generator is pure
 * (a SheetSpec the one renderer writes); the reader takes the tab's values, already turned into
 * text by the edge, and skips rows a person mangled instead of failing.
 */
import { toAsciiDigits } from '../i18n/digits';
import { LANGUAGES, type Lang } from '../i18n/lang';
import { reminderMessages } from '../i18n/messages';
import { readIsoDate } from '../plan/dates';
import { TabBuilder } from '../plan/generators/tab';
import { Table, type Column } from '../plan/generators/table';
import type { SheetSpec } from '../sheets/spec';
import { reviewName } from './digest';
import type { CellText } from './tab-rows';
import { REVIEW_KINDS, type ReviewDone, type ReviewKind } from './types';

/** Empty rows made ready (date and list validation) for the marketer to fill in. */
export const REVIEW_LOG_ROWS = 200;

type ReviewColumn = 'date' | 'kind' | 'by' | 'notes';

export function reviewsTabSpec(lang: Lang, datePattern = 'yyyy-mm-dd'): SheetSpec {
  const m = reminderMessages[lang];
  const columns: Column<ReviewColumn>[] = [
    { key: 'date', header: m.reviewsHeaderDate, width: 120, format: datePattern, validation: { kind: 'date' } },
    { key: 'kind', header: m.reviewsHeaderKind, width: 200, validation: { kind: 'list', values: REVIEW_KINDS.map((k) => reviewName(k, m)) } },
    { key: 'by', header: m.reviewsHeaderBy, width: 160 },
    { key: 'notes', header: m.reviewsHeaderNotes, width: 320 },
  ];
  const table = new Table(columns, 1, REVIEW_LOG_ROWS);
  const rows = Array.from({ length: REVIEW_LOG_ROWS }, () => ({}));
  return new TabBuilder('reviews', m.tabReviews, lang).table(table, rows).build(1, 0);
}

/** "KPI review", "مراجعة مؤشرات الأداء", "kpi"… in any of our languages → the review kind. */
/** Names the Reviews tab's dropdown offered before the terms were revised (issue 11): old logs still count. */
const FORMER_NAMES: Record<string, ReviewKind> = {
  'ممیزی حساب‌ها': 'audit', 'ביקורת חשבונות': 'audit', 'تدقيق الحسابات': 'audit',
  // Hebrew, issue 11 item 13 (docs/terms/he.md): the audit and the KPI review were renamed again.
  'סקירת חשבונות': 'audit', 'סקירת מדדי ביצוע': 'kpi',
};

export function reviewKindOf(text: unknown): ReviewKind | null {
  if (typeof text !== 'string') return null;
  const wanted = normalise(text);
  if (!wanted) return null;
  for (const [name, kind] of Object.entries(FORMER_NAMES)) if (normalise(name) === wanted) return kind;
  for (const kind of REVIEW_KINDS) {
    if (wanted === kind) return kind;
    for (const lang of LANGUAGES) if (normalise(reviewName(kind, reminderMessages[lang])) === wanted) return kind;
  }
  return null;
}

/**
 * Rows below the header: [date, review, by, notes]. A Date cell is turned into ISO text by the
 * edge's `cellText` (the sheet's zone); a row without a real date or a known review is skipped.
 */
export function readReviewRows(rows: readonly (readonly unknown[])[], cellText: CellText = (v) => v): { done: ReviewDone[]; skipped: number } {
  const done: ReviewDone[] = [];
  let skipped = 0;
  for (const row of rows) {
    const [date, kind] = [cellText(row[0], 'yyyy-MM-dd'), row[1]];
    const empty = (v: unknown) => v === '' || v === null || v === undefined;
    if (row.every(empty)) continue;
    const iso = typeof date === 'string' ? readIsoDate(toAsciiDigits(date.trim())) : null;
    const review = reviewKindOf(kind);
    if (iso && review) done.push({ kind: review, date: iso });
    else skipped++;
  }
  return { done, skipped };
}

function normalise(text: string): string {
  return toAsciiDigits(text).trim().toLowerCase().replace(/\s+/g, ' ');
}
