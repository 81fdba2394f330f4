/**
 * Words and numbers as native readers expect them (issue 11, items 11, 12, 14): one digit system
 * per language, plural forms by Intl.PluralRules categories, Latin runs isolated in RTL text.
 */
import { describe, expect, it } from 'vitest';
import { planMessages, reminderMessages, sidebarMessages } from '../../src/i18n/messages';
import { formatNumber, localDigits, pluralForm, say } from '../../src/i18n/say';
import { LANGUAGES } from '../../src/i18n/lang';

const FSI = '\u2068';
const PDI = '\u2069';

describe('one digit system per language', () => {
  it('Persian screens write Persian digits, in the message and in its numbers', () => {
    const fa = sidebarMessages.fa;
    const step = say(fa.stepOf, { n: 4, total: 6, name: fa.steps[3] }, 'fa');
    expect(step).toContain('۴');
    expect(step).toContain('۶');
    expect(step).not.toMatch(/[0-9]/);
    expect(say(fa.mixTotal, { sum: 95 }, 'fa')).not.toMatch(/[0-9]/);
    expect(say(fa.months, {}, 'fa')).not.toMatch(/[0-9]/);
    expect(say(planMessages.fa.mixSum, { sum: 95 }, 'fa')).not.toMatch(/[0-9]/);
    expect(localDigits('2026-03-20', 'fa')).toBe('۲۰۲۶-۰۳-۲۰');
  });

  it('every sidebar message of a language uses that language’s digits only', () => {
    for (const lang of LANGUAGES) {
      const other = lang === 'fa' ? /[0-9٠-٩]/ : /[۰-۹٠-٩]/;
      for (const [key, value] of Object.entries(sidebarMessages[lang])) {
        const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value : Object.values((value as { forms?: object }).forms ?? value);
        for (const text of texts) expect(String(text).replace(/\{\w+\}/g, ''), `${lang}.${key}`).not.toMatch(other);
      }
    }
  });

  it('numbers are grouped and written by Intl.NumberFormat, the same in any engine', () => {
    expect(formatNumber(12500, 'fa')).toBe('۱۲٬۵۰۰');
    expect(formatNumber(12500, 'en')).toBe('12,500');
    expect(formatNumber(12500, 'ar')).toBe('12,500');
    expect(formatNumber(12500, 'he')).toBe('12,500');
  });
});

describe('plural forms', () => {
  it('English says 1 row and 2 rows', () => {
    expect(say(sidebarMessages.en.openTab, { name: 'Audit', rows: 1 }, 'en')).toBe('Open Audit (1 row)');
    expect(say(sidebarMessages.en.openTab, { name: 'Audit', rows: 3 }, 'en')).toBe('Open Audit (3 rows)');
  });

  it('Arabic has six forms, chosen by the count', () => {
    const rows = sidebarMessages.ar.openTab;
    const forms = [0, 1, 2, 3, 11, 100].map((n) => pluralForm(rows, n, 'ar'));
    expect(new Set(forms).size).toBe(6);
    expect(say(rows, { name: 'x', rows: 3 }, 'ar')).toContain('صفوف');
    expect(say(sidebarMessages.ar.summaryPosts, { count: 209 }, 'ar')).toBe('نحو 209 منشورات');
    expect(say(sidebarMessages.ar.summaryPosts, { count: 100 }, 'ar')).toBe('نحو 100 منشور');
    expect(say(sidebarMessages.ar.summaryPosts, { count: 15 }, 'ar')).toBe('نحو 15 منشورًا');
    expect(say(reminderMessages.ar.goalSoon, { goal: 'g', date: '2026-03-01', days: 1 }, 'ar')).toContain('يوم واحد');
  });

  it('Hebrew has its dual', () => {
    expect(say(reminderMessages.he.goalSoon, { goal: 'g', date: '2026-03-01', days: 2 }, 'he')).toContain('יומיים');
  });
});

describe('Latin runs isolated in right-to-left text', () => {
  it('an address keeps its comma on its own side', () => {
    const text = say(reminderMessages.ar.statusOn, { hour: 21, timeZone: 'Asia/Riyadh', recipients: 'noura@example.com, sara@example.com' }, 'ar');
    expect(text).toContain(`${FSI}noura@example.com, sara@example.com${PDI}`);
    expect(say(reminderMessages.en.statusOn, { hour: 21, timeZone: 'UTC', recipients: 'a@b.co' }, 'en')).not.toContain(FSI);
  });
});
