/**
 * The shape rules every custom function shares, so each one is written for a single cell:
 * scalars give a scalar; same-shape ranges go element by element; a scalar broadcasts over a
 * range; a several-column range beside a one-column range of the same height is summed per row.
 */
import { BLANK, isBlank, readAmount } from './cells';
import { FunctionError, Problem } from './problem';

export interface ParamSpec {
  name: string;
  optional?: boolean;
  /** A several-column range here is summed per row when another argument is one column tall alike. */
  sumsRows?: boolean;
}

/** What one output cell holds: a number, a text, "" (blank) or a Problem (shown as `#CODE!`). */
export type CellResult = number | string | Problem;
export type Grid = unknown[][];

/**
 * `Array` held in a module variable: rows made with `new Array(n)` are sized once (growing `[]`
 * row by row costs 5× more), and in a vm context every global lookup goes through an interceptor.
 */
const SizedArray = Array;

function toGrid(value: unknown): Grid | null {
  if (!Array.isArray(value)) return null;
  if (value.length === 0) return [[]];
  return Array.isArray(value[0]) ? (value as Grid) : [value];
}

function shapeOf(grid: Grid): string {
  return `${grid.length}×${grid[0]?.length ?? 0}`;
}

/** One column of per-row sums; a row of blanks stays blank, a bad cell poisons its row. */
function sumRows(grid: Grid, arg: string): Grid {
  const out: Grid = new SizedArray(grid.length);
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    let total = 0;
    let seen = false;
    let problem: Problem | null = null;
    for (let c = 0; c < row.length; c++) {
      const n = readAmount(row[c], arg);
      if (n === BLANK) continue;
      if (n instanceof Problem) {
        problem = n;
        break;
      }
      total += n;
      seen = true;
    }
    out[r] = [problem ?? (!seen ? '' : total - total === 0 ? total : new Problem('overflow', { arg }))];
  }
  return out;
}

/** Resolves the shapes of a call's arguments, or throws the shape error naming both. */
function alignShapes(params: ParamSpec[], args: unknown[]): { grids: (Grid | null)[]; rows: number; cols: number } | null {
  const grids = args.map(toGrid);
  const ranged = grids.map((g, i) => ({ g, i })).filter((x): x is { g: Grid; i: number } => x.g !== null);
  if (ranged.length === 0) return null;

  for (const { g, i } of ranged) {
    if (!params[i]?.sumsRows || (g[0]?.length ?? 0) < 2) continue;
    const column = ranged.find((o) => o.i !== i && o.g.length === g.length && o.g[0]?.length === 1);
    if (column) grids[i] = sumRows(g, params[i].name);
  }

  const first = ranged[0];
  const rows = grids[first.i]!.length;
  const cols = grids[first.i]![0]?.length ?? 0;
  for (const { i } of ranged.slice(1)) {
    const g = grids[i]!;
    if (g.length !== rows || (g[0]?.length ?? 0) !== cols) {
      throw new FunctionError(
        new Problem('shape', {
          a: params[first.i].name,
          aShape: shapeOf(grids[first.i]!),
          b: params[i].name,
          bShape: shapeOf(g),
        }),
      );
    }
  }
  return { grids, rows, cols };
}

function checkRequired(params: ParamSpec[], args: unknown[]): void {
  params.forEach((p, i) => {
    if (!p.optional && args[i] === undefined) throw new FunctionError(new Problem('missing', { arg: p.name }));
  });
}

/**
 * Runs `cell` once per output cell. In a one-cell call a Problem is thrown; in an array it
 * becomes that cell's `#CODE!` text and the other cells still compute.
 */
export function cellwise(params: ParamSpec[], args: unknown[], cell: (values: unknown[]) => CellResult): number | string | (number | string)[][] {
  checkRequired(params, args);
  const aligned = alignShapes(params, args);
  if (aligned === null) {
    const result = cell(args);
    if (result instanceof Problem) throw new FunctionError(result);
    return result;
  }
  const { grids, rows, cols } = aligned;
  const out: (number | string)[][] = new SizedArray(rows);
  const values: unknown[] = new SizedArray(args.length);
  for (let r = 0; r < rows; r++) {
    const row: (number | string)[] = new SizedArray(cols);
    for (let c = 0; c < cols; c++) {
      for (let a = 0; a < args.length; a++) {
        const g = grids[a];
        values[a] = g === null ? args[a] : g[r][c];
      }
      const result = cell(values);
      row[c] = result instanceof Problem ? result.cellText() : result;
    }
    out[r] = row;
  }
  return out;
}

/**
 * A step that is not a finite number is a Problem naming the step ('hours × hourly_rate'), never
 * a silent NaN or Infinity, and never "NaN" in the message: from finite inputs a NaN only comes
 * from a step that overflowed before it, so each step is checked where it is computed.
 */
export function finite(result: number, step: string): number | Problem {
  return result - result === 0 ? result : new Problem('overflow', { arg: step }); // NaN and ±Infinity fail
}

export { BLANK, isBlank };
