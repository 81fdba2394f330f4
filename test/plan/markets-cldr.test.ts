// Each market's week start and weekend against CLDR, through Node's ICU (Intl.Locale's week info,
// 1 = Monday … 7 = Sunday): the calendar skips the weekend and the KPI log starts weeks there.
import { describe, expect, it } from 'vitest';
import { MARKET_CODES, marketOf } from '../../src/plan/markets';

interface WeekInfo { firstDay: number; weekend: number[] }
function cldrWeek(region: string): WeekInfo {
  const locale = new Intl.Locale(`und-${region}`) as Intl.Locale & { weekInfo?: WeekInfo; getWeekInfo?: () => WeekInfo };
  return locale.getWeekInfo?.() ?? locale.weekInfo!;
}
const toJs = (cldrDay: number) => cldrDay % 7; // CLDR's 7 (Sunday) is JavaScript's 0

describe('markets’ weeks are CLDR’s', () => {
  it.each(MARKET_CODES)('%s', (code) => {
    const cldr = cldrWeek(code);
    const market = marketOf(code);
    expect(market.weekStart).toBe(toJs(cldr.firstDay));
    expect([...market.weekend].sort()).toEqual(cldr.weekend.map(toJs).sort());
  });

  it('as the issue lists them: Iran Saturday/Friday, Saudi Arabia Sunday/Fri–Sat, UAE Monday/Sat–Sun (since 2022), Israel Sunday/Fri–Sat', () => {
    expect([marketOf('IR').weekStart, marketOf('IR').weekend]).toEqual([6, [5]]);
    expect([marketOf('SA').weekStart, marketOf('SA').weekend]).toEqual([0, [5, 6]]);
    expect([marketOf('AE').weekStart, marketOf('AE').weekend]).toEqual([1, [6, 0]]);
    expect([marketOf('IL').weekStart, marketOf('IL').weekend]).toEqual([0, [5, 6]]);
  });
});
