// What is due on a local date: reviews, goals near/past deadline and not met, posts today/tomorrow, late posts.
import { describe, expect, it } from 'vitest';
import { dueItems, numberPosts, type DueInput } from '../../src/reminders/due';
import { itemKey, type PostRow, type ReminderPlan } from '../../src/reminders/types';

const plan: ReminderPlan = {
  business: 'Shop',
  lang: 'en',
  timeZone: 'Asia/Tehran',
  start: '2026-03-01',
  end: '2026-08-31',
  cadences: { kpi: 'weekly', auditMonths: 3, strategyMonths: 6, goals: true, posts: true },
  goals: [
    { text: 'Reach 1,000 followers', deadline: '2026-04-10' },
    { text: 'Get 50 clicks a week', deadline: '2026-06-30' },
  ],
};

function input(today: string, over: Partial<DueInput> = {}): DueInput {
  return { today, plan, reviewsDone: [], goals: null, posts: null, ...over };
}

const post = (date: string, time: string, network: string, published = false): Omit<PostRow, 'nth'> => ({ date, time, network, published });

describe('reviews', () => {
  it('the weekly KPI review is due on its day, with a compact dated key', () => {
    const items = dueItems(input('2026-03-08'));
    expect(items.map(itemKey)).toEqual(['k@2026-03-08']);
    expect(dueItems(input('2026-03-07')).filter((i) => i.type === 'review')).toEqual([]);
  });
  it('a missed review stays eligible for 14 days, then no longer', () => {
    const c = { ...plan, cadences: { ...plan.cadences, kpi: 'monthly' as const } };
    const reviews = (today: string) => dueItems({ ...input(today), plan: c }).filter((i) => i.type === 'review').map(itemKey);
    expect(reviews('2026-04-15')).toEqual(['k@2026-04-01']);
    expect(reviews('2026-04-16')).toEqual([]);
  });
});

describe('goals', () => {
  it('within 7 days of the deadline and not met → "soon"; deadline passed → "past"', () => {
    const at = (today: string) => dueItems(input(today, { plan: { ...plan, cadences: { ...plan.cadences, kpi: 'off', auditMonths: 0, strategyMonths: 0 } } }));
    expect(at('2026-04-02')).toEqual([]);
    const soon = at('2026-04-03');
    expect(soon).toHaveLength(1);
    expect(soon[0]).toMatchObject({ type: 'goal', stage: 'soon', daysLeft: 7, day: '2026-04-10' });
    expect(at('2026-04-10')[0]).toMatchObject({ stage: 'soon', daysLeft: 0 });
    expect(at('2026-04-11')[0]).toMatchObject({ stage: 'past', daysLeft: -1 });
    // "soon" and "past" are different items (different codes) for the same deadline day.
    expect(itemKey(soon[0])).not.toBe(itemKey(at('2026-04-11')[0]));
  });
  it('a goal met (by the KPI tab) is not reminded; unknown progress is', () => {
    const goals = [
      { text: 'Reach 1,000 followers', deadline: '2026-04-10', met: true },
      { text: 'Other', deadline: '2026-04-10', met: null },
    ];
    const items = dueItems(input('2026-04-05', { goals })).filter((i) => i.type === 'goal');
    expect(items.map((i) => i.type === 'goal' && i.goal.text)).toEqual(['Other']);
  });
  it('goals switched off in the settings are skipped', () => {
    const off = { ...plan, cadences: { ...plan.cadences, goals: false } };
    expect(dueItems(input('2026-04-05', { plan: off })).some((i) => i.type === 'goal')).toBe(false);
  });
});

describe('posts', () => {
  const rows = numberPosts([
    post('2026-03-10', '09:00', 'instagram'),
    post('2026-03-10', '09:00', 'instagram'), // two equal rows are two posts
    post('2026-03-11', '18:00', 'facebook'),
    post('2026-03-11', '12:00', 'x', true), // published: never reminded
    post('2026-03-12', '10:00', 'linkedin'),
    post('2026-02-20', '10:00', 'linkedin'), // 18 days late on 03-10: too old to nag about
  ]);
  it('today and tomorrow, not published; plus late ones within 14 days', () => {
    const items = dueItems(input('2026-03-10', { posts: rows, plan: { ...plan, cadences: { ...plan.cadences, kpi: 'off' } } }));
    const posts = items.filter((i) => i.type === 'post');
    expect(posts.map((i) => i.type === 'post' && `${i.stage} ${i.post.date} ${i.post.time} ${i.post.network}#${i.post.nth}`)).toEqual([
      'upcoming 2026-03-10 09:00 instagram#1',
      'upcoming 2026-03-10 09:00 instagram#2',
      'upcoming 2026-03-11 18:00 facebook#1',
    ]);
    const late = dueItems(input('2026-03-13', { posts: rows })).filter((i) => i.type === 'post');
    expect(late.map((i) => i.type === 'post' && `${i.stage} ${i.post.date}`)).toEqual([
      'overdue 2026-03-10',
      'overdue 2026-03-10',
      'overdue 2026-03-11',
      'overdue 2026-03-12',
    ]);
  });
  it('keys are stable: same rows in another order give the same keys', () => {
    const a = dueItems(input('2026-03-10', { posts: rows })).map(itemKey).sort();
    const b = dueItems(input('2026-03-10', { posts: [...rows].reverse() })).map(itemKey).sort();
    expect(b).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });
  it('no calendar (null) → no post items, reviews still due', () => {
    const items = dueItems(input('2026-03-08', { posts: null }));
    expect(items.map((i) => i.type)).toEqual(['review']);
  });
});

it('a missing tab is an item, dated today', () => {
  const items = dueItems(input('2026-03-03', { missingTabs: ['calendar'] }));
  expect(items.map(itemKey)).toEqual(['xcalendar@2026-03-03']);
});
