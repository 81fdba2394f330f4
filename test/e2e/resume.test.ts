/**
 * The answers are saved with the document as they are typed: closing and reopening the sidebar
 * (the menu item again) resumes on the same step with every answer; after Generate, a fresh
 * sidebar without a draft opens with the plan that was generated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPreview, shot, waitSaved, type Session } from './support';

let browser: Browser;
let s: Session;

beforeAll(async () => {
  browser = await launchBrowser();
  s = await openPreview(browser, { locale: 'he_IL' });
});

afterAll(async () => {
  await s?.close();
  await browser?.close();
});

/** Clicks the add-on menu item in the preview: Apps Script shows the sidebar anew. */
async function reopenSidebar(): Promise<void> {
  await s.page.locator('#menu button[data-function="showSidebar"]').click();
  await s.sidebar.locator('#step-heading').waitFor();
}

describe('reopening the sidebar', () => {
  it('resumes the step and every answer', async () => {
    const sb = s.sidebar;
    expect(await sb.locator('html').getAttribute('dir')).toBe('rtl');
    await sb.locator('#f-businessName').fill('מאפיית השיבולת');
    await sb.locator('#f-focus input[value="loyalty"]').check();
    await sb.locator('#next').click();
    expect(await sb.locator('#step-heading').textContent()).toBe('מצב');
    await sb.locator('#next').click();
    await sb.locator('#f-goals-0-text').fill('נפרסם באינסטגרם 3 פעמים בשבוע כדי לגדול ל-1,500 עוקבים בתוך 3 חודשים.');
    await sb.locator('#add-goal').click();
    await sb.locator('#f-goals-3-text').fill('יעד רביעי');
    await waitSaved(s, 'נשמר עם הגיליון.');
    const saves = s.requests.filter((u) => u.endsWith('/run/saveWizard')).length;
    expect(saves).toBeGreaterThan(0);

    await reopenSidebar();
    expect(await sb.locator('#step-heading').textContent()).toBe('יעדים');
    expect(await sb.locator('#f-goals-0-text').inputValue()).toBe('נפרסם באינסטגרם 3 פעמים בשבוע כדי לגדול ל-1,500 עוקבים בתוך 3 חודשים.');
    expect(await sb.locator('#f-goals-3-text').inputValue()).toBe('יעד רביעי');
    await shot(s, 'he-resumed');
    await sb.locator('#step-0').click();
    expect(await sb.locator('#f-businessName').inputValue()).toBe('מאפיית השיבולת');
    expect(await sb.locator('#f-focus input[value="loyalty"]').isChecked()).toBe(true);
  });

  it('keeps the last keystrokes when the sidebar is closed before the delayed save', async () => {
    const sb = s.sidebar;
    await sb.locator('#step-2').click();
    await sb.locator('#f-goals-3-text').fill('יעד רביעי, נכתב רגע לפני הסגירה');
    const before = s.requests.length;
    await s.page.locator('#close-sidebar').click(); // at once: the delayed save has not run yet
    // The unloading page's save reaches the document (what the next sidebar will load).
    const store = s.preview.host.addOn.emulator.properties.document;
    const saved = () => Array.from(store.data.values()).some((v) => String(v).includes('נכתב רגע לפני הסגירה'));
    await expect
      .poll(saved, { timeout: 15_000 })
      .toBe(true)
      .catch((e: Error) => {
        // Which requests the closing sidebar made, and which draft is kept: what a failure needs.
        throw new Error(`${e.message}\n${JSON.stringify({ requests: s.requests.slice(before), kept: store.data.get('socialStrategy.wizard') })}`);
      });
    await reopenSidebar();
    expect(await sb.locator('#f-goals-3-text').inputValue()).toBe('יעד רביעי, נכתב רגע לפני הסגירה');
    await sb.locator('#step-0').click();
  });

  it('after Generate, a document with no draft opens with the generated plan', async () => {
    const sb = s.sidebar;
    await sb.locator('#try-example').click();
    await sb.locator('#example-yes').click();
    await sb.locator('#step-7').click();
    await sb.locator('#generate').click();
    await sb.locator('#results').waitFor();
    // Forget the draft (as if the wizard had never been opened here); the plan store remains.
    const store = s.preview.host.addOn.emulator.properties.document;
    for (const key of Array.from(store.data.keys())) if (key.startsWith('socialStrategy.wizard')) store.data.delete(key);
    await reopenSidebar();
    expect(await sb.locator('#f-businessName').inputValue()).toBe('מאפיית השיבולת');
    await sb.locator('#step-3').click();
    expect(await sb.locator('#f-accounts-0-handle').inputValue()).toBe('@hashibolet');
  });

  it('made no request outside localhost and opened no dialog', () => {
    expect(s.refused).toEqual([]);
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
