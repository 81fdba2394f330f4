/**
 * What reminders keep per spreadsheet, in the user's properties (a trigger runs as the user who
 * made it, and user properties can be read in every context, even when a run cannot open the
 * document): settings, a copy of the plan's dates and goals, the links, the trigger's id, whether
 * the user was told about lost authorization, and the sent log. Pure: turning the state into
 * property values (cut into pieces under 9 KB) and back. src/reminders/edge.ts moves the strings.
 */
import * as z from 'zod/mini';
import { cutIntoPieces } from '../plan/saved-plan';
import type { LinkTab } from './digest';
import { readReminderPlan } from './plan-view';
import { decodeSentLog, emptySentLog, encodeSentLog, type SentLog } from './sent-log';
import { settingsSchema, type ReminderSettings } from './settings';
import { REVIEW_KINDS, type ReminderPlan, type ReviewKind } from './types';
import { readIsoDate } from '../plan/dates';

export const STATE_PREFIX = 'socialStrategy.reminders.';
export const STATE_VERSION = 1;

export interface ReminderState {
  /** null = reminders off for this spreadsheet and user. */
  settings: ReminderSettings | null;
  plan: ReminderPlan | null;
  spreadsheetUrl: string | null;
  tabs: Partial<Record<LinkTab, { gid: number; name: string }>>;
  trigger: { uid: string; hour: number; timeZone: string } | null;
  /** The recipients were told that authorization is needed (once, until it is given again). */
  authNotified: boolean;
  /** The latest review logged of each kind (it restarts the cadence), kept for runs without the sheet. */
  lastDone: Partial<Record<ReviewKind, string>>;
  sent: SentLog;
}

export function emptyState(): ReminderState {
  return { settings: null, plan: null, spreadsheetUrl: null, tabs: {}, trigger: null, authNotified: false, lastDone: {}, sent: emptySentLog() };
}

export const stateKey = (spreadsheetId: string) => `${STATE_PREFIX}${spreadsheetId}`;
export const triggerKey = (uid: string) => `${STATE_PREFIX}trigger.${uid}`;
const pieceKey = (spreadsheetId: string, i: number) => `${stateKey(spreadsheetId)}.${i}`;

/** The property values to write for this state, and the keys of pieces a longer state left behind. */
export function stateProperties(spreadsheetId: string, state: ReminderState, existing: readonly string[]): { values: Record<string, string>; stale: string[] } {
  const json = JSON.stringify({ ...state, v: STATE_VERSION, sent: encodeSentLog(state.sent) });
  const pieces = cutIntoPieces(json);
  const values: Record<string, string> = { [stateKey(spreadsheetId)]: String(pieces.length) };
  pieces.forEach((p, i) => (values[pieceKey(spreadsheetId, i)] = p));
  const prefix = `${stateKey(spreadsheetId)}.`;
  const stale = existing.filter((k) => k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length)) && Number(k.slice(prefix.length)) >= pieces.length);
  return { values, stale };
}

/** The state from all the user's properties; anything missing or broken reads as "off, nothing sent". */
export function readState(spreadsheetId: string, all: Record<string, string>): ReminderState {
  const count = Number(all[stateKey(spreadsheetId)]);
  if (!Number.isInteger(count) || count < 1 || count > 100) return emptyState();
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const piece = all[pieceKey(spreadsheetId, i)];
    if (typeof piece !== 'string') return emptyState();
    parts.push(piece);
  }
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(parts.join('')) as Record<string, unknown>;
  } catch {
    return emptyState();
  }
  if (!raw || typeof raw !== 'object') return emptyState();
  const settings = raw.settings == null ? null : z.safeParse(settingsSchema(), raw.settings);
  const trigger = raw.trigger as ReminderState['trigger'];
  return {
    settings: settings && settings.success ? settings.data : null,
    plan: readReminderPlan(raw.plan),
    spreadsheetUrl: typeof raw.spreadsheetUrl === 'string' ? raw.spreadsheetUrl : null,
    tabs: readTabs(raw.tabs),
    trigger:
      trigger && typeof trigger.uid === 'string' && typeof trigger.hour === 'number' && typeof trigger.timeZone === 'string'
        ? { uid: trigger.uid, hour: trigger.hour, timeZone: trigger.timeZone }
        : null,
    authNotified: raw.authNotified === true,
    lastDone: readLastDone(raw.lastDone),
    sent: decodeSentLog(typeof raw.sent === 'string' ? raw.sent : null),
  };
}

function readTabs(value: unknown): ReminderState['tabs'] {
  const tabs: ReminderState['tabs'] = {};
  if (!value || typeof value !== 'object') return tabs;
  for (const kind of ['audit', 'calendar', 'kpi', 'reviews'] as const) {
    const t = (value as Record<string, unknown>)[kind] as { gid?: unknown; name?: unknown } | undefined;
    if (t && typeof t.gid === 'number' && typeof t.name === 'string') tabs[kind] = { gid: t.gid, name: t.name };
  }
  return tabs;
}

function readLastDone(value: unknown): ReminderState['lastDone'] {
  const out: ReminderState['lastDone'] = {};
  if (!value || typeof value !== 'object') return out;
  for (const kind of REVIEW_KINDS) {
    const date = (value as Record<string, unknown>)[kind];
    if (typeof date === 'string' && readIsoDate(date)) out[kind] = date;
  }
  return out;
}
