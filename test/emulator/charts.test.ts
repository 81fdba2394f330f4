// Embedded charts and tab renames in the emulator, as the add-on relies on them: the builder's
// type, ranges, options and position; insertChart / getCharts / updateChart / removeChart with real
// state; ranges that follow inserted and deleted rows; builders counted as local calls; formulas
// rewritten when a tab they name is renamed.
import { describe, expect, it } from 'vitest';
import { sheetSnapshot } from './snapshot';
import { renameInFormula } from './rename';
import { createAppsScript } from './index';

function app() {
  const { globals, emulator } = createAppsScript();
  const ss = globals.SpreadsheetApp.getActiveSpreadsheet();
  return { globals, emulator, ss, sheet: ss.getSheets()[0] };
}

describe('embedded charts', () => {
  it('builds, inserts, reads back, updates and removes a chart', () => {
    const { globals, emulator, sheet } = app();
    const chart = sheet.newChart()
      .setChartType(globals.Charts.ChartType.LINE)
      .addRange(sheet.getRange('N4:N20'))
      .addRange(sheet.getRange('O4:Q20'))
      .setNumHeaders(1)
      .setOption('title', 'Reach per network')
      .setOption('colors', ['#0072B2', '#E69F00'])
      .setPosition(13, 6, 0, 0)
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted.getChartId()).toEqual(expect.any(Number));
    expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(['N4:N20', 'O4:Q20']);
    expect(inserted.getOptions().get('title')).toBe('Reach per network');
    expect(inserted.getContainerInfo().getAnchorRow()).toBe(13);
    expect(inserted.getContainerInfo().getAnchorColumn()).toBe(6);
    expect(String(inserted.modify().getChartType())).toBe('LINE');
    expect(() => sheet.insertChart(inserted)).toThrow(/already/);

    sheet.updateChart(inserted.modify().setChartType(globals.Charts.ChartType.COLUMN).setOption('title', 'Renamed').build());
    const shot = sheetSnapshot(emulator.spreadsheet.getSheets()[0]).charts;
    expect(shot).toHaveLength(1);
    expect(shot[0]).toMatchObject({ type: 'COLUMN', ranges: ['N4:N20', 'O4:Q20'], anchorRow: 13, anchorColumn: 6, numHeaders: 1 });
    expect(shot[0].options.title).toBe('Renamed');

    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toEqual([]);
    expect(() => sheet.removeChart(inserted)).toThrow(/not on this sheet/);
    expect(() => sheet.updateChart(chart)).toThrow(/not on this sheet/);
  });

  it('refuses a chart without a type, a range of another spreadsheet object, a position off the grid', () => {
    const { globals, sheet } = app();
    expect(() => sheet.newChart().addRange(sheet.getRange('A1:B2')).build()).toThrow(/type/);
    expect(() => sheet.newChart().addRange('A1:B2' as never)).toThrow(/range/);
    expect(() => sheet.newChart().setChartType(globals.Charts.ChartType.BAR).setPosition(1001, 1, 0, 0)).toThrow(/outside/);
  });

  it('keeps chart ranges and anchors on the same cells when rows are inserted or deleted above them', () => {
    const { globals, emulator, sheet } = app();
    sheet.insertChart(sheet.newChart().setChartType(globals.Charts.ChartType.BAR).addRange(sheet.getRange('B10:C20')).setPosition(12, 1, 0, 0).build());
    sheet.insertRowsBefore(5, 3);
    expect(sheet.getCharts()[0].getRanges()[0].getA1Notation()).toBe('B13:C23');
    expect(sheet.getCharts()[0].getContainerInfo().getAnchorRow()).toBe(15);
    sheet.deleteRows(14, 2);
    expect(sheet.getCharts()[0].getRanges()[0].getA1Notation()).toBe('B13:C21');
    expect(sheetSnapshot(emulator.spreadsheet.getSheets()[0]).charts[0].ranges).toEqual(['B13:C21']);
  });

  it('counts newChart and the builder as local calls, insertChart as a service call', () => {
    const { globals, emulator, sheet } = app();
    const range = sheet.getRange('A1:B5');
    emulator.resetCalls();
    sheet.insertChart(sheet.newChart().setChartType(globals.Charts.ChartType.COLUMN).addRange(range).setOption('title', 't').setPosition(1, 1, 0, 0).build());
    expect(emulator.calls.remote).toBe(1);
    expect(emulator.calls.total).toBe(7);
  });
});

describe('renaming a tab', () => {
  it('rewrites the formulas that name it, on every tab, as Sheets does', () => {
    const { ss, emulator } = app();
    const kpi = ss.insertSheet('KPI tracker (tmp)');
    const dash = ss.insertSheet('Dashboard');
    dash.getRange('A1:C1').setFormulas([["=SUM('KPI tracker (tmp)'!$C:$C)", '="KPI tracker (tmp)!"&1', "=COUNT('kpi tracker (tmp)'!A1:A9)"]]);
    kpi.getRange('A1').setFormula("=ROWS('KPI tracker (tmp)'!A1:A3)");
    kpi.setName("Bob's KPI");
    expect(dash.getRange('A1:C1').getFormulas()).toEqual([["=SUM('Bob''s KPI'!$C:$C)", '="KPI tracker (tmp)!"&1', "=COUNT('Bob''s KPI'!A1:A9)"]]);
    expect(kpi.getRange('A1').getFormula()).toBe("=ROWS('Bob''s KPI'!A1:A3)");
    expect(emulator.spreadsheet.getSheetByName("Bob's KPI")).not.toBeNull();
  });

  it('handles unquoted simple names both ways and leaves longer names alone', () => {
    expect(renameInFormula('=Sheet1!A1+Sheet10!A1+MySheet1!B2', 'Sheet1', 'Plan 2')).toBe("='Plan 2'!A1+Sheet10!A1+MySheet1!B2");
    expect(renameInFormula("='Plan 2'!A1", 'Plan 2', 'KPI')).toBe('=KPI!A1');
  });
});
