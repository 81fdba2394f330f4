/**
 * Where a formula's result spills, as Sheets lays it out: an ARRAYFORMULA, or a custom function
 * of the script given ranges, fills the rows of its tallest range and the columns of its
 * narrowest (a range summed per row gives one column). The spilled cells count for getLastRow,
 * getLastColumn and getDataRange, as in Sheets; a spill blocked by content (#REF! in Sheets)
 * fills nothing. The emulator has no formula engine: spilled cells read "" like formula cells,
 * unless a test installs an evaluator.
 */
export interface Spill {
  rows: number;
  columns: number;
}

const RANGE = /(?<![A-Za-z_\d$!"])\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)(?![\d(])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The formula without its string literals (a range inside quotes is text). */
function code(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/** The extent of a formula's result, or null when it gives one value. */
export function spillOf(formula: string, customFunctions: ReadonlySet<string>): Spill | null {
  const body = code(formula).trim();
  const outer = /^=\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(/.exec(body)?.[1]?.toUpperCase();
  if (!outer || (outer !== 'ARRAYFORMULA' && !customFunctions.has(outer))) return null;
  let rows = 1;
  let columns = Infinity;
  for (const m of body.matchAll(RANGE)) {
    const height = Math.abs(Number(m[4]) - Number(m[2])) + 1;
    const width = Math.abs(columnNumber(m[3]) - columnNumber(m[1])) + 1;
    if (height === 1 && width === 1) continue;
    rows = Math.max(rows, height);
    columns = Math.min(columns, width);
  }
  if (columns === Infinity) return null;
  return rows === 1 && columns === 1 ? null : { rows, columns };
}
