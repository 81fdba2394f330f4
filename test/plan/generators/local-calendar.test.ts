// The Calendar tab in Iran, Saudi Arabia and Israel: beside each post's Gregorian date, its date in
// the calendar people read there (one LOCAL_DATE spilling down, computed here by a real engine),
// and the year at a glance naming that calendar's months.
import { describe, expect, it } from 'vitest';
import { daysFromIso } from '../../../src/calendars/days';
import { formatLocalDate } from '../../../src/calendars/local-date';
import { tabMessages } from '../../../src/i18n/messages';
import { addDays, addMonths } from '../../../src/plan/dates';
import { examplePlan } from '../../../src/plan/example';
import { generateCalendarTab } from '../../../src/plan/generators/calendar';
import { evaluateSpec } from '../../support/formula-engine';
import { example, FoundTable, formulasOf, hostilePlanInput, parsePlan } from './support';

describe.each([
  ['fa', 'persian', 'تاریخ شمسی', 'ماه‌های شمسی'],
  ['ar', 'islamic', 'التاريخ الهجري', 'الأشهر الهجرية'],
  ['he', 'hebrew', 'תאריך עברי', 'חודשים עבריים'],
] as const)('the %s example (its market reads the %s calendar)', (lang, calendar, header, monthsHeader) => {
  const plan = example(lang);
  const spec = generateCalendarTab(plan);
  const t = tabMessages[lang];
  const posts = FoundTable.find(spec, t.columns.date);

  it('has a local-date column right of the date: one LOCAL_DATE formula over the whole date column', () => {
    expect(posts.column(header)).toBe(posts.column(t.columns.date) + 1);
    const cells = posts.values(header);
    const dateColumn = posts.a1(0, t.columns.date).replace(/\d+$/, '');
    expect(cells[0]).toEqual({ formula: `=LOCAL_DATE(${dateColumn}${posts.block.row + 1}:${dateColumn}${posts.block.row + posts.rows.length}, "${calendar}", "long")` });
    expect(cells.slice(1).every((c) => c === null || c === '')).toBe(true); // left empty for the spill
    expect(formulasOf(spec).filter((f) => f.startsWith('=LOCAL_DATE(')).length).toBe(1);
  });

  it('the formula gives each post its local date (computed by the engine, checked against the calendars)', () => {
    const ev = evaluateSpec(spec);
    posts.rows.slice(0, 40).forEach((_, i) => {
      const iso = ev.date(posts.a1(i, t.columns.date));
      expect(ev.get(posts.a1(i, header))).toBe(formatLocalDate(calendar, daysFromIso(iso), 'en', 'long'));
    });
  });

  it('the year at a glance names the local months each Gregorian month spans', () => {
    const glance = FoundTable.find(spec, t.columns.month);
    const months = glance.values(t.columns.month).map((m) => (m as { date: string }).date);
    const named = glance.values(monthsHeader) as string[];
    expect(named).toHaveLength(months.length);
    // Independent of our names: ICU's month of the first and of the last day of each Gregorian month.
    const icuMonth = (iso: string) =>
      new Intl.DateTimeFormat(`${lang}-u-ca-${calendar === 'islamic' ? 'islamic-umalqura' : calendar}`, { month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    months.forEach((month, i) => {
      const last = addDays(addMonths(month, 1), -1);
      expect(named[i].startsWith(icuMonth(month))).toBe(true);
      expect(named[i]).toContain(icuMonth(last));
      expect(named[i].includes(' – ')).toBe(icuMonth(month) !== icuMonth(last));
    });
  });
});

it('Persian months read as Iranians write them', () => {
  const plan = parsePlan(examplePlan('fa', '2027-02-10'), 'fa'); // starts 1 March 2027
  const glance = FoundTable.find(generateCalendarTab(plan), tabMessages.fa.columns.month);
  expect(glance.values('ماه‌های شمسی')[0]).toBe('اسفند ۱۴۰۵ – فروردین ۱۴۰۶');
});

it('a market that reads the Gregorian calendar gets no local-date column', () => {
  const spec = generateCalendarTab(parsePlan(hostilePlanInput()));
  expect(formulasOf(spec).some((f) => f.includes('LOCAL_DATE'))).toBe(false);
  expect(spec.blocks.flatMap((b) => b.cells[0]).includes(tabMessages.en.localCalendar.persian)).toBe(false);
});
