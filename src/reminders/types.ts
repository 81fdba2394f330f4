/**
 * The shapes the pure reminder core works on. The edge (src/reminders/edge.ts) fills them from
 * the saved plan, the settings and the tabs; nothing here knows about Apps Script.
 */
import type { Lang } from '../i18n/lang';

export type ReviewKind = 'kpi' | 'audit' | 'strategy';
export const REVIEW_KINDS: readonly ReviewKind[] = ['kpi', 'audit', 'strategy'];

/** How often each review comes round. 0 months = that review is switched off. */
export interface Cadences {
  kpi: 'weekly' | 'monthly' | 'off';
  auditMonths: number;
  strategyMonths: number;
  goals: boolean;
  posts: boolean;
}

/** What reminders need from the plan, small enough to keep a copy beside the settings. */
export interface ReminderPlan {
  business: string;
  lang: Lang;
  timeZone: string;
  /** First day of the plan (ISO); the review cadences count from here until a review is logged. */
  start: string;
  /** Last day of the strategy's horizon (ISO, at most 3 years after start). */
  end: string;
  cadences: Cadences;
  goals: GoalRef[];
  /** The plan's market, for its key dates (copies saved before it existed have none). */
  market?: string;
  /** Campaigns made from key dates, so the digest can name the one a key date opens. */
  campaigns?: CampaignRef[];
}

export interface CampaignRef {
  name: string;
  start: string;
  keyDate: string;
}

export interface GoalRef {
  text: string;
  deadline: string | null;
}

/** A goal as the KPI tab shows it now; `met` is null when the numbers can't tell. */
export interface GoalStatus extends GoalRef {
  met: boolean | null;
  network?: string;
}

/** One planned post read from the calendar tab. `nth` tells apart equal date/time/network rows. */
export interface PostRow {
  date: string;
  time: string;
  network: string;
  published: boolean;
  nth: number;
  /** What to show beside it (pillar / format / copy), already plain text. */
  label?: string;
}

export interface ReviewDone {
  kind: ReviewKind;
  date: string;
}

export type TabKindRead = 'calendar' | 'kpi' | 'reviews';

export type DueItem =
  | { type: 'review'; kind: ReviewKind; date: string; day: string; code: string }
  | { type: 'goal'; stage: 'soon' | 'past'; goal: GoalStatus; daysLeft: number; day: string; code: string }
  | { type: 'post'; stage: 'upcoming' | 'overdue'; post: PostRow; day: string; code: string }
  | { type: 'missingTab'; tab: TabKindRead; day: string; code: string }
  | { type: 'keyDate'; keyDate: { id: string; name: string; start: string; note: string }; daysLeft: number; campaign: string | null; day: string; code: string };

/** Readable form of an item's sent-key, e.g. `k@2026-03-02` (tests and logs). */
export function itemKey(item: DueItem): string {
  return `${item.code}@${item.day}`;
}
