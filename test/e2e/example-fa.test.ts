/**
 * "Try an example" in Persian: the Iranian market's week (Saturday first, Friday off), a custom
 * content mix, and the three tabs generated right to left, with screenshots of each step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { tabMessages } from '../../src/i18n/messages';
import { snapshot } from '../emulator/snapshot';
import { launchBrowser, openPreview, shot, type Session } from './support';

let browser: Browser;
let s: Session;

beforeAll(async () => {
  browser = await launchBrowser();
  s = await openPreview(browser, { locale: 'fa_IR' });
});

afterAll(async () => {
  await s?.close();
  await browser?.close();
});

describe('the example in Persian', () => {
  it('fills every step and generates right-to-left tabs', async () => {
    const sb = s.sidebar;
    expect(await sb.locator('html').getAttribute('dir')).toBe('rtl');
    await sb.locator('#try-example').click();
    await expect.poll(() => sb.locator('#f-businessName').inputValue()).toBe('نان‌سرای گندم');
    expect(await sb.locator('#f-market').inputValue()).toBe('IR');
    await shot(s, 'fa-1-start');
    for (let step = 1; step <= 7; step++) {
      await sb.locator('#next').click();
      await shot(s, `fa-${step + 1}-step`);
    }
    expect(await sb.locator('#step-heading').textContent()).toBe('ساخت');
    await sb.locator('#generate').click();
    await sb.locator('#results').waitFor();
    await shot(s, 'fa-9-generated');
    // One digit system on the screen: the summary's counts in Persian digits too (issue 11, item 11).
    const summary = (await sb.locator('dl.summary').textContent()) ?? '';
    expect(summary).toMatch(/[۰-۹]/);
    expect(summary).not.toMatch(/[0-9]/);
    const tabs = snapshot(s.preview.host.addOn.emulator.spreadsheet).sheets.filter((x) => x.metadata.length > 0);
    expect(tabs.map((x) => x.metadata.find((m) => m.key === 'socialStrategy.tab')!.value)).toEqual(['strategy', 'audit', 'calendar', 'kpi', 'dashboard']);
    expect(tabs.every((x) => x.rightToLeft)).toBe(true);
  });

  it('draws the calendar’s Copy and Link columns at their widths, not squeezed to their headers', async () => {
    const calendar = tabMessages.fa.titles.calendar;
    await s.page.locator(`#tabs button[data-tab="${calendar}"]`).click();
    const grid = s.page.locator(`table.grid[data-sheet="${calendar}"]`);
    await grid.waitFor();
    for (const [header, min] of [[tabMessages.fa.columns.copy, 260], [tabMessages.fa.columns.link, 240]] as const) {
      const box = await grid.locator('td', { hasText: header }).first().boundingBox();
      expect(box?.width ?? 0, header).toBeGreaterThanOrEqual(min);
    }
  });

  it('shows the market week in the content plan: Saturday first', async () => {
    const sb = s.sidebar;
    await sb.locator('#step-4').click();
    const values = await sb.locator('#f-contentPlan-networks-0-weekdays input').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(values).toEqual(['6', '0', '1', '2', '3', '4', '5']);
    expect(await sb.locator('#f-contentPlan-mix-2').isChecked()).toBe(true);
    expect(await sb.locator('#f-contentPlan-mix-custom-0-pillar').inputValue()).toBe('محصولات تازه');
  });

  it('made no request outside localhost and opened no dialog', () => {
    expect(s.refused).toEqual([]);
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
