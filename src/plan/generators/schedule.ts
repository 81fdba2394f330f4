/**
 * When each network posts: a fixed weekly pattern of (day, time) slots per network, chosen once
 * from its weekdays, times and posts per week, then laid over every day of the plan. A fixed
 * weekly pattern means any 7 days in a row hold at most `postsPerWeek` posts of a network, and
 * only on the days the plan names (the schema fills them with the market's working days unless
 * the user picked days). One exception: a campaign's days are posting days, weekend or not (Eid
 * falls on a Saudi weekend), so a running campaign adds one post per network on each weekend day
 * the pattern leaves out, unless the campaign says to skip the weekend.
 */
import { addDays, daysBetween, weekdayOf, type IsoDate, type Weekday } from '../dates';
import type { Format, Network } from '../networks';
import { planEndDate, type NetworkPlan, type Plan } from '../schema';

export interface Slot {
  weekday: Weekday;
  time: string;
}

export interface ScheduledPost {
  date: IsoDate;
  /** Days since the plan's start (0 = the first day), and the day of the week. */
  day: number;
  weekday: Weekday;
  time: string;
  network: Network;
  /** Position of the network in the content plan (for rotating pillars between networks). */
  networkIndex: number;
  /** This post's number among its network's posts, from 0. */
  sequence: number;
  format: Format;
  /** Added because a campaign runs on a weekend day the weekly pattern leaves out. */
  campaignDay?: true;
}

/** `count` of `n` positions spread evenly: 2 of 5 → 0, 2; 3 of 5 → 0, 1, 3. */
function spread(count: number, n: number): number[] {
  const picks: number[] = [];
  for (let i = 0; i < count; i++) picks.push(Math.floor((i * n) / count));
  return picks;
}

/** The network's days in the order its week runs (from the plan's week start). */
function daysInWeekOrder(days: readonly Weekday[], weekStart: Weekday): Weekday[] {
  return days.slice().sort((a, b) => ((a - weekStart + 7) % 7) - ((b - weekStart + 7) % 7));
}

/**
 * The weekly pattern: `postsPerWeek` slots spread over the chosen days; when there are more
 * posts than days, some days get a second (third…) post at the next time of the day. Never more
 * than the days × times can hold (the schema refuses plans that ask for more).
 */
export function weeklySlots(network: Pick<NetworkPlan, 'postsPerWeek' | 'weekdays' | 'times'>, weekStart: Weekday): Slot[] {
  const days = daysInWeekOrder(network.weekdays, weekStart);
  const times = network.times.length > 0 ? network.times : ['10:00'];
  const posts = Math.min(network.postsPerWeek, days.length * times.length);
  if (days.length === 0 || posts <= 0) return [];
  const slots: Slot[] = [];
  if (posts <= days.length) {
    spread(posts, days.length).forEach((d, i) => slots.push({ weekday: days[d], time: times[i % times.length] }));
    return slots;
  }
  const perDay = Math.floor(posts / days.length);
  const extraDays = new Set(spread(posts % days.length, days.length));
  days.forEach((weekday, d) => {
    const count = perDay + (extraDays.has(d) ? 1 : 0);
    for (let t = 0; t < count; t++) slots.push({ weekday, time: times[t] });
  });
  return slots;
}

/** Per day of the plan: whether a campaign that posts on the weekend runs that day. */
function campaignWeekendDays(plan: Plan, days: number): boolean[] {
  const start = plan.contentPlan.startDate;
  const out = new Array<boolean>(days).fill(false);
  for (const c of plan.campaigns) {
    if (c.skipWeekend) continue;
    const first = Math.max(0, daysBetween(start, c.start));
    const last = Math.min(days - 1, daysBetween(start, c.end));
    for (let d = first; d <= last; d++) out[d] = true;
  }
  return out;
}

/** Every post of the plan, by date, then time, then the network's place in the plan. */
export function scheduledPosts(plan: Plan): ScheduledPost[] {
  const start = plan.contentPlan.startDate;
  const days = daysBetween(start, planEndDate(plan)) + 1;
  const campaignDays = campaignWeekendDays(plan, days);
  const networks = plan.contentPlan.networks;
  // slotsByDay[n][weekday] → that network's times on that weekday, in time order.
  const slotsByDay = networks.map((n) => {
    const byDay: string[][] = [[], [], [], [], [], [], []];
    for (const slot of weeklySlots(n, plan.weekStart)) byDay[slot.weekday].push(slot.time);
    byDay.forEach((times) => times.sort());
    return byDay;
  });
  const counts = networks.map(() => 0);
  const posts: ScheduledPost[] = [];
  let weekday = weekdayOf(start);
  for (let d = 0; d < days; d++) {
    const today: { time: string; n: number; campaignDay?: true }[] = [];
    const weekendCampaign = campaignDays[d] && plan.weekend.includes(weekday);
    networks.forEach((network, n) => {
      if (slotsByDay[n][weekday].length > 0) slotsByDay[n][weekday].forEach((time) => today.push({ time, n }));
      else if (weekendCampaign && network.times.length > 0) today.push({ time: network.times[0], n, campaignDay: true });
    });
    const date = today.length > 0 ? addDays(start, d) : '';
    today.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.n - b.n));
    for (const { time, n, campaignDay } of today) {
      const formats = networks[n].formats;
      const sequence = counts[n]++;
      const post: ScheduledPost = { date, day: d, weekday, time, network: networks[n].network, networkIndex: n, sequence, format: formats[sequence % formats.length] };
      if (campaignDay) post.campaignDay = true;
      posts.push(post);
    }
    weekday = ((weekday + 1) % 7) as Weekday;
  }
  return posts;
}
