/**
 * The one renderer: writes SheetSpecs as new tabs in a fixed handful of batched calls each,
 * whatever their row count, and ALL OR NOTHING: either every tab of a run is written and tagged
 * (and the caller's `save`, e.g. the plan, succeeded), or the spreadsheet is as it was. Every tab
 * the add-on writes goes through renderTabs, so a new kind of tab gets this for free.
 *
 *   1. Lay out every spec (pure: a bad spec throws before anything is written) and check the cells
 *      they need against the spreadsheet's room (room.ts): refused before the first write.
 *   2. Write each tab under its free name ("Calendar", "Calendar (2)"…), untagged.
 *   3. `save()` (the plan), which hands back how to undo itself.
 *   4. Only then tag every tab (the tag is what makes a tab ours: findTabs, the reminders).
 *   On any error: delete the tabs this run made, undo the save, and throw TabsNotWritten saying what
 *   could not be undone (best effort: a delete can fail too).
 * It never overwrites: a re-run leaves the user's edits in earlier tabs as they were.
 *
 * Not done, for the call budget (≤ 75 a generation, test/generate): writing the tabs hidden under
 * temporary names and showing and renaming them at the end would cost hideSheet + showSheet +
 * setName per tab, 12 calls for the four tabs (80–86 in all). A run takes seconds, and an untagged
 * tab is not ours to anything that reads the spreadsheet until the run is done.
 *
 * Call cost per tab (each line is one Apps Script call; measured in test/sheets/render.test.ts):
 *   insertSheet (when the name is taken: + getSheetByName per name tried + insertSheet) ·
 *   insertRowsAfter (only past 1000 rows: the one call a big tab costs more than a small one) ·
 *   insertColumnsAfter (only past 26 columns) ·
 *   getRange (one rectangle for everything) · setValues · setNumberFormats* · setDataValidations* ·
 *   setFontWeights* · setBackgrounds* · setFontColors* · setWraps* ·
 *   one getRange per rule area (or getRangeList+getRanges when cheaper)* + setConditionalFormatRules* ·
 *   setColumnWidths (the fewest calls that paint the widths, at most MAX_WIDTH_CALLS) ·
 *   charts*: getRangeList + getRanges for all their ranges, then insertChart per chart (charts.ts) ·
 *   addDeveloperMetadata per extra key* (a dashboard's sources) ·
 *   setFrozenRows* · setFrozenColumns* · setRightToLeft* · getSheetId · addDeveloperMetadata.
 *                                                       (* only when the spec has one)
 *   Once per run: getSheets + getMaxRows and getMaxColumns per tab already there (the room check).
 *   All or nothing costs that room check (3 calls on a one-tab spreadsheet); a new tab has no
 *   conditional rules to read, which saves one. Builders (newDataValidation…build,
 *   newConditionalFormatRule…build) are local objects and add 3 calls per distinct validation and
 *   4–5 per conditional rule to the emulator's `calls.total`.
 *
 * It relies on what Sheets guarantees for a tab made by insertSheet(name): 1000 rows, 26 columns,
 * columns 100 px wide, no content, no rules. Text is always text (see cell-values.ts).
 */
import { insertCharts, type ChartsApp } from './charts';
import { layout, widthCalls, type Layout } from './layout';
import { cellsLeft, cellsNeeded, gridOf, NEW_TAB_COLUMNS, NEW_TAB_ROWS } from './room';
import { TAB_METADATA_KEY, type ConditionalRule, type SheetSpec, type Validation } from './spec';
import { insertTab } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export const DEFAULT_COLUMN_WIDTH = 100;
/** setColumnWidths calls a tab may spend; beyond it near widths are merged (see widthCalls). */
export const MAX_WIDTH_CALLS = 3;

export interface RenderOptions {
  /** SpreadsheetApp (the builders and enums); defaults to the global. */
  app?: App;
  /** Charts (its ChartType enum), for a spec with charts; defaults to the global. */
  charts?: ChartsApp;
  /**
   * Runs once every tab is written and before any is tagged (e.g. saves the plan); returns how to
   * undo itself should tagging the tabs fail. If it throws it must leave nothing changed.
   */
  save?: () => () => void;
}

export interface RenderedTab {
  sheet: Sheet;
  name: string;
  sheetId: number;
}

/** Why a run wrote nothing, and what it could not undo (both lists empty: nothing was changed). */
export type NotWritten =
  | { reason: 'noRoom'; needed: number; room: number }
  | { reason: 'error'; error: string; tabsLeft: string[]; saveKept: boolean };

export class TabsNotWritten extends Error {
  constructor(readonly why: NotWritten) {
    super(why.reason === 'noRoom'
      ? `The new tabs need ${why.needed} cells; the spreadsheet has room for ${why.room}.`
      : why.tabsLeft.length || why.saveKept
        ? `${why.error} (could not undo: ${[...why.tabsLeft, ...(why.saveKept ? ['saved data'] : [])].join(', ')})`
        : why.error);
    this.name = 'TabsNotWritten';
  }
}

/** One tab, all or nothing (see renderTabs). */
export function renderTab(spreadsheet: Spreadsheet, spec: SheetSpec, options: RenderOptions = {}): RenderedTab {
  return renderTabs(spreadsheet, [spec], options)[0];
}

/**
 * A tab whose spec depends on the names the tabs before it got (the dashboard's formulas name the
 * KPI and calendar tabs): `draft` is laid out and checked for room up front (same size, wanted
 * names), `make` gives the real spec once the tabs before it are written.
 */
export interface DeferredSpec {
  draft: SheetSpec;
  make: (written: (RenderedTab & { kind: SheetSpec['kind'] })[]) => SheetSpec;
}

/** The spec a run writes for an entry (a deferred one's draft until it is made). */
export function specOf(entry: SheetSpec | DeferredSpec): SheetSpec {
  return 'draft' in entry ? entry.draft : entry;
}

export function renderTabs(spreadsheet: Spreadsheet, entries: (SheetSpec | DeferredSpec)[], options: RenderOptions = {}): RenderedTab[] {
  const app = options.app ?? SpreadsheetApp;
  const specs = entries.map(specOf);
  const plans = specs.map(layout); // pure; a bad spec throws here, before anything is written
  const needed = cellsNeeded(plans);
  const room = cellsLeft(spreadsheet);
  if (needed > room) throw new TabsNotWritten({ reason: 'noRoom', needed, room });

  const made: { sheet: Sheet; name: string }[] = [];
  let undoSave: (() => void) | null = null;
  try {
    const ids: number[] = [];
    entries.forEach((entry, i) => {
      if ('draft' in entry) {
        specs[i] = entry.make(made.map((tab, j) => ({ ...tab, sheetId: ids[j], kind: specs[j].kind })));
        plans[i] = layout(specs[i]);
      }
      const tab = insertTab(spreadsheet, specs[i].title, (sheet, name) => made.push({ sheet, name }));
      writeTab(app, tab.sheet, specs[i], plans[i], options);
      ids.push(tab.sheet.getSheetId());
    });
    if (options.save) undoSave = options.save();
    // The tag is what makes a tab ours (findTabs, the reminders): it goes on last, on every tab.
    // DOCUMENT, not PROJECT: project tags are seen only by the Cloud project that wrote them, and
    // publishing moves the add-on to another one (README, "Tab tags").
    for (const [i, tab] of made.entries()) tab.sheet.addDeveloperMetadata(TAB_METADATA_KEY, specs[i].kind, app.DeveloperMetadataVisibility.DOCUMENT);
    return made.map((tab, i) => ({ sheet: tab.sheet, name: tab.name, sheetId: ids[i] }));
  } catch (e) {
    throw takeBack(spreadsheet, made, undoSave, e);
  }
}

/** Undoes a failed run, best effort: each step is tried even when one before it failed. */
function takeBack(spreadsheet: Spreadsheet, made: { sheet: Sheet; name: string }[], undoSave: (() => void) | null, cause: unknown): TabsNotWritten {
  const tabsLeft: string[] = [];
  for (const tab of [...made].reverse()) {
    try {
      spreadsheet.deleteSheet(tab.sheet);
    } catch {
      tabsLeft.push(tab.name);
    }
  }
  let saveKept = false;
  if (undoSave) {
    try {
      undoSave();
    } catch {
      saveKept = true;
    }
  }
  const error = cause instanceof Error ? cause.message : String(cause);
  return new TabsNotWritten({ reason: 'error', error, tabsLeft, saveKept });
}

/** Everything of a spec but its name, visibility and tag, onto a new tab. */
function writeTab(app: App, sheet: Sheet, spec: SheetSpec, plan: Layout, options: RenderOptions): void {
  resize(sheet, plan);
  writeCells(app, sheet, plan);
  addConditionalRules(app, sheet, spec.conditionalRules);
  if (spec.charts?.length) insertCharts(options.charts ?? Charts, sheet, spec.charts);
  for (const call of widthCalls(spec.columnWidths, DEFAULT_COLUMN_WIDTH, MAX_WIDTH_CALLS)) sheet.setColumnWidths(call.start, call.count, call.width);
  if (spec.frozenRows > 0) sheet.setFrozenRows(spec.frozenRows);
  if ((spec.frozenColumns ?? 0) > 0) sheet.setFrozenColumns(spec.frozenColumns!);
  if (spec.rightToLeft) sheet.setRightToLeft(true);
  for (const [key, value] of Object.entries(spec.metadata ?? {})) sheet.addDeveloperMetadata(key, value, app.DeveloperMetadataVisibility.DOCUMENT);
}

/**
 * Grows the new tab once when its content (plus spare rows) passes 1000 rows or 26 columns. A
 * smaller tab keeps Sheets' 1000 rows: shrinking it would cost a call for nothing the user needs.
 */
function resize(sheet: Sheet, plan: Layout): void {
  const { rows, columns } = gridOf(plan);
  if (rows > NEW_TAB_ROWS) sheet.insertRowsAfter(NEW_TAB_ROWS, rows - NEW_TAB_ROWS);
  if (columns > NEW_TAB_COLUMNS) sheet.insertColumnsAfter(NEW_TAB_COLUMNS, columns - NEW_TAB_COLUMNS);
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

/** On a tab this run just made: setConditionalFormatRules replaces all, and there are none to keep. */
function addConditionalRules(app: App, sheet: Sheet, rules: ConditionalRule[]): void {
  if (rules.length === 0) return;
  const ranges = rangesFor(sheet, rules);
  const ours = rules.map((rule, i) => {
    const builder = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula.startsWith('=') ? rule.formula : `=${rule.formula}`)
      .setBackground(rule.background);
    if (rule.fontColor) builder.setFontColor(rule.fontColor);
    return builder.setRanges([ranges[i]]).build();
  });
  sheet.setConditionalFormatRules(ours);
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
