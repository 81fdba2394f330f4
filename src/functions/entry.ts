/**
 * The one wrapper between Sheets and a catalog entry: a FunctionError becomes an Error whose
 * message is in the spreadsheet's language (Sheets shows it on the #ERROR! cell).
 */
import type { Lang } from '../i18n/lang';
import { catalogEntry } from './catalog';
import type { CatalogEntry } from './catalog-types';
import { FunctionError } from './problem';

export function customFunction(name: string, lang: () => Lang, locale?: () => string): (...args: unknown[]) => unknown {
  const context = { lang, locale };
  // Looked up on the first call, not when Code.js loads: each call pays only for its own function.
  let entry: CatalogEntry | undefined;
  return (...args: unknown[]) => {
    try {
      return (entry ??= catalogEntry(name)).run(plainArgs(args), context);
    } catch (e) {
      if (e instanceof FunctionError) throw new Error(e.problem.describe(safeLang(lang)));
      throw e;
    }
  };
}

/** What a cell can hold when Sheets sends it: text, a number, TRUE/FALSE, a date, or nothing. */
function isCell(value: unknown): boolean {
  const t = typeof value;
  return value == null || t === 'string' || t === 'number' || t === 'boolean' || (t === 'object' && objectTag.call(value) === '[object Date]');
}
const objectTag = Object.prototype.toString;
/** Held here: in the hot loop a global lookup costs tens of times more (README, "Speed"). */
const isArray = Array.isArray;

/** Stands for a value no cell holds: read like any other text that is not a number (#TEXT!). */
const NOT_A_CELL = '[?]';

/**
 * Sheets sends only cells and rectangles of them, but a script calling the function may pass a
 * `null` row or an `Object.create(null)`: those become a cell that is plain bad text, so they get
 * the same #CODE! as any other bad cell instead of a bare TypeError. Untouched (no copy) when
 * every cell is a cell, the usual case.
 */
function plainArgs(args: unknown[]): unknown[] {
  let out: unknown[] | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const plain = isArray(arg) ? plainGrid(arg) : isCell(arg) ? arg : NOT_A_CELL;
    if (plain !== arg) (out ??= args.slice())[i] = plain;
  }
  return out ?? args;
}

function plainGrid(grid: unknown[]): unknown[] {
  const width = grid.reduce<number>((w, row) => (isArray(row) && row.length > w ? row.length : w), 0) || 1;
  let out: unknown[] | null = null;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    let plain: unknown[] | null = null;
    if (!isArray(row)) plain = new Array(width).fill(NOT_A_CELL);
    else {
      for (let c = 0; c < row.length; c++) if (!isCell(row[c])) (plain ??= row.slice())[c] = NOT_A_CELL;
    }
    if (plain) (out ??= grid.slice())[r] = plain;
  }
  return out ?? grid;
}

function safeLang(lang: () => Lang): Lang {
  try {
    return lang();
  } catch {
    return 'en';
  }
}
