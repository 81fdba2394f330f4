/**
 * Month names of each calendar in each interface language, as the people who read that calendar
 * write them (the Arabic, Persian and Hebrew spellings follow CLDR's). Hebrew-calendar months are
 * listed in civil order from Tishri with both Adars; `hebrewMonthName` picks the year's form.
 */
import type { Lang } from '../i18n/lang';

export const CALENDARS = ['persian', 'islamic', 'hebrew', 'gregorian'] as const;
export type CalendarName = (typeof CALENDARS)[number];

type Names = Record<Lang, readonly string[]>;

const PERSIAN_FA = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];

const persian: Names = {
  en: ['Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand'],
  fa: PERSIAN_FA,
  ar: PERSIAN_FA,
  he: ['פרורדין', 'ארדיבהשת', 'ח׳רדאד', 'תיר', 'מרדאד', 'שהריור', 'מהר', 'אבאן', 'אד׳ר', 'די', 'בהמן', 'אספנד'],
};

const islamic: Names = {
  en: ['Muharram', 'Safar', 'Rabi al-Awwal', 'Rabi al-Thani', 'Jumada al-Ula', 'Jumada al-Akhirah', 'Rajab', 'Shaban', 'Ramadan', 'Shawwal', 'Dhu al-Qadah', 'Dhu al-Hijjah'],
  ar: ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'],
  fa: ['محرم', 'صفر', 'ربیع‌الاول', 'ربیع‌الثانی', 'جمادی‌الاول', 'جمادی‌الثانی', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذی‌القعده', 'ذی‌الحجه'],
  he: ['מוחרם', 'צפר', 'רביע אל־אוול', 'רביע א־ת׳אני', 'ג׳ומאדא אל־אולא', 'ג׳ומאדא א־ת׳אניה', 'רג׳ב', 'שעבאן', 'רמדאן', 'שוואל', 'ד׳ו אל־קעדה', 'ד׳ו אל־חיג׳ה'],
};

/** Tishri, Heshvan, Kislev, Tevet, Shevat, Adar I, Adar II, Nisan, Iyar, Sivan, Tammuz, Av, Elul, then Adar (a common year's). */
const hebrew: Names = {
  en: ['Tishri', 'Heshvan', 'Kislev', 'Tevet', 'Shevat', 'Adar I', 'Adar II', 'Nisan', 'Iyar', 'Sivan', 'Tamuz', 'Av', 'Elul', 'Adar'],
  he: ['תשרי', 'חשוון', 'כסלו', 'טבת', 'שבט', 'אדר א׳', 'אדר ב׳', 'ניסן', 'אייר', 'סיוון', 'תמוז', 'אב', 'אלול', 'אדר'],
  ar: ['تشري', 'مرحشوان', 'كيسلو', 'طيفت', 'شباط', 'آذار الأول', 'آذار الثاني', 'نيسان', 'أيار', 'سيفان', 'تموز', 'آب', 'أيلول', 'آذار'],
  fa: ['تشری', 'حشوان', 'کسلو', 'طوت', 'شباط', 'آذار اول', 'آذار دوم', 'نیسان', 'ایار', 'سیوان', 'تموز', 'آب', 'ایلول', 'آذار'],
};

const gregorian: Names = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  fa: ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'],
  he: ['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'],
};

const BY_CALENDAR: Record<Exclude<CalendarName, 'hebrew'>, Names> = { persian, islamic, gregorian };

/** The name of month `month` (1-based, in the calendar's own count) of `year`. */
export function monthName(calendar: CalendarName, lang: Lang, month: number, leapHebrewYear: boolean): string {
  if (calendar !== 'hebrew') return BY_CALENDAR[calendar][lang][month - 1];
  const names = hebrew[lang];
  if (leapHebrewYear) return names[month - 1];
  if (month <= 5) return names[month - 1];
  return month === 6 ? names[13] : names[month]; // a common year: Adar, then Nisan… (skip both Adars)
}
