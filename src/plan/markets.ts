/**
 * What a market (country) implies for a plan: the day the week starts, the weekend the calendar
 * skips, the currency money is counted in, the interface language, the usual time zone, and the
 * networks its audiences use most (suggested by the wizard). Week data follows CLDR; the user can
 * override week start, weekend and currency in the plan.
 */
import type { Lang } from '../i18n/lang';
import type { Weekday } from './dates';
import type { Network } from './networks';
import type { CalendarName } from '../calendars/names';

export interface Market {
  weekStart: Weekday;
  weekend: Weekday[];
  currency: string;
  language: Lang;
  timeZone: string;
  networks: Network[];
}

const SUN = 0, MON = 1, THU = 4, FRI = 5, SAT = 6;
const FRI_SAT: Weekday[] = [FRI, SAT];
const SAT_SUN: Weekday[] = [SAT, SUN];
const GULF: Network[] = ['instagram', 'snapchat', 'x', 'tiktok'];

function market(weekStart: Weekday, weekend: Weekday[], currency: string, language: Lang, timeZone: string, networks: Network[]): Market {
  return { weekStart, weekend, currency, language, timeZone, networks };
}

export const MARKETS = {
  IR: market(SAT, [FRI], 'IRR', 'fa', 'Asia/Tehran', ['instagram', 'telegram', 'aparat', 'eitaa']),
  AF: market(SAT, [THU, FRI], 'AFN', 'fa', 'Asia/Kabul', ['facebook', 'instagram', 'youtube', 'whatsapp']),
  SA: market(SUN, FRI_SAT, 'SAR', 'ar', 'Asia/Riyadh', ['snapchat', 'x', 'instagram', 'tiktok']),
  AE: market(MON, SAT_SUN, 'AED', 'ar', 'Asia/Dubai', ['instagram', 'tiktok', 'linkedin', 'snapchat']),
  EG: market(SAT, FRI_SAT, 'EGP', 'ar', 'Africa/Cairo', ['facebook', 'instagram', 'tiktok', 'whatsapp']),
  KW: market(SAT, FRI_SAT, 'KWD', 'ar', 'Asia/Kuwait', GULF),
  QA: market(SAT, FRI_SAT, 'QAR', 'ar', 'Asia/Qatar', GULF),
  BH: market(SAT, FRI_SAT, 'BHD', 'ar', 'Asia/Bahrain', GULF),
  OM: market(SAT, FRI_SAT, 'OMR', 'ar', 'Asia/Muscat', ['instagram', 'snapchat', 'x', 'whatsapp']),
  JO: market(SAT, FRI_SAT, 'JOD', 'ar', 'Asia/Amman', ['facebook', 'instagram', 'whatsapp', 'tiktok']),
  IQ: market(SAT, FRI_SAT, 'IQD', 'ar', 'Asia/Baghdad', ['facebook', 'instagram', 'tiktok', 'telegram']),
  DZ: market(SAT, FRI_SAT, 'DZD', 'ar', 'Africa/Algiers', ['facebook', 'instagram', 'tiktok', 'youtube']),
  LB: market(MON, SAT_SUN, 'LBP', 'ar', 'Asia/Beirut', ['instagram', 'facebook', 'whatsapp', 'tiktok']),
  MA: market(MON, SAT_SUN, 'MAD', 'ar', 'Africa/Casablanca', ['facebook', 'instagram', 'tiktok', 'youtube']),
  TN: market(MON, SAT_SUN, 'TND', 'ar', 'Africa/Tunis', ['facebook', 'instagram', 'tiktok', 'linkedin']),
  IL: market(SUN, FRI_SAT, 'ILS', 'he', 'Asia/Jerusalem', ['facebook', 'instagram', 'whatsapp']),
  TR: market(MON, SAT_SUN, 'TRY', 'en', 'Europe/Istanbul', ['instagram', 'youtube', 'x', 'tiktok']),
  US: market(SUN, SAT_SUN, 'USD', 'en', 'America/New_York', ['instagram', 'facebook', 'tiktok', 'youtube', 'linkedin']),
  CA: market(SUN, SAT_SUN, 'CAD', 'en', 'America/Toronto', ['instagram', 'facebook', 'tiktok', 'linkedin']),
  GB: market(MON, SAT_SUN, 'GBP', 'en', 'Europe/London', ['instagram', 'facebook', 'tiktok', 'linkedin']),
  DE: market(MON, SAT_SUN, 'EUR', 'en', 'Europe/Berlin', ['instagram', 'facebook', 'linkedin', 'youtube']),
  FR: market(MON, SAT_SUN, 'EUR', 'en', 'Europe/Paris', ['instagram', 'facebook', 'linkedin', 'tiktok']),
  AU: market(MON, SAT_SUN, 'AUD', 'en', 'Australia/Sydney', ['instagram', 'facebook', 'tiktok', 'linkedin']),
} satisfies Record<string, Market>;

export type MarketCode = keyof typeof MARKETS;
export const MARKET_CODES = Object.keys(MARKETS) as MarketCode[];

/** Any other country: the ISO 8601 week (Monday, Sat–Sun weekend), US dollars, English. */
export const OTHER_MARKET: Market = market(MON, SAT_SUN, 'USD', 'en', 'UTC', ['instagram', 'facebook', 'linkedin']);

export function marketOf(code: string): Market {
  return (MARKETS as Record<string, Market>)[code.toUpperCase()] ?? OTHER_MARKET;
}

/** The days a market works (not its weekend), in week order from its week start. */
export function workingDays(weekStart: Weekday, weekend: readonly Weekday[]): Weekday[] {
  const days: Weekday[] = [];
  for (let i = 0; i < 7; i++) {
    const day = ((weekStart + i) % 7) as Weekday;
    if (!weekend.includes(day)) days.push(day);
  }
  return days;
}

/** The calendar a market's people read dates in, beside the Gregorian one (the Calendar tab's local-date column). */
export type LocalCalendar = Exclude<CalendarName, 'gregorian'>;
const LOCAL_CALENDARS: Record<string, LocalCalendar> = { IR: 'persian', AF: 'persian', SA: 'islamic', IL: 'hebrew' };

export function localCalendarOf(code: string): LocalCalendar | null {
  return LOCAL_CALENDARS[code.toUpperCase()] ?? null;
}
