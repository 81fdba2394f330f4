/**
 * One tab: its grid of cells, dimensions (new tabs are 1000 rows × 26 columns and a range outside
 * them throws, as in Sheets), frozen rows, column widths, direction, conditional format rules and
 * developer metadata, and embedded charts (charts.ts).
 */
import { parseA1 } from './a1';
import { Service } from './calls';
import { SheetCharts } from './charts';
import { hasContent, type Cell, type WriteContext } from './cells';
import { ConditionalFormatRule } from './conditional-format';
import type { Env } from './env';
import { addMetadata, DeveloperMetadataFinder, DeveloperMetadataLocation, type DeveloperMetadata, visibleMetadata } from './metadata';
import { Range, RangeList } from './range';
import { spillOf } from './spill';
import type { Spreadsheet } from './spreadsheet';

export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;
/** Sheets' cap on cells per spreadsheet. */
export const MAX_CELLS = 10_000_000;

type Row = (Cell | undefined)[];

export class Sheet extends Service {
  static override serviceName = 'Sheet';
  _grid: (Row | undefined)[] = [];
  _maxRows = NEW_SHEET_ROWS;
  _maxColumns = NEW_SHEET_COLUMNS;
  _frozenRows = 0;
  _frozenColumns = 0;
  _columnWidths = new Map<number, number>();
  _rowHeights = new Map<number, number>();
  _rightToLeft = false;
  _hidden = false;
  _tabColor: string | null = null;
  _metadata: DeveloperMetadata[] = [];
  _rules: ConditionalFormatRule[] = [];
  readonly _charts: SheetCharts;

  constructor(env: Env, readonly _spreadsheet: Spreadsheet, public _name: string, readonly _id: number) {
    super(env);
    this._charts = new SheetCharts(env, this);
  }

  // ── Identity ──
  getName() { return this._name; }
  setName(name: string) {
    this._spreadsheet._checkNewName(name, this);
    const old = this._name;
    this._name = name;
    // Sheets rewrites every formula that names the tab, on every tab (renameReferences).
    if (old !== name) this._spreadsheet._renameReferences(old, name);
    return this;
  }
  getSheetName() { return this._name; }
  getSheetId() { return this._id; }
  getIndex() { return this._spreadsheet._sheets.indexOf(this) + 1; }
  getParent() { return this._spreadsheet; }
  getType() { return 'GRID'; }
  activate() {
    this._spreadsheet._setActive(this, null);
    return this;
  }
  isSheetHidden() { return this._hidden; }
  hideSheet() {
    if (this._spreadsheet._sheets.filter((s) => !s._hidden).length <= 1) this._env.fail("You can't hide all the sheets in a document.");
    this._hidden = true;
    return this;
  }
  showSheet() { this._hidden = false; return this; }
  getTabColor() { return this._tabColor; }
  setTabColor(color: string | null) { this._tabColor = color; return this; }

  // ── Ranges ──
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string') return this._rangeA1(a);
    return this._range(a, column as number, numRows ?? 1, numColumns ?? 1, arguments.length);
  }
  getRangeList(a1Notations: string[]) {
    if (!Array.isArray(a1Notations)) this._env.fail('Invalid argument: a1Notations');
    return new RangeList(this._env, a1Notations.map((a) => this._rangeA1(a)));
  }
  getDataRange() { return this._range(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn())); }
  getLastRow() {
    let last = 0;
    for (let r = this._grid.length - 1; r >= 0; r -= 1) {
      if (this._grid[r]?.some(hasContent)) {
        last = r + 1;
        break;
      }
    }
    for (const s of this._spills()) last = Math.max(last, s.row + s.rows - 1);
    return last;
  }
  /**
   * The unblocked spills of the tab's formulas (spill.ts): anchor and extent, within the grid.
   * A spill is blocked when a cell of its area other than the anchor has content.
   */
  _spills(): { row: number; column: number; rows: number; columns: number }[] {
    const out: { row: number; column: number; rows: number; columns: number }[] = [];
    const custom = this._env.customFunctions;
    this._grid.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell || cell.formula === undefined || cell.accidentalFormula) return;
        const spill = spillOf(cell.formula, custom);
        if (!spill) return;
        const rows = Math.min(spill.rows, this._maxRows - r);
        const columns = Math.min(spill.columns, this._maxColumns - c);
        for (let i = 0; i < rows; i += 1) {
          for (let j = 0; j < columns; j += 1) if ((i || j) && hasContent(this._grid[r + i]?.[c + j])) return;
        }
        out.push({ row: r + 1, column: c + 1, rows, columns });
      });
    });
    return out;
  }
  getLastColumn() {
    let last = Math.max(0, ...this._spills().map((s) => s.column + s.columns - 1));
    for (const row of this._grid) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c -= 1) {
        if (hasContent(row[c])) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }
  getMaxRows() { return this._maxRows; }
  getMaxColumns() { return this._maxColumns; }
  clear() {
    this._range(1, 1, this._maxRows, this._maxColumns).clear();
    return this;
  }
  clearContents() {
    this._range(1, 1, this._maxRows, this._maxColumns).clearContent();
    return this;
  }
  clearFormats() {
    this._range(1, 1, this._maxRows, this._maxColumns).clearFormat();
    return this;
  }

  // ── Rows and columns ──
  insertRowsAfter(afterPosition: number, howMany: number) {
    this._checkCount(howMany);
    if (!Number.isInteger(afterPosition) || afterPosition < 1 || afterPosition > this._maxRows) this._env.fail('Those rows are out of bounds.');
    this._spliceRows(afterPosition, howMany, afterPosition);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number) {
    this._checkCount(howMany);
    if (!Number.isInteger(beforePosition) || beforePosition < 1 || beforePosition > this._maxRows) this._env.fail('Those rows are out of bounds.');
    this._spliceRows(beforePosition - 1, howMany, beforePosition);
    return this;
  }
  insertRowAfter(afterPosition: number) { return this.insertRowsAfter(afterPosition, 1); }
  insertRowBefore(beforePosition: number) { return this.insertRowsBefore(beforePosition, 1); }
  insertRows(rowIndex: number, numRows = 1) { return this.insertRowsBefore(rowIndex, numRows); }
  private _spliceRows(at: number, howMany: number, inheritFrom: number) {
    this._checkCells(howMany * this._maxColumns);
    const template = this._grid[inheritFrom - 1];
    const fresh: (Row | undefined)[] = new Array(howMany);
    for (let i = 0; i < howMany; i += 1) fresh[i] = template ? template.map((c) => (c ? formatOnly(c) : undefined)) : undefined;
    if (this._grid.length < at) this._grid.length = at;
    this._grid = this._grid.slice(0, at).concat(fresh, this._grid.slice(at));
    this._maxRows += howMany;
    this._shiftRules('row', at + 1, howMany);
  }
  deleteRows(rowPosition: number, howMany: number) {
    this._checkCount(howMany);
    if (rowPosition < 1 || rowPosition + howMany - 1 > this._maxRows) this._env.fail('Those rows are out of bounds.');
    if (howMany >= this._maxRows - this._frozenRows) this._env.fail('Sorry, it is not possible to delete all non-frozen rows.');
    this._grid.splice(rowPosition - 1, howMany);
    this._maxRows -= howMany;
    this._shiftRules('row', rowPosition, -howMany);
    return this;
  }
  deleteRow(rowPosition: number) { return this.deleteRows(rowPosition, 1); }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    this._checkCount(howMany);
    if (afterPosition < 1 || afterPosition > this._maxColumns) this._env.fail('Those columns are out of bounds.');
    this._insertColumns(afterPosition, howMany, afterPosition);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number) {
    this._checkCount(howMany);
    if (beforePosition < 1 || beforePosition > this._maxColumns) this._env.fail('Those columns are out of bounds.');
    this._insertColumns(beforePosition - 1, howMany, beforePosition);
    return this;
  }
  insertColumnAfter(afterPosition: number) { return this.insertColumnsAfter(afterPosition, 1); }
  deleteColumns(columnPosition: number, howMany: number) {
    this._checkCount(howMany);
    if (columnPosition < 1 || columnPosition + howMany - 1 > this._maxColumns) this._env.fail('Those columns are out of bounds.');
    if (howMany >= this._maxColumns - this._frozenColumns) this._env.fail('Sorry, it is not possible to delete all non-frozen columns.');
    for (const row of this._grid) row?.splice(columnPosition - 1, howMany);
    this._shiftWidths(columnPosition, -howMany);
    this._maxColumns -= howMany;
    this._shiftRules('column', columnPosition, -howMany);
    return this;
  }
  deleteColumn(columnPosition: number) { return this.deleteColumns(columnPosition, 1); }
  setFrozenRows(rows: number) {
    if (!Number.isInteger(rows) || rows < 0 || rows >= this._maxRows) this._env.fail('Sorry, it is not possible to freeze all rows.');
    this._frozenRows = rows;
  }
  getFrozenRows() { return this._frozenRows; }
  setFrozenColumns(columns: number) {
    if (!Number.isInteger(columns) || columns < 0 || columns >= this._maxColumns) this._env.fail('Sorry, it is not possible to freeze all columns.');
    this._frozenColumns = columns;
  }
  getFrozenColumns() { return this._frozenColumns; }
  setColumnWidth(columnPosition: number, width: number) {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number) {
    this._checkCount(numColumns);
    if (startColumn < 1 || startColumn + numColumns - 1 > this._maxColumns) this._env.fail('Those columns are out of bounds.');
    if (!Number.isFinite(width) || width < 0) this._env.fail(`Invalid argument: width (${String(width)})`);
    for (let c = startColumn; c < startColumn + numColumns; c += 1) this._columnWidths.set(c, Math.round(width));
    return this;
  }
  getColumnWidth(columnPosition: number) {
    if (columnPosition < 1 || columnPosition > this._maxColumns) this._env.fail('Those columns are out of bounds.');
    return this._columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number) { return this.setRowHeights(rowPosition, 1, height); }
  setRowHeights(startRow: number, numRows: number, height: number) {
    if (startRow < 1 || startRow + numRows - 1 > this._maxRows) this._env.fail('Those rows are out of bounds.');
    for (let r = startRow; r < startRow + numRows; r += 1) this._rowHeights.set(r, Math.round(height));
    return this;
  }
  getRowHeight(rowPosition: number) { return this._rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT; }
  setRightToLeft(rightToLeft: boolean) {
    this._rightToLeft = !!rightToLeft;
    return this;
  }
  isRightToLeft() { return this._rightToLeft; }

  // ── Conditional formatting ──
  getConditionalFormatRules() { return [...this._rules]; }
  setConditionalFormatRules(rules: ConditionalFormatRule[]) {
    if (!Array.isArray(rules)) this._env.fail('Invalid argument: rules');
    for (const rule of rules) {
      if (!(rule instanceof ConditionalFormatRule)) this._env.fail('Invalid argument: rules (use SpreadsheetApp.newConditionalFormatRule()…build())');
      if (rule._ranges.some((r) => r._sheet !== this)) this._env.fail('The conditional format rule cannot reference a different sheet.');
    }
    this._rules = [...rules];
  }
  clearConditionalFormatRules() { this._rules = []; }

  // ── Embedded charts (charts.ts) ──
  newChart() { return this._charts.newChart(); }
  getCharts() { return this._charts.getCharts(); }
  insertChart(chart: unknown) { this._charts.insertChart(chart); }
  updateChart(chart: unknown) { this._charts.updateChart(chart); }
  removeChart(chart: unknown) { this._charts.removeChart(chart); }

  // ── Developer metadata ──
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown) {
    addMetadata(this._env, this, new DeveloperMetadataLocation(this._env, this._spreadsheet, this), key, valueOrVisibility, visibility);
    return this;
  }
  getDeveloperMetadata() { return visibleMetadata(this._env, this._metadata); }
  createDeveloperMetadataFinder() { return new DeveloperMetadataFinder(this._env, () => [...this._metadata]); }

  // ── Internals (used by Range and Spreadsheet; invisible to the add-on) ──
  _cell(row: number, column: number, create: boolean): Cell | undefined {
    let r = this._grid[row - 1];
    if (!r) {
      if (!create) return undefined;
      r = [];
      this._grid[row - 1] = r;
    }
    let cell = r[column - 1];
    if (!cell && create) {
      cell = {};
      r[column - 1] = cell;
    }
    return cell;
  }

  _writeContext(): WriteContext {
    return { timeZone: this._spreadsheet._timeZone, locale: this._spreadsheet._locale, isDate: (v): v is Date => this._env.isDate(v) };
  }

  _range(row: number, column: number, numRows: number, numColumns: number, argc = 4): Range {
    const fail = (m: string) => this._env.fail(m);
    for (const [v, name] of [[row, 'row'], [column, 'column'], [numRows, 'numRows'], [numColumns, 'numColumns']] as const) {
      if (typeof v !== 'number' || !Number.isInteger(v)) fail(`Cannot convert '${String(v)}' to int. (${name})`);
    }
    if (argc < 2) fail("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    if (row < 1) fail('The starting row of the range is too small.');
    if (column < 1) fail('The starting column of the range is too small.');
    if (numRows < 1) fail('The number of rows in the range must be at least 1.');
    if (numColumns < 1) fail('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this._maxRows || column + numColumns - 1 > this._maxColumns) {
      fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new Range(this._env, this, row, column, numRows, numColumns);
  }

  _rangeA1(a1: string): Range {
    const p = parseA1(String(a1));
    if (!p) return this._env.fail('Range not found');
    const row = p.row ?? 1;
    const column = p.column ?? 1;
    const endRow = p.endRow ?? this._maxRows;
    const endColumn = p.endColumn ?? this._maxColumns;
    return this._range(Math.min(row, endRow), Math.min(column, endColumn), Math.abs(endRow - row) + 1, Math.abs(endColumn - column) + 1);
  }

  private _insertColumns(at: number, howMany: number, inheritFrom: number) {
    this._checkCells(howMany * this._maxRows);
    for (const row of this._grid) {
      if (!row) continue;
      const template = row[inheritFrom - 1];
      if (row.length < at) row.length = at;
      row.splice(at, 0, ...new Array(howMany).fill(undefined).map(() => (template ? formatOnly(template) : undefined)));
    }
    this._shiftWidths(at + 1, howMany);
    this._maxColumns += howMany;
    this._shiftRules('column', at + 1, howMany);
  }

  private _shiftWidths(from: number, delta: number) {
    const moved = new Map<number, number>();
    for (const [c, w] of this._columnWidths) {
      if (c < from) moved.set(c, w);
      else if (delta > 0 || c >= from - delta) moved.set(c + delta, w);
    }
    this._columnWidths = moved;
  }

  /** Keeps conditional format ranges on the same cells when rows/columns move (inserted: grow/shift; deleted: shrink/drop). */
  private _shiftRules(dim: 'row' | 'column', at: number, delta: number) {
    for (const sheet of this._spreadsheet._sheets) sheet._charts.shift(this, dim, at, delta);
    const rules: ConditionalFormatRule[] = [];
    for (const rule of this._rules) {
      const ranges: Range[] = [];
      for (const r of rule._ranges) {
        let start = dim === 'row' ? r._row : r._column;
        let end = start + (dim === 'row' ? r._numRows : r._numColumns) - 1;
        if (delta > 0) {
          if (start >= at) start += delta;
          if (end >= at) end += delta;
        } else {
          const delStart = at;
          const delEnd = at - delta - 1;
          const shift = (p: number) => (p > delEnd ? p + delta : p >= delStart ? delStart : p);
          const keptBefore = start < delStart;
          const keptAfter = end > delEnd;
          if (!keptBefore && !keptAfter) continue;
          start = shift(start);
          end = keptAfter ? end + delta : delStart - 1;
        }
        ranges.push(dim === 'row'
          ? new Range(this._env, this, start, r._column, end - start + 1, r._numColumns)
          : new Range(this._env, this, r._row, start, r._numRows, end - start + 1));
      }
      if (ranges.length) rules.push(new ConditionalFormatRule(this._env, ranges, rule._condition));
    }
    this._rules = rules;
  }

  private _checkCount(n: number) {
    if (!Number.isInteger(n) || n < 1) this._env.fail(`Invalid argument: howMany must be at least 1 (got ${String(n)}).`);
  }

  private _checkCells(added: number) {
    const total = this._spreadsheet._sheets.reduce((n, s) => n + s._maxRows * s._maxColumns, 0);
    if (total + added > MAX_CELLS) {
      this._env.fail(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
  }
}

/** A new row/column inherits the formats of its neighbour, not its content. */
function formatOnly(c: Cell): Cell | undefined {
  const { numberFormat, validation, fontWeight, background, fontColor, wrap, horizontalAlignment } = c;
  const out: Cell = { numberFormat, validation, fontWeight, background, fontColor, wrap, horizontalAlignment };
  for (const k of Object.keys(out) as (keyof Cell)[]) if (out[k] === undefined) delete out[k];
  return Object.keys(out).length ? out : undefined;
}
