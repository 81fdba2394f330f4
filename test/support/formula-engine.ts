/**
 * A real formula engine for tests and the local preview: loads a SheetSpec's cells (plus sample
 * inputs a test types into input cells) into HyperFormula, with OUR custom functions registered by
 * calling their real implementations from src/functions/catalog.ts. So a formula a generator
 * writes is proven by computing it, and a wrong column letter or argument order gives a wrong number.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type CellValue,
  type FunctionMetadata,
  type RawCellContent,
} from 'hyperformula';
import { catalog } from '../../src/functions/catalog';
import type { CatalogEntry } from '../../src/functions/catalog-types';
import { FunctionError } from '../../src/functions/problem';
import type { ConditionalRule, SheetSpec, SpecCell } from '../../src/sheets/spec';

/** What a test may type into a cell: like SpecCell, without formulas. */
export type SampleValue = string | number | boolean | null | { date: string } | { time: string };

export interface EvaluatedSheet {
  /** The computed value at an A1 address ('' for an empty cell, an error as `#TYPE`). */
  get(a1: string): string | number | boolean;
  at(row: number, column: number): string | number | boolean;
  /** A date cell's value as ISO `YYYY-MM-DD`, or '' when blank. */
  date(a1: string): string;
  /** Every formula the spec writes, with its A1 address. */
  formulas: { a1: string; formula: string }[];
  /**
   * A conditional rule's formula (written for its area's top-left cell, as Sheets reads it) as
   * it applies to another cell of the area: relative references move, `$` ones stay.
   */
  conditionAt(rule: ConditionalRule, row: number, column: number): string | number | boolean;
  engine: HyperFormula;
}

const DAY_MS = 86_400_000;
const SHEETS_EPOCH = Date.UTC(1899, 11, 30);

export function dateSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - SHEETS_EPOCH) / DAY_MS);
}

export function isoFromSerial(serial: number): string {
  return new Date(SHEETS_EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

function timeFraction(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h * 60 + m) / 1440;
}

export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function parseA1(a1: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1.toUpperCase());
  if (!m) throw new Error(`Not an A1 address: ${a1}`);
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** Moves the relative references of a formula by (rows, columns), as copying the cell would. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula.replace(/(?<![A-Za-z_\d$"])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g, (_, fixCol: string, col: string, fixRow: string, row: string) => {
    const { column } = parseA1(`${col}1`);
    const newColumn = fixCol ? column : column + columns;
    const newRow = fixRow ? Number(row) : Number(row) + rows;
    return `${fixCol}${columnLetter(newColumn)}${fixRow}${newRow}`;
  });
}

/** A SpecCell as HyperFormula raw content; text is apostrophe-prefixed so it always stays text. */
function toRaw(cell: SpecCell | SampleValue): RawCellContent {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') return cell === '' ? null : `'${cell}`;
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if ('formula' in cell) return cell.formula;
  if ('date' in cell) return dateSerial(cell.date);
  return timeFraction(cell.time);
}

// ── Our custom functions as a HyperFormula plugin ──

/**
 * A HyperFormula value as Sheets hands it to a custom function: blanks are "", ranges 2D arrays.
 * One difference stays: a date cell arrives here as its serial number, in Sheets as a Date.
 */
function toSheetsArg(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toSheetsArg));
  if (value === EmptyValue || value === undefined || value === null) return '';
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: unknown }).val;
  return value;
}

function firstError(value: unknown): CellError | undefined {
  if (value instanceof CellError) return value;
  if (value instanceof SimpleRangeValue) {
    for (const row of value.data) for (const v of row) if (v instanceof CellError) return v;
  }
  return undefined;
}

/**
 * An error cell in an argument makes the whole result that error here (HyperFormula's way), where
 * Sheets would still compute the other rows: tests of our formulas never feed errors in.
 */
class OurFunctions extends FunctionPlugin {
  static implementedFunctions: Record<string, FunctionMetadata> = {};

  /** The spill size: the tallest range argument, and the narrowest (a row-summed range gives 1 column). */
  resultSize(ast: { args: unknown[] }, state: unknown): ArraySize {
    const sizes = ast.args.map((a) => this.arraySizeForAst(a as never, state as never)).filter((s) => s.width > 1 || s.height > 1);
    if (sizes.length === 0) return ArraySize.scalar();
    return new ArraySize(Math.min(...sizes.map((s) => s.width)), Math.max(...sizes.map((s) => s.height)));
  }

  call(entry: CatalogEntry, ast: { args: never[] }, state: never): unknown {
    return this.runFunction(ast.args, state, this.metadata(entry.name), (...args: unknown[]): never => {
      for (const a of args) {
        const error = firstError(a);
        if (error) return error as never;
      }
      const sheetsArgs = args.map((a) => (a === undefined ? undefined : toSheetsArg(a)));
      while (sheetsArgs.length > 0 && sheetsArgs[sheetsArgs.length - 1] === undefined) sheetsArgs.pop();
      try {
        const result = entry.run(sheetsArgs, { lang: () => 'en' });
        return (Array.isArray(result) ? SimpleRangeValue.onlyValues(result as never) : result) as never;
      } catch (e) {
        if (e instanceof FunctionError) return new CellError(ErrorType.VALUE, e.message) as never;
        throw e;
      }
    });
  }
}

let registered = false;

/** Registers our catalog with HyperFormula once (the local preview's workbook uses it too). */
export function registerOurFunctions(): void {
  if (registered) return;
  const entries = catalog;
  const translations: Record<string, string> = {};
  const proto = OurFunctions.prototype as unknown as Record<string, unknown>;
  for (const entry of entries) {
    const method = `run_${entry.name}`;
    OurFunctions.implementedFunctions[entry.name] = {
      method,
      sizeOfResultArrayMethod: 'resultSize',
      parameters: entry.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional === true })),
    };
    proto[method] = function (this: OurFunctions, ast: never, state: never) {
      return this.call(entry, ast, state);
    };
    translations[entry.name] = entry.name;
  }
  HyperFormula.registerFunctionPlugin(OurFunctions, { enGB: translations });
  registered = true;
}

/** Builds the engine from the spec's blocks, then the samples (A1 → value) on top, and computes. */
export function evaluateSpec(spec: SheetSpec, samples: Record<string, SampleValue> = {}): EvaluatedSheet {
  registerOurFunctions();
  const grid: RawCellContent[][] = [];
  const formulas: { a1: string; formula: string }[] = [];
  const put = (row: number, column: number, value: RawCellContent) => {
    while (grid.length < row) grid.push([]);
    const line = grid[row - 1];
    while (line.length < column) line.push(null);
    line[column - 1] = value;
  };
  for (const block of spec.blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell !== null && typeof cell === 'object' && 'formula' in cell) {
          formulas.push({ a1: `${columnLetter(block.column + c)}${block.row + r}`, formula: cell.formula });
        }
        put(block.row + r, block.column + c, toRaw(cell));
      }),
    );
  }
  for (const [a1, value] of Object.entries(samples)) {
    const { row, column } = parseA1(a1);
    put(row, column, toRaw(value));
  }
  const engine = HyperFormula.buildFromArray(grid, { licenseKey: 'gpl-v3', maxRows: 100_000, smartRounding: false });
  const read = (value: CellValue): string | number | boolean => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'object') return `#${(value as { type: string }).type}`;
    return value as string | number | boolean;
  };
  const at = (row: number, column: number) => read(engine.getCellValue({ sheet: 0, row: row - 1, col: column - 1 }));
  const get = (a1: string) => {
    const { row, column } = parseA1(a1);
    return at(row, column);
  };
  const conditionAt = (rule: ConditionalRule, row: number, column: number) => {
    const shifted = shiftFormula(rule.formula, row - rule.area.row, column - rule.area.column);
    return read(engine.calculateFormula(shifted, 0) as CellValue);
  };
  return {
    get,
    at,
    conditionAt,
    date: (a1) => {
      const v = get(a1);
      return typeof v === 'number' ? isoFromSerial(v) : '';
    },
    formulas,
    engine,
  };
}

export interface EvaluatedTabs {
  /** The computed value at an A1 address of a tab ('' for an empty cell, an error as `#TYPE`). */
  get(tab: string, a1: string): string | number | boolean;
  at(tab: string, row: number, column: number): string | number | boolean;
  engine: HyperFormula;
}

/** A grid of raw cells from SheetSpec-like blocks, with samples (A1 → value) on top. */
function gridOf(spec: Pick<SheetSpec, 'blocks'>, samples: Record<string, SampleValue>): RawCellContent[][] {
  const grid: RawCellContent[][] = [];
  const put = (row: number, column: number, value: RawCellContent) => {
    while (grid.length < row) grid.push([]);
    const line = grid[row - 1];
    while (line.length < column) line.push(null);
    line[column - 1] = value;
  };
  for (const block of spec.blocks) block.cells.forEach((cells, r) => cells.forEach((cell, c) => put(block.row + r, block.column + c, toRaw(cell))));
  for (const [a1, value] of Object.entries(samples)) {
    const { row, column } = parseA1(a1);
    put(row, column, toRaw(value));
  }
  return grid;
}

/**
 * Several tabs in one engine, so formulas that read other tabs ('KPI tracker'!$C:$C) compute.
 * Array arithmetic is on, as in Sheets, where SUMPRODUCT((A:A=B1)*…) needs no ARRAYFORMULA.
 */
export function evaluateTabs(
  tabs: Record<string, Pick<SheetSpec, 'blocks'>>,
  samples: Record<string, Record<string, SampleValue>> = {},
): EvaluatedTabs {
  registerOurFunctions();
  const sheets = Object.fromEntries(Object.entries(tabs).map(([name, spec]) => [name, gridOf(spec, samples[name] ?? {})]));
  const engine = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', maxRows: 100_000, smartRounding: false, useArrayArithmetic: true });
  const read = (value: CellValue): string | number | boolean => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'object') return `#${(value as { type: string }).type}`;
    return value as string | number | boolean;
  };
  const at = (tab: string, row: number, column: number) => {
    const sheet = engine.getSheetId(tab);
    if (sheet === undefined) throw new Error(`No tab ${tab}`);
    return read(engine.getCellValue({ sheet, row: row - 1, col: column - 1 }));
  };
  return {
    at,
    get: (tab, a1) => {
      const { row, column } = parseA1(a1);
      return at(tab, row, column);
    },
    engine,
  };
}
