/**
 * The menu's "Refresh dashboard": on the dashboard in front (else the newest one), draws the
 * charts that were waiting for figures once the KPI log holds some, brings our charts' ranges and
 * options up to date (keeping where the user put them; charts of the user's own are left alone),
 * and re-points its formulas when the tabs it reads were replaced or removed (#REF!, other names).
 * It reads the tabs it belongs to from its own tag (their sheet ids follow renames and moves).
 */
import { fill } from '../i18n/format';
import { dashboardMessages } from '../i18n/messages';
import { generateDashboardTab, LOG_CHARTS, type DashboardSources } from '../plan/generators/dashboard';
import { kpiLayout } from '../plan/generators/kpi';
import type { Plan } from '../plan/schema';
import { areaA1, chartRanges, fillBuilder, type ChartsApp } from './charts';
import { layout } from './layout';
import { loadSavedPlan } from './plan-store';
import { DASHBOARD_SOURCES_KEY, type ChartSpec } from './spec';
import { findTabs } from './tabs';
import { userLang } from '../ui/user-lang';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type RefreshResult =
  | { refreshed: string; charts: number; repointed: boolean }
  | { problem: 'noDashboard' | 'noPlan' | 'sourcesMissing' };

/** The tabs a dashboard reads: the ids in its tag, else (tabs deleted and made again) the newest of each kind. */
function sourcesOf(dashboard: Sheet, spreadsheet: Spreadsheet, tabs: Map<string, Sheet[]>): { kpi: Sheet; calendar: Sheet } | null {
  const tag = dashboard.createDeveloperMetadataFinder().withKey(DASHBOARD_SOURCES_KEY).find()[0];
  let ids: { kpi?: unknown; calendar?: unknown } = {};
  try {
    ids = tag ? JSON.parse(tag.getValue() ?? '{}') : {};
  } catch {
    // An unreadable tag: fall back on the newest tabs.
  }
  const byId = (id: unknown) => (typeof id === 'number' ? spreadsheet.getSheetById(id) : null);
  const newest = (kind: string) => {
    const list = tabs.get(kind) ?? [];
    return list.length ? list[list.length - 1] : null;
  };
  const kpi = byId(ids.kpi) ?? newest('kpi');
  const calendar = byId(ids.calendar) ?? newest('calendar');
  return kpi && calendar ? { kpi, calendar } : null;
}

/** Whether the KPI log holds any figure (reach to revenue, every row from the log's first). */
function logHasFigures(kpi: Sheet, plan: Plan): boolean {
  const log = kpiLayout(plan).log;
  const lastRow = kpi.getLastRow();
  if (lastRow < log.firstRow) return false;
  const from = log.col('reach');
  const to = log.col('revenue');
  return kpi
    .getRange(log.firstRow, from, lastRow - log.firstRow + 1, to - from + 1)
    .getValues()
    .some((row) => row.some((v) => typeof v === 'number'));
}

/** True when some formula names a tab other than the two it should read, or lost one (#REF!). */
function needsRepointing(formulas: string[][], sources: DashboardSources): boolean {
  const wanted = new Set([sources.kpi, sources.calendar].map((n) => n.toLowerCase()));
  for (const row of formulas) {
    for (const f of row) {
      if (!f) continue;
      if (f.includes('#REF!')) return true;
      for (const m of f.matchAll(/'((?:[^']|'')+)'!/g)) if (!wanted.has(m[1].replace(/''/g, "'").toLowerCase())) return true;
    }
  }
  return false;
}

function rangesKey(ranges: GoogleAppsScript.Spreadsheet.Range[]): string {
  return ranges.map((r) => r.getA1Notation()).join(',');
}

export function refreshDashboard(spreadsheet: Spreadsheet, plan: Plan | null, charts: ChartsApp = Charts): RefreshResult {
  const tabs = findTabs(spreadsheet, ['dashboard', 'kpi', 'calendar']);
  const dashboards = tabs.get('dashboard') ?? [];
  if (dashboards.length === 0) return { problem: 'noDashboard' };
  if (!plan) return { problem: 'noPlan' };
  const activeId = spreadsheet.getActiveSheet().getSheetId();
  const dashboard = dashboards.find((s) => s.getSheetId() === activeId) ?? dashboards[dashboards.length - 1];
  const found = sourcesOf(dashboard, spreadsheet, tabs);
  if (!found) return { problem: 'sourcesMissing' };
  const sources = { kpi: found.kpi.getName(), calendar: found.calendar.getName() };
  const spec = generateDashboardTab(plan, sources, logHasFigures(found.kpi, plan));

  const grid = layout(spec);
  const box = grid.box!;
  const cells = dashboard.getRange(box.row, box.column, box.numRows, box.numColumns);
  const repointed = needsRepointing(cells.getFormulas(), sources);
  if (repointed) cells.setValues(grid.values);

  // Our charts are known by the ranges they read; the user's own charts are left as they are.
  const wanted = new Map<string, ChartSpec>(spec.allCharts.map((c) => [c.ranges.map(areaA1).join(','), c]));
  const drawn = new Set((spec.charts ?? []).map((c) => c.id));
  const present = new Set<string>();
  const toDraw = spec.charts ?? [];
  const ranges = chartRanges(dashboard, toDraw);
  const rangesById = new Map(toDraw.map((c, i) => [c.id, ranges[i]]));
  for (const chart of dashboard.getCharts()) {
    const ours = wanted.get(rangesKey(chart.getRanges()));
    if (!ours) continue;
    if (!drawn.has(ours.id)) {
      // Its figures are gone (a cleared log): no chart over a blank range.
      if (LOG_CHARTS.includes(ours.id as never)) dashboard.removeChart(chart);
      continue;
    }
    present.add(ours.id);
    dashboard.updateChart(fillBuilder(charts, chart.modify(), ours, rangesById.get(ours.id)!, true).build());
  }
  for (const chart of toDraw) {
    if (!present.has(chart.id)) dashboard.insertChart(fillBuilder(charts, dashboard.newChart(), chart, rangesById.get(chart.id)!).build());
  }
  return { refreshed: dashboard.getName(), charts: toDraw.length, repointed };
}

/** The menu item: refreshes, then says what it did in the plan's language (else the user's), in a toast. */
export function refreshDashboardFromMenu(): RefreshResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const plan = loadSavedPlan();
  const result = refreshDashboard(spreadsheet, plan);
  const m = dashboardMessages[plan?.language ?? userLang()];
  spreadsheet.toast('problem' in result ? m[result.problem] : fill(m.refreshed, { name: result.refreshed, charts: result.charts }), m.title);
  return result;
}
