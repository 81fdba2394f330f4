// The emulated spreadsheet behaves like Sheets where the add-on's correctness depends on it:
// the formula hazard of setValues, dimensions, shapes, number formats and dates, tabs, metadata.
import { describe, expect, it } from 'vitest';
import { createAppsScript } from './index';

function app(options: Parameters<typeof createAppsScript>[0] = {}) {
  const { globals, emulator } = createAppsScript(options);
  const ss = globals.SpreadsheetApp.getActiveSpreadsheet();
  return { globals, emulator, ss, sheet: ss.getSheets()[0] };
}

describe('setValues: what Sheets makes of text', () => {
  it('turns "=x" into a formula, and "+x", "-x" too when they are not numbers (the hazard); "@x" stays text as in Sheets', () => {
    const { sheet } = app();
    const range = sheet.getRange(1, 1, 1, 6);
    range.setValues([['=1+1', '+brand', '-growth', '@handle', '+5', '-2.5']]);
    expect(range.getFormulas()).toEqual([['=1+1', '=+brand', '=-growth', '', '', '']]);
    const values = range.getValues()[0];
    expect(values[1]).toBe('#ERROR!');
    expect(values[3]).toBe('@handle');
    expect(values.slice(4)).toEqual([5, -2.5]);
  });

  it('stores "\'x" as the text x, whatever x is', () => {
    const { sheet } = app();
    const range = sheet.getRange('A1:D1');
    range.setValues([["'=SUM(A1)", "'+brand", "'@handle", "'0042"]]);
    expect(range.getFormulas()).toEqual([['', '', '', '']]);
    expect(range.getValues()).toEqual([['=SUM(A1)', '+brand', '@handle', '0042']]);
  });

  it('parses numbers, booleans, percents and dates out of strings, and keeps text in a plain-text cell', () => {
    const { sheet, emulator } = app();
    const range = sheet.getRange('A1:E1');
    range.setValues([['42', 'TRUE', '12%', '2026-03-01', 'hello']]);
    const [n, b, p, d, t] = range.getValues()[0];
    expect([n, b, p, t]).toEqual([42, true, 0.12, 'hello']);
    expect(d).toBeInstanceOf(emulator.Date);
    expect((d as Date).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    sheet.getRange('F1').setNumberFormat('@').setValue('=1+1');
    expect(sheet.getRange('F1').getFormula()).toBe('');
    expect(sheet.getRange('F1').getValue()).toBe('=1+1');
  });

  it('stores a Date as a serial in the spreadsheet time zone and gives it back as a Date', () => {
    const { sheet, globals } = app({ timeZone: 'Asia/Tehran' });
    const when = new globals.Date('2026-03-20T20:30:00Z'); // 00:00 on 21 March in Tehran
    sheet.getRange('A1').setValue(when);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('M/d/yyyy H:mm:ss');
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(when.getTime());
    sheet.getRange('B1').setNumberFormat('yyyy-mm-dd').setValue(46102);
    expect(sheet.getRange('B1').getDisplayValue()).toBe('2026-03-21');
  });

  it('rejects data whose shape does not match the range, with Sheets\' message', () => {
    const { sheet } = app();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(/number of columns in the data does not match/);
  });
});

describe('dimensions', () => {
  it('gives a new tab 1000 rows and 26 columns; a range beyond them throws until the sheet grows', () => {
    const { ss } = app();
    const tab = ss.insertSheet('Calendar');
    expect([tab.getMaxRows(), tab.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => tab.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => tab.getRange(1, 27)).toThrow(/outside the dimensions/);
    expect(() => tab.getRange(0, 1)).toThrow(/starting row of the range is too small/);
    tab.insertRowsAfter(1000, 4000);
    tab.insertColumnsAfter(26, 4);
    expect([tab.getMaxRows(), tab.getMaxColumns()]).toEqual([5000, 30]);
    tab.getRange(5000, 30).setValue('last');
    expect([tab.getLastRow(), tab.getLastColumn()]).toEqual([5000, 30]);
    expect(tab.getDataRange().getA1Notation()).toBe('A1:AD5000');
  });

  it('shifts content when rows are inserted and keeps conditional format ranges on their cells', () => {
    const { globals, ss } = app();
    const tab = ss.insertSheet('KPI');
    tab.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    const rule = globals.SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=A2="b"').setBackground('#FF0000').setRanges([tab.getRange('A2:A3')]).build();
    tab.setConditionalFormatRules([rule]);
    tab.insertRowsAfter(1, 2);
    expect(tab.getRange('A1:A5').getValues().flat()).toEqual(['a', '', '', 'b', 'c']);
    expect(tab.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A4:A5');
    expect(tab.getConditionalFormatRules()[0].getBooleanCondition()!.getBackground()).toBe('#ff0000');
  });
});

describe('tabs and metadata', () => {
  it('refuses a second tab with the same name, case-insensitively', () => {
    const { ss } = app();
    ss.insertSheet('Calendar');
    expect(() => ss.insertSheet('calendar')).toThrow('A sheet with the name "calendar" already exists. Please enter another name.');
    expect(ss.getSheetByName('CALENDAR')!.getName()).toBe('Calendar');
  });

  it('finds a tab by developer metadata after a rename, and forgets it when the tab is deleted', () => {
    const { ss } = app();
    const tab = ss.insertSheet('Audit');
    tab.addDeveloperMetadata('socialStrategy.tab', 'audit');
    tab.setName('My audit');
    const found = ss.createDeveloperMetadataFinder().withKey('socialStrategy.tab').withValue('audit').find();
    expect(found.map((m) => m.getLocation().getSheet()!.getName())).toEqual(['My audit']);
    ss.deleteSheet(tab);
    expect(ss.createDeveloperMetadataFinder().withKey('socialStrategy.tab').find()).toEqual([]);
  });

  it('builds data validations and conditional rules with readable criteria', () => {
    const { globals, sheet } = app();
    const App = globals.SpreadsheetApp;
    const list = App.newDataValidation().requireValueInList(['Keep', 'Update', 'Delete']).setAllowInvalid(false).setHelpText('Pick one').build();
    sheet.getRange('A1:A3').setDataValidation(list);
    const rule = sheet.getRange('A2').getDataValidation()!;
    expect(rule.getCriteriaType()).toBe(App.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['Keep', 'Update', 'Delete'], true]);
    expect([rule.getAllowInvalid(), rule.getHelpText()]).toEqual([false, 'Pick one']);
    sheet.getRange('B1:B2').insertCheckboxes();
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[false], [false]]);
    expect(sheet.getRange('B1').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    expect(() => App.newDataValidation().build()).toThrow();
  });
});

describe('call counting', () => {
  it('counts every call on service objects, by method, and not the emulator\'s own work', () => {
    const { globals, emulator } = createAppsScript();
    const sheet = globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('T');
    sheet.insertRowsAfter(1000, 4000);
    emulator.resetCalls();
    const rows = Array.from({ length: 5000 }, (_, i) => [i, `post ${i}`]);
    sheet.getRange(1, 1, 5000, 2).setValues(rows);
    expect(emulator.calls.total).toBe(2);
    expect(emulator.calls.byMethod).toEqual({ 'Sheet.getRange': 1, 'Range.setValues': 1 });
    globals.SpreadsheetApp.newDataValidation().requireCheckbox().build();
    expect(emulator.calls.total).toBe(5);
    expect(emulator.calls.remote).toBe(2); // builders do not leave the script
  });

  it('can make a named method throw after N calls', () => {
    const { globals, emulator } = createAppsScript();
    emulator.faults.throwOn('Range.setValues', { after: 1, message: 'Service Spreadsheets timed out' });
    const range = globals.SpreadsheetApp.getActiveSheet().getRange('A1');
    range.setValues([[1]]);
    expect(() => range.setValues([[2]])).toThrow('Service Spreadsheets timed out');
  });

  it('reports a method it does not implement instead of returning undefined', () => {
    const { globals } = createAppsScript();
    const range = globals.SpreadsheetApp.getActiveSheet().getRange('A1') as unknown as Record<string, unknown>;
    expect(() => range.setBorder).toThrow(/Range.setBorder is not implemented/);
    expect(range._sheet).toBeUndefined();
  });
});

describe('spilled results count as content, as in Sheets', () => {
  it('an ARRAYFORMULA or a custom function over ranges extends getLastRow, getLastColumn and getDataRange; a blocked one does not', () => {
    const { globals } = createAppsScript({ customFunctions: ['CTR'] });
    const sheet = globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange('A1:B3').setValues([[1, 10], [2, 20], [3, 30]]);
    expect(sheet.getLastRow()).toBe(3);
    sheet.getRange('D1').setFormula('=ARRAYFORMULA(IF(A1:A40="", "", A1:A40*2))');
    expect(sheet.getLastRow()).toBe(40);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D40');
    sheet.getRange('F2').setFormula('=CTR(A2:A60, B2:B60)');
    expect(sheet.getLastRow()).toBe(60);
    expect(sheet.getLastColumn()).toBe(6);
    // A native function taking ranges gives one value; a range inside quotes is text.
    sheet.getRange('H1').setFormula('=SUMIF(A1:A500, ">1", B1:B500)');
    sheet.getRange('I1').setFormula('=ARRAYFORMULA("A1:A900")');
    expect(sheet.getLastRow()).toBe(60);
    // Typing into the spill area blocks it (#REF! in Sheets): then it covers nothing.
    sheet.getRange('F10').setValue('typed over');
    expect(sheet.getLastRow()).toBe(40);
  });
});
