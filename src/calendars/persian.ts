/**
 * The Solar Hijri (Jalali) calendar as Iran uses it, through jalaali-js (MIT): Borkowski's
 * arithmetic, which matches the astronomical calendar for AP 1178–3177 (our tests: every day of
 * 2000–2040 against Node's ICU).
 */
import { d2j, j2d, jalaaliMonthLength, MAX_JALAALI_YEAR, MIN_JALAALI_YEAR } from 'jalaali-js';
import type { YearMonthDay } from './days';

/** Julian day number of 1970-01-01. */
const UNIX_EPOCH_JDN = 2440588;

export function persianFromDays(days: number): YearMonthDay {
  const { jy, jm, jd } = d2j(days + UNIX_EPOCH_JDN);
  return { year: jy, month: jm, day: jd };
}

export function daysFromPersian(year: number, month: number, day: number): number {
  return j2d(year, month, day) - UNIX_EPOCH_JDN;
}

/** The days the algorithm covers (AP −61 to 3177, about 560 to 3798 CE). */
export function persianRange(): { first: number; last: number } {
  return {
    first: daysFromPersian(MIN_JALAALI_YEAR, 1, 1),
    last: daysFromPersian(MAX_JALAALI_YEAR, 12, 1) + jalaaliMonthLength(MAX_JALAALI_YEAR, 12) - 1,
  };
}
