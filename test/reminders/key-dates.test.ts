// The digest names a key date of the plan's market 14 days ahead, once, and the campaign whose
// "before" phase it opens; a missed day is caught up until the day before the key date.
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/reminders/digest';
import { dueItems, type DueInput } from '../../src/reminders/due';
import { hasSent, recordSent, emptySentLog } from '../../src/reminders/sent-log';
import { readReminderPlan, reminderPlanOf } from '../../src/reminders/plan-view';
import type { DueItem, ReminderPlan } from '../../src/reminders/types';
import { examplePlan } from '../../src/plan/example';
import { validatePlan } from '../../src/plan/schema';
import { keyDateMessages } from '../../src/i18n/messages';

const plan: ReminderPlan = {
  business: 'Bakery',
  lang: 'en',
  timeZone: 'Asia/Riyadh',
  start: '2027-01-01',
  end: '2027-06-30',
  cadences: { kpi: 'off', auditMonths: 0, strategyMonths: 0, goals: false, posts: true },
  goals: [],
  market: 'SA',
  campaigns: [{ name: 'Ramadan menu', start: '2027-02-08', keyDate: 'ramadan-2027-02-08' }],
};

const input = (today: string, p: ReminderPlan = plan): DueInput => ({ today, plan: p, reviewsDone: [], goals: null, posts: null });
const keyDateItems = (today: string, p?: ReminderPlan) => dueItems(input(today, p)).filter((i): i is Extract<DueItem, { type: 'keyDate' }> => i.type === 'keyDate');
const lines = (today: string, p?: ReminderPlan) => buildDigest(keyDateItems(today, p), { lang: p?.lang ?? 'en', business: 'Bakery', today, spreadsheetUrl: null, tabs: {} }).text.split('\n').filter((l) => l.startsWith('- '))
  // Values sit in Unicode isolates in right-to-left text (say.ts); the wording is what is checked here.
  .map((l) => l.replace(/[\u2068\u2069]/g, ''));

describe('key dates in the digest', () => {
  it('Ramadan 14 days ahead: the "before" phase of its campaign begins', () => {
    expect(lines('2027-01-25')).toEqual(['- Ramadan starts in 14 days (2027-02-08): the "before" phase of your campaign "Ramadan menu" begins.']);
    expect(keyDateItems('2027-01-24').map((i) => i.keyDate.id)).not.toContain('ramadan-2027-02-08');
  });

  it('one item per key date, dated 14 days before it: a later run catches up, a sent one is not sent again', () => {
    const first = keyDateItems('2027-01-25').find((i) => i.keyDate.id === 'ramadan-2027-02-08')!;
    const later = keyDateItems('2027-01-30').find((i) => i.keyDate.id === 'ramadan-2027-02-08')!;
    expect([first.day, later.day]).toEqual(['2027-01-25', '2027-01-25']);
    expect(later.code).toBe(first.code);
    expect(hasSent(recordSent(emptySentLog(), [first]), later)).toBe(true);
    expect(lines('2027-01-30')[0]).toBe('- Ramadan starts in 9 days (2027-02-08): the "before" phase of your campaign "Ramadan menu" is under way.');
    expect(keyDateItems('2027-02-08').map((i) => i.keyDate.id)).not.toContain('ramadan-2027-02-08'); // it has begun
  });

  it('a key date without a campaign is named alone; where the moon is sighted, with the estimate note', () => {
    const egypt = { ...plan, market: 'EG', campaigns: [] };
    expect(lines('2027-02-23', egypt)).toContain(`- Eid al-Fitr starts in 14 days (2027-03-09). ${keyDateMessages.en.notes.estimate}`);
  });

  it('only within the plan, only with post reminders on, and in the plan’s language', () => {
    expect(keyDateItems('2027-06-25').every((i) => i.keyDate.start <= plan.end)).toBe(true);
    expect(keyDateItems('2027-01-25', { ...plan, cadences: { ...plan.cadences, posts: false } })).toEqual([]);
    expect(keyDateItems('2027-01-25', { ...plan, market: undefined })).toEqual([]);
    expect(lines('2027-01-25', { ...plan, lang: 'ar', campaigns: [{ ...plan.campaigns![0], name: 'قائمة رمضان' }] })).toEqual([
      '- موعد رمضان: 2027-02-08، والأيام المتبقية: 14؛ تبدأ مرحلة «قبل» من حملتك «قائمة رمضان».',
    ]);
  });

  it('the plan copy kept with the settings carries the market and the key-date campaigns', () => {
    const check = validatePlan(examplePlan('ar', '2026-01-10'), 'ar');
    if (!check.ok) throw new Error('example invalid');
    const view = reminderPlanOf(check.plan);
    expect(view.market).toBe('SA');
    expect(view.campaigns?.[0]).toMatchObject({ keyDate: 'ramadan-2026-02-18' });
    expect(readReminderPlan(JSON.parse(JSON.stringify(view)))).toEqual(view);
    const old = readReminderPlan({ ...JSON.parse(JSON.stringify(view)), market: undefined, campaigns: undefined });
    expect(old?.market).toBeUndefined(); // a copy saved before key dates: none are named
  });
});
