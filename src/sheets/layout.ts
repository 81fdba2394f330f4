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

  const rules: Validation[] = [];
  const ruleKeys = new Map<string, number>();
  let validationIndex: number[][] | null = null;
  for (const v of spec.validations) {
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

/** Column widths as runs of equal width, skipping the sheet's default width (one call per run). */
export function widthRuns(widths: number[], defaultWidth: number): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((w, i) => {
    const width = Math.round(w);
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.start + last.count === i + 1) last.count += 1;
    else runs.push({ start: i + 1, count: 1, width });
  });
  return runs.filter((r) => r.width !== defaultWidth);
}
