/**
 * Room in the spreadsheet: Sheets refuses any tab, row or column past 10,000,000 cells in all
 * (every tab's rows × columns, filled or not). A run checks what its new tabs will take against
 * what is left before it writes anything, so a spreadsheet near the cap is refused with a clear
 * message instead of failing halfway.
 */
import type { Layout } from './layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sheets' cap on the cells of one spreadsheet. */
export const MAX_CELLS = 10_000_000;

/** The size of a tab made by insertSheet (what the renderer relies on). */
export const NEW_TAB_ROWS = 1000;
export const NEW_TAB_COLUMNS = 26;
/** Empty rows left under the content for the user's additions. */
export const SPARE_ROWS = 50;

/** Rows and columns the renderer gives a tab for this layout: never fewer than a new tab has. */
export function gridOf(plan: Layout): { rows: number; columns: number } {
  return { rows: Math.max(NEW_TAB_ROWS, plan.lastRow + SPARE_ROWS), columns: Math.max(NEW_TAB_COLUMNS, plan.lastColumn) };
}

/** Cells the tabs of these layouts will take. */
export function cellsNeeded(plans: Layout[]): number {
  return plans.reduce((n, plan) => {
    const { rows, columns } = gridOf(plan);
    return n + rows * columns;
  }, 0);
}

/** Cells the spreadsheet can still take: 1 call + 2 per tab (each tab's rows and columns). */
export function cellsLeft(spreadsheet: Spreadsheet): number {
  let used = 0;
  for (const sheet of spreadsheet.getSheets()) used += sheet.getMaxRows() * sheet.getMaxColumns();
  return Math.max(0, MAX_CELLS - used);
}
