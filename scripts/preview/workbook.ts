/**
 * The preview's formula engine: every tab of the emulated spreadsheet loaded into one HyperFormula
 * workbook, with our custom functions registered (test/support/formula-engine.ts), so formulas
 * reach other tabs, arrays spill over the cells below and beside them as in Sheets, and a user's
 * edit recomputes only what depends on it. TODAY() and NOW() read the emulator's clock, not the
 * machine's, so a pinned PREVIEW_NOW holds in the cells too.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { registerOurFunctions } from '../../test/support/formula-engine';
import type { Cell } from '../../test/emulator/cells';
import type { Sheet } from '../../test/emulator/sheet';
import type { Spreadsheet } from '../../test/emulator/spreadsheet';

/** A computed value: a number, text or boolean, an error as Sheets writes it, or null when blank. */
export type Computed = string | number | boolean | null | { error: string; message: string };

/** Sheets' error codes for HyperFormula's (a spill blocked by data is #REF! in Sheets). */
const ERROR_CODES: Record<string, string> = { '#SPILL!': '#REF!', '#CYCLE!': '#REF!', '#LIC!': '#ERROR!' };

/** TODAY() and NOW() as numbers (outside string literals), so the cells follow the emulator's clock. */
export function withClock(formula: string, nowSerial: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\bTODAY\(\s*\)/gi, String(Math.floor(nowSerial))).replace(/\bNOW\(\s*\)/gi, String(nowSerial))))
    .join('');
}

function rawOf(cell: Cell | undefined, nowSerial: number): RawCellContent {
  if (!cell) return null;
  if (cell.formula !== undefined) return cell.accidentalFormula ? `'${String(cell.value ?? '#ERROR!')}` : withClock(cell.formula, nowSerial);
  const v = cell.value;
  if (v === undefined || v === '') return null;
  return typeof v === 'string' ? `'${v}` : v; // the apostrophe keeps text text ("12", "=x")
}

function sheetRows(sheet: Sheet, nowSerial: number): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  sheet._grid.forEach((row, r) => {
    if (!row) return;
    rows[r] = row.map((c) => rawOf(c, nowSerial));
  });
  for (let r = 0; r < rows.length; r += 1) if (!rows[r]) rows[r] = [];
  return rows;
}

/** Past this many changed cells a fresh build is quicker than cell-by-cell updates. */
const MAX_INCREMENTAL = 5_000;

export class Workbook {
  private engine: HyperFormula | null = null;
  private ids = new Map<string, number>();
  private raw = new Map<string, RawCellContent[][]>();
  /** Bumped whenever a computed value may have changed. */
  version = 0;
  /** How the last refresh went (for the figures in the README): 'build' | 'cells' | 'same'. */
  lastRefresh: { kind: 'build' | 'cells' | 'same'; cells: number; ms: number } = { kind: 'same', cells: 0, ms: 0 };

  /** `nowSerial`: the emulator's now as a date serial in the spreadsheet's zone. */
  constructor(private readonly spreadsheet: Spreadsheet, private readonly nowSerial: () => number) {}

  /**
   * Brings the engine up to the emulator's cells: only the cells that differ from the last load are
   * set (a user's edit, a run that touched a few cells, TODAY() on a new day), so dependants alone
   * recompute; a new or renamed tab, or a big write, loads the workbook afresh.
   */
  refresh(): void {
    const started = Date.now();
    const now = this.nowSerial();
    const next = new Map(this.spreadsheet._sheets.map((sheet) => [sheet._name, sheetRows(sheet, now)] as const));
    const sameTabs = this.engine !== null && next.size === this.raw.size && [...next.keys()].every((name, i) => [...this.raw.keys()][i] === name);
    if (sameTabs) {
      const changes: { sheet: number; row: number; col: number; raw: RawCellContent }[] = [];
      for (const [name, rows] of next) {
        const before = this.raw.get(name)!;
        const sheet = this.ids.get(name)!;
        for (let r = 0; r < Math.max(rows.length, before.length) && changes.length <= MAX_INCREMENTAL; r += 1) {
          const a = before[r] ?? [];
          const b = rows[r] ?? [];
          for (let c = 0; c < Math.max(a.length, b.length); c += 1) {
            if ((a[c] ?? null) !== (b[c] ?? null)) changes.push({ sheet, row: r, col: c, raw: b[c] ?? null });
          }
        }
      }
      if (changes.length <= MAX_INCREMENTAL) {
        if (changes.length) {
          const engine = this.engine!;
          engine.batch(() => changes.forEach((x) => engine.setCellContents({ sheet: x.sheet, row: x.row, col: x.col }, [[x.raw]])));
          if (changes.some((x) => x.raw === null)) this.respill(next, new Set(changes.map((x) => x.sheet)));
          this.version += 1;
        }
        this.raw = next;
        this.lastRefresh = { kind: changes.length ? 'cells' : 'same', cells: changes.length, ms: Date.now() - started };
        return;
      }
    }
    registerOurFunctions();
    this.engine?.destroy();
    try {
      this.engine = HyperFormula.buildFromSheets(Object.fromEntries(next), { licenseKey: 'gpl-v3', maxRows: 100_000, maxColumns: 1_000, smartRounding: false });
    } catch {
      this.engine = null; // a workbook the engine cannot load shows its formulas uncomputed
    }
    this.ids = new Map(this.spreadsheet._sheets.map((s) => [s._name, this.engine?.getSheetId(s._name) ?? -1]));
    this.raw = next;
    this.version += 1;
    this.lastRefresh = { kind: 'build', cells: 0, ms: Date.now() - started };
  }

  /**
   * HyperFormula leaves an array blocked (#SPILL!) after the blocking cell is cleared; Sheets spills
   * it again. Setting such a formula anew lets it spill into the freed cells.
   */
  private respill(raw: Map<string, RawCellContent[][]>, sheets: Set<number>): void {
    const engine = this.engine!;
    const blocked: { sheet: number; row: number; col: number; formula: string }[] = [];
    for (const [name, rows] of raw) {
      const sheet = this.ids.get(name)!;
      if (!sheets.has(sheet)) continue;
      rows.forEach((line, row) =>
        line.forEach((content, col) => {
          if (typeof content !== 'string' || !content.startsWith('=')) return;
          const v = engine.getCellValue({ sheet, row, col });
          if (v instanceof DetailedCellError && v.type === 'SPILL') blocked.push({ sheet, row, col, formula: content });
        }),
      );
    }
    if (blocked.length) engine.batch(() => blocked.forEach((b) => engine.setCellContents({ sheet: b.sheet, row: b.row, col: b.col }, [[b.formula]])));
  }

  /** Rows and columns the tab's values reach, spills included. */
  extent(sheetName: string): { rows: number; columns: number } {
    const id = this.ids.get(sheetName);
    if (!this.engine || id === undefined || id < 0) return { rows: 0, columns: 0 };
    const size = this.engine.getSheetDimensions(id);
    return { rows: size.height, columns: size.width };
  }

  /** The value Sheets would show computed at (row, column), or undefined when the engine has none. */
  value(sheetName: string, row: number, column: number): Computed | undefined {
    const id = this.ids.get(sheetName);
    if (!this.engine || id === undefined || id < 0) return undefined;
    const v = this.engine.getCellValue({ sheet: id, row: row - 1, col: column - 1 });
    if (v instanceof DetailedCellError) return { error: ERROR_CODES[v.value] ?? v.value, message: v.message ?? '' };
    if (v === null || v === undefined || v === '') return null;
    return v as string | number | boolean;
  }

  /** Whether (row, column) shows part of an array that a formula above or beside it spilled. */
  isSpilled(sheetName: string, row: number, column: number): boolean {
    const id = this.ids.get(sheetName);
    if (!this.engine || id === undefined || id < 0) return false;
    const address = { sheet: id, row: row - 1, col: column - 1 };
    return this.engine.isCellPartOfArray(address) && !this.engine.doesCellHaveFormula(address);
  }
}
