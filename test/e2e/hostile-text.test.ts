/**
 * User text is hostile: a handle like `<img src=x onerror=alert(1)>` must show as text in the
 * sidebar, in the summary and in the preview's spreadsheet view, and nothing may run (no dialog,
 * no <img> element, no request for "x"); text that looks like a formula stays text in the cells.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accidentalFormulas, snapshot } from '../emulator/snapshot';
import { launchBrowser, openPreview, shot, type Session } from './support';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script> & "quotes" \'too\'';
const FORMULA = '=HYPERLINK("https://evil.example","click")';

let browser: Browser;
let s: Session;

beforeAll(async () => {
  browser = await launchBrowser();
  s = await openPreview(browser, { locale: 'en_US' });
});

afterAll(async () => {
  await s?.close();
  await browser?.close();
});

describe('hostile text', () => {
  it('stays text in the sidebar, the summary, the tabs and the preview view', async () => {
    const sb = s.sidebar;
    await sb.locator('#try-example').click();
    await expect.poll(() => sb.locator('#f-businessName').inputValue()).not.toBe('');
    await sb.locator('#f-businessName').fill(IMG);
    await sb.locator('#step-3').click();
    await sb.locator('#f-accounts-0-handle').fill(IMG);
    await sb.locator('#f-accounts-1-handle').fill(FORMULA);
    await sb.locator('#f-accounts-0-mission').fill(SCRIPT);
    // Re-drawn from the answers (a select change re-draws the step): still the same text.
    await sb.locator('#f-accounts-2-network').selectOption('youtube');
    expect(await sb.locator('#f-accounts-0-handle').inputValue()).toBe(IMG);
    await sb.locator('#step-2').click();
    await sb.locator('#f-goals-0-text').fill(`${IMG} on Instagram 3 posts a week for 500 followers by June`);
    await sb.locator('#step-7').click();
    const summary = sb.locator('dl.summary');
    expect(await summary.textContent()).toContain(IMG);
    await sb.locator('#generate').click();
    await sb.locator('#results').waitFor();
    await shot(s, 'hostile-text-generated');

    const frame = await s.frame();
    expect(await frame.evaluate(() => document.querySelectorAll('img, script:not([src]) ~ script, iframe, object, embed').length)).toBe(0);
    expect(await frame.evaluate(() => document.querySelectorAll('script').length)).toBe(2); // the shim and the bundle

    // The spreadsheet: the cells hold the text, no cell became a formula by accident.
    const spreadsheet = s.preview.host.addOn.emulator.spreadsheet;
    const values = snapshot(spreadsheet).sheets.flatMap((sheet) => sheet.cells.flat().map((c) => c?.display ?? ''));
    expect(values).toContain(IMG);
    expect(values).toContain(FORMULA);
    expect(values).toContain(SCRIPT);
    expect(accidentalFormulas(spreadsheet)).toEqual([]);

    // The preview view draws the audit tab: the handle is a cell's text, not markup.
    await s.page.locator('#tabs button[data-tab="Audit"]').click();
    await s.page.locator('table.grid[data-sheet="Audit"]').waitFor();
    const cells = await s.page.locator('table.grid td').allTextContents();
    expect(cells).toContain(IMG);
    expect(cells).toContain(FORMULA);
    expect(await s.page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    await shot(s, 'hostile-text-view', true);
  });

  it('ran nothing: no dialog, no image request, nothing outside localhost', () => {
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    expect(s.requests.filter((u) => /\/x$/.test(u))).toEqual([]);
    expect(s.refused).toEqual([]);
  });
});
