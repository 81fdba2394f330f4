// Language detection per goal (Arabic vs Persian by their own letters, Hebrew, Latin) and the
// folding that lets one lexicon spelling match the ways people type a word.
import { describe, expect, it, vi } from 'vitest';
import { toAsciiDigits } from '../../src/i18n/digits';
import { detectLanguage, judgeGoal } from '../../src/functions/smart';
import { normalizeGoal } from '../../src/functions/smart/normalize';

describe('detectLanguage', () => {
  it.each([
    ['fa', 'پ چ ژ گ: افزایش فروش'],
    ['fa', 'جذب ۵۰۰ فالوور برای پیج'],
    ['fa', 'افزایش فروش سایت'], // ی and ک (Persian forms)
    ['fa', 'افزايش فروش پيج'], // typed on an Arabic keyboard (ي), but پ decides
    ['ar', 'زيادة المبيعات'], // ي and ة
    ['ar', 'نشر صورة كل يوم'],
    ['ar', 'بخصوص إنستغرام، سنقوم بنشر صور تعكس ثقافة المؤسسة'],
    ['he', 'יותר עוקבים באינסטגרם'],
    ['en', 'More followers on Instagram'],
  ])('%s: %s', (lang, text) => expect(detectLanguage(text, 'en').lang).toBe(lang));

  it('reads a Persian or Hebrew goal as such even with Latin brand names in it', () => {
    expect(detectLanguage('افزایش فالوورهای Instagram و TikTok تا پایان خرداد', 'en').lang).toBe('fa');
    expect(detectLanguage('להגיע ל-10K צפיות ב-YouTube עד דצמבר', 'en').lang).toBe('he');
    expect(detectLanguage('زيادة متابعي Instagram إلى 5000 بحلول ديسمبر', 'en').lang).toBe('ar');
  });

  it('answers an English goal in English, but still reads its Persian month', () => {
    const verdict = judgeGoal('Get 500 new followers on Instagram before the end of اسفند', 'he');
    expect(verdict.lang).toBe('en');
    expect(verdict.met.timeBound).toBe(true);
  });

  it('uses the fallback only when the text cannot decide, and calls it lazily', () => {
    const fallback = vi.fn(() => 'fa' as const);
    expect(detectLanguage('More followers', fallback).lang).toBe('en');
    expect(detectLanguage('יותר עוקבים', fallback).lang).toBe('he');
    expect(detectLanguage('زيادة المتابعين', fallback).lang).toBe('ar');
    expect(fallback).not.toHaveBeenCalled();

    expect(detectLanguage('5000', fallback).lang).toBe('fa');
    expect(detectLanguage('۱۲۳٬۴۵۶', fallback).lang).toBe('fa');
    expect(detectLanguage('2025-06-30', () => 'he').lang).toBe('he');
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  it('reads an Arabic-script word with no telling letters with both lexicons, answering in the fallback if it is Arabic or Persian', () => {
    expect(detectLanguage('انستغرام', 'fa')).toEqual({ lang: 'fa', lexicon: 'ar+fa' });
    expect(detectLanguage('انستغرام', 'ar')).toEqual({ lang: 'ar', lexicon: 'ar+fa' });
    expect(detectLanguage('انستغرام', 'en')).toEqual({ lang: 'ar', lexicon: 'ar+fa' });
  });
});

describe('normalizeGoal', () => {
  it('folds digits exactly as the shared toAsciiDigits does', () => {
    const digits = '0123456789 ٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ١٢٬٥٠٠ ۲٫۵ ٪۵۰';
    expect(normalizeGoal(digits)).toBe(toAsciiDigits(digits));
  });

  it('drops diacritics and tatweel, and unifies alef, yeh, kaf and teh marbuta', () => {
    expect(normalizeGoal('إِعْجَابٌ')).toBe(normalizeGoal('اعجاب'));
    expect(normalizeGoal('أسبوعيـــاً')).toBe(normalizeGoal('اسبوعيا'));
    expect(normalizeGoal('كيك')).toBe(normalizeGoal('کیک'));
    expect(normalizeGoal('صفحة')).toBe(normalizeGoal('صفحه'));
    expect(normalizeGoal('آذار')).toBe(normalizeGoal('اذار'));
  });

  it('turns the Persian half-space into a space, and drops Hebrew points and gershayim', () => {
    expect(normalizeGoal('فالوور‌ها')).toBe('فالوور ها');
    expect(normalizeGoal('שָׁבוּעַ')).toBe('שבוע');
    expect(normalizeGoal('סנאפצ׳ט ט״ו')).toBe('סנאפצט טו');
    expect(normalizeGoal('ב־30')).toBe('ב-30');
  });

  it('lower-cases Latin, spaces out punctuation and emoji, keeps the marks numbers use', () => {
    expect(normalizeGoal('  Get 1,500 NEW followers!!! 🚀 (by 30/6) — 20% × 2 #1  ')).toBe('get 1,500 new followers by 30/6 20% × 2 #1');
    expect(normalizeGoal('\u200Fزيادة\u200E،؛؟')).toBe('زیاده');
    expect(normalizeGoal('')).toBe('');
    expect(normalizeGoal(' !? ')).toBe('');
  });
});
