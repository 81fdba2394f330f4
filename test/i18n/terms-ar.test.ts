/**
 * Arabic terms as Gulf and Levant marketers read them (issue 11, item 13; docs/terms/ar.md):
 * the misleading words are gone from every Arabic message, each key concept has one name, and
 * counted nouns agree with their number (a fixed "{n} منشورًا" reads wrong for 3 or 100).
 */
import { describe, expect, it } from 'vitest';
import * as ar from '../../src/i18n/ar';
import { say } from '../../src/i18n/say';
import { readLog, dayOfText } from '../../src/import/log';
import { MEASURES } from '../../src/import/types';

type Leaf = { path: string; text: string };
function leaves(value: unknown, path: string, out: Leaf[] = []): Leaf[] {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
  return out;
}
const all = leaves(ar, 'ar');
const isPlural = (v: unknown): v is { by: string; forms: Record<string, string> } =>
  !!v && typeof v === 'object' && 'by' in v && 'forms' in v;
function plurals(value: unknown, path: string, out: { path: string; forms: { by: string; forms: Record<string, string> } }[] = []) {
  if (isPlural(value)) out.push({ path, forms: value });
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) plurals(v, `${path}.${k}`, out);
  return out;
}

describe('Arabic terms', () => {
  it('walks the whole message file', () => {
    expect(all.length).toBeGreaterThan(500);
  });

  it.each([
    ['تدقيق', 'audit is تقييم الحسابات, not proofreading/accounting'],
    ['الموسوم', 'a UTM link is رابط التتبع; وسم is a hashtag'],
    ['وسم المصدر', 'utm_source is مصدر الزيارة'],
    ['وسم الحملة', 'utm_campaign is رمز الحملة'],
    ['وسم الروابط', 'UTM tag is رمز تتبع'],
    ['وسمًا للروابط', 'UTM tag is رمز تتبع'],
    ['المتتبَّع', 'tracked link is رابط التتبع'],
    ['علامات التبويب', 'the add-on says الأوراق for the tabs it writes'],
    ['كحملة', 'كـ for "as" is a calque'],
    ['مراجعة المؤشرات', 'KPIs are مؤشرات الأداء in full'],
    ['متابعة المؤشرات', 'KPIs are مؤشرات الأداء in full'],
    ['عيد العرش اليهودي', 'Sukkot is عيد المظال; عيد العرش is Morocco\'s Throne Day'],
    ['يُعلَّم', 'a post is marked by its status «منشور»'],
    ['أولاً', 'tanween on the letter before the alif, as the rest of the file: أولًا'],
    ['موجوداً', 'tanween on the letter before the alif: موجودًا'],
    ['تبويب', 'a tab of the spreadsheet is a ورقة, as Google Sheets names it in Arabic'],
  ])('%s appears nowhere (%s)', (word) => {
    expect(all.filter((l) => l.text.includes(word)).map((l) => l.path)).toEqual([]);
  });

  it('format (image, video…) is شكل المحتوى, never صيغة (which also means a formula)', () => {
    const formatNames = [ar.tabs.columns.format, ar.sidebar.formats, ar.strategy.formats, ar.strategy.tactics];
    for (const name of formatNames) expect(name).toMatch(/أشكال المحتوى|شكل المحتوى/);
    const hits = all.filter((l) => /(?:ال|و)صيغ(?!ة YYYY)/.test(l.text) && !/صيغة (?:CSV|\.xlsx)|بصيغة|صيغ:|صيغة\)/.test(l.text));
    expect(hits.map((l) => l.path)).toEqual([]);
  });

  it('KPI is always مؤشرات الأداء (never a bare المؤشرات for the KPI tab or review)', () => {
    const bare = all.filter((l) => /المؤشرات(?! )/.test(l.text) || /المؤشرات (?!الأداء)/.test(l.text));
    expect(bare.map((l) => l.path)).toEqual([]);
  });

  it('a network is منصة, as Arabic marketers say, never شبكة (one word, not two)', () => {
    expect(all.filter((l) => /شبك/.test(l.text)).map((l) => l.path)).toEqual([]);
    expect(ar.tabs.columns.network).toBe('المنصة');
  });

  it('a KPI log written with the former header «الشبكة» is still found by the import', () => {
    const headers = ['periodStart', 'network', ...MEASURES].map((k) => (k === 'network' ? 'الشبكة' : ar.tabs.columns[k as keyof typeof ar.tabs.columns]));
    const values = [headers, ['2027-01-04', 'Instagram', 1, 2, 3, 4, 5, 6, 7]];
    const log = readLog(values, values.map((r) => r.map(() => '')), dayOfText);
    expect(log?.rows).toHaveLength(1);
    expect(log?.columns.reach).toBe(2);
  });

  it('one word per concept: منشور (not مشاركة/بوست), مرات الظهور, الوصول, التفاعل, رابط (not وصلة)', () => {
    const words = [/بوست/, /وصلة/, /انطباعات/, /الانخراط/, /المشاركات/];
    for (const w of words) expect(all.filter((l) => w.test(l.text)).map((l) => l.path), String(w)).toEqual([]);
  });

  it('a number is never glued to a fixed counted noun outside a plural form', () => {
    // "{posts} منشورًا", "{days} يومًا", "{n} أيام", "{max} عناوين" read wrong for some counts.
    const counted = /\{\w+\} (?:منشور|منشورات|منشورًا|يوم|يومًا|أيام|أشهر|شهرًا|حرفًا|أهداف|عناوين|رسوم|خلية|صفوف)/;
    const single = all.filter((l) => !/\.forms\./.test(l.path) && counted.test(l.text));
    expect(single.map((l) => `${l.path}: ${l.text}`)).toEqual([]);
  });

  it('no verb agrees with a key date, whose name may be feminine (الجمعة السوداء) or plural (تخفيضات 11.11)', () => {
    const hits = all.filter((l) => /\{keyDate\} (?:يبدأ|تبدأ|يحل|تحل)/.test(l.text));
    expect(hits.map((l) => l.path)).toEqual([]);
  });

  const expectations: Record<number, RegExp> = {
    0: /لا|0|٠/,
    1: /واحد|واحدة|^[^\d٠-٩]*$/,
    2: /(?:ان|ين|تان|تين)\b|يومان|شهرين|صفّان|منشورين|^[^\d٠-٩]*$/,
    3: /(?:منشورات|أيام|أشهر|صفوف)/,
    11: /(?:منشورًا|يومًا|شهرًا|صفًا)/,
    100: /(?:منشور|يوم|شهر|صف)(?![ًا-ي])/,
  };
  for (const { path, forms } of plurals(ar, 'ar')) {
    it(`${path} reads right for 0, 1, 2, 3, 11, 100`, () => {
      for (const n of [1, 2, 3, 11, 100]) {
        const text = say(forms as never, { [forms.by]: n }, 'ar');
        expect(text, `${n}: ${text}`).toMatch(expectations[n]);
        if (n === 1 || n === 2) expect(text, `${n}: ${text}`).not.toMatch(/[0-9٠-٩]/);
      }
      if (forms.forms.zero) expect(say(forms as never, { [forms.by]: 0 }, 'ar')).toMatch(expectations[0]);
    });
  }
});
