/**
 * A SheetSpec laid out as the grids the renderer sends in one call each: the smallest rectangle
 * holding every block, validation area and style area, with its values, number formats,
 * validation keys, font weights, backgrounds, font colours and wraps. Pure: no Apps Script here.
 */
import { AUTOMATIC_FORMAT, fallbackFormat, sheetValue } from './cell-values';
import type { Area, SheetSpec, Validation } from './spec';

export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface Layout {
  /** The rectangle every grid covers; null when the spec writes no cell at all. */
  box: Box | null;
  values: (string | number | boolean)[][];
  /** Null when no cell has a number format (then no setNumberFormats call). */
  formats: string[][] | null;
  /** Index into `rules` per cell, -1 for none; null when the spec has no validation. */
  validationIndex: number[][] | null;
  rules: Validation[];
  fontWeights: ('bold' | null)[][] | null;
  backgrounds: (string | null)[][] | null;
  fontColors: (string | null)[][] | null;
  wraps: boolean[][] | null;
  /** Last row and column anything of the tab reaches (conditional rules and widths included). */
  lastRow: number;
  lastColumn: number;
}

function grid<T>(box: Box, fill: T): T[][] {
  const out: T[][] = new Array(box.numRows);
  for (let r = 0; r < box.numRows; r += 1) out[r] = new Array<T>(box.numColumns).fill(fill);
  return out;
}

function paint<T>(target: T[][], box: Box, area: Area, value: T): void {
  for (let r = area.row; r < area.row + area.numRows; r += 1) {
    const line = target[r - box.row];
    for (let c = area.column; c < area.column + area.numColumns; c += 1) line[c - box.column] = value;
  }
}

function checkArea(area: Area, what: string): void {
  const ok = [area.row, area.column, area.numRows, area.numColumns].every((n) => Number.isInteger(n) && n >= 1);
  if (!ok) throw new Error(`${what}: bad area ${JSON.stringify(area)}`);
}

export function layout(spec: SheetSpec): Layout {
  const areas: Area[] = [];
  for (const b of spec.blocks) {
    const width = Math.max(0, ...b.cells.map((row) => row.length));
    if (b.cells.length === 0 || width === 0) continue;
    if (b.cells.some((row) => row.length !== width)) throw new Error(`Block at row ${b.row}: rows of different lengths`);
    areas.push({ row: b.row, column: b.column, numRows: b.cells.length, numColumns: width });
  }
  for (const v of spec.validations) areas.push(v.area);
  for (const s of spec.styles) areas.push(s.area);
  areas.forEach((a) => checkArea(a, spec.kind));
  spec.conditionalRules.forEach((r) => checkArea(r.area, `${spec.kind} conditional rule`));

  const ruleBottom = Math.max(0, ...spec.conditionalRules.map((r) => r.area.row + r.area.numRows - 1));
  const ruleRight = Math.max(0, ...spec.conditionalRules.map((r) => r.area.column + r.area.numColumns - 1));
  const empty: Layout = {
    box: null, values: [], formats: null, validationIndex: null, rules: [], fontWeights: null, backgrounds: null,
    fontColors: null, wraps: null, lastRow: Math.max(ruleBottom, spec.frozenRows), lastColumn: Math.max(ruleRight, spec.columnWidths.length),
  };
  if (areas.length === 0) return empty;

  const top = Math.min(...areas.map((a) => a.row));
  const left = Math.min(...areas.map((a) => a.column));
  const bottom = Math.max(...areas.map((a) => a.row + a.numRows - 1));
  const right = Math.max(...areas.map((a) => a.column + a.numColumns - 1));
  const box: Box = { row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1 };

  const values = grid<string | number | boolean>(box, '');
  let formats: (string | null)[][] | null = null;
  for (const b of spec.blocks) {
    b.cells.forEach((cells, i) => {
      const line = values[b.row + i - box.row];
      cells.forEach((cell, j) => {
        line[b.column + j - box.column] = sheetValue(cell);
        const format = b.columnFormats?.[j] ?? fallbackFormat(cell);
        if (format) {
          formats ??= grid<string | null>(box, null);
          formats[b.row + i - box.row][b.column + j - box.column] = format;
        }
      });
    });
  }

  for (const s of spec.styles) {
    if (s.numberFormat === undefined) continue;
    paint((formats ??= grid<string | null>(box, null)), box, s.area, s.numberFormat);
  }

  const rules: Validation[] = [];
  const ruleKeys = new Map<string, number>();
  let validationIndex: number[][] | null = null;
  for (const v of spec.validations) {
    // Dropdown choices are not cells: no apostrophe keeps them text, so one that Sheets would read
    // as a formula is a bug of the generator (the plan refuses such pillar names), caught before any write.
    if (v.rule.kind === 'list') {
      const formulaLike = v.rule.values.find((value) => /^[=+\-@]/.test(value));
      if (formulaLike !== undefined) throw new Error(`${spec.kind}: dropdown choice ${JSON.stringify(formulaLike)} would read as a formula`);
    }
    const key = JSON.stringify(v.rule);
    let index = ruleKeys.get(key);
    if (index === undefined) {
      index = rules.length;
      rules.push(v.rule);
      ruleKeys.set(key, index);
    }
    validationIndex ??= grid(box, -1);
    paint(validationIndex, box, v.area, index);
  }

  let fontWeights: ('bold' | null)[][] | null = null;
  let backgrounds: (string | null)[][] | null = null;
  let fontColors: (string | null)[][] | null = null;
  let wraps: boolean[][] | null = null;
  for (const s of spec.styles) {
    if (s.bold !== undefined) paint((fontWeights ??= grid<'bold' | null>(box, null)), box, s.area, s.bold ? 'bold' : null);
    if (s.background !== undefined) paint((backgrounds ??= grid<string | null>(box, null)), box, s.area, s.background);
    if (s.fontColor !== undefined) paint((fontColors ??= grid<string | null>(box, null)), box, s.area, s.fontColor);
    if (s.wrap !== undefined) paint((wraps ??= grid(box, false)), box, s.area, s.wrap);
  }

  const finalFormats = formats as (string | null)[][] | null;
  return {
    box,
    values,
    formats: finalFormats ? finalFormats.map((row) => row.map((f) => f ?? AUTOMATIC_FORMAT)) : null,
    validationIndex,
    rules,
    fontWeights,
    backgrounds,
    fontColors,
    wraps,
    lastRow: Math.max(bottom, ruleBottom, spec.frozenRows),
    lastColumn: Math.max(right, ruleRight, spec.columnWidths.length),
  };
}

export interface WidthCall {
  start: number;
  count: number;
  width: number;
}

/**
 * The fewest setColumnWidths calls that give every column its width, on a new tab whose columns
 * all start at `defaultWidth`. Later calls paint over earlier ones, so [110, 60, 110] is two calls
 * (110 over A:C, then 60 on B), not three. This is the "strange printer" problem: an O(n³) dynamic
 * programme over the columns, with a free first coat of the default width. Each call costs tens of
 * milliseconds, so past `maxCalls` the widths are approximated (approximateWidths).
 */
export function widthCalls(widths: number[], defaultWidth: number, maxCalls = Infinity): WidthCall[] {
  const rounded = widths.map((w) => Math.round(w));
  const exact = paintCalls(rounded, defaultWidth);
  return exact.length <= maxCalls ? exact : approximateWidths(rounded, defaultWidth, maxCalls);
}

/** How bad it is to show a column `got` pixels wide when `wanted` was asked: narrower hurts 3× more. */
function widthCost(wanted: number, got: number): number {
  if (got === wanted) return 0;
  return got < wanted ? 3 * Math.log(wanted / got) : Math.log(got / wanted);
}

/**
 * Over budget: at most `maxCalls` runs of one width each, the other columns left at the default,
 * chosen (dynamic programme over columns × calls) to cost the least by widthCost. A run may widen a
 * narrow column between two wide ones rather than spend a call on it.
 */
function approximateWidths(widths: number[], defaultWidth: number, maxCalls: number): WidthCall[] {
  const n = widths.length;
  const budget = Math.max(0, Math.min(maxCalls, n));
  // best[j][i]: the cheapest single width for columns j..i-1, and its cost.
  const best: { width: number; cost: number }[][] = Array.from({ length: n + 1 }, () => []);
  for (let j = 0; j < n; j += 1) {
    for (let i = j + 1; i <= n; i += 1) {
      let pick = { width: defaultWidth, cost: Infinity };
      for (const candidate of new Set(widths.slice(j, i))) {
        let cost = 0;
        for (let k = j; k < i; k += 1) cost += widthCost(widths[k], candidate);
        if (cost < pick.cost) pick = { width: candidate, cost };
      }
      best[j][i] = pick;
    }
  }
  // cost[b][i]: columns 0..i-1 done with b calls; from[b][i] remembers the choice.
  const cost = Array.from({ length: budget + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: ({ j: number; width: number } | null)[][] = Array.from({ length: budget + 1 }, () => new Array(n + 1).fill(null));
  for (let b = 0; b <= budget; b += 1) cost[b][0] = 0;
  for (let i = 1; i <= n; i += 1) {
    for (let b = 0; b <= budget; b += 1) {
      // Column i-1 stays at the default width…
      let c = cost[b][i - 1] + widthCost(widths[i - 1], defaultWidth);
      let choice: { j: number; width: number } | null = null;
      // …or a run j..i-1 ends here, painted in one call.
      if (b > 0) {
        for (let j = 0; j < i; j += 1) {
          const run = best[j][i];
          const total = cost[b - 1][j] + run.cost;
          if (total < c) {
            c = total;
            choice = { j, width: run.width };
          }
        }
      }
      cost[b][i] = c;
      from[b][i] = choice;
    }
  }
  const calls: WidthCall[] = [];
  for (let i = n, b = budget; i > 0; ) {
    const choice = from[b][i];
    if (!choice) {
      i -= 1;
      continue;
    }
    if (choice.width !== defaultWidth) calls.unshift({ start: choice.j + 1, count: i - choice.j, width: choice.width });
    i = choice.j;
    b -= 1;
  }
  return calls;
}

/** The exact painting (see widthCalls). */
function paintCalls(widths: number[], defaultWidth: number): WidthCall[] {
  const s = [defaultWidth, ...widths];
  const n = s.length;
  // cost[i][j]: fewest paints for s[i..j], the first of which covers all of i..j in s[i].
  const cost: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const pick: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(-1));
  for (let i = n - 1; i >= 0; i -= 1) {
    cost[i][i] = 1;
    for (let j = i + 1; j < n; j += 1) {
      cost[i][j] = cost[i + 1][j] + 1;
      pick[i][j] = -1;
      for (let k = i + 1; k <= j; k += 1) {
        if (s[k] !== s[i]) continue;
        const c = (k - 1 >= i + 1 ? cost[i + 1][k - 1] : 0) + cost[k][j];
        if (c < cost[i][j]) {
          cost[i][j] = c;
          pick[i][j] = k;
        }
      }
    }
  }
  // Rebuild the paints in order; each interval's first paint covers it whole.
  const paint = (i: number, j: number): WidthCall[] => {
    if (i > j) return [];
    if (i === j) return [{ start: i, count: 1, width: s[i] }];
    const k = pick[i][j];
    if (k < 0) return [{ start: i, count: j - i + 1, width: s[i] }, ...paint(i + 1, j)];
    const [first, ...rest] = paint(k, j);
    return [{ start: i, count: j - i + 1, width: first.width }, ...paint(i + 1, k - 1), ...rest];
  };
  // Index 0 is the default coat every new tab already has: it costs nothing.
  return paint(0, n - 1).slice(1).map((c) => ({ start: c.start, count: c.count, width: c.width }));
}
