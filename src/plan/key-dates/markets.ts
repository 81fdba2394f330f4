/**
 * The key dates of each market, one table per market: religious and civic moments, Mother's Day
 * as each country keeps it, national days, and the shopping days its retailers run. To add a
 * date, add a line here (and its name to the `keyDates.names` of every message file).
 *
 * `moon: true` marks the Islamic dates of a country that fixes them by moon sighting: they are
 * Umm al-Qura's, and may fall a day apart there (Saudi Arabia's own are Umm al-Qura's).
 * `school: true` marks a school start, which differs by region and year.
 */
import type { KeyDateNames } from './names';
import { blackFriday, chaharshanbeSuri, easter, fixed, frenchMothersDay, hebrew, hijri, hijriMonth, israelIndependenceDay, nthWeekday, persian, WEEKDAY, type When } from './rules';

export type KeyDateKind = 'religious' | 'national' | 'social' | 'shopping' | 'school';

export interface KeyDateRule {
  id: KeyDateNames;
  kind: KeyDateKind;
  when: When;
  /** An Islamic date where the moon is sighted: ±1 day is normal. */
  moon?: boolean;
  /** A school start: it differs by region and year. */
  school?: boolean;
  /** A Jewish holiday: it begins at sundown the evening before its civil date. */
  sundown?: boolean;
}

const { SUN, MON, TUE, SAT } = WEEKDAY;

const rule = (id: KeyDateNames, kind: KeyDateKind, when: When, extra: Partial<KeyDateRule> = {}): KeyDateRule => ({ id, kind, when, ...extra });

/** Ramadan as a month; Eid al-Fitr 3 days from 1 Shawwal; Eid al-Adha 4 days from 10 Dhu al-Hijjah. */
function islamicYear(moon: boolean): KeyDateRule[] {
  return [
    rule('ramadan', 'religious', hijriMonth(9), { moon }),
    rule('eidAlFitr', 'religious', hijri(10, 1, 3), { moon }),
    rule('eidAlAdha', 'religious', hijri(12, 10, 4), { moon }),
    rule('hijriNewYear', 'religious', hijri(1, 1), { moon }),
  ];
}

const valentines = rule('valentinesDay', 'social', fixed(2, 14));
const singlesDay = rule('singlesDay', 'shopping', fixed(11, 11));
const black = rule('blackFriday', 'shopping', blackFriday());
const cyber = rule('cyberMonday', 'shopping', blackFriday(3));
/** The Gulf's retailers (Amazon, noon) run White Friday as Black Friday's week, ending on its Friday. */
const white = rule('whiteFriday', 'shopping', blackFriday(-6, 7));
/** Mother's Day on 21 March, the first day of spring: Egypt, Jordan, Lebanon, the Gulf, Iraq. */
const arabMothersDay = rule('mothersDay', 'social', fixed(3, 21));
const secondSundayOfMay = rule('mothersDay', 'social', nthWeekday(5, SUN, 2));
const newYear = rule('newYear', 'social', fixed(1, 1));
const christmas = rule('christmas', 'religious', fixed(12, 25));
const easterSunday = rule('easter', 'religious', easter(0));
const school = (when: When) => rule('backToSchool', 'school', when, { school: true });
const national = (id: KeyDateNames, when: When) => rule(id, 'national', when);

/** Arab markets other than Saudi Arabia: Umm al-Qura's dates, marked as estimates. */
function arabMarket(...own: KeyDateRule[]): KeyDateRule[] {
  return [...islamicYear(true), valentines, arabMothersDay, singlesDay, ...own];
}

export const KEY_DATES: Record<string, KeyDateRule[]> = {
  IR: [
    rule('nowruz', 'national', persian(1, 1, 4)),
    rule('sizdahBedar', 'social', persian(1, 13)),
    rule('chaharshanbeSuri', 'social', chaharshanbeSuri),
    rule('yalda', 'social', persian(9, 30)),
    // Iran keeps Mother's Day on 20 Jumada al-Thani, the birth of Fatimah.
    rule('mothersDay', 'social', hijri(6, 20), { moon: true }),
    school(persian(7, 1, 7)),
    ...islamicYear(true).filter((r) => r.id !== 'hijriNewYear'),
  ],
  AF: [
    rule('nowruz', 'national', persian(1, 1, 3)),
    national('independenceDay', fixed(8, 19)),
    school(persian(1, 1, 7)),
    ...islamicYear(true).filter((r) => r.id !== 'hijriNewYear'),
  ],
  SA: [
    ...islamicYear(false),
    national('foundingDay', fixed(2, 22)),
    national('nationalDay', fixed(9, 23)),
    arabMothersDay,
    valentines,
    white,
    singlesDay,
    school(nthWeekday(8, SUN, 3, 7)),
  ],
  AE: arabMarket(national('nationalDay', fixed(12, 2, 2)), white, school(nthWeekday(8, MON, -1, 7))),
  EG: arabMarket(national('revolutionDay', fixed(7, 23)), white, school(nthWeekday(9, SAT, 3, 7))),
  KW: arabMarket(national('nationalDay', fixed(2, 25, 2)), white, school(nthWeekday(9, SUN, 2, 7))),
  QA: arabMarket(national('nationalDay', fixed(12, 18)), white, school(nthWeekday(8, SUN, -1, 7))),
  BH: arabMarket(national('nationalDay', fixed(12, 16, 2)), white, school(nthWeekday(9, SUN, 1, 7))),
  OM: arabMarket(national('nationalDay', fixed(11, 20)), white, school(nthWeekday(8, SUN, -1, 7))),
  JO: arabMarket(national('independenceDay', fixed(5, 25)), white, school(nthWeekday(8, SUN, -1, 7))),
  IQ: arabMarket(national('nationalDay', fixed(10, 3)), black, school(nthWeekday(9, SUN, 4, 7))),
  DZ: [...islamicYear(true), valentines, singlesDay, black, national('independenceDay', fixed(7, 5)), rule('mothersDay', 'social', nthWeekday(5, SUN, -1)), school(nthWeekday(9, SUN, 3, 7))],
  LB: arabMarket(national('independenceDay', fixed(11, 22)), black, christmas, easterSunday, newYear, school(nthWeekday(9, MON, -1, 7))),
  MA: [...islamicYear(true), valentines, singlesDay, black, national('throneDay', fixed(7, 30)), national('independenceDay', fixed(11, 18)), rule('mothersDay', 'social', nthWeekday(5, SUN, -1)), school(nthWeekday(9, MON, 2, 7))],
  TN: [...islamicYear(true), valentines, singlesDay, black, national('independenceDay', fixed(3, 20)), rule('mothersDay', 'social', nthWeekday(5, SUN, -1)), school(fixed(9, 15, 7))],
  IL: [
    rule('roshHashanah', 'religious', hebrew('tishri', 1, 2), { sundown: true }),
    rule('yomKippur', 'religious', hebrew('tishri', 10), { sundown: true }),
    rule('sukkot', 'religious', hebrew('tishri', 15, 7), { sundown: true }),
    rule('simchatTorah', 'religious', hebrew('tishri', 22), { sundown: true }),
    rule('hanukkah', 'religious', hebrew('kislev', 25, 8), { sundown: true }),
    // Family Day, Israel's Mother's Day: 30 Shevat (Shevat always has 30 days).
    rule('familyDay', 'social', hebrew('shevat', 30)),
    rule('purim', 'religious', hebrew('adar', 14), { sundown: true }),
    rule('passover', 'religious', hebrew('nisan', 15, 7), { sundown: true }),
    rule('independenceDay', 'national', hebrew('iyar', 5, 1, israelIndependenceDay), { sundown: true }),
    rule('shavuot', 'religious', hebrew('sivan', 6), { sundown: true }),
    valentines,
    black,
    singlesDay,
    school(fixed(9, 1, 7)),
  ],
  TR: [
    ...islamicYear(true).filter((r) => r.id !== 'hijriNewYear'),
    national('republicDay', fixed(10, 29)),
    secondSundayOfMay,
    valentines,
    black,
    singlesDay,
    newYear,
    school(nthWeekday(9, MON, 2, 7)),
  ],
  US: [
    newYear,
    valentines,
    easterSunday,
    secondSundayOfMay,
    national('independenceDay', fixed(7, 4)),
    rule('halloween', 'social', fixed(10, 31)),
    rule('thanksgiving', 'national', nthWeekday(11, 4, 4)),
    black,
    cyber,
    singlesDay,
    rule('hanukkah', 'religious', hebrew('kislev', 25, 8), { sundown: true }),
    christmas,
    school(nthWeekday(8, MON, 3, 7)),
  ],
  CA: [
    newYear,
    valentines,
    easterSunday,
    secondSundayOfMay,
    national('nationalDay', fixed(7, 1)),
    rule('thanksgiving', 'national', nthWeekday(10, MON, 2)),
    rule('halloween', 'social', fixed(10, 31)),
    black,
    cyber,
    singlesDay,
    christmas,
    rule('boxingDay', 'shopping', fixed(12, 26)),
    school(nthWeekday(9, TUE, 1, 7)),
  ],
  GB: [
    newYear,
    valentines,
    // Mothering Sunday: the fourth Sunday of Lent, three weeks before Easter.
    rule('mothersDay', 'social', easter(-21)),
    easterSunday,
    rule('halloween', 'social', fixed(10, 31)),
    black,
    cyber,
    singlesDay,
    christmas,
    rule('boxingDay', 'shopping', fixed(12, 26)),
    school(nthWeekday(9, MON, 1, 7)),
  ],
  DE: [newYear, valentines, easterSunday, secondSundayOfMay, national('unityDay', fixed(10, 3)), black, cyber, singlesDay, christmas, school(nthWeekday(9, MON, 1, 7))],
  FR: [newYear, valentines, easterSunday, rule('mothersDay', 'social', frenchMothersDay), national('nationalDay', fixed(7, 14)), black, cyber, singlesDay, christmas, school(nthWeekday(9, MON, 1, 7))],
  AU: [
    newYear,
    national('nationalDay', fixed(1, 26)),
    school(nthWeekday(2, MON, 1, 7)),
    valentines,
    easterSunday,
    secondSundayOfMay,
    black,
    cyber,
    singlesDay,
    christmas,
    rule('boxingDay', 'shopping', fixed(12, 26)),
  ],
};

/** Any other country: the days the world's retailers run. */
export const OTHER_KEY_DATES: KeyDateRule[] = [newYear, valentines, black, singlesDay];
