/**
 * The file's rows as posts: each with its network, its day (in the spreadsheet's time zone when
 * the export gives a moment with an offset), its figures per KPI-log measure, and a key that
 * names the post across files (its id, else a fingerprint of its date and text). Totals rows
 * are skipped; a row that cannot be read is refused with the reason; the same post twice in
 * one file counts once.
 */
import type { IsoDate } from '../plan/dates';
import type { Network } from '../plan/networks';
import { measureIndex } from './mapping';
import { shortHash } from './normalize';
import { MEASURES, type Post, type Refusal, type Target } from './types';
import { readDate, readFigure, withYear, type DateOrder } from './values';
import { isTotalLabel, networkOf } from './vocabulary';

export interface PostContext {
  order: DateOrder;
  /** The column of the account or page, or -1. */
  accountColumn?: number;
  /** The network every row has (the platform's, or the user's choice), if any. */
  network: Network | null;
  /** The calendar day of a moment, in the spreadsheet's time zone. */
  dayOf: (ms: number) => IsoDate;
  /** The year of a date written without one ("28 August"). */
  yearOf: (month: number, day: number) => number;
}

export interface ReadPosts {
  posts: Post[];
  refused: Refusal[];
  totalsSkipped: number;
  duplicates: number;
  /** Rows whose date had no year. */
  withoutYear: number;
  /** Rows dated in the Persian calendar, converted. */
  solar: number;
}

export function readPosts(rows: readonly string[][], firstDataRow: number, headers: readonly string[], targets: readonly Target[], ctx: PostContext): ReadPosts {
  const dateCol = targets.indexOf('date');
  const networkCol = targets.indexOf('network');
  const idCol = targets.indexOf('id');
  const figureCols = targets.flatMap((t, i) => (measureIndex(t) >= 0 ? [[i, measureIndex(t)] as const] : []));
  const figureSet = new Set(figureCols.map(([i]) => i));
  const byKey = new Map<string, Post>();
  const refused: Refusal[] = [];
  let totalsSkipped = 0;
  let duplicates = 0;
  let withoutYear = 0;
  let solar = 0;

  for (let r = firstDataRow; r < rows.length; r++) {
    const cells = rows[r];
    const row = r + 1;
    const first = cells.find((c) => c.trim() !== '') ?? '';
    if (first === '') continue;
    if (isTotalLabel(first)) {
      totalsSkipped++;
      continue;
    }
    const cell = (i: number) => (cells[i] ?? '').trim();

    const date = readDate(cell(dateCol), ctx.order);
    let day: IsoDate | null = null;
    if (date.kind === 'day') day = date.day;
    else if (date.kind === 'solar') {
      day = date.day;
      solar++;
    }
    else if (date.kind === 'instant') day = ctx.dayOf(date.ms);
    else if (date.kind === 'noYear') {
      day = withYear(date.month, date.day, ctx.yearOf(date.month, date.day));
      withoutYear++;
    }
    if (!day) {
      refused.push({ row, reason: 'date', column: headers[dateCol], value: cell(dateCol) });
      continue;
    }

    let network = ctx.network;
    if (networkCol >= 0 && cell(networkCol) !== '') {
      network = networkOf(cell(networkCol));
      if (!network) {
        refused.push({ row, reason: 'network', column: headers[networkCol], value: cell(networkCol) });
        continue;
      }
    }
    if (!network) {
      refused.push({ row, reason: 'noNetwork' });
      continue;
    }

    const values: (number | null)[] = [null, null, null, null, null, null, null]; // MEASURES.length, without a global lookup
    let bad: Refusal | null = null;
    for (const [i, m] of figureCols) {
      const n = readFigure(cell(i));
      if (n === undefined) {
        bad = { row, reason: 'figure', column: headers[i], value: cell(i) };
        break;
      }
      if (n !== null) values[m] = (values[m] ?? 0) + n;
    }
    if (bad) {
      refused.push(bad);
      continue;
    }

    const id = idCol >= 0 ? cell(idCol) : '';
    const key = id !== '' ? `i${shortHash(`${network}|${id}`)}` : `f${shortHash(`${network}|${cell(dateCol)}|${cells.filter((_, i) => !figureSet.has(i)).join('|')}`)}`;
    if (byKey.has(key)) duplicates++;
    const account = ctx.accountColumn !== undefined && ctx.accountColumn >= 0 ? cell(ctx.accountColumn) : '';
    byKey.set(key, account ? { row, key, network, day, values, account } : { row, key, network, day, values });
  }
  return { posts: [...byKey.values()], refused, totalsSkipped, duplicates, withoutYear, solar };
}
