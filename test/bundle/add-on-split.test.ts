// Code.js is what Apps Script loads on every custom-function call, so it carries the functions and
// the menu only; the rest of the add-on is dist/AddOn.html, evaluated on the first call that needs
// it (src/add-on/load.ts). These check both halves and the seam between them.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ADD_ON_GLOBAL as BUILT_GLOBAL } from '../../scripts/build.mjs';
import { BUNDLE_PATH, loadBundle } from '../../scripts/lib/vm-bundle.mjs';
import { ADD_ON_FILE, ADD_ON_GLOBAL } from '../../src/add-on/load';
import { catalog } from '../../src/functions/catalog';
import { createAppsScript } from '../emulator';
import { fakeSpreadsheetApp } from '../support/fake-locale';

const addOnPath = join(process.cwd(), 'dist', `${ADD_ON_FILE}.html`);
const addOnSource = readFileSync(addOnPath, 'utf8');
const indexSource = readFileSync(join(process.cwd(), 'src/index.ts'), 'utf8');
/** The entry points src/index.ts forwards to the add-on: `return addOn().name(`. */
const forwarded = [...indexSource.matchAll(/return addOn\(\)\.(\w+)\(/g)].map((m) => m[1]);

/** HtmlService that throws on any use: a custom function must never reach for the add-on's code. */
const untouchable = new Proxy({}, { get: (_t, key) => { throw new Error(`HtmlService.${String(key)} used by a custom function`); } });

describe('the custom functions run from Code.js alone', () => {
  it('each one answers without reading dist/AddOn.html', () => {
    const { SpreadsheetApp } = fakeSpreadsheetApp('fa_IR');
    const { context } = loadBundle({ SpreadsheetApp, HtmlService: untouchable });
    const calls: Record<string, string> = {
      ENGAGEMENT_RATE: 'ENGAGEMENT_RATE([[10, 2]], [[100]])',
      CTR: 'CTR(30, 1200)',
      ROI: 'ROI(500, 200)',
      CPC: 'CPC(100, 40)',
      CPM: 'CPM(100, 20000)',
      CPE: 'CPE(100, 50)',
      CONVERSION_RATE: 'CONVERSION_RATE(5, 200)',
      GROWTH_RATE: 'GROWTH_RATE(1100, 1000)',
      SHARE_OF_VOICE: 'SHARE_OF_VOICE(30, 120)',
      UTM_URL: "UTM_URL('https://example.com/', 'instagram', 'social', 'nowruz')",
      SMART_CHECK: "SMART_CHECK('افزایش دنبال‌کنندگان اینستاگرام از ۲۰۰۰ به ۵۰۰۰ تا پایان فروردین ۱۴۰۵ برای فروش بیشتر')",
      LOCAL_DATE: "LOCAL_DATE('2027-03-21', 'persian')",
    };
    // Every catalog function is called here: a new one must be added to this list.
    expect(Object.keys(calls).sort()).toEqual(catalog.map((e) => e.name).sort());
    for (const [name, call] of Object.entries(calls)) {
      expect(() => vm.runInContext(call, context), name).not.toThrow();
    }
    expect(vm.runInContext("LOCAL_DATE('2027-03-21', 'persian')", context)).toBe('۱۴۰۶/۰۱/۰۱');
  });

  it('Code.js stays small: the tabs, the wizard, the reminders and the import are not in it', () => {
    const code = readFileSync(BUNDLE_PATH, 'utf8');
    // 72 KB measured: the functions with their messages in four languages, and the menu.
    expect(statSync(BUNDLE_PATH).size).toBeLessThan(100 * 1024);
    expect(addOnSource.length).toBeGreaterThan(code.length * 2);
    // zod (the plan's schema) and papaparse (the import) live in the add-on only.
    expect(addOnSource).toContain('__zod_globalConfig');
    expect(code).not.toContain('__zod_globalConfig');
  });
});

describe('dist/AddOn.html', () => {
  it('is the code the build names, under the global load.ts reads', () => {
    expect(BUILT_GLOBAL).toBe(ADD_ON_GLOBAL);
    expect(addOnSource).toContain(`var ${ADD_ON_GLOBAL}=`);
  });

  it('evaluates on its own to every entry point src/index.ts forwards, and nothing else', () => {
    const context = vm.createContext({});
    const addOn = vm.runInContext(`(new Function(${JSON.stringify(`${addOnSource}\nreturn ${ADD_ON_GLOBAL};`)}))()`, context);
    expect(forwarded.length).toBeGreaterThan(10);
    expect(Object.keys(addOn).sort()).toEqual([...new Set(forwarded)].sort());
    for (const name of forwarded) expect(typeof addOn[name], name).toBe('function');
  });

  it('is read once per execution, however many calls that execution makes', () => {
    const { globals, emulator } = createAppsScript();
    const { context } = loadBundle(globals as unknown as Record<string, unknown>);
    vm.runInContext("keyDates('IR', '2027-01-01', '2027-12-31', 'fa'); keyDates('SA', '2027-01-01', '2027-12-31', 'ar'); examplePlan('he')", context);
    expect(emulator.calls.byMethod['HtmlService.createTemplateFromFile']).toBe(1);
    expect(emulator.calls.byMethod['HtmlTemplate.getRawContent']).toBe(1);
    expect(emulator.calls.byMethod['HtmlService.createHtmlOutputFromFile']).toBeUndefined();
  });
});
