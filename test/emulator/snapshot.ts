/**
 * A plain-data view of the emulated spreadsheet, for tests (toEqual, toMatchSnapshot) and for the
 * local preview: per tab its name, direction, frozen rows, widths, metadata, conditional rules and
 * cells (stored value, what Sheets would display, formula, number format, validation, style),
 * trimmed to the area that holds anything.
 */
import { a1Notation } from './a1';
import type { ChartSnapshot } from './charts';
import type { DataValidation } from './data-validation';
import { displayValue } from './display';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';
import { DEFAULT_COLUMN_WIDTH } from './sheet';

export interface CellSnapshot {
  /** Stored value (dates are serials); null when empty or when the cell is a formula. */
  value: string | number | boolean | null;
  /** What the cell shows (formulas show "" — the emulator does not compute them). */
  display: string;
  formula?: string;
  /** A formula Sheets made out of text starting with + - @ (the hazard): should never happen. */
  accidentalFormula?: true;
  format?: string;
  validation?: { type: string; values: unknown[]; allowInvalid: boolean; helpText?: string };
  bold?: true;
  background?: string;
  fontColor?: string;
  wrap?: true;
  note?: string;
}

export interface SheetSnapshot {
  name: string;
  index: number;
  sheetId: number;
  rightToLeft: boolean;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  /** Width of each column up to the used area (or the last width set). */
  columnWidths: number[];
  metadata: { key: string; value: string | null }[];
  conditionalRules: { ranges: string[]; criteria: string; values: unknown[]; background: string | null; fontColor: string | null }[];
  /** Rows × columns from A1 to the last cell holding anything; null for an untouched cell. */
  cells: (CellSnapshot | null)[][];
  /** Embedded charts, in insertion order. */
  charts: ChartSnapshot[];
}

export interface SpreadsheetSnapshot {
  name: string;
  locale: string;
  timeZone: string;
  activeSheet: string;
  metadata: { key: string; value: string | null }[];
  sheets: SheetSnapshot[];
}

export function snapshot(spreadsheet: Spreadsheet): SpreadsheetSnapshot {
  return {
    name: spreadsheet._name,
    locale: spreadsheet._locale,
    timeZone: spreadsheet._timeZone,
    activeSheet: spreadsheet._active._name,
    metadata: spreadsheet._metadata.map((m) => ({ key: m._key, value: m._value })),
    sheets: spreadsheet._sheets.map((s) => sheetSnapshot(s)),
  };
}

export function sheetSnapshot(sheet: Sheet): SheetSnapshot {
  let lastRow = 0;
  let lastColumn = 0;
  sheet._grid.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell && Object.keys(cell).length > 0) {
        lastRow = Math.max(lastRow, r + 1);
        lastColumn = Math.max(lastColumn, c + 1);
      }
    });
  });
  const widthColumns = Math.max(lastColumn, ...sheet._columnWidths.keys(), 0);
  const cells: (CellSnapshot | null)[][] = [];
  for (let r = 1; r <= lastRow; r += 1) {
    const row: (CellSnapshot | null)[] = [];
    for (let c = 1; c <= lastColumn; c += 1) {
      const cell = sheet._cell(r, c, false);
      if (!cell || Object.keys(cell).length === 0) {
        row.push(null);
        continue;
      }
      const out: CellSnapshot = {
        value: cell.formula !== undefined && !cell.accidentalFormula ? null : cell.value ?? null,
        display: displayValue(cell, ''),
      };
      if (cell.formula !== undefined) out.formula = cell.formula;
      if (cell.accidentalFormula) out.accidentalFormula = true;
      if (cell.numberFormat !== undefined) out.format = cell.numberFormat;
      const v = cell.validation as DataValidation | undefined;
      if (v) {
        out.validation = { type: v._criteria, values: v.getCriteriaValues(), allowInvalid: v._allowInvalid };
        if (v._helpText) out.validation.helpText = v._helpText;
      }
      if (cell.fontWeight === 'bold') out.bold = true;
      if (cell.background) out.background = cell.background;
      if (cell.fontColor) out.fontColor = cell.fontColor;
      if (cell.wrap) out.wrap = true;
      if (cell.note) out.note = cell.note;
      row.push(out);
    }
    cells.push(row);
  }
  return {
    name: sheet._name,
    index: sheet._spreadsheet._sheets.indexOf(sheet) + 1,
    sheetId: sheet._id,
    rightToLeft: sheet._rightToLeft,
    frozenRows: sheet._frozenRows,
    frozenColumns: sheet._frozenColumns,
    maxRows: sheet._maxRows,
    maxColumns: sheet._maxColumns,
    columnWidths: Array.from({ length: widthColumns }, (_, i) => sheet._columnWidths.get(i + 1) ?? DEFAULT_COLUMN_WIDTH),
    metadata: sheet._metadata.map((m) => ({ key: m._key, value: m._value })),
    conditionalRules: sheet._rules.map((rule) => ({
      ranges: rule._ranges.map((r) => a1Notation(r._row, r._column, r._numRows, r._numColumns)),
      criteria: rule._condition._criteria,
      values: [...rule._condition._values],
      background: rule._condition._format.background ?? null,
      fontColor: rule._condition._format.fontColor ?? null,
    })),
    cells,
    charts: sheet._charts.describe(),
  };
}

/** Every cell anywhere whose text Sheets turned into a formula by accident (should be empty). */
export function accidentalFormulas(spreadsheet: Spreadsheet): string[] {
  const out: string[] = [];
  for (const sheet of spreadsheet._sheets) {
    sheet._grid.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell?.accidentalFormula) out.push(`${sheet._name}!${a1Notation(r + 1, c + 1, 1, 1)} ${cell.formula}`);
      }),
    );
  }
  return out;
}
