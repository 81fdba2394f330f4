// The Reviews log tab: its spec, and reading it back (any language, mangled rows skipped).
import { expect, it } from 'vitest';
import { readReviewRows, reviewKindOf, reviewsTabSpec, REVIEW_LOG_ROWS } from '../../src/reminders/reviews-tab';

it('the tab is tagged "reviews", right-to-left in fa, with a dropdown of the review names', () => {
  const spec = reviewsTabSpec('fa');
  expect(spec.kind).toBe('reviews');
  expect(spec.rightToLeft).toBe(true);
  expect(spec.title).toBe('بازبینی‌ها');
  expect(spec.frozenRows).toBe(1);
  expect(spec.blocks[0].cells[0]).toEqual(['تاریخ انجام', 'بازبینی', 'انجام‌دهنده', 'یادداشت']);
  expect(spec.blocks[0].cells).toHaveLength(REVIEW_LOG_ROWS + 1);
  const list = spec.validations.find((v) => v.rule.kind === 'list');
  expect(list?.rule).toEqual({ kind: 'list', values: ['بازبینی شاخص‌های عملکرد', 'بررسی حساب‌ها', 'بازبینی استراتژی'] });
  expect(spec.validations.some((v) => v.rule.kind === 'date' && v.area.column === 1)).toBe(true);
});

it('review names are recognised in every language and as codes', () => {
  expect(reviewKindOf('KPI review')).toBe('kpi');
  expect(reviewKindOf('  kpi  REVIEW ')).toBe('kpi');
  expect(reviewKindOf('مراجعة الاستراتيجية')).toBe('strategy');
  expect(reviewKindOf('סקירת חשבונות')).toBe('audit');
  // The former terms, in logs written before they were revised, still count.
  expect(reviewKindOf('ביקורת חשבונות')).toBe('audit');
  expect(reviewKindOf('ممیزی حساب‌ها')).toBe('audit');
  expect(reviewKindOf('audit')).toBe('audit');
  expect(reviewKindOf('lunch')).toBeNull();
  expect(reviewKindOf(42)).toBeNull();
});

it('reads good rows, skips mangled ones and ignores empty ones', () => {
  const { done, skipped } = readReviewRows([
    ['2026-03-01', 'KPI review', 'Sara', ''],
    ['', '', '', ''],
    ['yesterday', 'KPI review', '', ''],
    ['2026-02-30', 'Account audit', '', ''],
    ['۲۰۲۶-۰۴-۰۱', 'ممیزی حساب‌ها', 'Ali', 'ok'],
    ['2026-05-01', '#REF!', '', ''],
    [42, null, undefined, ''],
  ]);
  expect(done).toEqual([
    { kind: 'kpi', date: '2026-03-01' },
    { kind: 'audit', date: '2026-04-01' },
  ]);
  expect(skipped).toBe(4);
});
