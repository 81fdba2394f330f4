/**
 * What an import does to the log's cells (pure). Each log cell's imported part is the sum of the
 * ledger's days in its network and period. A cell still holding what the last import put there
 * (or blank) is ours and takes the new sum; any other value was typed by hand and is kept unless
 * the user chose to replace it. The writes become one block of rows for one setValues.
 */
import type { Ledger } from './ledger';
import { networkOfGroup } from './ledger';
import { rowFinder, type KpiLog, type LogRow } from './log';
import { MEASURES, type Figures, type Measure } from './types';

export interface CellChange {
  row: LogRow;
  measure: Measure;
  from: unknown;
  to: number | null;
  /** The cell held a value typed by hand. */
  typed: boolean;
}

export interface Changes {
  /** Cells that will be written. */
  written: CellChange[];
  /** Hand-typed cells the import would change (written only when the user chose so). */
  typed: CellChange[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Imported sums per log row (by its index), from a ledger. */
export function sumsByRow(log: KpiLog, ledger: Ledger): Map<number, Figures> {
  const find = rowFinder(log);
  const sums = new Map<number, Figures>();
  for (const [key, days] of ledger) {
    const network = networkOfGroup(key);
    for (const [day, unit] of days) {
      const row = find(network, day);
      if (!row) continue;
      let s = sums.get(row.index);
      if (!s) sums.set(row.index, (s = MEASURES.map(() => null)));
      unit.values.forEach((v, i) => {
        if (v !== null) s![i] = round2((s![i] ?? 0) + v);
      });
    }
  }
  return sums;
}

function numberIn(cell: unknown): number | null | undefined {
  if (cell === '' || cell === null || cell === undefined) return null;
  return typeof cell === 'number' ? cell : undefined;
}

const same = (a: number | null | undefined, b: number | null) => (a === null || b === null ? a === b : a !== undefined && Math.abs(a - b) < 1e-6);

/**
 * @param touched log rows (by index) holding a post of this file: their hand-typed cells are
 *   listed even when the imported part is unchanged, so "replace the values I typed" can act.
 */
export function planChanges(log: KpiLog, before: Ledger, after: Ledger, overwriteTyped: boolean, touched: ReadonlySet<number> = new Set()): Changes {
  const old = sumsByRow(log, before);
  const now = sumsByRow(log, after);
  const written: CellChange[] = [];
  const typed: CellChange[] = [];
  for (const row of log.rows) {
    const o = old.get(row.index);
    const n = now.get(row.index);
    if (!o && !n) continue;
    MEASURES.forEach((measure, m) => {
      const was = o?.[m] ?? null;
      const will = n?.[m] ?? null;
      const cell = row.cells[m];
      const current = numberIn(cell);
      if (same(current, will)) return; // already what it should be
      const ours = row.formulas[m] === '' && (current === null || same(current, was));
      const change: CellChange = { row, measure, from: cell, to: will, typed: !ours };
      if (ours) written.push(change);
      else if (!same(was, will) || touched.has(row.index)) {
        // Typed by hand, and this import changes the imported part: the user decides.
        typed.push(change);
        if (overwriteTyped) written.push(change);
      }
    });
  }
  return { written, typed };
}

/**
 * The block to write: rows from the first to the last changed one, columns from the first to the
 * last measure, each cell as it is unless it changes. Formulas are written back as formulas,
 * text as text: a value read never comes back as a formula.
 */
export function writeBlock(
  log: KpiLog,
  changes: readonly CellChange[],
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly string[])[],
): { row: number; column: number; values: unknown[][] } | null {
  if (changes.length === 0) return null;
  const cols = MEASURES.map((m) => log.columns[m]);
  const [c0, c1] = [Math.min(...cols), Math.max(...cols)];
  const set = new Map<string, number | null>();
  let [r0, r1] = [Infinity, -Infinity];
  for (const c of changes) {
    set.set(`${c.row.index}:${log.columns[c.measure]}`, c.to);
    r0 = Math.min(r0, c.row.index);
    r1 = Math.max(r1, c.row.index);
  }
  const block: unknown[][] = [];
  for (let i = r0; i <= r1; i++) {
    const line: unknown[] = [];
    for (let c = c0; c <= c1; c++) {
      const key = `${i}:${c}`;
      line.push(set.has(key) ? (set.get(key) ?? '') : keep(values[i]?.[c], formulas[i]?.[c] ?? ''));
    }
    block.push(line);
  }
  return { row: r0 + 1, column: c0 + 1, values: block };
}

/** A cell written back unchanged: a formula stays a formula, text stays text (never "=…"). */
export function keep(value: unknown, formula: string): unknown {
  if (formula) return formula;
  if (typeof value === 'string' && value !== '') return `'${value}`;
  return value ?? '';
}
