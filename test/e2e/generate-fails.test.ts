/**
 * A generation that fails midway, seen from the sidebar: the message in the user's language says
 * nothing was changed, and the spreadsheet indeed holds no new tab. Then no room left: the
 * refusal names the cells needed and left, as the user's language writes numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { sidebarMessages } from '../../src/i18n/messages';
import { digitLocale } from '../../src/i18n/say';
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

/** The sentence before "{error}" and the one after it, to find in the banner whatever the error. */
function around(template: string): string[] {
  return template.split(/\{\w+\}/).map((part) => part.replace(/[().]/g, '').trim()).filter((part) => part.length > 8);
}

describe('a generation that fails, in Arabic', () => {
  it('says in Arabic that nothing was changed, and nothing was', async () => {
    const sb = s.sidebar;
    await sb.locator('#try-example').click();
    await expect.poll(() => sb.locator('#f-businessName').inputValue()).not.toBe('');
    for (let step = 1; step <= 7; step++) await sb.locator('#next').click();
    // The summary says how much of the room a saved plan has these answers take.
    const summary = (await sb.locator('dl.summary').textContent()) ?? '';
    const max = await (await s.frame()).evaluate(() => new Intl.NumberFormat('ar').format(200));
    expect(summary).toContain(sidebarMessages.ar.planRoom);
    expect(summary).toContain(`/ ${max} KB`);
    const emulator = s.preview.host.addOn.emulator;
    const tabsBefore = emulator.spreadsheet.getSheets().length;
    emulator.faults.throwOn('Range.setValues', { after: 2, message: 'Service Spreadsheets failed', once: true }); // the third tab
    await sb.locator('#generate').click();
    await sb.locator('#problems').waitFor();
    // Values sit in Unicode isolates in right-to-left text (say.ts).
    const banner = ((await sb.locator('#problems').textContent()) ?? '').replace(/[\u2068\u2069]/g, '');
    for (const part of around(sidebarMessages.ar.notWrittenError)) expect(banner).toContain(part);
    expect(banner).toContain('لم يتغيّر شيء');
    expect(banner).toContain('Service Spreadsheets failed');
    expect(emulator.spreadsheet.getSheets()).toHaveLength(tabsBefore);
    await shot(s, 'refused-generate-failed-ar');
  });

  it('refuses a plan that does not fit in the spreadsheet, with the figures written the Arabic way', async () => {
    const sb = s.sidebar;
    const emulator = s.preview.host.addOn.emulator;
    emulator.spreadsheet.insertSheet('Data').insertRowsAfter(1000, 381_000); // 42,000 cells left
    const tabsBefore = emulator.spreadsheet.getSheets().length;
    await sb.locator('#generate').click();
    // The figures in the browser's Intl with Arabic's one digit system (say.ts), not as a server sentence.
    const locale = digitLocale('ar');
    const [room, max] = await (await s.frame()).evaluate((l) => [42_000, 10_000_000].map((n) => new Intl.NumberFormat(l).format(n)), locale);
    await expect.poll(async () => (await sb.locator('#problems').textContent()) ?? '').toContain(max);
    // Values sit in Unicode isolates in right-to-left text (say.ts).
    const banner = ((await sb.locator('#problems').textContent()) ?? '').replace(/[\u2068\u2069]/g, '');
    expect(banner).toContain(` ${room} `); // the room left
    expect(banner).toContain('لم يتغيّر شيء');
    expect(emulator.spreadsheet.getSheets()).toHaveLength(tabsBefore);
  });

  it('made no request outside localhost and opened no dialog', () => {
    expect(s.refused).toEqual([]);
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
