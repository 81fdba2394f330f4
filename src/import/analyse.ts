/**
 * An import from file to log cells, pure: read the export (rows, header, platform, mapping,
 * posts), then place its posts in the KPI log (periods, the ledger of earlier imports, the cells
 * that change and the hand-typed ones). The edge (src/sheets/import.ts) brings the cells, the
 * time zone and the stored ledger, and writes what this returns.
 */
import { addDays, daysBetween, readIsoDate, type IsoDate } from '../plan/dates';
import type { Network } from '../plan/networks';
import { planChanges, type Changes } from './changes';
import { readTable, type Table } from './csv';
import { mergeLedger, type Ledger } from './ledger';
import { rowFinder, type KpiLog } from './log';
import { applyChoices, defaultTargets, mappingProblems } from './mapping';
import { headerKey, shortHash } from './normalize';
import { readPosts, type ReadPosts } from './posts';
import type { Choices, ImportProblem, Post, Target } from './types';
import { readDate, withYear, type DateOrder } from './values';
import type { Role } from './vocabulary';
import { toAsciiDigits } from '../i18n/digits';

/** Characters a file may have (a 20,000-post Meta export is about 6 MB). */
export const MAX_FILE_CHARS = 30_000_000;

export interface ExportContext {
  dayOf: (ms: number) => IsoDate;
  /** How an own sheet's slashed dates are read (the spreadsheet's locale). */
  ownOrder: DateOrder;
  /** The plan's first day and the day after its last, for dates without a year. */
  window: { from: IsoDate; to: IsoDate } | null;
  /** Choices remembered for this layout. */
  remembered: (layout: string) => Partial<Choices> | null;
  today: IsoDate;
}

export interface ExportRead {
  table: Table;
  /** Names this file's layout: remembered choices and the ledger's source are keyed by it. */
  layout: string;
  /** Whose export: the platform's id, or the layout for an own sheet. */
  source: string;
  targets: Target[];
  defaults: Target[];
  network: Network | null;
  read: ReadPosts;
  /** The year given to dates written without one, and where it came from. */
  year: { years: number[]; from: 'fileName' | 'plan' | 'today' } | null;
}

const SAMPLE_ROWS = 20;

export function readExport(name: string, text: string, choices: Choices, ctx: ExportContext): { problems: ImportProblem[] } | ExportRead {
  if (text.length > MAX_FILE_CHARS) return { problems: [{ code: 'tooBig' }] };
  if (text.trim() === '') return { problems: [{ code: 'empty' }] };
  const table = readTable(text);
  if (!table) return { problems: [{ code: 'notExport' }] };
  const { headers, roles, platform } = table;
  const first = table.headerRow + 1;
  const order = inferOrder(table.rows, first, roles, platform?.dateOrder ?? ctx.ownOrder);
  const sample = table.rows.slice(first, first + SAMPLE_ROWS);
  const isDateColumn = (i: number) => sample.some((row) => ['day', 'instant', 'noYear', 'solar'].includes(readDate(row[i] ?? '', order).kind));
  const defaults = defaultTargets(roles, isDateColumn);
  const layout = platform ? platform.id : `sheet:${shortHash(headers.map(headerKey).join('|'))}`;
  const remembered = ctx.remembered(layout) ?? {};
  const targets = applyChoices(defaults, { ...(remembered.columns ?? {}), ...choices.columns });
  const problems = mappingProblems(targets, roles, headers);
  if (problems.length) return { problems };
  const network = platform?.network ?? choices.network ?? remembered.network ?? null;
  const year = yearPicker(name, ctx);
  const accountColumn = platform?.account ? headers.map(headerKey).indexOf(headerKey(platform.account)) : -1;
  const read = readPosts(table.rows, first, headers, targets, { order, network, dayOf: ctx.dayOf, yearOf: year.pick, accountColumn });
  if (read.posts.length === 0 && read.refused.length === 0) return { problems: [{ code: 'noPosts' }] };
  return {
    table,
    layout,
    source: layout,
    targets,
    defaults,
    network,
    read,
    year: read.withoutYear > 0 ? { years: [...year.used].sort(), from: year.from() } : null,
  };
}

/**
 * Day first or month first for slashed dates: a file that writes 15/01 somewhere is day first,
 * one that writes 01/15 is month first; otherwise the platform's order, or the spreadsheet's.
 */
function inferOrder(rows: readonly string[][], first: number, roles: readonly Role[], fallback: DateOrder): DateOrder {
  const cols = roles.flatMap((r, i) => (r === 'date' ? [i] : []));
  for (let r = first; r < rows.length; r++) {
    for (const c of cols) {
      const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(toAsciiDigits(rows[r][c] ?? ''));
      if (!m) continue;
      if (Number(m[1]) > 12) return 'dmy';
      if (Number(m[2]) > 12) return 'mdy';
    }
  }
  return fallback;
}

/**
 * The year of "28 August": from the file name (TikTok's are named by their range, e.g.
 * "Overview_2027-01-01_2027-03-31"), else the plan's period, else this year.
 */
function yearPicker(name: string, ctx: ExportContext) {
  const ranged = [...name.matchAll(/(20\d\d)[-_.]?(\d\d)[-_.]?(\d\d)/g)].map((m) => readIsoDate(`${m[1]}-${m[2]}-${m[3]}`)).filter((d): d is IsoDate => d !== null);
  const named = [...name.matchAll(/(?:^|\D)(20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  const used = new Set<number>();
  let source: 'fileName' | 'plan' | 'today' = 'today';
  const within = (from: IsoDate, to: IsoDate, month: number, day: number) => {
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
      const d = withYear(month, day, y);
      if (d && d >= from && d <= to) return y;
    }
    return null;
  };
  const pick = (month: number, day: number): number => {
    let y: number | null = null;
    if (ranged.length >= 2) {
      const [from, to] = [ranged[0], ranged[ranged.length - 1]].sort();
      y = within(from, to, month, day);
      if (y !== null) source = 'fileName';
    }
    if (y === null && named.length > 0) {
      y = named[0];
      source = 'fileName';
    }
    if (y === null && ctx.window) {
      y = within(ctx.window.from, addDays(ctx.window.to, -1), month, day) ?? Number(ctx.window.from.slice(0, 4));
      source = 'plan';
    }
    if (y === null) y = Number(ctx.today.slice(0, 4));
    used.add(y);
    return y;
  };
  return { pick, used, from: () => source };
}

export interface Placement {
  /** Posts that land in a log row. */
  placed: Post[];
  /** Posts whose day is outside the plan's periods, or whose network the log has no row for. */
  outside: Post[];
  ledger: Ledger;
  ranges: Map<Network, { from: IsoDate; to: IsoDate }>;
  changes: Changes;
}

export function placePosts(read: ExportRead, log: KpiLog, before: Ledger, overwriteTyped: boolean): Placement {
  const find = rowFinder(log);
  const placed: Post[] = [];
  const outside: Post[] = [];
  const touched = new Set<number>();
  for (const p of read.read.posts) {
    const row = find(p.network, p.day);
    if (row) touched.add(row.index);
    (row ? placed : outside).push(p);
  }
  // Each account of an export is its own source: two Instagram accounts' exports add up, and
  // each one's re-export replaces only its own days.
  const byAccount = new Map<string, Post[]>();
  for (const p of placed) {
    const source = p.account ? `${read.source}@${p.account}` : read.source;
    const list = byAccount.get(source) ?? [];
    list.push(p);
    byAccount.set(source, list);
  }
  let ledger = before;
  const ranges = new Map<Network, { from: IsoDate; to: IsoDate }>();
  for (const [source, posts] of byAccount) {
    const merged = mergeLedger(ledger, source, posts);
    ledger = merged.ledger;
    for (const [n, r] of merged.ranges) {
      const had = ranges.get(n);
      ranges.set(n, had ? { from: had.from < r.from ? had.from : r.from, to: had.to > r.to ? had.to : r.to } : r);
    }
  }
  return { placed, outside, ledger, ranges, changes: planChanges(log, before, ledger, overwriteTyped, touched) };
}

/** The first and last day of the posts. */
export function dateRange(posts: readonly Post[]): { from: IsoDate; to: IsoDate; days: number } | null {
  if (posts.length === 0) return null;
  let [from, to] = [posts[0].day, posts[0].day];
  for (const p of posts) {
    if (p.day < from) from = p.day;
    if (p.day > to) to = p.day;
  }
  return { from, to, days: daysBetween(from, to) + 1 };
}
