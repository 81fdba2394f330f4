/**
 * The KPI tab's log read back from its cells (pure): the header row found by its column names
 * in any of our languages (so a moved or renamed tab still reads), then one row per network per
 * period as the generator (src/plan/generators/kpi.ts) wrote it, with the figures in it now.
 * The period of a post is the log row of its network whose start is the last one on or before
 * the post's day, within a week or a month of it.
 */
import { columnHeaders } from '../i18n/former';
import { tabMessages } from '../i18n/messages';
import { addDays, addMonths, readIsoDate, type IsoDate } from '../plan/dates';
import type { Network } from '../plan/networks';
import { headerKey } from './normalize';
import { MEASURES, type Measure } from './types';
import { networkOf } from './vocabulary';

type Columns = typeof tabMessages.en.columns;
type Key = 'periodStart' | 'network' | Measure;

export interface LogRow {
  /** 0-based index in the tab's values. */
  index: number;
  period: IsoDate;
  network: Network;
  /** The cells of the measures as they are (values). */
  cells: unknown[];
  /** Their formulas ('' for none). */
  formulas: string[];
}

export interface KpiLog {
  headerRow: number;
  /** 0-based column of each measure in the tab. */
  columns: Record<Measure, number>;
  rows: LogRow[];
  cadence: 'weekly' | 'monthly';
  first: IsoDate;
  /** The day after the last period. */
  end: IsoDate;
}

/** A date cell as `yyyy-MM-dd` (the edge formats Dates in the spreadsheet's zone). */
export type DayOfCell = (value: unknown) => IsoDate | null;

const names = (key: keyof Columns) => new Set(columnHeaders(key).map(headerKey));

export function readLog(values: readonly (readonly unknown[])[], formulas: readonly (readonly string[])[], dayOfCell: DayOfCell, cadence?: 'weekly' | 'monthly'): KpiLog | null {
  const keys: Key[] = ['periodStart', 'network', ...MEASURES];
  const wanted = keys.map(names);
  for (let r = 0; r < values.length; r++) {
    const cells = values[r].map(headerKey);
    const col = keys.map((_, i) => cells.findIndex((c) => wanted[i].has(c)));
    if (col.some((c) => c < 0)) continue;
    const [periodCol, networkCol, ...measureCols] = col;
    const rows: LogRow[] = [];
    for (let i = r + 1; i < values.length; i++) {
      const period = dayOfCell(values[i][periodCol]);
      const network = networkOf(values[i][networkCol]);
      if (!period || !network) continue;
      rows.push({
        index: i,
        period,
        network,
        cells: measureCols.map((c) => values[i][c]),
        formulas: measureCols.map((c) => formulas[i]?.[c] ?? ''),
      });
    }
    if (rows.length === 0) return null;
    const starts = [...new Set(rows.map((x) => x.period))].sort();
    const kind = cadence ?? (starts.length > 1 && addDays(starts[0], 7) === starts[1] ? 'weekly' : 'monthly');
    const last = starts[starts.length - 1];
    return {
      headerRow: r,
      columns: Object.fromEntries(MEASURES.map((m, i) => [m, measureCols[i]])) as Record<Measure, number>,
      rows,
      cadence: kind,
      first: starts[0],
      end: kind === 'weekly' ? addDays(last, 7) : addMonths(last, 1),
    };
  }
  return null;
}

/** Finds the log row of (network, day), or null when the day is outside the periods or the network has no row. */
export function rowFinder(log: KpiLog): (network: Network, day: IsoDate) => LogRow | null {
  const byNetwork = new Map<Network, LogRow[]>();
  for (const row of log.rows) {
    const list = byNetwork.get(row.network) ?? [];
    list.push(row);
    byNetwork.set(row.network, list);
  }
  for (const list of byNetwork.values()) list.sort((a, b) => (a.period < b.period ? -1 : 1));
  const length = (start: IsoDate) => (log.cadence === 'weekly' ? addDays(start, 7) : addMonths(start, 1));
  return (network, day) => {
    const list = byNetwork.get(network);
    if (!list || day < log.first || day >= log.end) return null;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].period <= day) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return null;
    return day < length(list[found].period) ? list[found] : null;
  };
}

/** `readIsoDate` for text cells (a log the user retyped as text). */
export function dayOfText(value: unknown): IsoDate | null {
  return typeof value === 'string' ? readIsoDate(value.slice(0, 10)) : null;
}
