// The Dashboard tab as dist/Code.js writes it (node:vm + emulator): native charts with their type,
// ranges on the dashboard's data area, options in the plan's language, positions for the sheet's
// direction; formulas naming the tabs actually written; a second run that makes a new dashboard
// and leaves the first as it was; renames that keep formulas pointing right; and the menu's
// "Refresh dashboard" that draws the waiting charts once figures are logged.
import { describe, expect, it } from 'vitest';
import { menuMessages, dashboardMessages } from '../../src/i18n/messages';
import { examplePlan } from '../../src/plan/example';
import { kpiLayout } from '../../src/plan/generators/kpi';
import { validatePlan, type Plan } from '../../src/plan/schema';
import { snapshot, sheetSnapshot } from '../emulator/snapshot';
import { loadAddOn, type AddOn } from '../support/bundle';

const NOW = '2026-01-05T09:00:00Z';
type Tab = { kind: string; name: string; sheetId: number };

function generate(addOn: AddOn, lang: 'en' | 'fa'): { tabs: Tab[]; plan: Plan } {
  const input = examplePlan(lang, '2026-01-05');
  const result = addOn.serverCall('generateTabs', input) as { tabs: Tab[] };
  const check = validatePlan(input, lang);
  if (!check.ok) throw new Error('bad example');
  return { tabs: result.tabs, plan: check.plan };
}

const sheetOf = (addOn: AddOn, tab: Tab) => addOn.emulator.spreadsheet.getSheets().find((s) => s.getSheetId() === tab.sheetId)!;

describe('the dashboard in the bundle', () => {
  it.each(['en', 'fa'] as const)('draws the charts that have data, in %s, over its own data area', (lang) => {
    const addOn = loadAddOn({ locale: lang === 'fa' ? 'fa_IR' : 'en_US', now: NOW });
    const { tabs } = generate(addOn, lang);
    const dashboard = tabs.find((t) => t.kind === 'dashboard')!;
    const kpi = tabs.find((t) => t.kind === 'kpi')!;
    const shot = sheetSnapshot(sheetOf(addOn, dashboard));
    const m = dashboardMessages[lang];
    expect(shot.name).toBe(m.title);
    expect(shot.rightToLeft).toBe(lang === 'fa');
    expect(shot.charts.map((c) => [c.type, c.options.title])).toEqual([
      ['BAR', m.charts.goals],
      ['COLUMN', m.charts.postsByNetwork],
      ['COLUMN', m.charts.postsByPillar],
      ['COLUMN', m.charts.mix],
    ]);
    for (const chart of shot.charts) {
      expect(chart.ranges.every((r) => !r.includes('!'))).toBe(true); // on the dashboard itself
      expect(chart.numHeaders).toBe(1);
      expect(chart.options.width).toBeGreaterThan(0);
    }
    // The first chart sits first in reading order: column A is on the right in an RTL sheet.
    expect([shot.charts[0].anchorRow, shot.charts[0].anchorColumn]).toEqual([13, 1]);
    const formulas = shot.cells.flat().map((c) => c?.formula).filter(Boolean) as string[];
    expect(formulas.some((f) => f.includes(`'${kpi.name}'!`))).toBe(true);
    // The empty state, before any figure.
    expect(shot.cells[2][0]?.formula).toContain('COUNT(');
  });

  it('a second run makes a new dashboard over the new tabs and leaves the first one as it was', () => {
    const addOn = loadAddOn({ now: NOW });
    const first = generate(addOn, 'en').tabs;
    const firstDashboard = sheetOf(addOn, first.find((t) => t.kind === 'dashboard')!);
    const before = sheetSnapshot(firstDashboard);
    const second = generate(addOn, 'en').tabs;
    const dashboard = second.find((t) => t.kind === 'dashboard')!;
    expect(dashboard.name).toBe('Dashboard (2)');
    const formulas = sheetSnapshot(sheetOf(addOn, dashboard)).cells.flat().map((c) => c?.formula ?? '').join('\n');
    expect(formulas).toContain("'KPI tracker (2)'!");
    expect(formulas).toContain("'Content calendar (2)'!");
    expect(formulas).not.toContain("'KPI tracker'!");
    expect(sheetSnapshot(firstDashboard)).toEqual(before);
  });

  it('keeps pointing at the KPI tab when the user renames it (Sheets rewrites the formulas)', () => {
    const addOn = loadAddOn({ now: NOW });
    const { tabs } = generate(addOn, 'en');
    sheetOf(addOn, tabs.find((t) => t.kind === 'kpi')!).setName("Anna's numbers");
    const formulas = sheetSnapshot(sheetOf(addOn, tabs.find((t) => t.kind === 'dashboard')!)).cells.flat().map((c) => c?.formula ?? '').join('\n');
    expect(formulas).toContain("'Anna''s numbers'!");
    expect(formulas).not.toContain("'KPI tracker'!");
  });

  it('"Refresh dashboard" draws the log charts once figures are logged, keeps moved charts where they are, leaves the user\'s own', () => {
    const addOn = loadAddOn({ now: NOW });
    addOn.open('FULL');
    const { tabs, plan } = generate(addOn, 'en');
    const dashboard = sheetOf(addOn, tabs.find((t) => t.kind === 'dashboard')!);
    const kpi = sheetOf(addOn, tabs.find((t) => t.kind === 'kpi')!);
    const m = dashboardMessages.en;

    // Nothing logged: the same four charts, none added, none doubled.
    addOn.clickMenu(menuMessages.en.refreshDashboard);
    expect(dashboard.getCharts()).toHaveLength(4);

    // The user moves our goals chart and adds a chart of their own.
    const goals = dashboard.getCharts()[0];
    dashboard.updateChart(goals.modify().setPosition(40, 3, 0, 0).build());
    const own = dashboard.newChart().setChartType(addOn.globals.Charts.ChartType.PIE).addRange(dashboard.getRange('A5:B6')).setPosition(90, 1, 0, 0).build();
    dashboard.insertChart(own);

    const log = kpiLayout(plan).log;
    kpi.getRange(log.firstRow, log.col('reach')).setValue(1200);
    addOn.emulator.resetCalls();
    addOn.clickMenu(menuMessages.en.refreshDashboard);
    const refreshCalls = addOn.emulator.calls.remote;
    const charts = sheetSnapshot(dashboard).charts;
    expect(charts.filter((c) => c.type !== 'PIE').map((c) => c.options.title).sort()).toEqual(Object.values(m.charts).sort());
    const moved = charts.find((c) => c.options.title === m.charts.goals)!;
    expect([moved.anchorRow, moved.anchorColumn]).toEqual([40, 3]);
    expect(charts.filter((c) => c.type === 'PIE')).toHaveLength(1);
    expect(addOn.emulator.ui.toasts.slice(-1)[0]?.message).toBe(`Dashboard refreshed: 7 charts.`);
    // A menu click, not a budgeted write: bounded all the same (49 measured, 7 charts, 4 tabs).
    expect(refreshCalls, addOn.emulator.calls.sequence.join(" ")).toBeLessThanOrEqual(60);

    // Log cleared again: the log charts go (no chart over a blank range), the others stay.
    kpi.getRange(log.firstRow, log.col('reach')).setValue('');
    addOn.clickMenu(menuMessages.en.refreshDashboard);
    expect(sheetSnapshot(dashboard).charts).toHaveLength(5);
  });

  it('re-points the formulas when a tab it reads was deleted and made again', () => {
    const addOn = loadAddOn({ now: NOW });
    addOn.open('FULL');
    const { tabs } = generate(addOn, 'en');
    const dashboard = sheetOf(addOn, tabs.find((t) => t.kind === 'dashboard')!);
    // The user breaks the link: a formula now names a tab that is not the KPI tab.
    const cell = dashboard.getRange('N5');
    cell.setFormula(cell.getFormula().replace(/'KPI tracker'!/g, "'Old KPI'!"));
    addOn.clickMenu(menuMessages.en.refreshDashboard);
    expect(dashboard.getRange('N5').getFormula()).toContain("'KPI tracker'!");
    expect(snapshot(addOn.emulator.spreadsheet).sheets.filter((s) => s.metadata.some((x) => x.value === 'dashboard'))).toHaveLength(1);
  });

  it('says so when there is no dashboard yet', () => {
    const addOn = loadAddOn({ now: NOW });
    addOn.open('FULL');
    addOn.clickMenu(menuMessages.en.refreshDashboard);
    expect(addOn.emulator.ui.toasts.slice(-1)[0]?.message).toBe(dashboardMessages.en.noDashboard);
  });
});
