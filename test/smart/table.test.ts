// The acceptance table of issue 3: at least 25 goals per language, each with its expected S M A R T
// flags, its detected language, and a verdict line written in that language.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/lang';
import { smartMessages } from '../../src/i18n/messages';
import { CRITERIA, judgeGoal } from '../../src/functions/smart';
import { goals } from './goals';

const flagsOf = (met: Record<string, boolean>) => CRITERIA.map((c) => (met[c] ? '1' : '0')).join('');

describe.each(LANGUAGES.map((lang) => [lang] as const))('%s goals', (lang) => {
  const rows = goals[lang];

  it('has at least 25 goals, good and vague ones', () => {
    expect(rows.length).toBeGreaterThanOrEqual(25);
    expect(rows.filter(([, flags]) => flags === '11111').length).toBeGreaterThanOrEqual(10);
    expect(rows.filter(([, flags]) => flags.split('1').length - 1 <= 2).length).toBeGreaterThanOrEqual(6);
  });

  it.each(rows)('%s → %s', (goal, flags) => {
    // The fallback is another language on purpose: the text alone must decide.
    const verdict = judgeGoal(goal, () => (lang === 'en' ? 'he' : 'en'));
    expect(flagsOf(verdict.met)).toBe(flags);
    expect(verdict.lang).toBe(lang);
    expect(verdict.score).toBe(flags.split('1').length - 1);
    const words = smartMessages[lang];
    if (flags === '11111') {
      expect(verdict.summary).toBe(words.allMet);
      expect(verdict.hint).toBeUndefined();
    } else {
      // The score in the language's digits: ۳/۵ in Persian, 3/5 in the others.
      const score = lang === 'fa' ? `${'۰۱۲۳۴۵'[verdict.score]}/۵. ` : `${verdict.score}/5. `;
      expect(verdict.summary.startsWith(score)).toBe(true);
      for (const c of verdict.missing) expect(verdict.summary).toContain(words.criteria[c]);
      expect(Object.values(words.hints)).toContain(verdict.hint);
      expect(verdict.summary).toContain(verdict.hint);
    }
  });
});

describe('the canonical goal of seeds/000 ("3 photos a week on Instagram, each getting 30 likes and 10 comments")', () => {
  it.each([
    ['en', '3 photos a week on Instagram, each getting 30 likes and 10 comments'],
    ['ar', '3 صور في الأسبوع على إنستغرام، تحقق كل صورة 30 إعجاب و10 تعليقات'],
    ['fa', 'هفته‌ای ۳ عکس در اینستاگرام که هر کدام ۳۰ لایک و ۱۰ کامنت بگیرد'],
    ['he', '3 תמונות בשבוע באינסטגרם, כל אחת עם 30 לייקים ו-10 תגובות'],
  ])('is SMART in %s: the cadence "a week" makes it time-bound', (lang, goal) => {
    const verdict = judgeGoal(goal, 'en');
    expect(verdict.lang).toBe(lang);
    expect(verdict.score).toBe(5);
    expect(verdict.missing).toEqual([]);
  });
});
