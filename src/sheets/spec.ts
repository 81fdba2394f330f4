/**
 * SheetSpec: a pure description of one tab the add-on writes. Generators (src/plan) produce it;
 * the one renderer (src/sheets/render.ts) writes it in a handful of batched calls whatever its
 * row count. Coordinates are 1-based like Sheets'.
 */

export type TabKind = 'strategy' | 'audit' | 'calendar' | 'kpi' | 'reviews' | 'dashboard';

/**
 * One cell. A plain string is ALWAYS text (the renderer makes sure a leading = + - @ never becomes
 * a formula); only `{ formula }` is a formula. Dates travel as ISO `YYYY-MM-DD`, times as `HH:MM`;
 * the renderer writes them as Sheets date/time serials (no time-zone drift).
 */
export type SpecCell =
  | string
  | number
  | boolean
  | null
  | { formula: string }
  | { date: string }
  | { time: string };

export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A rectangle of cells written in one call, with one number format per column (null = leave). */
export interface Block {
  row: number;
  column: number;
  cells: SpecCell[][];
  columnFormats?: (string | null)[];
}

export type Validation =
  | { kind: 'list'; values: string[] }
  | { kind: 'checkbox' }
  /** At least one bound: a rule with none would show Sheets' help text for ±1.8e308 (README, "Number rules"). */
  | { kind: 'number'; min: number; max?: number }
  | { kind: 'number'; min?: undefined; max: number }
  | { kind: 'date' };

export interface Style {
  area: Area;
  bold?: boolean;
  background?: string;
  fontColor?: string;
  wrap?: boolean;
  /** A number format over the area, painted after the blocks' column formats (a goal's own unit). */
  numberFormat?: string;
}

/** A conditional format: `formula` is relative to the area's top-left cell, as in Sheets' UI. */
export interface ConditionalRule {
  area: Area;
  formula: string;
  background: string;
  fontColor?: string;
}

export interface SheetSpec {
  kind: TabKind;
  /** The tab name wanted, in the plan's language; the renderer picks a free variant if taken. */
  title: string;
  rightToLeft: boolean;
  frozenRows: number;
  frozenColumns?: number;
  /** Width in pixels of columns A, B, C… */
  columnWidths: number[];
  blocks: Block[];
  validations: { area: Area; rule: Validation }[];
  styles: Style[];
  conditionalRules: ConditionalRule[];
  /** More developer metadata for the tab (key → value, DOCUMENT-visible), e.g. the tabs a dashboard reads. */
  metadata?: Record<string, string>;
  /** Native charts over areas of this tab (the renderer inserts them after the cells). */
  charts?: ChartSpec[];
  /** Data rows the tab holds (what generateTabs reports). */
  rows: number;
}

export type ChartType = 'bar' | 'column' | 'line';

/**
 * One embedded chart. `ranges` are areas of the same tab, each with a header row: the first is
 * the domain (labels or dates), the others the series, read as columns. `options` are Google
 * Charts options as Sheets' setOption takes them (title, colors, vAxes…), text in the plan's
 * language. Position is the anchor cell (top-left in reading order) and a size in pixels.
 */
export interface ChartSpec {
  /** Says which chart this is, e.g. for the refresh to find its data again. */
  id: string;
  type: ChartType;
  ranges: Area[];
  options: Record<string, unknown>;
  anchor: { row: number; column: number };
  width: number;
  height: number;
}

/** Developer-metadata key that marks our tabs; its value is the TabKind. Survives renames. */
export const TAB_METADATA_KEY = 'socialStrategy.tab';
/** Developer-metadata key on a dashboard: JSON `{ kpi, calendar }`, the sheet ids of the tabs it reads. */
export const DASHBOARD_SOURCES_KEY = 'socialStrategy.dashboardSources';
