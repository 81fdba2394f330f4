/**
 * The wizard with the keyboard only: Tab reaches every answer in order, radios move with the
 * arrow keys, Enter on Next moves on and puts the focus on the new step's heading, and a new row
 * takes the focus where typing continues.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPreview, type Session } from './support';

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

async function focused(): Promise<string> {
  return (await s.frame()).evaluate(() => document.activeElement?.id ?? '');
}

async function tabTo(id: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focused()) === id) return;
    await s.page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}; focus is on #${await focused()}`);
}

describe('keyboard only', () => {
  it('fills the first step and moves on without a mouse', async () => {
    const k = s.page.keyboard;
    await s.sidebar.locator('#step-heading').focus();
    await tabTo('f-businessName');
    await k.type('Keyboard Café');
    await tabTo('f-focus-0');
    await k.press('ArrowDown'); // awareness → loyalty
    expect(await focused()).toBe('f-focus-1');
    expect(await s.sidebar.locator('#f-focus-1').isChecked()).toBe(true);
    await tabTo('next');
    await k.press('Enter');
    expect(await s.sidebar.locator('#step-heading').textContent()).toBe('Situation');
    expect(await focused()).toBe('step-heading');
    // Situation asks nothing required: on to Goals.
    await tabTo('next', 80);
    await k.press('Enter');
    expect(await s.sidebar.locator('#step-heading').textContent()).toBe('Goals');
    await tabTo('add-goal', 60);
    await k.press('Enter');
    expect(await focused()).toBe('f-goals-3-text');
    await k.type('A fourth goal');
    expect(await s.sidebar.locator('#f-goals-3-text').inputValue()).toBe('A fourth goal');
    // Back with the keyboard keeps the answers (through Situation, back to Start).
    await tabTo('back', 80);
    await k.press('Enter');
    expect(await s.sidebar.locator('#step-heading').textContent()).toBe('Situation');
    await tabTo('back', 80);
    await k.press('Enter');
    expect(await s.sidebar.locator('#f-businessName').inputValue()).toBe('Keyboard Café');
  });

  it('every control of every step has a label', async () => {
    const sb = s.sidebar;
    await sb.locator('#try-example').click();
    await sb.locator('#example-yes').click();
    await expect.poll(() => sb.locator('#f-businessName').inputValue()).not.toBe('Keyboard Café');
    for (let step = 0; step < 8; step++) {
      await sb.locator(`#step-${step}`).click();
      const unlabelled = await (await s.frame()).evaluate(() =>
        Array.from(document.querySelectorAll('input, select, textarea, button'))
          .filter((el) => {
            const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label');
            return !labelled && !(el.tagName === 'BUTTON' && el.textContent?.trim());
          })
          .map((el) => el.id || el.outerHTML.slice(0, 60)),
      );
      expect(unlabelled, `step ${step + 1}`).toEqual([]);
    }
  });

  it('made no request outside localhost and opened no dialog', () => {
    expect(s.refused).toEqual([]);
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
