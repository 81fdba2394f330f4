/**
 * Messages as a reader of the language expects them, for the sidebar, the reminder e-mail and
 * dialog, and the plan's problems: numbers in one digit system per language (Intl.NumberFormat:
 * ۱۲ in Persian; 12 in Arabic, as CLDR's default for Arabic and as our Arabic messages write them,
 * English and Hebrew), pinned so a browser and Apps Script agree; the plural form the count asks for
 * (Intl.PluralRules categories; Arabic has six), and, in right-to-left text, every value set in
 * Unicode isolates (FSI … PDI) so an address or a handle cannot pull the punctuation around it to
 * the wrong side ("إلى ,noura@…").
 */
import { fill } from './format';
import { isRightToLeft, type Lang } from './lang';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * One message per plural category the language uses; `by` names the placeholder that counts.
 * Written as plain objects in the message files (a call there would keep whole sections in bundles).
 */
export interface Plural {
  by: string;
  forms: { other: string } & Partial<Record<PluralCategory, string>>;
}

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** The numbering system of each language, named so every engine's Intl gives the same digits. */
const NUMBER_LOCALES: Record<Lang, string> = { en: 'en-u-nu-latn', ar: 'ar-u-nu-latn', fa: 'fa-u-nu-arabext', he: 'he-u-nu-latn' };

/** The locale to give any Intl formatter (dates too) so its digits are the language's own. */
export function digitLocale(lang: Lang): string {
  return NUMBER_LOCALES[lang];
}

const numberFormats = new Map<Lang, Intl.NumberFormat | null>();
const pluralRules = new Map<Lang, Intl.PluralRules | null>();

function numberFormat(lang: Lang): Intl.NumberFormat | null {
  if (!numberFormats.has(lang)) {
    let format: Intl.NumberFormat | null = null;
    try {
      format = new Intl.NumberFormat(NUMBER_LOCALES[lang], { maximumFractionDigits: 2 });
    } catch {
      // An engine without Intl data: plain digits are still a number.
    }
    numberFormats.set(lang, format);
  }
  return numberFormats.get(lang) ?? null;
}

/** 1234 → "1,234", "۱٬۲۳۴", "١٬٢٣٤". */
export function formatNumber(n: number, lang: Lang): string {
  return numberFormat(lang)?.format(n) ?? String(n);
}

/** ASCII digits in a date or time ("2026-03-20", "09:00") written in the language's digits, order kept. */
export function localDigits(text: string, lang: Lang): string {
  if (lang !== 'fa') return text;
  return text.replace(/\d/g, (d) => formatNumber(Number(d), lang));
}

function category(count: number, lang: Lang): PluralCategory {
  if (!pluralRules.has(lang)) {
    let rules: Intl.PluralRules | null = null;
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      // Without Intl: the English rule is the best guess.
    }
    pluralRules.set(lang, rules);
  }
  const rules = pluralRules.get(lang);
  return rules ? (rules.select(count) as PluralCategory) : count === 1 ? 'one' : 'other';
}

/** The form of a plural message for a count. */
export function pluralForm(message: Plural, count: number, lang: Lang): string {
  return message.forms[category(count, lang)] ?? message.forms.other;
}

/** Text set apart from right-to-left text around it (an e-mail address, a zone name); as is in English. */
export function isolate(text: string, lang: Lang): string {
  return isRightToLeft(lang) && text !== '' ? `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}` : text;
}

const DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}:\d{2}$/;

/** Fills a message in `lang`: numbers localized, the plural form chosen, values isolated in RTL text. */
export function say(message: string | Plural, values: Record<string, string | number>, lang: Lang): string {
  const template = typeof message === 'string' ? message : pluralForm(message, Number(values[message.by]), lang);
  const rtl = isRightToLeft(lang);
  const shown: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const text = typeof value === 'number' ? formatNumber(value, lang) : DATE_OR_TIME.test(value) ? localDigits(value, lang) : value;
    shown[key] = rtl && typeof value === 'string' ? isolate(text, lang) : text;
  }
  return fill(template, shown);
}
