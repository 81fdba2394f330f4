// The whole write of a plan (audit, calendar and KPI tabs, and the saved plan) through the one
// renderer, counted in the emulator: at most 95 Apps Script calls (15 of them the Strategy tab's, up to 20 the dashboard's), about the same for 3 or 36
// months, and no user text turned into a formula. Drives src/sheets/generate.ts with the example
// plan grown to the case (6 networks, 5 posts a week).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateTabs, examplePlanForToday } from '../../src/sheets/generate';
import { NETWORK_INFO, NETWORKS } from '../../src/plan/networks';
import { findTabs } from '../../src/sheets/tabs';
import { createAppsScript } from '../emulator/index';
import { isRemote } from '../emulator/calls';
import { examplePlan } from '../../src/plan/example';
import { generateStrategyTab } from '../../src/plan/generators/strategy';
import { LIMITS, validatePlan } from '../../src/plan/schema';
import { renderTab } from '../../src/sheets/render';
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

/** Remote calls from the dashboard's insertSheet (the last tab written) to the plan's save, and its tag (written with the others after the save). */
function dashboardCalls(sequence: string[]): number {
  const start = sequence.lastIndexOf('Spreadsheet.insertSheet');
  const end = sequence.findIndex((key, i) => i > start && key.startsWith('Properties'));
  return sequence.slice(start, end).filter((key) => isRemote(key.split('.')[0], key.split('.')[1])).length + 1;
}

describe('generateTabs through the renderer', () => {
  it.each(['en', 'fa'] as const)('writes a 12-month, 6-network plan in %s in at most 95 Apps Script calls', (lang) => {
    const { emulator, result, calls } = write(lang, 12);
    expect(result.tabs.map((t) => t.kind)).toEqual(['strategy', 'audit', 'calendar', 'kpi', 'dashboard']);
    expect(result.tabs.find((t) => t.kind === 'calendar')!.rows).toBeGreaterThan(1500);
    expect(calls.remote).toBeLessThanOrEqual(95);
    expect(accidentalFormulas(emulator.spreadsheet)).toEqual([]);
    expect([...findTabs(emulator.countedSpreadsheet).keys()]).toEqual(['strategy', 'audit', 'calendar', 'kpi']);
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

describe('the Strategy tab through the renderer', () => {
  /** Renders only the Strategy tab of the example grown to `months` and to every list at its limit. */
  function strategyCalls(months: number, full: boolean): number {
    const { globals, emulator } = createAppsScript({ locale: 'he_IL', timeZone: 'Asia/Jerusalem' });
    for (const [name, service] of Object.entries(globals)) vi.stubGlobal(name, service);
    const input = examplePlan('he', '2026-03-10') as unknown as Record<string, any>;
    input.contentPlan.months = months;
    if (full) {
      input.situation.personas = Array.from({ length: LIMITS.personas }, (_, i) => ({ name: `p${i}`, networks: ['instagram'] }));
      input.team = Array.from({ length: LIMITS.team }, (_, i) => ({ name: `m${i}`, hoursPerWeek: 2, hourlyCost: 50 }));
      input.budget = Array.from({ length: LIMITS.budgetLines }, () => ({ network: 'facebook', kind: 'ads', monthly: 10 }));
    }
    const check = validatePlan(input, 'he');
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    emulator.resetCalls();
    renderTab(emulator.countedSpreadsheet, generateStrategyTab(check.plan));
    // The tab's own calls: the room check is once per run, whatever the tabs (render.ts).
    const roomCheck = emulator.calls.count('Spreadsheet.getSheets') + emulator.calls.count('Sheet.getMax');
    expect(roomCheck).toBe(3);
    const remote = emulator.calls.remote - roomCheck;
    vi.unstubAllGlobals();
    return remote;
  }

  it('costs at most 15 service calls, the same for 3 or 36 months and for full lists, right to left included', () => {
    const counts = [strategyCalls(3, false), strategyCalls(36, false), strategyCalls(36, true)];
    expect(Math.max(...counts)).toBeLessThanOrEqual(15);
    expect(new Set(counts).size).toBe(1);
    console.log(`Strategy tab: ${counts[0]} service calls`);
  });
});
