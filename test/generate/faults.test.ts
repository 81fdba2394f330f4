// generateTabs is all or nothing: the built dist/Code.js in node:vm against the emulator, a
// second generation over a first one, with the N-th call that reaches Google failing, for every N
// of the run. After each, either the four new tabs are there, tagged, and loadPlan gives the new
// plan, or the spreadsheet (every tab, cell, rule, tag) and the saved plan are exactly as before.
// Also: the room check (Sheets' 10,000,000 cells) refuses before the first write, and a take-back
// that fails too says which tabs are left.
import { describe, expect, it } from 'vitest';
import { examplePlan as localExample } from '../../src/plan/example';
import { NETWORKS } from '../../src/plan/networks';
import { findTabs } from '../../src/sheets/tabs';
import { snapshot, type SpreadsheetSnapshot } from '../emulator/snapshot';
import { loadAddOn, type AddOn } from '../support/bundle';

type Result = {
  tabs?: { kind: string; name: string; sheetId: number }[];
  problems?: unknown[];
  failed?: { reason: 'error'; error: string; tabsLeft: string[]; saveKept: boolean } | { reason: 'noRoom'; needed: number; room: number };
};

const NOW = '2026-01-05T09:00:00Z';

function plan(business: string, months = 1): Record<string, any> {
  const p = JSON.parse(JSON.stringify(localExample('en', '2026-01-05')));
  p.businessName = business;
  p.contentPlan.months = months;
  return p;
}

/** What "as it was" means: every tab (the active one aside: inserting a tab moves the view) and the saved plan. */
function state(addOn: AddOn): { sheets: SpreadsheetSnapshot['sheets']; properties: [string, string][] } {
  const { sheets } = snapshot(addOn.emulator.spreadsheet);
  const properties = [...addOn.emulator.properties.document.data.entries()].filter(([k]) => k.startsWith('socialStrategy.plan')).sort();
  return { sheets, properties };
}

function firstRun(): AddOn {
  const addOn = loadAddOn({ locale: 'en_US', timeZone: 'America/New_York', now: NOW });
  const first = addOn.serverCall('generateTabs', plan('First shop')) as Result;
  expect(first.tabs).toHaveLength(5);
  return addOn;
}

describe('a fault at any call of a generation', () => {
  it('leaves either all five tabs (four and the dashboard) and the new plan, or everything exactly as it was', () => {
    // How many calls a clean second run makes: every one of them gets its turn to fail.
    const clean = firstRun();
    clean.emulator.resetCalls();
    expect((clean.serverCall('generateTabs', plan('Second shop')) as Result).tabs).toHaveLength(5);
    const calls = clean.emulator.calls.remote;
    expect(calls).toBeGreaterThan(40);

    const outcomes = { nothing: 0, all: 0 };
    for (let n = 1; n <= calls; n += 1) {
      const addOn = firstRun();
      const before = state(addOn);
      addOn.emulator.faults.failRemoteCall(n, `Service Spreadsheets failed (call ${n})`);
      const result = addOn.serverCall('generateTabs', plan('Second shop')) as Result;
      addOn.emulator.faults.failRemoteCall(0);
      const after = state(addOn);
      const where = `call ${n}: ${addOn.emulator.calls.sequence.filter((k) => !k.startsWith('DataValidation') && !k.startsWith('ConditionalFormat'))[n - 1] ?? '?'}`;
      if (result.failed) {
        expect(result.failed, where).toEqual({ reason: 'error', error: `Service Spreadsheets failed (call ${n})`, tabsLeft: [], saveKept: false });
        expect(after, where).toEqual(before);
        expect((addOn.serverCall('loadPlan') as { businessName: string }).businessName, where).toBe('First shop');
        outcomes.nothing += 1;
      } else {
        // A fault the run can live with (tidying after the plan is saved, releasing the lock): all of it.
        expect(result.tabs, where).toHaveLength(5);
        expect(after.sheets, where).toHaveLength(before.sheets.length + 5);
        expect([...findTabs(addOn.emulator.countedSpreadsheet).values()].map((l) => l.length), where).toEqual([2, 2, 2, 2]);
        expect((addOn.serverCall('loadPlan') as { businessName: string }).businessName, where).toBe('Second shop');
        outcomes.all += 1;
      }
    }
    // Most faults stop the run; the rest fall where a run recovers (a refused name tried again, the lock release).
    expect(outcomes.nothing).toBeGreaterThan(calls * 0.8);
  }, 240_000); // every call of a five-tab run in turn, each run on a fresh first generation (the dashboard writes some 5,000 cells)

  it('says which tabs are left when taking them back fails too', () => {
    const addOn = firstRun();
    const before = addOn.emulator.spreadsheet.getSheets().length;
    // The plan save fails once every tab is written; then only the first delete works.
    addOn.emulator.faults.throwOn('Properties.setProperties', { message: 'Service Spreadsheets failed' });
    addOn.emulator.faults.throwOn('Spreadsheet.deleteSheet', { after: 1, message: 'Service Spreadsheets failed' });
    const result = addOn.serverCall('generateTabs', plan('Second shop')) as Result;
    addOn.emulator.faults.clearThrows();
    expect(result.failed).toMatchObject({ reason: 'error', error: 'Service Spreadsheets failed', saveKept: false });
    const left = (result.failed as { tabsLeft: string[] }).tabsLeft;
    expect(left).toHaveLength(4); // the last tab (the dashboard) deleted first; the other four deletes failed
    const names = addOn.emulator.spreadsheet.getSheets().map((s) => s.getName());
    expect(names).toHaveLength(before + 4);
    for (const name of left) expect(names).toContain(name);
    // Left untagged: nothing reads them as the add-on's tabs, and the plan is still the first.
    expect([...findTabs(addOn.emulator.countedSpreadsheet).values()].map((l) => l.length)).toEqual([1, 1, 1, 1]);
    expect((addOn.serverCall('loadPlan') as { businessName: string }).businessName).toBe('First shop');
  });

  it('a failed plan save writes no tab and keeps the old plan', () => {
    const addOn = firstRun();
    const before = state(addOn);
    addOn.emulator.faults.throwOn('Properties.setProperties', { message: 'Service Properties failed' });
    const result = addOn.serverCall('generateTabs', plan('Second shop')) as Result;
    addOn.emulator.faults.clearThrows();
    expect(result.failed).toEqual({ reason: 'error', error: 'Service Properties failed', tabsLeft: [], saveKept: false });
    expect(state(addOn)).toEqual(before);
  });
});

describe('room in the spreadsheet', () => {
  it('refuses before the first write when the new tabs would pass 10,000,000 cells', () => {
    const addOn = loadAddOn({ locale: 'en_US', timeZone: 'America/New_York', now: NOW });
    // A user's tab of 382,000 rows × 26 columns already there, beside Sheet1: 42,000 cells left.
    const big = addOn.emulator.spreadsheet.insertSheet('Data');
    big.insertRowsAfter(1000, 381_000);
    const before = state(addOn);
    addOn.emulator.resetCalls();
    const result = addOn.serverCall('generateTabs', plan('Shop')) as Result;
    expect(result.failed).toMatchObject({ reason: 'noRoom' });
    const { needed, room } = result.failed as { needed: number; room: number };
    expect(room).toBe(42_000);
    expect(needed).toBeGreaterThan(room);
    expect(state(addOn)).toEqual(before);
    expect(Object.keys(addOn.emulator.calls.byMethod).filter((k) => /\.(insert|set|add|delete)/.test(k))).toEqual([]);
  });

  it('the largest plan (36 months, 17 networks, 7 posts a week) is refused whole once it no longer fits', () => {
    const addOn = loadAddOn({ locale: 'en_US', timeZone: 'America/New_York', now: NOW });
    const largest = plan('Shop', 36);
    expect(NETWORKS).toHaveLength(17);
    largest.contentPlan.networks = NETWORKS.map((network) => ({ network, postsPerWeek: 7, times: ['10:00'] }));
    const cells = () => addOn.emulator.spreadsheet.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    const first = addOn.serverCall('generateTabs', largest) as Result;
    if (!first.tabs) throw new Error(`the largest plan should be valid: ${JSON.stringify(first).slice(0, 500)}`);
    const perRun = cells() - 26_000;
    expect(perRun).toBeGreaterThan(700_000); // about 13 runs fill a spreadsheet, as the issue found
    // Fill the spreadsheet as 12 more runs would, less one row: the next run does not fit.
    const fillerRows = Math.floor((10_000_000 - cells() - perRun) / 26) + 1;
    addOn.emulator.spreadsheet.insertSheet('Filler').insertRowsAfter(1000, fillerRows - 1000);
    const before = state(addOn);
    const last = addOn.serverCall('generateTabs', largest) as Result;
    expect(last.failed).toEqual({ reason: 'noRoom', needed: perRun, room: 10_000_000 - cells() });
    expect(state(addOn)).toEqual(before);
  }, 180_000);
});
