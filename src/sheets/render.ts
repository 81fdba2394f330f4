/**
 * The one renderer: writes a SheetSpec as a new tab in a fixed handful of batched calls, whatever
 * its row count. It never overwrites: the tab gets a free name ("Calendar", "Calendar (2)"…), so a
 * re-run leaves the user's edits in earlier tabs as they were.
 *
 * Call cost per tab (each line is one Apps Script call; measured in test/sheets/render.test.ts):
 *   insertSheet (when the name is taken: + getSheetByName per name tried + insertSheet) ·
 *   insertRowsAfter (only past 1000 rows: the one call a big tab costs more than a small one) ·
 *   insertColumnsAfter (only past 26 columns) ·
 *   getRange (one rectangle for everything) · setValues · setNumberFormats* · setDataValidations* ·
 *   setFontWeights* · setBackgrounds* · setFontColors* · setWraps* · getConditionalFormatRules* +
 *   one getRange per rule area (or getRangeList+getRanges when cheaper)* + setConditionalFormatRules* ·
 *   setColumnWidths (the fewest calls that paint the widths, at most MAX_WIDTH_CALLS) ·
 *   charts*: getRangeList + getRanges for all their ranges, then insertChart per chart (charts.ts) ·
 *   setFrozenRows* · setFrozenColumns* · setRightToLeft* · addDeveloperMetadata (+1 per extra key*) · getSheetId.
 *                                                       (* only when the spec has one)
 *   Typical tab: 11–13 + width calls (≤ 3) + rule areas ≈ 14–18 Apps Script calls. Measured:
 *   the test spec of test/sheets/render.test.ts costs 17; the example plan grown to 6 networks ×
 *   5 posts a week writes its three tabs and saves the plan in 53–58 calls for 3 to 36 months,
 *   en or fa (test/sheets/generate-cost.test.ts). Builders
 *   (newDataValidation…build, newConditionalFormatRule…build) are local objects and add
 *   3 calls per distinct validation and 4–5 per conditional rule to the emulator's `calls.total`.
 *
 * It relies on what Sheets guarantees for a tab made by insertSheet(name): 1000 rows, 26 columns,
 * columns 100 px wide, no content, no rules. Text is always text (see cell-values.ts).
 */
import { insertCharts, type ChartsApp } from './charts';
import { layout, widthCalls, type Layout } from './layout';
import { TAB_METADATA_KEY, type ConditionalRule, type SheetSpec, type Validation } from './spec';
import { insertTab } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export const NEW_TAB_ROWS = 1000;
export const NEW_TAB_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
/** Empty rows left under the content for the user's additions. */
export const SPARE_ROWS = 50;
/** setColumnWidths calls a tab may spend; beyond it near widths are merged (see widthCalls). */
export const MAX_WIDTH_CALLS = 3;

export interface RenderOptions {
  /** SpreadsheetApp (the builders and enums); defaults to the global. */
  app?: App;
  /** Charts (its ChartType enum), for a spec with charts; defaults to the global. */
  charts?: ChartsApp;
}

export interface RenderedTab {
  sheet: Sheet;
  name: string;
  sheetId: number;
}

export function renderTab(spreadsheet: Spreadsheet, spec: SheetSpec, options: RenderOptions = {}): RenderedTab {
  const app = options.app ?? SpreadsheetApp;
  const plan = layout(spec); // pure; a bad spec throws here, before anything is written
  const { sheet, name } = insertTab(spreadsheet, spec.title);
  resize(sheet, plan);
  writeCells(app, sheet, plan);
  addConditionalRules(app, sheet, spec.conditionalRules);
  if (spec.charts?.length) insertCharts(options.charts ?? Charts, sheet, spec.charts);
  for (const call of widthCalls(spec.columnWidths, DEFAULT_COLUMN_WIDTH, MAX_WIDTH_CALLS)) sheet.setColumnWidths(call.start, call.count, call.width);
  if (spec.frozenRows > 0) sheet.setFrozenRows(spec.frozenRows);
  if ((spec.frozenColumns ?? 0) > 0) sheet.setFrozenColumns(spec.frozenColumns!);
  if (spec.rightToLeft) sheet.setRightToLeft(true);
  // DOCUMENT, not PROJECT: project tags are seen only by the Cloud project that wrote them, and
  // publishing moves the add-on to another one (README, "Tab tags").
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, spec.kind, app.DeveloperMetadataVisibility.DOCUMENT);
  for (const [key, value] of Object.entries(spec.metadata ?? {})) sheet.addDeveloperMetadata(key, value, app.DeveloperMetadataVisibility.DOCUMENT);
  return { sheet, name, sheetId: sheet.getSheetId() };
}

/**
 * Grows the new tab once when its content (plus spare rows) passes 1000 rows or 26 columns. A
 * smaller tab keeps Sheets' 1000 rows: shrinking it would cost a call for nothing the user needs.
 */
function resize(sheet: Sheet, plan: Layout): void {
  const rows = plan.lastRow + SPARE_ROWS;
  if (rows > NEW_TAB_ROWS) sheet.insertRowsAfter(NEW_TAB_ROWS, rows - NEW_TAB_ROWS);
  if (plan.lastColumn > NEW_TAB_COLUMNS) sheet.insertColumnsAfter(NEW_TAB_COLUMNS, plan.lastColumn - NEW_TAB_COLUMNS);
}

function writeCells(app: App, sheet: Sheet, plan: Layout): void {
  const box = plan.box;
  if (!box) return;
  const range = sheet.getRange(box.row, box.column, box.numRows, box.numColumns);
  // Values before formats: in a cell already formatted as plain text ("@") Sheets would keep the
  // leading apostrophe as a character; written first, the apostrophe only marks the text as text.
  range.setValues(plan.values);
  if (plan.formats) range.setNumberFormats(plan.formats);
  if (plan.validationIndex) {
    const built = plan.rules.map((rule) => buildValidation(app, rule));
    range.setDataValidations(plan.validationIndex.map((row) => row.map((i) => (i < 0 ? null : built[i]))));
  }
  if (plan.fontWeights) range.setFontWeights(plan.fontWeights);
  if (plan.backgrounds) range.setBackgrounds(plan.backgrounds);
  if (plan.fontColors) range.setFontColors(plan.fontColors);
  if (plan.wraps) range.setWraps(plan.wraps);
}

function buildValidation(app: App, rule: Validation): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = app.newDataValidation();
  switch (rule.kind) {
    case 'list':
      return builder.requireValueInList(rule.values, true).build();
    case 'checkbox':
      return builder.requireCheckbox().build();
    case 'date':
      return builder.requireDate().build();
    case 'number':
      if (rule.min !== undefined && rule.max !== undefined) return builder.requireNumberBetween(rule.min, rule.max).build();
      if (rule.min !== undefined) return builder.requireNumberGreaterThanOrEqualTo(rule.min).build();
      return builder.requireNumberLessThanOrEqualTo(rule.max).build();
    default:
      throw new Error(`Unknown validation ${JSON.stringify(rule)}`);
  }
}

/** setConditionalFormatRules replaces every rule of the tab: read what is there and append ours. */
function addConditionalRules(app: App, sheet: Sheet, rules: ConditionalRule[]): void {
  if (rules.length === 0) return;
  const existing = sheet.getConditionalFormatRules();
  const ranges = rangesFor(sheet, rules);
  const ours = rules.map((rule, i) => {
    const builder = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula.startsWith('=') ? rule.formula : `=${rule.formula}`)
      .setBackground(rule.background);
    if (rule.fontColor) builder.setFontColor(rule.fontColor);
    return builder.setRanges([ranges[i]]).build();
  });
  sheet.setConditionalFormatRules(existing.concat(ours));
}

/** One Range per rule: getRange per distinct area, or one getRangeList when that is fewer calls. */
function rangesFor(sheet: Sheet, rules: ConditionalRule[]): GoogleAppsScript.Spreadsheet.Range[] {
  const keys = rules.map((r) => `${r.area.row},${r.area.column},${r.area.numRows},${r.area.numColumns}`);
  const distinct = [...new Set(keys)];
  let byKey: Map<string, GoogleAppsScript.Spreadsheet.Range>;
  if (distinct.length > 2) {
    const a1 = distinct.map((k) => {
      const [row, column, numRows, numColumns] = k.split(',').map(Number);
      return a1Of(row, column, numRows, numColumns);
    });
    const list = sheet.getRangeList(a1).getRanges();
    byKey = new Map(distinct.map((k, i) => [k, list[i]]));
  } else {
    byKey = new Map(distinct.map((k) => {
      const [row, column, numRows, numColumns] = k.split(',').map(Number);
      return [k, sheet.getRange(row, column, numRows, numColumns)];
    }));
  }
  return keys.map((k) => byKey.get(k)!);
}

function letters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function a1Of(row: number, column: number, numRows: number, numColumns: number): string {
  return `${letters(column)}${row}:${letters(column + numColumns - 1)}${row + numRows - 1}`;
}
