// loadAddOn runs the real dist/Code.js in node:vm against the emulator: the add-on sees the fake
// clock's Date and the emulator's services, errors are its realm's, and loading calls nothing.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadAddOn } from '../support/bundle';

const probe = `
var seenNow = function () { return new Date().toISOString(); };
var localHour = function () { return new Date(2026, 0, 5, 9, 30).getHours() + ':' + new Date(2026, 0, 5, 9, 30).toISOString(); };
var catchIt = function () { try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return (e instanceof Error) + ' ' + e.message; } };
var writeAndRead = function () { var r = SpreadsheetApp.getActiveSheet().getRange('A1:B1'); r.setValues([['@brand', "'@brand"]]); return r.getFormulas()[0].concat(r.getValues()[0]); };
function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Open planner', 'showPlanner').addToUi(); }
function showPlanner() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>hi</p>').setTitle('Planner')); }
function touchesSheet() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
function giveDate() { return new Date(); }
function echo(x) { return { isArray: Array.isArray(x.list), type: typeof x.when, n: x.list.length }; }
`;

describe('loadAddOn', () => {
  it('gives the bundle a Date that reads the fake clock and uses the script time zone as local time', () => {
    const addOn = loadAddOn({ code: probe, now: '2026-02-01T10:00:00Z', timeZone: 'Asia/Tehran' });
    expect(addOn.run.seenNow()).toBe('2026-02-01T10:00:00.000Z');
    addOn.emulator.clock.advanceDays(2);
    expect(addOn.run.seenNow()).toBe('2026-02-03T10:00:00.000Z');
    expect(addOn.run.localHour()).toBe('9:2026-01-05T06:00:00.000Z'); // 09:30 Tehran = 06:00Z
  });

  it('throws Apps Script errors in the bundle\'s realm', () => {
    const addOn = loadAddOn({ code: probe });
    expect(addOn.run.catchIt()).toBe('true The starting row of the range is too small.');
  });

  it('shows what Sheets makes of text to code running in the bundle ("@brand" stays text; "+brand" would not)', () => {
    const addOn = loadAddOn({ code: probe });
    expect(addOn.run.writeAndRead()).toEqual(['', '', '@brand', '@brand']);
  });

  it('opens in AuthMode.NONE (menu only), clicks a menu item, and shows a sidebar', () => {
    const addOn = loadAddOn({ code: probe });
    addOn.open('NONE');
    expect(addOn.emulator.ui.addonMenuItems()).toEqual([{ caption: 'Open planner', functionName: 'showPlanner' }]);
    addOn.clickMenu('Open planner');
    expect(addOn.emulator.ui.sidebars).toEqual([{ title: 'Planner', content: '<p>hi</p>', width: 300 }]);
    addOn.emulator.setAuthMode('NONE');
    expect(() => addOn.run.touchesSheet()).toThrow(/do not have permission to call SpreadsheetApp.getActiveSpreadsheet/);
  });

  it('serializes google.script.run calls like the bridge: plain data in, no Date out', () => {
    const addOn = loadAddOn({ code: probe });
    expect(addOn.serverCall('echo', { list: [1, 2], when: '2026-01-05' })).toEqual({ isArray: true, type: 'string', n: 2 });
    expect(() => addOn.serverCall('giveDate')).toThrow(/is a Date/);
  });

  it('refuses a bundle whose global code calls a service at load', () => {
    expect(() => loadAddOn({ code: 'var name = SpreadsheetApp.getActiveSpreadsheet().getName();' })).toThrow(/global code must not call services/);
  });

  it('loads the real dist/Code.js', () => {
    const addOn = loadAddOn();
    expect(typeof addOn.run.ENGAGEMENT_RATE).toBe('function');
    expect(vm.isContext(addOn.run)).toBe(true);
  });
});
