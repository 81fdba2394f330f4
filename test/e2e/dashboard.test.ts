// The dashboard in the preview, in English and in Persian: the charts drawn from the values
// HyperFormula computes for their ranges (bars, columns, lines in the palette), the log charts
// appearing after figures are logged and "Refresh dashboard" is clicked, sparklines in the
// headline, and a screenshot of each (test-results/screenshots/dashboard-*.png).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { dashboardMessages } from '../../src/i18n/messages';
import { kpiLayout } from '../../src/plan/generators/kpi';
import { PALETTE } from '../../src/plan/generators/dashboard';
import { validatePlan } from '../../src/plan/schema';
import { launchBrowser, openPreview, shot, type Session } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each([['en', 'en_US'], ['fa', 'fa_IR']] as const)('the dashboard in the preview (%s)', (lang, locale) => {
  let s: Session;
  const m = dashboardMessages[lang];

  beforeAll(async () => {
    s = await openPreview(browser, { locale });
  });

  afterAll(async () => {
    await s?.close?.();
  });

  it('draws the charts that have data, then the log charts once figures are logged and refreshed', async () => {
    const host = s.preview.host;
    const input = (host.run('examplePlan', [lang]) as { ok: true; value: any }).value;
    const out = host.run('generateTabs', [input]) as { ok: true; value: { tabs: { kind: string; name: string }[] } };
    expect(out.ok).toBe(true);
    const dashboard = out.value.tabs.find((t) => t.kind === 'dashboard')!.name;
    const kpiName = out.value.tabs.find((t) => t.kind === 'kpi')!.name;
    await s.page.reload();
    await s.page.waitForSelector('body[data-ready="true"]');
    await s.page.locator(`#tabs button[data-tab="${dashboard}"]`).click();
    await s.page.locator(`table.grid[data-sheet="${dashboard}"]`).waitFor();
    await expect.poll(() => s.page.locator('#charts figure').count()).toBe(4);
    expect(await s.page.locator('#charts').getAttribute('dir')).toBe(lang === 'fa' ? 'rtl' : 'ltr');
    // Posts planned per network: columns in the palette's first colour, one per network.
    const posts = s.page.locator(`#charts figure[data-title="${m.charts.postsByNetwork}"] rect[data-value]`);
    expect(await posts.count()).toBeGreaterThan(0);
    expect(await posts.first().getAttribute('fill')).toBe(PALETTE[0]);
    await shot(s, `dashboard-${lang}-empty`, true);

    // Figures for two periods, then the menu's refresh.
    const check = validatePlan(input, lang);
    if (!check.ok) throw new Error('bad example');
    const log = kpiLayout(check.plan).log;
    const kpi = host.addOn.emulator.spreadsheet.getSheetByName(kpiName)!;
    const networks = check.plan.contentPlan.networks.length;
    kpi.getRange(log.firstRow, log.col('reach'), 1, 3).setValues([[1200, 900, 80]]);
    kpi.getRange(log.firstRow + networks, log.col('reach'), 1, 3).setValues([[1500, 1100, 120]]);
    kpi.getRange(log.firstRow, log.col('spend'), 1, 2).setValues([[50, 200]]);
    host.clickMenu('refreshDashboard');
    await s.page.reload();
    await s.page.waitForSelector('body[data-ready="true"]');
    await s.page.locator(`#tabs button[data-tab="${dashboard}"]`).click();
    await expect.poll(() => s.page.locator('#charts figure').count()).toBe(7);
    const line = s.page.locator(`#charts figure[data-title="${m.charts.reach}"] circle[data-value]`);
    expect(await line.evaluateAll((dots) => dots.map((d) => Number(d.getAttribute('data-value'))))).toEqual(expect.arrayContaining([1200, 1500]));
    // The headline's trend: a sparkline drawn in its cell.
    await expect.poll(() => s.page.locator('table.grid td', { hasText: /^[▁▂▃▄▅▆▇█]{2}$/ }).count()).toBeGreaterThan(0);
    await shot(s, `dashboard-${lang}-logged`, true);
  });
});
