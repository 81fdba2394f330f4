/**
 * The Import analytics… dialog as a marketer uses it, in English and in Persian: pick an export,
 * see the preview (platform, posts and dates, a select per column, refused rows with their
 * reason), change a column, import with one button, read what changed; the KPI log in the
 * emulator holds the file's sums, and a caption or a network like "=cmd|…" stays text.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, FrameLocator } from 'playwright-core';
import { tabMessages } from '../../src/i18n/messages';
import { FIXTURES } from '../import/fixtures';
import { testPlan } from '../import/plan';
import { linkedInWorkbook } from '../import/xlsx-fixture';
import { launchBrowser, openPreview, SCREENSHOTS, type Session } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openImport(s: Session, language: string): Promise<FrameLocator> {
  const result = s.preview.host.addOn.serverCall('generateTabs', testPlan(language)) as { tabs?: unknown };
  expect(result.tabs).toBeTruthy();
  await s.page.locator('#menu button[data-function="showImportAnalytics"]').click();
  return readyDialog(s);
}

/** The dialog's frame once its page has bound its listeners (a file picked earlier would be lost). */
async function readyDialog(s: Session): Promise<FrameLocator> {
  const dialog = s.page.frameLocator('iframe#dialog-frame');
  await dialog.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  return dialog;
}

async function dialogShot(s: Session, name: string): Promise<void> {
  await s.page.waitForTimeout(100);
  await s.page.locator('iframe#dialog-frame').screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The log's total of one measure for one network label, from the emulated KPI tab. */
function logTotal(s: Session, lang: 'en' | 'fa', network: string, measure: 'reach' | 'engagements' | 'impressions'): number {
  const sheet = s.preview.host.addOn.emulator.spreadsheet.getSheets().find((t) => t.getName().startsWith(tabMessages[lang].titles.kpi))!;
  const values = sheet.getDataRange().getValues();
  const c = tabMessages[lang].columns;
  const header = values.findIndex((r) => r.includes(c.periodStart));
  const [n, m] = [values[header].indexOf(c.network), values[header].indexOf(c[measure])];
  return values.slice(header + 1).reduce((sum, r) => sum + (r[n] === network && typeof r[m] === 'number' ? r[m] : 0), 0);
}

describe('the Import analytics dialog', () => {
  it('in English: previews a Meta Facebook export, lets a column be changed, imports it and says what changed', async () => {
    const s = await openPreview(browser, { locale: 'en_US' });
    try {
      const dialog = await openImport(s, 'en');
      await dialog.locator('#file').setInputFiles(join(FIXTURES, 'meta-facebook-posts.csv'));
      await dialog.locator('#platform').waitFor();
      expect(await dialog.locator('#platform').textContent()).toContain('Facebook posts');
      expect(await dialog.locator('#summary').textContent()).toBe('4 posts from 2027-01-13 to 2027-02-03');
      // The sum column is not imported beside its parts; Total clicks never feeds clicks.
      const select = (header: string) => dialog.locator(`#columns select[aria-label="${header}"]`);
      expect(await select('Reactions, comments and shares').inputValue()).toBe('ignore');
      expect(await select('Reactions').inputValue()).toBe('engagements');
      expect(await select('Total clicks').inputValue()).toBe('ignore');
      expect(await select('Link clicks').inputValue()).toBe('clicks');
      await dialogShot(s, 'import-en-preview');

      // Choosing the sum as well is refused, with the columns named, and nothing is imported.
      await select('Reactions, comments and shares').selectOption('engagements');
      await dialog.locator('.problems li').first().waitFor();
      expect(await dialog.locator('.problems').textContent()).toContain('Reactions, comments and shares');
      expect(await dialog.locator('#import').isDisabled()).toBe(true);
      await dialogShot(s, 'import-en-refused-mapping');

      // Back to the parts, then import.
      await select('Reactions, comments and shares').selectOption('ignore');
      await dialog.locator('.problems').waitFor({ state: 'detached' });
      await expect.poll(() => dialog.locator('#import').isDisabled()).toBe(false);
      await dialog.locator('#import').click();
      await dialog.locator('#done').waitFor();
      expect(await dialog.locator('#done').textContent()).toMatch(/^Imported\. Log cells changed: \d+\.$/);
      await dialogShot(s, 'import-en-done');
      expect(logTotal(s, 'en', 'Facebook', 'reach')).toBe(1800 + 1320 + 3900 + 980);
      expect(logTotal(s, 'en', 'Facebook', 'engagements')).toBe(64 + 33 + 150 + 20);

      // A hostile file: its captions and its network "=cmd|…" are shown as text, never as markup.
      await s.page.locator('#close-dialog').click();
      await s.page.locator('#menu button[data-function="showImportAnalytics"]').click();
      await readyDialog(s);
      await dialog.locator('#file').setInputFiles(join(FIXTURES, 'hostile-captions.csv'));
      await dialog.locator('#refused').waitFor();
      expect(await dialog.locator('#refused li').first().textContent()).toContain("=cmd|' /C calc'!A0");
      expect(await dialog.locator('img').count()).toBe(0);
      expect(s.dialogs).toEqual([]);
      expect(s.pageErrors).toEqual([]);
      expect(s.refused).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('reads an Excel workbook in the dialog (the posts sheet of LinkedIn’s export) and refuses an old .xls', async () => {
    const s = await openPreview(browser, { locale: 'en_US' });
    try {
      const dialog = await openImport(s, 'en');
      const xlsx = { name: 'content_2027.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(linkedInWorkbook()) };
      await dialog.locator('#file').setInputFiles(xlsx);
      await dialog.locator('#platform').waitFor();
      expect(await dialog.locator('#platform').textContent()).toContain('LinkedIn');
      expect(await dialog.locator('#summary').textContent()).toBe('2 posts from 2027-01-15 to 2027-01-22');
      await dialogShot(s, 'import-en-xlsx');
      await dialog.locator('#import').click();
      await dialog.locator('#done').waitFor();
      expect(logTotal(s, 'en', 'LinkedIn', 'impressions')).toBe(2100 + 3450);

      await dialog.locator('#file').setInputFiles({ name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) });
      await dialog.locator('.problems li').first().waitFor();
      expect(await dialog.locator('.problems').textContent()).toContain('save it as .xlsx or as CSV');
      expect(s.pageErrors).toEqual([]);
      expect(s.refused).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('in Persian: right to left, an own sheet with Persian headers, digits and a Persian-calendar date, a bad figure refused', async () => {
    const s = await openPreview(browser, { locale: 'fa_IR' });
    try {
      const dialog = await openImport(s, 'fa');
      expect(await dialog.locator('html').getAttribute('dir')).toBe('rtl');
      await dialog.locator('#file').setInputFiles(join(FIXTURES, 'persian-own-sheet.csv'));
      await dialog.locator('#platform').waitFor();
      expect(await dialog.locator('#platform').textContent()).toBe('شناخته شد: جدول خودتان');
      expect(await dialog.locator('#columns select[aria-label="دسترسی"]').inputValue()).toBe('reach');
      expect(await dialog.locator('#refused li').first().textContent()).toBe('ردیف ۷: «نامشخص» در «دسترسی» عددی برابر ۰ یا بیشتر نیست'.replace('۷', '7'));
      expect(await dialog.locator('.note').first().textContent()).toContain('شمسی');
      // Persian digits throughout, each date isolated so its hyphens keep their order in RTL.
      expect(await dialog.locator('#summary').textContent()).toBe('۵ پست از \u2068۲۰۲۷-۰۱-۱۱\u2069 تا \u2068۲۰۲۷-۰۲-۰۴\u2069');
      await dialogShot(s, 'import-fa-preview');
      await dialog.locator('#import').click();
      await dialog.locator('#done').waitFor();
      expect(await dialog.locator('#done').textContent()).toContain('وارد شد');
      await dialogShot(s, 'import-fa-done');
      expect(logTotal(s, 'fa', 'اینستاگرام', 'reach')).toBe(12500 + 9800 + 1000);
      expect(s.pageErrors).toEqual([]);
      expect(s.refused).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
