/**
 * When each network posts: a fixed weekly pattern of (day, time) slots per network, chosen once
 * from its weekdays, times and posts per week, then laid over every day of the plan. A fixed
 * weekly pattern means any 7 days in a row hold at most `postsPerWeek` posts of a network, and
 * only on the days the plan names (the schema fills them with the market's working days unless
 * the user picked days).
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

/** Every post of the plan, by date, then time, then the network's place in the plan. */
export function scheduledPosts(plan: Plan): ScheduledPost[] {
  const start = plan.contentPlan.startDate;
  const days = daysBetween(start, planEndDate(plan)) + 1;
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
    const today: { time: string; n: number }[] = [];
    networks.forEach((_, n) => slotsByDay[n][weekday].forEach((time) => today.push({ time, n })));
    const date = today.length > 0 ? addDays(start, d) : '';
    today.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.n - b.n));
    for (const { time, n } of today) {
      const formats = networks[n].formats;
      const sequence = counts[n]++;
      posts.push({ date, day: d, weekday, time, network: networks[n].network, networkIndex: n, sequence, format: formats[sequence % formats.length] });
    }
    weekday = ((weekday + 1) % 7) as Weekday;
  }
  return posts;
}
