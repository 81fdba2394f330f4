// The one renderer writes a SheetSpec into the emulated spreadsheet in a fixed number of calls,
// keeps every user-typed string as text, never overwrites an existing tab, and tags its tabs so
// findTabs finds them after a rename.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAppsScript } from '../emulator/index';
import { accidentalFormulas, sheetSnapshot } from '../emulator/snapshot';
import { dateSerial, sheetValue, timeSerial } from '../../src/sheets/cell-values';
import { widthCalls } from '../../src/sheets/layout';
import { renderTab } from '../../src/sheets/render';
import type { SheetSpec, SpecCell } from '../../src/sheets/spec';
import { findTabs } from '../../src/sheets/tabs';

const HAZARDS = ['=HYPERLINK("http://evil")', '+1 555 0100', '-30% churn', '@brand_handle', "'quoted", 'TRUE', '00123', '1/2'];

/** A calendar-like tab: a title, a settings cell, a header and `rows` posts with every kind of cell. */
function calendarSpec(rows: number, options: { rightToLeft?: boolean; title?: string } = {}): SheetSpec {
  const header: SpecCell[] = ['Date', 'Time', 'Network', 'Copy', 'Status', 'Done', 'Tracked link'];
  const posts: SpecCell[][] = Array.from({ length: rows }, (_, i) => [
    { date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` },
    { time: `${String(9 + (i % 8)).padStart(2, '0')}:30` },
    ['Instagram', 'LinkedIn', 'X'][i % 3],
    HAZARDS[i % HAZARDS.length],
    'idea',
    false,
    { formula: `=UTM_URL("https://shop.example", C${i + 4}, "social")` },
  ]);
  return {
    kind: 'calendar',
    title: options.title ?? 'Calendar',
    rightToLeft: options.rightToLeft ?? false,
    frozenRows: 3,
    columnWidths: [110, 110, 110, 320, 100, 100, 240],
    blocks: [
      { row: 1, column: 1, cells: [['Content calendar', '@shop: spring plan']] },
      { row: 3, column: 1, cells: [header, ...posts], columnFormats: ['yyyy-mm-dd', 'hh:mm', '@', '@', null, null, null] },
    ],
    validations: [
      { area: { row: 4, column: 5, numRows: rows, numColumns: 1 }, rule: { kind: 'list', values: ['idea', 'draft', 'scheduled', 'published'] } },
      { area: { row: 4, column: 6, numRows: rows, numColumns: 1 }, rule: { kind: 'checkbox' } },
    ],
    styles: [
      { area: { row: 1, column: 1, numRows: 1, numColumns: 1 }, bold: true },
      { area: { row: 3, column: 1, numRows: 1, numColumns: 7 }, bold: true, background: '#E8EAF6', wrap: true },
    ],
    conditionalRules: [
      { area: { row: 4, column: 1, numRows: rows, numColumns: 7 }, formula: '=$E4="published"', background: '#e6f4ea', fontColor: '#137333' },
    ],
    rows,
  };
}

function setup(options: Parameters<typeof createAppsScript>[0] = {}) {
  const { globals, emulator } = createAppsScript(options);
  const app = globals.SpreadsheetApp;
  const spreadsheet = app.getActiveSpreadsheet();
  emulator.resetCalls();
  const render = (spec: SheetSpec) => renderTab(spreadsheet, spec, { app });
  return { app, spreadsheet, emulator, render };
}

describe('renderTab: batched calls', () => {
  it('costs the same calls for 20 rows and for 5,000 rows but one (growing past 1000 rows), at most 20 a tab', () => {
    const small = setup();
    small.render(calendarSpec(20));
    const big = setup();
    big.render(calendarSpec(5000));
    const { 'Sheet.insertRowsAfter': grown, ...bigRest } = big.emulator.calls.byMethod;
    expect(grown).toBe(1);
    expect(bigRest).toEqual(small.emulator.calls.byMethod);
    expect(big.emulator.calls.total).toBe(small.emulator.calls.total + 1);
    expect(big.emulator.calls.remote).toBeLessThanOrEqual(20);
    // Measured (documented in render.ts): Apps Script calls, and all calls with the local builders.
    expect([small.emulator.calls.remote, small.emulator.calls.total]).toEqual([19, 31]);
    expect(big.emulator.calls.byMethod['Range.setValues']).toBe(1);
  });

  it('writes a 5,000-row tab whole: rows grown once, every post present', () => {
    const { emulator, render } = setup();
    const { sheet } = render(calendarSpec(5000));
    expect(emulator.calls.byMethod['Sheet.insertRowsAfter']).toBe(1);
    expect(sheet.getMaxRows()).toBe(3 + 5000 + 50);
    expect(sheet.getLastRow()).toBe(5003);
    expect(sheet.getRange(5003, 3).getValue()).toBe(['Instagram', 'LinkedIn', 'X'][4999 % 3]);
  });
});

describe('renderTab: what lands in the cells', () => {
  it('keeps user text that starts with = + - @ \' (or looks like a number, boolean or date) as text', () => {
    const { emulator, render } = setup();
    const { sheet } = render(calendarSpec(HAZARDS.length));
    const copy = sheet.getRange(4, 4, HAZARDS.length, 1);
    expect(copy.getFormulas().flat()).toEqual(HAZARDS.map(() => ''));
    expect(copy.getValues().flat()).toEqual(HAZARDS);
    expect(sheet.getRange('B1').getValue()).toBe('@shop: spring plan');
    expect(accidentalFormulas(emulator.spreadsheet)).toEqual([]);
    // Only {formula} cells are formulas.
    expect(sheet.getRange('G4').getFormula()).toBe('=UTM_URL("https://shop.example", C4, "social")');
  });

  it('writes dates and times as serials shown with the column format, in any time zone', () => {
    const { emulator, render } = setup({ timeZone: 'Asia/Tehran', locale: 'fa_IR' });
    const { sheet } = render(calendarSpec(3));
    const date = sheet.getRange('A4').getValue() as Date;
    expect(date).toBeInstanceOf(emulator.Date);
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 0, 1]);
    expect(sheet.getRange('A4:B4').getDisplayValues()).toEqual([['2026-01-01', '09:30']]);
    expect(sheet.getRange('A4:E4').getNumberFormats()).toEqual([['yyyy-mm-dd', 'hh:mm', '@', '@', 'General']]);
  });

  it('sets validations, styles, conditional rule, widths, frozen rows, direction and the tab tag', () => {
    const { render, emulator } = setup({ locale: 'ar_SA' });
    const { name } = render(calendarSpec(10, { rightToLeft: true, title: 'التقويم' }));
    const tab = sheetSnapshot(emulator.spreadsheet.getSheetByName(name)!);
    expect(name).toBe('التقويم');
    expect(tab.rightToLeft).toBe(true);
    expect(tab.frozenRows).toBe(3);
    expect(tab.columnWidths).toEqual([110, 110, 110, 320, 100, 100, 240]);
    expect(tab.metadata).toEqual([{ key: 'socialStrategy.tab', value: 'calendar' }]);
    expect(tab.cells[3][4]!.validation).toEqual({ type: 'VALUE_IN_LIST', values: [['idea', 'draft', 'scheduled', 'published'], true], allowInvalid: true });
    expect(tab.cells[3][5]!.validation!.type).toBe('CHECKBOX');
    expect(tab.cells[3][5]!.value).toBe(false);
    expect(tab.cells[2][0]).toMatchObject({ bold: true, background: '#e8eaf6', wrap: true });
    expect(tab.cells[3][0]!.bold).toBeUndefined();
    expect(tab.conditionalRules).toEqual([
      { ranges: ['A4:G13'], criteria: 'CUSTOM_FORMULA', values: ['=$E4="published"'], background: '#e6f4ea', fontColor: '#137333' },
    ]);
    expect(tab.maxRows).toBe(1000);
  });

  it('grows columns beyond Z when a spec is wider than a new tab', () => {
    const { render } = setup();
    const wide: SheetSpec = { ...calendarSpec(2), blocks: [{ row: 1, column: 1, cells: [Array.from({ length: 30 }, (_, i) => `h${i}`)] }], validations: [], styles: [], conditionalRules: [] };
    const { sheet } = render(wide);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getRange('AD1').getValue()).toBe('h29');
  });

  it('rejects a malformed spec before writing anything', () => {
    const { render, emulator } = setup();
    const bad = calendarSpec(2);
    bad.blocks[1].cells[1] = bad.blocks[1].cells[1].slice(0, 3);
    expect(() => render(bad)).toThrow(/rows of different lengths/);
    expect(emulator.calls.total).toBe(0);
    expect(emulator.spreadsheet.getNumSheets()).toBe(1);
  });

  it('refuses a dropdown choice Sheets would read as a formula, before writing anything', () => {
    const { render, emulator } = setup();
    const bad = calendarSpec(2);
    bad.validations.push({ area: { row: 4, column: 2, numRows: 2, numColumns: 1 }, rule: { kind: 'list', values: ['Tips', '=x'] } });
    expect(() => render(bad)).toThrow(/dropdown choice "=x" would read as a formula/);
    expect(emulator.calls.total).toBe(0);
  });
});

describe('renderTab: re-running never loses anything', () => {
  it('gives the new tab a distinct name and leaves the first tab, its edits and its rules alone', () => {
    const { app, render, emulator } = setup();
    const first = render(calendarSpec(5));
    // The user edits the first tab and adds a rule of their own.
    first.sheet.getRange('D4').setValue('my caption');
    const theirs = app.newConditionalFormatRule().whenCellEmpty().setBackground('#ffff00').setRanges([first.sheet.getRange('D4:D8')]).build();
    first.sheet.setConditionalFormatRules(first.sheet.getConditionalFormatRules().concat([theirs]));
    const before = sheetSnapshot(emulator.spreadsheet.getSheetByName('Calendar')!);

    emulator.resetCalls();
    const second = render(calendarSpec(5));
    const third = render(calendarSpec(5));
    expect([second.name, third.name]).toEqual(['Calendar (2)', 'Calendar (3)']);
    expect(sheetSnapshot(emulator.spreadsheet.getSheetByName('Calendar')!)).toEqual(before);
    expect(before.cells[3][3]!.value).toBe('my caption');
    expect(before.conditionalRules).toHaveLength(2);
    // A taken name costs a refused insert, then one call per numbered name tried.
    expect(emulator.calls.byMethod['Spreadsheet.getSheetByName']).toBe(1 + 2);
    expect(emulator.calls.byMethod['Spreadsheet.insertSheet']).toBe(4);
  });

  it('finds its tabs by metadata after the user renames them', () => {
    const { spreadsheet, render } = setup();
    const calendar = render(calendarSpec(2));
    render({ ...calendarSpec(2), kind: 'audit', title: 'Audit' });
    calendar.sheet.setName('My posts');
    const tabs = findTabs(spreadsheet);
    expect([...tabs.keys()].sort()).toEqual(['audit', 'calendar']);
    expect(tabs.get('calendar')!.map((s) => s.getName())).toEqual(['My posts']);
    expect(tabs.get('audit')!.map((s) => s.getName())).toEqual(['Audit']);
  });

  it('tags its tabs for the whole document, so they are still found once publishing moves the add-on to another Cloud project', () => {
    const { spreadsheet, render, emulator } = setup();
    render(calendarSpec(2));
    emulator.setCloudProject('standard-project-after-publishing');
    expect(findTabs(spreadsheet).get('calendar')).toHaveLength(1);
    const tag = spreadsheet.createDeveloperMetadataFinder().withKey('socialStrategy.tab').find()[0];
    expect(String(tag.getVisibility())).toBe('DOCUMENT');
  });

  it('still finds tabs an earlier version tagged PROJECT (while the project is the same), and ignores other values of the key', () => {
    const { app, spreadsheet, emulator } = setup();
    const old = spreadsheet.insertSheet('Old calendar');
    old.addDeveloperMetadata('socialStrategy.tab', 'calendar', app.DeveloperMetadataVisibility.PROJECT);
    spreadsheet.insertSheet('Someone else').addDeveloperMetadata('socialStrategy.tab', 'not-a-kind', app.DeveloperMetadataVisibility.DOCUMENT);
    expect(findTabs(spreadsheet).get('calendar')!.map((s) => s.getName())).toEqual(['Old calendar']);
    expect([...findTabs(spreadsheet).keys()]).toEqual(['calendar']);
    // The emulator's model of why PROJECT was wrong: another project does not see it at all.
    emulator.setCloudProject('another');
    expect(findTabs(spreadsheet).get('calendar')).toBeUndefined();
  });
});

describe('cell values and widths', () => {
  it('sends every non-empty string with an apostrophe, dates and times as serials', () => {
    expect(HAZARDS.map((h) => sheetValue(h))).toEqual(HAZARDS.map((h) => `'${h}`));
    expect([sheetValue(''), sheetValue(null), sheetValue(3), sheetValue(true)]).toEqual(['', '', 3, true]);
    expect(sheetValue({ formula: 'SUM(A1:A3)' })).toBe('=SUM(A1:A3)');
    expect(dateSerial('2026-01-05')).toBe(46027);
    expect(dateSerial('1899-12-30')).toBe(0);
    expect(timeSerial('18:00')).toBe(0.75);
    expect(() => dateSerial('2026-02-30')).toThrow();
  });

  it('sets widths in the fewest calls, painting over earlier ones and skipping the default width', () => {
    const paint = (widths: number[]) => {
      const cols = widths.map(() => 100);
      for (const c of widthCalls(widths, 100)) for (let i = c.start; i < c.start + c.count; i += 1) cols[i - 1] = c.width;
      return cols;
    };
    expect(widthCalls([100, 120, 120, 120, 100, 60, 60], 100)).toEqual([
      { start: 2, count: 3, width: 120 },
      { start: 6, count: 2, width: 60 },
    ]);
    expect(widthCalls([110, 60, 110], 100)).toHaveLength(2);
    expect(widthCalls([100, 100], 100)).toEqual([]);
    for (const widths of [[110, 60, 110, 320, 100, 60, 240], [60, 120, 60, 120, 60], [90, 90, 200, 90, 100, 200, 90], [240]]) {
      expect(paint(widths)).toEqual(widths);
    }
    expect(widthCalls([110, 60, 110, 320, 100, 60, 240], 100)).toHaveLength(5);
  });

  it('always paints exactly the widths asked, never in more calls than runs of equal width', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(60, 100, 120, 240), { maxLength: 20 }), (widths) => {
        const cols = widths.map(() => 100);
        const calls = widthCalls(widths, 100);
        for (const c of calls) for (let i = c.start; i < c.start + c.count; i += 1) cols[i - 1] = c.width;
        const runs = widths.filter((w, i) => w !== 100 && w !== widths[i - 1]).length;
        return JSON.stringify(cols) === JSON.stringify(widths) && calls.length <= runs;
      }),
    );
  });

  it('stays within a call budget by widening rather than narrowing', () => {
    // Alternating wide and narrow columns need 3 exact calls; with 1, the narrow ones widen.
    expect(widthCalls([300, 110, 300, 110, 300, 100, 100], 100)).toHaveLength(3);
    expect(widthCalls([300, 110, 300, 110, 300, 100, 100], 100, 1)).toEqual([{ start: 1, count: 5, width: 300 }]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 40, max: 400 }), { maxLength: 26 }), fc.integer({ min: 0, max: 6 }), (widths, budget) => {
        const result = widthCalls(widths, 100, budget);
        return result.length <= budget && result.every((c) => c.start >= 1 && c.start + c.count - 1 <= widths.length);
      }),
    );
  });
});

describe('insertTab', () => {
  it('skips a numbered name Sheets refuses because another case of it exists', () => {
    const { spreadsheet, render, emulator } = setup();
    render(calendarSpec(1));
    spreadsheet.insertSheet('calendar (2)');
    // The emulator's getSheetByName ignores case too; make it exact-match to play the harder case.
    const raw = emulator.spreadsheet as unknown as { getSheetByName(n: string): unknown; _sheets: { _name: string }[] };
    raw.getSheetByName = (n: string) => raw._sheets.find((s) => s._name === n) ?? null;
    expect(render(calendarSpec(1)).name).toBe('Calendar (3)');
  });

  it('rethrows when inserts keep failing for another reason', () => {
    const { render, emulator } = setup();
    emulator.faults.throwOn('Spreadsheet.insertSheet', { message: 'Service Spreadsheets failed' });
    expect(() => render(calendarSpec(1))).toThrow('Service Spreadsheets failed');
    expect(emulator.calls.byMethod['Spreadsheet.insertSheet']).toBe(4);
  });
});
