// The whole write of a plan (audit, calendar and KPI tabs, and the saved plan) through the one
// renderer, counted in the emulator: at most 80 Apps Script calls (the dashboard adds up to 20), about the same for 3 or 36
// months, and no user text turned into a formula. Drives src/sheets/generate.ts with the example
// plan grown to the case (6 networks, 5 posts a week).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateTabs, examplePlanForToday } from '../../src/sheets/generate';
import { NETWORK_INFO, NETWORKS } from '../../src/plan/networks';
import { findTabs } from '../../src/sheets/tabs';
import { createAppsScript } from '../emulator/index';
import { isRemote } from '../emulator/calls';
import { accidentalFormulas } from '../emulator/snapshot';

afterEach(() => {
  vi.unstubAllGlobals();
});

function write(lang: 'en' | 'fa', months: number) {
  const { globals, emulator } = createAppsScript({ locale: lang === 'fa' ? 'fa_IR' : 'en_US', timeZone: 'Asia/Tehran' });
  for (const [name, service] of Object.entries(globals)) vi.stubGlobal(name, service);
  const plan = examplePlanForToday(lang) as unknown as { contentPlan: Record<string, unknown>; goals: { text: string }[] };
  plan.contentPlan.months = months;
  plan.contentPlan.networks = NETWORKS.slice(0, 6).map((network) => ({
    network, postsPerWeek: 5, times: ['10:00'], formats: [NETWORK_INFO[network].formats[0]],
  }));
  plan.goals[0].text = '+20% followers by June'; // user text that Sheets would read as a formula
  emulator.resetCalls();
  const result = generateTabs(plan) as { tabs: { kind: string; name: string; rows: number }[] };
  return { emulator, result, calls: { remote: emulator.calls.remote, total: emulator.calls.total } };
}

/** Remote calls from the dashboard's insertSheet (the last tab written) to the plan's save. */
function dashboardCalls(sequence: string[]): number {
  const start = sequence.lastIndexOf('Spreadsheet.insertSheet');
  const end = sequence.findIndex((key, i) => i > start && key.startsWith('Properties'));
  return sequence.slice(start, end).filter((key) => isRemote(key.split('.')[0], key.split('.')[1])).length;
}

describe('generateTabs through the renderer', () => {
  it.each(['en', 'fa'] as const)('writes a 12-month, 6-network plan in %s in at most 80 Apps Script calls (60 + the dashboard 20)', (lang) => {
    const { emulator, result, calls } = write(lang, 12);
    expect(result.tabs.map((t) => t.kind)).toEqual(['audit', 'calendar', 'kpi', 'dashboard']);
    expect(result.tabs[1].rows).toBeGreaterThan(1500);
    expect(calls.remote).toBeLessThanOrEqual(80);
    expect(accidentalFormulas(emulator.spreadsheet)).toEqual([]);
    expect([...findTabs(emulator.countedSpreadsheet).keys()]).toEqual(['audit', 'calendar', 'kpi']);
    expect([...findTabs(emulator.countedSpreadsheet, ['dashboard']).keys()]).toEqual(['dashboard']);
  });

  it.each(['en', 'fa'] as const)('the dashboard adds at most 20 of them in %s (right-to-left costs one more)', (lang) => {
    const counts = [3, 12, 36].map((months) => {
      const { emulator } = write(lang, months);
      vi.unstubAllGlobals();
      return dashboardCalls(emulator.calls.sequence);
    });
    expect(Math.max(...counts)).toBeLessThanOrEqual(20);
    expect(new Set(counts).size).toBe(1);
  });

  it('costs about the same for 3, 12 and 36 months (within 5 calls)', () => {
    const counts = [3, 12, 36].map((months) => {
      const { calls } = write('en', months);
      vi.unstubAllGlobals();
      return calls.remote;
    });
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(5);
  });
});
