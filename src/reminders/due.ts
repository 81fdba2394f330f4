/**
 * What is due on a given local date: reviews by their cadence, goals near or past their deadline
 * and not met, posts today or tomorrow not yet published, and posts already late. Pure: the edge
 * passes in today's date, what the tabs hold (or null when a tab can't be read) and the log of
 * reviews done. Each item carries a compact code and the day it belongs to (its sent-key).
 */
import { CATCH_UP_DAYS, latestDueReview } from './cadence';
import { addDays, daysBetween } from '../plan/dates';
import { DAYS_BEFORE } from '../plan/generators/phases';
import { keyDates } from '../plan/key-dates';
import { shortHash } from './hash';
import { REVIEW_KINDS, type DueItem, type GoalStatus, type PostRow, type ReminderPlan, type ReviewDone, type TabKindRead } from './types';

export const GOAL_WARNING_DAYS = 7;
/** A key date is announced when its campaign's "before" phase would begin: 14 days ahead (source `004`). */
export const KEY_DATE_NOTICE_DAYS = DAYS_BEFORE;

export interface DueInput {
  today: string;
  plan: ReminderPlan;
  reviewsDone: readonly ReviewDone[];
  /** Goals as the KPI tab shows them; null when it can't be read (then the plan's goals, met unknown). */
  goals: readonly GoalStatus[] | null;
  /** Calendar rows; null when the calendar can't be read. */
  posts: readonly PostRow[] | null;
  /** Tabs the add-on made that are gone now. */
  missingTabs?: readonly TabKindRead[];
}

const REVIEW_CODE = { kpi: 'k', audit: 'a', strategy: 's' } as const;

export function dueItems(input: DueInput): DueItem[] {
  const { today, plan } = input;
  const items: DueItem[] = [];

  for (const kind of REVIEW_KINDS) {
    const date = latestDueReview(kind, plan.cadences, plan.start, plan.end, input.reviewsDone, today);
    if (date && daysBetween(date, today) <= CATCH_UP_DAYS) {
      items.push({ type: 'review', kind, date, day: date, code: REVIEW_CODE[kind] });
    }
  }

  if (plan.cadences.goals) {
    const goals = input.goals ?? plan.goals.map((g) => ({ ...g, met: null }));
    for (const goal of goals) {
      if (!goal.deadline || goal.met === true) continue;
      const daysLeft = daysBetween(today, goal.deadline);
      const id = goalId(goal);
      if (daysLeft >= 0 && daysLeft <= GOAL_WARNING_DAYS) {
        items.push({ type: 'goal', stage: 'soon', goal, daysLeft, day: goal.deadline, code: `g${id}` });
      } else if (daysLeft < 0 && -daysLeft <= CATCH_UP_DAYS) {
        items.push({ type: 'goal', stage: 'past', goal, daysLeft, day: goal.deadline, code: `G${id}` });
      }
    }
  }

  if (plan.cadences.posts && input.posts) {
    // ISO dates compare as text: keep the few rows near today before any date arithmetic.
    const from = addDays(today, -CATCH_UP_DAYS);
    const to = addDays(today, 1);
    const near = input.posts.filter((p) => !p.published && p.date >= from && p.date <= to).sort(comparePosts);
    for (const post of near) {
      const ahead = daysBetween(today, post.date);
      const id = postId(post);
      if (ahead === 0 || ahead === 1) {
        items.push({ type: 'post', stage: 'upcoming', post, day: post.date, code: `p${id}` });
      } else if (ahead < 0 && -ahead <= CATCH_UP_DAYS) {
        items.push({ type: 'post', stage: 'overdue', post, day: post.date, code: `P${id}` });
      }
    }
  }

  if (plan.cadences.posts && plan.market) {
    // Key dates of the market starting in the next 14 days (and within the plan), each once: on
    // the day 14 days before, or caught up on a later run until the day before it starts.
    for (const k of keyDates(plan.market, addDays(today, 1), addDays(today, KEY_DATE_NOTICE_DAYS), plan.lang)) {
      const daysLeft = daysBetween(today, k.start);
      if (daysLeft < 1 || k.start < plan.start || k.start > plan.end) continue;
      const campaign = (plan.campaigns ?? []).find((c) => c.keyDate === k.id || c.start === k.start)?.name ?? null;
      const keyDate = { id: k.id, name: k.name, start: k.start, note: k.note };
      items.push({ type: 'keyDate', keyDate, daysLeft, campaign, day: addDays(k.start, -KEY_DATE_NOTICE_DAYS), code: `d${shortHash(k.id, 5)}` });
    }
  }

  for (const tab of input.missingTabs ?? []) {
    items.push({ type: 'missingTab', tab, day: today, code: `x${tab}` });
  }
  return items;
}

/** Stable across runs: the goal's words and deadline (editing the goal makes it a new one). */
export function goalId(goal: { text: string; deadline: string | null }): string {
  return shortHash(`${goal.text.trim()}|${goal.deadline ?? ''}`);
}

/** Stable across runs without a row id: time, network and the n-th such post that day. */
export function postId(post: PostRow): string {
  return shortHash(`${post.time}|${post.network.trim().toLowerCase()}|${post.nth}`, 5);
}

export function comparePosts(a: PostRow, b: PostRow): number {
  return cmp(a.date, b.date) || cmp(a.time, b.time) || cmp(a.network, b.network) || a.nth - b.nth;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Numbers the posts that share date, time and network in the order the tab lists them. */
export function numberPosts(rows: readonly Omit<PostRow, 'nth'>[]): PostRow[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const key = `${row.date}|${row.time}|${row.network.trim().toLowerCase()}`;
    const nth = (seen.get(key) ?? 0) + 1;
    seen.set(key, nth);
    return { ...row, nth };
  });
}
