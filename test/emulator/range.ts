/**
 * Range and RangeList: reading and writing a rectangle of cells (values, formulas, number formats,
 * validation, styles). Shape rules and messages follow Sheets: the data must match the range
 * exactly, and a whole-range setter (setValue, setNumberFormat…) applies to every cell.
 */
import { a1Notation } from './a1';
import { Service } from './calls';
import { readValue, writeFormula, writeValue, hasContent, AUTOMATIC_FORMAT, type Cell } from './cells';
import { normalizeColor } from './colors';
import { DataValidation } from './data-validation';
import { displayValue } from './display';
import type { Env } from './env';
import type { Sheet } from './sheet';

type Grid<T> = T[][];

export class Range extends Service {
  static override serviceName = 'Range';
  constructor(env: Env, readonly _sheet: Sheet, readonly _row: number, readonly _column: number, readonly _numRows: number, readonly _numColumns: number) {
    super(env);
  }

  // ── Where ──
  getRow() { return this._row; }
  getRowIndex() { return this._row; }
  getColumn() { return this._column; }
  getColumnIndex() { return this._column; }
  getNumRows() { return this._numRows; }
  getNumColumns() { return this._numColumns; }
  getHeight() { return this._numRows; }
  getWidth() { return this._numColumns; }
  getLastRow() { return this._row + this._numRows - 1; }
  getLastColumn() { return this._column + this._numColumns - 1; }
  getA1Notation() { return a1Notation(this._row, this._column, this._numRows, this._numColumns); }
  getSheet() { return this._sheet; }
  getGridId() { return this._sheet._id; }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number) {
    return this._sheet._range(this._row + rowOffset, this._column + columnOffset, numRows ?? this._numRows, numColumns ?? this._numColumns);
  }
  getCell(row: number, column: number) {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numColumns) this._env.fail('Cell reference out of range');
    return this._sheet._range(this._row + row - 1, this._column + column - 1, 1, 1);
  }
  activate() {
    this._sheet._spreadsheet._setActive(this._sheet, this);
    return this;
  }
  isBlank() {
    let blank = true;
    this._each((cell) => {
      if (hasContent(cell)) blank = false;
    });
    return blank;
  }

  // ── Values and formulas ──
  getValue() { return this._read(1, 1, (cell, r, c) => this._valueOf(cell, r, c))[0][0]; }
  getValues() { return this._read(this._numRows, this._numColumns, (cell, r, c) => this._valueOf(cell, r, c)); }
  getDisplayValue() { return this.getDisplayValues()[0][0]; }
  getDisplayValues() {
    return this._read(this._numRows, this._numColumns, (cell, r, c) => {
      const v = this._valueOf(cell, r, c);
      return v instanceof Date ? displayValue({ ...cell, formula: undefined, value: cell?.value }, undefined) : displayValue(cell, v);
    });
  }
  getFormula() { return this.getFormulas()[0][0]; }
  getFormulas() { return this._read(this._numRows, this._numColumns, (cell) => cell?.formula ?? ''); }
  setValue(value: unknown) {
    this._checkScalar(value);
    return this._writeAll((cell) => writeValue(cell, value, this._sheet._writeContext()));
  }
  setValues(values: unknown[][]) {
    this._checkShape(values);
    const ctx = this._sheet._writeContext();
    return this._writeGrid(values, (cell, v) => writeValue(cell, v, ctx));
  }
  setFormula(formula: string) {
    const ctx = this._sheet._writeContext();
    return this._writeAll((cell, r, c) => writeFormula(cell, shiftFormula(String(formula), r, c), ctx));
  }
  setFormulas(formulas: string[][]) {
    this._checkShape(formulas);
    const ctx = this._sheet._writeContext();
    return this._writeGrid(formulas, (cell, f) => writeFormula(cell, f, ctx));
  }
  clearContent() {
    return this._writeAll((cell) => {
      delete cell.value;
      delete cell.formula;
      delete cell.accidentalFormula;
    });
  }
  clearFormat() {
    return this._writeAll((cell) => {
      delete cell.numberFormat;
      delete cell.fontWeight;
      delete cell.background;
      delete cell.fontColor;
      delete cell.wrap;
      delete cell.horizontalAlignment;
    });
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }) {
    if (!options || (!options.formatOnly && !options.validationsOnly && !options.commentsOnly)) this.clearContent();
    if (!options || (!options.contentsOnly && !options.validationsOnly && !options.commentsOnly) || options.formatOnly) this.clearFormat();
    if (options?.validationsOnly) this.clearDataValidations();
    if (options?.commentsOnly) this._writeAll((cell) => delete cell.note);
    return this;
  }
  clearNote() { return this._writeAll((cell) => delete cell.note); }
  setNote(note: string | null) { return this._writeAll((cell) => (note ? (cell.note = String(note)) : delete cell.note)); }
  getNote() { return this._cellAt(0, 0)?.note ?? ''; }
  getNotes() { return this._read(this._numRows, this._numColumns, (cell) => cell?.note ?? ''); }

  // ── Number formats ──
  getNumberFormat() { return this.getNumberFormats()[0][0]; }
  getNumberFormats() { return this._read(this._numRows, this._numColumns, (cell) => cell?.numberFormat ?? AUTOMATIC_FORMAT); }
  setNumberFormat(format: string) {
    this._checkText(format, 'numberFormat');
    return this._writeAll((cell) => (cell.numberFormat = format));
  }
  setNumberFormats(formats: string[][]) {
    this._checkShape(formats);
    return this._writeGrid(formats, (cell, f) => {
      this._checkText(f, 'numberFormats');
      cell.numberFormat = f as string;
    });
  }

  // ── Data validation ──
  getDataValidation() { return (this._cellAt(0, 0)?.validation as DataValidation | undefined) ?? null; }
  getDataValidations() { return this._read(this._numRows, this._numColumns, (cell) => (cell?.validation as DataValidation | undefined) ?? null); }
  setDataValidation(rule: DataValidation | null) {
    this._checkRule(rule);
    return this._writeAll((cell) => (rule ? (cell.validation = rule) : delete cell.validation));
  }
  setDataValidations(rules: (DataValidation | null)[][]) {
    this._checkShape(rules);
    return this._writeGrid(rules, (cell, rule) => {
      this._checkRule(rule as DataValidation | null);
      if (rule) cell.validation = rule;
      else delete cell.validation;
    });
  }
  clearDataValidations() { return this._writeAll((cell) => delete cell.validation); }
  insertCheckboxes(checked?: unknown, unchecked?: unknown) {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    const rule = new DataValidation(this._env, 'CHECKBOX', values, false, '');
    const ctx = this._sheet._writeContext();
    return this._writeAll((cell) => {
      cell.validation = rule;
      writeValue(cell, values.length ? values[1] ?? '' : false, ctx);
    });
  }
  removeCheckboxes() {
    return this._writeAll((cell) => {
      if ((cell.validation as DataValidation | undefined)?._criteria === 'CHECKBOX') {
        delete cell.validation;
        delete cell.value;
      }
    });
  }

  // ── Styles ──
  getFontWeight() { return this._cellAt(0, 0)?.fontWeight ?? 'normal'; }
  getFontWeights() { return this._read(this._numRows, this._numColumns, (cell) => cell?.fontWeight ?? 'normal'); }
  setFontWeight(weight: 'bold' | 'normal' | null) {
    this._checkWeight(weight);
    return this._writeAll((cell) => (weight === 'bold' ? (cell.fontWeight = 'bold') : delete cell.fontWeight));
  }
  setFontWeights(weights: (string | null)[][]) {
    this._checkShape(weights);
    return this._writeGrid(weights, (cell, w) => {
      this._checkWeight(w);
      if (w === 'bold') cell.fontWeight = 'bold';
      else delete cell.fontWeight;
    });
  }
  getBackground() { return this._cellAt(0, 0)?.background ?? '#ffffff'; }
  getBackgrounds() { return this._read(this._numRows, this._numColumns, (cell) => cell?.background ?? '#ffffff'); }
  setBackground(color: string | null) {
    const c = color === null ? null : normalizeColor(this._env, color);
    return this._writeAll((cell) => (c ? (cell.background = c) : delete cell.background));
  }
  setBackgrounds(colors: (string | null)[][]) {
    this._checkShape(colors);
    return this._writeGrid(colors, (cell, color) => {
      if (color === null || color === undefined || color === '') delete cell.background;
      else cell.background = normalizeColor(this._env, color as string);
    });
  }
  getFontColor() { return this._cellAt(0, 0)?.fontColor ?? '#000000'; }
  getFontColors() { return this._read(this._numRows, this._numColumns, (cell) => cell?.fontColor ?? '#000000'); }
  setFontColor(color: string | null) {
    const c = color === null ? null : normalizeColor(this._env, color);
    return this._writeAll((cell) => (c ? (cell.fontColor = c) : delete cell.fontColor));
  }
  setFontColors(colors: (string | null)[][]) {
    this._checkShape(colors);
    return this._writeGrid(colors, (cell, color) => {
      if (color === null || color === undefined || color === '') delete cell.fontColor;
      else cell.fontColor = normalizeColor(this._env, color as string);
    });
  }
  getWrap() { return this._cellAt(0, 0)?.wrap ?? false; }
  getWraps() { return this._read(this._numRows, this._numColumns, (cell) => cell?.wrap ?? false); }
  setWrap(wrap: boolean) { return this._writeAll((cell) => (wrap ? (cell.wrap = true) : delete cell.wrap)); }
  setWraps(wraps: boolean[][]) {
    this._checkShape(wraps);
    return this._writeGrid(wraps, (cell, w) => (w ? (cell.wrap = true) : delete cell.wrap));
  }
  getHorizontalAlignment() { return this._cellAt(0, 0)?.horizontalAlignment ?? 'general'; }
  setHorizontalAlignment(alignment: string | null) {
    return this._writeAll((cell) => (alignment ? (cell.horizontalAlignment = String(alignment)) : delete cell.horizontalAlignment));
  }

  // ── Internals ──
  _cells(): { row: number; column: number }[] {
    const out: { row: number; column: number }[] = [];
    for (let r = 0; r < this._numRows; r += 1) for (let c = 0; c < this._numColumns; c += 1) out.push({ row: this._row + r, column: this._column + c });
    return out;
  }

  private _valueOf(cell: Cell | undefined, r: number, c: number): unknown {
    const env = this._env;
    const sheet = this._sheet;
    return readValue(cell, {
      timeZone: sheet._spreadsheet._timeZone,
      makeDate: (ms) => env.makeDate(ms),
      timeOnlyAtTodayOffset: env.faults.timeCellsAtTodayOffset ? env.clock.now() : undefined,
      evaluate: env.evaluateFormula
        ? (formula) => env.evaluateFormula!(formula, { sheet: sheet._name, row: this._row + r, column: this._column + c })
        : undefined,
    });
  }

  private _cellAt(r: number, c: number): Cell | undefined {
    return this._sheet._cell(this._row + r, this._column + c, false);
  }

  private _read<T>(numRows: number, numColumns: number, f: (cell: Cell | undefined, r: number, c: number) => T): Grid<T> {
    const out: Grid<T> = new Array(numRows);
    for (let r = 0; r < numRows; r += 1) {
      const row: T[] = new Array(numColumns);
      for (let c = 0; c < numColumns; c += 1) row[c] = f(this._cellAt(r, c), r, c);
      out[r] = row;
    }
    return out;
  }

  private _each(f: (cell: Cell | undefined) => void): void {
    for (let r = 0; r < this._numRows; r += 1) for (let c = 0; c < this._numColumns; c += 1) f(this._cellAt(r, c));
  }

  private _writeAll(f: (cell: Cell, r: number, c: number) => unknown): this {
    for (let r = 0; r < this._numRows; r += 1) {
      for (let c = 0; c < this._numColumns; c += 1) f(this._sheet._cell(this._row + r, this._column + c, true)!, r, c);
    }
    return this;
  }

  private _writeGrid(grid: unknown[][], f: (cell: Cell, v: unknown) => void): this {
    for (let r = 0; r < this._numRows; r += 1) {
      const row = grid[r];
      for (let c = 0; c < this._numColumns; c += 1) f(this._sheet._cell(this._row + r, this._column + c, true)!, row[c]);
    }
    return this;
  }

  private _checkShape(data: unknown): void {
    if (!Array.isArray(data)) this._env.fail('The parameters (String) don\'t match the method signature for SpreadsheetApp.Range.setValues.');
    if (data.length !== this._numRows) {
      this._env.fail(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this._numRows}.`);
    }
    for (const row of data) {
      if (!Array.isArray(row)) this._env.fail('The parameters (number[]) don\'t match the method signature for SpreadsheetApp.Range.setValues.');
      if (row.length !== this._numColumns) {
        this._env.fail(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this._numColumns}.`);
      }
    }
  }

  private _checkScalar(value: unknown): void {
    if (Array.isArray(value)) this._env.fail('The parameters (number[]) don\'t match the method signature for SpreadsheetApp.Range.setValue.');
  }

  private _checkText(value: unknown, what: string): void {
    if (typeof value !== 'string') this._env.fail(`Invalid argument: ${what} (${String(value)})`);
  }

  private _checkWeight(weight: unknown): void {
    if (weight !== null && weight !== 'bold' && weight !== 'normal') this._env.fail(`Invalid argument: fontWeight (${String(weight)})`);
  }

  private _checkRule(rule: unknown): void {
    if (rule !== null && !(rule instanceof DataValidation)) this._env.fail('Invalid argument: rule (use SpreadsheetApp.newDataValidation()…build())');
  }
}

/** Shifts the relative A1 references of a formula by (rows, columns), as setFormula on a block does. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (!formula.startsWith('=') || (rows === 0 && columns === 0)) return formula;
  return formula.replace(/"[^"]*"|'[^']*'!|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g, (m, cAbs, col, rAbs, row) => {
    if (col === undefined) return m;
    let n = 0;
    for (const ch of col) n = n * 26 + ch.charCodeAt(0) - 64;
    const newCol = cAbs ? n : n + columns;
    const newRow = rAbs ? Number(row) : Number(row) + rows;
    let letters = '';
    for (let k = newCol; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
    return `${cAbs}${letters}${rAbs}${newRow}`;
  });
}

/** Several ranges of one sheet acted on together (Sheet.getRangeList). */
export class RangeList extends Service {
  static override serviceName = 'RangeList';
  constructor(env: Env, readonly _ranges: Range[]) {
    super(env);
  }
  getRanges() { return [...this._ranges]; }
  private _all(f: (r: Range) => unknown) {
    for (const r of this._ranges) f(r);
    return this;
  }
  activate() { return this._all((r) => r.activate()); }
  clear(options?: Parameters<Range['clear']>[0]) { return this._all((r) => r.clear(options)); }
  clearContent() { return this._all((r) => r.clearContent()); }
  clearFormat() { return this._all((r) => r.clearFormat()); }
  clearDataValidations() { return this._all((r) => r.clearDataValidations()); }
  clearNote() { return this._all((r) => r.clearNote()); }
  insertCheckboxes(checked?: unknown, unchecked?: unknown) { return this._all((r) => r.insertCheckboxes(checked, unchecked)); }
  removeCheckboxes() { return this._all((r) => r.removeCheckboxes()); }
  setBackground(color: string | null) { return this._all((r) => r.setBackground(color)); }
  setFontColor(color: string | null) { return this._all((r) => r.setFontColor(color)); }
  setFontWeight(weight: 'bold' | 'normal' | null) { return this._all((r) => r.setFontWeight(weight)); }
  setFormula(formula: string) { return this._all((r) => r.setFormula(formula)); }
  setNumberFormat(format: string) { return this._all((r) => r.setNumberFormat(format)); }
  setValue(value: unknown) { return this._all((r) => r.setValue(value)); }
  setWrap(wrap: boolean) { return this._all((r) => r.setWrap(wrap)); }
  setNote(note: string | null) { return this._all((r) => r.setNote(note)); }
  setHorizontalAlignment(a: string | null) { return this._all((r) => r.setHorizontalAlignment(a)); }
}
