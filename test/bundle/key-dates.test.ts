// keyDates in the built dist/Code.js, called through the global scope with JSON arguments as
// google.script.run passes them, for every market: what the module computes, and nothing fetched.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../scripts/lib/vm-bundle.mjs';
import { keyDates } from '../../src/plan/key-dates';
import { MARKET_CODES } from '../../src/plan/markets';
import { createAppsScript } from '../emulator';

/** Code.js with no service but HtmlService, which only reads the add-on's own code (dist/AddOn.html). */
function bundleWithoutServices() {
  const { globals, emulator } = createAppsScript();
  const { context } = loadBundle({ HtmlService: globals.HtmlService });
  return { context, emulator };
}


describe('keyDates in dist/Code.js', () => {
  it.each(MARKET_CODES)('%s, 2026–2028, in the market’s language and in English', (code) => {
    const { context, emulator } = bundleWithoutServices(); // keyDates reads nothing of the spreadsheet
    const answer = JSON.parse(JSON.stringify(vm.runInContext(`keyDates(${JSON.stringify(code)}, '2026-01-01', '2028-12-31')`, context)));
    expect(answer.dates.length).toBeGreaterThan(8);
    const english = JSON.parse(JSON.stringify(vm.runInContext(`keyDates(${JSON.stringify(code)}, '2026-01-01', '2028-12-31', 'en')`, context)));
    expect(english).toEqual({ dates: keyDates(code, '2026-01-01', '2028-12-31', 'en') });
    // Loading the add-on's code once, for both calls; nothing else.
    expect(Object.keys(emulator.calls.byMethod).sort()).toEqual(['HtmlService.createTemplateFromFile', 'HtmlTemplate.getRawContent']);
    expect(emulator.calls.total).toBe(2);
  });

  it('a bad argument gives { problem }, never a throw', () => {
    const { context } = bundleWithoutServices();
    expect(vm.runInContext(`keyDates('SA', 'tomorrow', '2027-01-01', 'ar')`, context)).toEqual({ problem: '"tomorrow" ليس تاريخًا صحيحًا بالصيغة YYYY-MM-DD.' });
  });
});
