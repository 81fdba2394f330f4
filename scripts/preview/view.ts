/**
 * What the preview page draws of one tab: every row up to the tab's size, each cell as Sheets shows
 * it (its stored value or its formula's computed value through the number format, spilled arrays
 * included), with its dropdown, checkbox, style and a flag when it breaks its validation rule.
 * Plain data (JSON to the page); dropdown lists are sent once per tab, not once per cell.
 */
import { displayValue } from '../../test/emulator/display';
import type { Cell } from '../../test/emulator/cells';
import type { DataValidation } from '../../test/emulator/data-validation';
import { DEFAULT_COLUMN_WIDTH, type Sheet } from '../../test/emulator/sheet';
import type { Computed, Workbook } from './workbook';

export interface ViewCell {
  /** What the cell shows. */
  text: string;
  /** The formula, when the cell holds one (what the formula bar shows). */
  formula?: string;
  /** The formula could not be computed here (a function the engine lacks): the formula is shown. */
  uncomputed?: true;
  /** An error value (#REF!, #VALUE!…) and why, as Sheets' tooltip says. */
  error?: string;
  /** The value comes from an array a formula above or beside it spilled. */
  spill?: true;
  /** A number (aligned to the end, as Sheets does). */
  number?: true;
  /** Index into ViewSheet.lists: the cell's dropdown. */
  dropdown?: number;
  checkbox?: boolean;
  /** The stored value breaks the cell's validation rule (Sheets marks it with a red corner). */
  invalid?: string;
  bold?: true;
  background?: string;
  fontColor?: string;
  wrap?: true;
  note?: string;
}

export interface ViewSheet {
  name: string;
  sheetId: number;
  rightToLeft: boolean;
  frozenRows: number;
  frozenColumns: number;
  /** The tab's size, as Sheets draws it (1000 × 26 for a new tab). */
  maxRows: number;
  maxColumns: number;
  columnWidths: number[];
  /** The dropdown lists of this tab's cells. */
  lists: string[][];
  /** Rows × columns up to the last one holding anything (spills included); null for an empty cell. */
  rows: (ViewCell | null)[][];
}

/** Sheets' words when a typed value breaks a rule (the rule's help text wins when it has one). */
export function ruleMessage(rule: DataValidation): string {
  if (rule._helpText) return rule._helpText;
  const v = rule._values;
  switch (rule._criteria) {
    case 'VALUE_IN_LIST':
    case 'VALUE_IN_RANGE':
      return 'Input must be an item on the specified list.';
    case 'CHECKBOX':
      return 'Input must be a checkbox value.';
    case 'NUMBER_BETWEEN':
      return `Input must be a number between ${String(v[0])} and ${String(v[1])}.`;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return `Input must be greater than or equal to ${String(v[0])}.`;
    case 'DATE_IS_VALID_DATE':
      return 'Input must be a valid date.';
    default:
      return 'Input must fall within specified range.';
  }
}

function computedText(cell: Cell | undefined, computed: Computed): string {
  if (computed === null) return '';
  if (typeof computed === 'object') return computed.error;
  return displayValue({ numberFormat: cell?.numberFormat, formula: '=', value: undefined } as Cell, computed);
}

function viewCell(cell: Cell | undefined, computed: Computed | undefined, spilled: boolean, lists: string[][], listIndex: Map<string, number>): ViewCell | null {
  const hasFormula = cell?.formula !== undefined && !cell.accidentalFormula;
  if (!cell && !spilled) return null;
  const out: ViewCell = { text: '' };
  if (hasFormula || spilled) {
    if (hasFormula) out.formula = cell!.formula;
    if (computed === undefined || (typeof computed === 'object' && computed !== null && computed.error === '#NAME?')) {
      out.uncomputed = true;
    } else {
      out.text = computedText(cell, computed);
      if (typeof computed === 'number') out.number = true;
      if (computed !== null && typeof computed === 'object') out.error = computed.message || computed.error;
    }
    if (spilled) out.spill = true;
  } else if (cell) {
    out.text = displayValue(cell, '');
    if (typeof cell.value === 'number') out.number = true;
  }
  if (cell) {
    const rule = cell.validation as DataValidation | undefined;
    if (rule?._criteria === 'VALUE_IN_LIST') {
      const list = (rule._values[0] as unknown[]).map(String);
      const key = JSON.stringify(list);
      let index = listIndex.get(key);
      if (index === undefined) {
        index = lists.push(list) - 1;
        listIndex.set(key, index);
      }
      out.dropdown = index;
    }
    if (rule?._criteria === 'CHECKBOX') out.checkbox = cell.value === true;
    if (rule && !hasFormula && !rule._accepts(cell.value)) out.invalid = ruleMessage(rule);
    if (cell.fontWeight === 'bold') out.bold = true;
    if (cell.background) out.background = cell.background;
    if (cell.fontColor) out.fontColor = cell.fontColor;
    if (cell.wrap) out.wrap = true;
    if (cell.note) out.note = cell.note;
  }
  return out;
}

export function viewSheet(sheet: Sheet, workbook: Workbook): ViewSheet {
  let lastRow = 0;
  let lastColumn = 0;
  sheet._grid.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell && Object.keys(cell).length > 0) {
        lastRow = Math.max(lastRow, r + 1);
        lastColumn = Math.max(lastColumn, c + 1);
      }
    }),
  );
  const reach = workbook.extent(sheet._name);
  lastRow = Math.max(lastRow, reach.rows);
  lastColumn = Math.max(lastColumn, reach.columns);
  const lists: string[][] = [];
  const listIndex = new Map<string, number>();
  const rows: (ViewCell | null)[][] = [];
  for (let r = 1; r <= lastRow; r += 1) {
    const row: (ViewCell | null)[] = [];
    let last = 0;
    for (let c = 1; c <= lastColumn; c += 1) {
      const cell = sheet._cell(r, c, false);
      const formula = cell?.formula !== undefined && !cell.accidentalFormula;
      const spilled = !formula && workbook.isSpilled(sheet._name, r, c);
      const v = viewCell(cell && Object.keys(cell).length ? cell : undefined, formula || spilled ? workbook.value(sheet._name, r, c) : undefined, spilled, lists, listIndex);
      row.push(v);
      if (v) last = c;
    }
    row.length = last; // trailing empty cells are not sent
    rows.push(row);
  }
  const widthColumns = Math.max(lastColumn, ...sheet._columnWidths.keys(), 0);
  return {
    name: sheet._name,
    sheetId: sheet._id,
    rightToLeft: sheet._rightToLeft,
    frozenRows: sheet._frozenRows,
    frozenColumns: sheet._frozenColumns,
    maxRows: sheet._maxRows,
    maxColumns: sheet._maxColumns,
    columnWidths: Array.from({ length: widthColumns }, (_, i) => sheet._columnWidths.get(i + 1) ?? DEFAULT_COLUMN_WIDTH),
    lists,
    rows,
  };
}
