/**
 * Number formats of the generated tabs: percent, counts, time, dates as the spreadsheet's locale
 * reads them (else the plan's market or language), and money in the plan's currency.
 */
import { isLang, type Lang } from '../../i18n/lang';

export const PERCENT = '0.0%';
export const WHOLE_PERCENT = '0%';
export const COUNT = '#,##0';
export const TIME = 'hh:mm';
/** The month by name ("February 2026"), in the spreadsheet's language, as Sheets writes it. */
export const MONTH = 'mmmm yyyy';
export const TEXT = '@';

/** Markets whose everyday date order differs from their language's default. */
const MARKET_DATES: Record<string, string> = {
  US: 'mm/dd/yyyy',
  GB: 'dd/mm/yyyy',
  AU: 'dd/mm/yyyy',
  FR: 'dd/mm/yyyy',
  DE: 'dd.mm.yyyy',
  TR: 'dd.mm.yyyy',
  CA: 'yyyy-mm-dd',
};

/** Iran writes year first (۱۴۰۳/۰۲/۱۵); Arabic and Hebrew readers day first; English falls back to ISO. */
const LANGUAGE_DATES: Record<Lang, string> = {
  en: 'yyyy-mm-dd',
  ar: 'dd/mm/yyyy',
  fa: 'yyyy/mm/dd',
  he: 'dd/mm/yyyy',
};

/**
 * The spreadsheet's locale decides (its country, else its language), as Sheets would show dates;
 * without one, the plan's market, else its language.
 */
export function datePattern(lang: Lang, market: string, sheetLocale = ''): string {
  const [localeLanguage = '', country = ''] = sheetLocale.toLowerCase().split(/[_-]/);
  const language = localeLanguage === 'iw' ? 'he' : localeLanguage;
  return (
    MARKET_DATES[country.toUpperCase()] ??
    (isLang(language) ? LANGUAGE_DATES[language] : undefined) ??
    MARKET_DATES[market.toUpperCase()] ??
    LANGUAGE_DATES[lang]
  );
}

/** Currencies counted without minor units in practice, and those with three decimals (ISO 4217). */
const NO_DECIMALS = ['IRR', 'IQD', 'LBP', 'JPY', 'KRW'];
const THREE_DECIMALS = ['KWD', 'BHD', 'OMR', 'JOD', 'TND', 'LYD'];

/** `#,##0.00 "SAR"`; the code is reduced to letters first, so nothing else can reach the format. */
export function currencyFormat(currency: string): string {
  const code = currency.toUpperCase().replace(/[^A-Z]/g, '').slice(0, 3);
  const decimals = NO_DECIMALS.includes(code) ? '' : THREE_DECIMALS.includes(code) ? '.000' : '.00';
  return code === '' ? `#,##0${decimals}` : `#,##0${decimals} "${code}"`;
}
