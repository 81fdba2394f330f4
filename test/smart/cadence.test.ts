/**
 * A cadence of the tactic ("by posting 4 reels a week", "در ماه") is not the period of the growth
 * (issue 11, item 6): it must not shrink the time the growth is spread over. A real period ("in a
 * week", "در یک ماه", "תוך שבוע") still does.
 */
import { describe, expect, it } from 'vitest';
import { judgeGoal } from '../../src/functions/smart';

describe('SMART: a cadence is not a period', () => {
  it.each([
    ['en', 'Grow our Instagram followers from 2,000 to 5,000 by the end of Ramadan 2026 by posting 4 reels a week'],
    ['en', 'Grow our Instagram followers from 2,000 to 5,000 by June 2026 with 3 posts per week'],
    ['fa', 'افزایش سفارش‌های اینستاگرام از ۵۰ به ۱۵۰ سفارش در ماه تا پایان فروردین ۱۴۰۵'],
    ['fa', 'افزایش فالوورهای اینستاگرام از ۲۰۰۰ به ۵۰۰۰ تا پایان اسفند با ۴ ریلز در هفته'],
    ['ar', 'زيادة متابعي انستغرام من 2000 إلى 5000 بحلول نهاية رمضان 2026 بنشر 4 مقاطع في الأسبوع'],
    ['he', 'להגדיל את העוקבים באינסטגרם מ-2000 ל-5000 עד סוף יוני 2026 עם 4 סרטונים בשבוע'],
  ])('%s: %s scores 5/5', (_lang, goal) => {
    const verdict = judgeGoal(goal, 'en');
    expect(verdict.missing).toEqual([]);
    expect(verdict.score).toBe(5);
  });

  it.each([
    'Grow our Instagram followers from 2,000 to 5,000 in a week',
    'افزایش فالوورهای اینستاگرام از ۲۰۰۰ به ۵۰۰۰ در یک ماه',
    'להגדיל את העוקבים באינסטגרם מ-2000 ל-8000 תוך שבוע',
  ])('a real short period still makes a big growth out of reach: %s', (goal) => {
    expect(judgeGoal(goal, 'en').met.attainable).toBe(false);
  });
});
