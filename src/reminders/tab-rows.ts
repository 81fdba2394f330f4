/**
 * Reading the calendar and KPI tabs back (pure). Columns are found by their header text in any
 * of our languages, so a tab the user renamed, re-ordered or moved still reads; rows a person
 * mangled (a date that is not a date, a time that is not a time) are skipped and counted, never
 * fatal. Date cells are turned into text by the edge's `cellText` (Utilities.formatDate in the
 * spreadsheet's zone), asked only for the cells reminders look at.
 */
import { parseNumberText, toAsciiDigits } from '../i18n/digits';
import { LANGUAGES } from '../i18n/lang';
import { columnHeaders } from '../i18n/former';
import { tabMessages } from '../i18n/messages';
import { readIsoDate } from '../plan/dates';
import { readTime } from '../plan/schema';
import { numberPosts } from './due';
import type { GoalStatus, PostRow } from './types';

type Cell = unknown;
type Columns = typeof tabMessages.en.columns;

/** How far down a tab to look for its header row (the calendar's is row 2, the KPI goals' row 5). */
const HEADER_SEARCH_ROWS = 12;

function normalise(value: Cell): string {
  return typeof value === 'string' ? toAsciiDigits(value).trim().toLowerCase().replace(/\s+/g, ' ') : '';
}

function headerNames(key: keyof Columns): Set<string> {
  return new Set(columnHeaders(key).map(normalise));
}

const PUBLISHED = new Set(LANGUAGES.map((lang) => normalise(tabMessages[lang].statuses.published)));

/** The first row holding every wanted header, and the column index of each (0-based). */
export function findHeader<K extends keyof Columns>(values: readonly (readonly Cell[])[], wanted: readonly K[], from = 0): { row: number; col: Record<K, number> } | null {
  const names = wanted.map((k) => headerNames(k));
  const last = Math.min(values.length, from + HEADER_SEARCH_ROWS);
  for (let r = from; r < last; r++) {
    const cells = values[r].map(normalise);
    const col = {} as Record<K, number>;
    const ok = wanted.every((k, i) => {
      const c = cells.findIndex((text) => names[i].has(text));
      col[k] = c;
      return c >= 0;
    });
    if (ok) return { row: r, col };
  }
  return null;
}

/** Text of a cell as `yyyy-MM-dd` or `HH:mm` when it holds a Date; other cells come back as they are. */
export type CellText = (value: Cell, pattern: 'yyyy-MM-dd' | 'HH:mm') => Cell;
const asIs: CellText = (v) => v;

const dateOf = (v: Cell, text: CellText) => {
  const t = text(v, 'yyyy-MM-dd');
  return typeof t === 'string' ? readIsoDate(toAsciiDigits(t.trim()).slice(0, 10)) : null;
};
const timeOf = (v: Cell, text: CellText) => {
  const t = text(v, 'HH:mm');
  return typeof t === 'string' ? readTime(t) : null;
};
const isEmpty = (v: Cell) => v === '' || v === null || v === undefined;

/**
 * A time as the sheet shows it: "09:30", "9:30:00", "9:30 PM". Read from the display, a time-only
 * cell does not depend on how its 1899-12-30 instant is converted (Tehran then kept +3:25:44).
 */
function timeOfDisplay(shown: Cell): string | null {
  if (typeof shown !== 'string') return null;
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?$/.exec(toAsciiDigits(shown.trim()));
  if (!m) return null;
  let hour = Number(m[1]);
  if (m[3]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[3].toLowerCase() === 'pm' ? 12 : 0);
  }
  return readTime(`${hour}:${m[2]}`);
}

export interface ReadResult<T> {
  rows: T[];
  /** Rows that looked like data but could not be read (a person typed over them). */
  skipped: number;
}

export interface CalendarOptions {
  cellText?: CellText;
  /** The same cells as the sheet displays them (getDisplayValues): the times are read from here first. */
  display?: readonly (readonly Cell[])[];
  /** Only posts dated within [from, to] are read (reminders look at a few weeks around today). */
  window?: { from: string; to: string };
}

/** The calendar's posts, or null when its header row is not found (the tab is not readable). */
export function readCalendar(values: readonly (readonly Cell[])[], options: CalendarOptions = {}): ReadResult<PostRow> | null {
  const text = options.cellText ?? asIs;
  const header = findHeader(values, ['date', 'time', 'network', 'status'] as const);
  if (!header) return null;
  const { col } = header;
  const pillar = findHeader(values.slice(header.row, header.row + 1), ['pillar'] as const)?.col.pillar ?? -1;
  const rows: Omit<PostRow, 'nth'>[] = [];
  let skipped = 0;
  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r];
    const [d, t, n, s] = [row[col.date], row[col.time], row[col.network], row[col.status]];
    if ([d, t, n, s].every(isEmpty)) continue;
    const date = dateOf(d, text);
    if (date && options.window && (date < options.window.from || date > options.window.to)) continue;
    const time = timeOfDisplay(options.display?.[r]?.[col.time]) ?? timeOf(t, text);
    const network = typeof n === 'string' ? n.trim() : '';
    if (!date || !time || !network) {
      skipped++;
      continue;
    }
    const label = pillar >= 0 && typeof row[pillar] === 'string' ? (row[pillar] as string).trim() : '';
    rows.push({ date, time, network, published: PUBLISHED.has(normalise(s)), ...(label ? { label } : {}) });
  }
  return { rows: numberPosts(rows), skipped };
}

/**
 * The goals table of the KPI tab: rows under its header down to the next table (whose first
 * header is "Network"). A goal with no deadline is not one reminders can follow, and is passed by.
 */
export function readKpiGoals(values: readonly (readonly Cell[])[], cellText: CellText = asIs): ReadResult<GoalStatus> | null {
  const header = findHeader(values, ['goal', 'baseline', 'target', 'deadline', 'current'] as const);
  if (!header) return null;
  const { col } = header;
  const networkHeaders = headerNames('network');
  const networkCol = findHeader(values.slice(header.row, header.row + 1), ['network'] as const)?.col.network ?? -1;
  const goals: GoalStatus[] = [];
  let skipped = 0;
  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r];
    if (networkHeaders.has(normalise(row[0]))) break; // the summary table starts
    const text = typeof row[col.goal] === 'string' ? (row[col.goal] as string).trim() : '';
    const deadlineCell = row[col.deadline];
    if (!text || isEmpty(deadlineCell)) continue;
    const deadline = dateOf(deadlineCell, cellText);
    if (!deadline) {
      skipped++;
      continue;
    }
    const network = networkCol >= 0 && typeof row[networkCol] === 'string' ? (row[networkCol] as string).trim() : '';
    goals.push({ text, deadline, met: goalMet(row[col.baseline], row[col.target], row[col.current]), ...(network ? { network } : {}) });
  }
  return { rows: goals, skipped };
}

function numberOf(v: Cell): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return typeof v === 'string' && v.trim() ? parseNumberText(v) : null;
}

/**
 * Met when the current value has reached the target, in the goal's direction (a goal may be to
 * lower a number: cost per click from 2 to 1). Unknown (null) while no current value is entered.
 */
export function goalMet(baseline: Cell, target: Cell, current: Cell): boolean | null {
  const now = numberOf(current);
  const goal = numberOf(target);
  if (now === null || goal === null) return null;
  const from = numberOf(baseline) ?? 0;
  return goal >= from ? now >= goal : now <= goal;
}
