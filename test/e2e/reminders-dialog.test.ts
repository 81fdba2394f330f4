/**
 * The Reminders… menu item as a marketer uses it: the dialog shows the state, switches reminders
 * on at the chosen hour (one trigger, however often it is saved), refuses a bad address beside the
 * form without touching the trigger, and switches them off again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, FrameLocator } from 'playwright-core';
import { launchBrowser, openPreview, shot, type Session } from './support';

let browser: Browser;
let s: Session;
let dialog: FrameLocator;

const ourTriggers = () => s.preview.host.addOn.emulator.triggers.list.filter((t) => t.handler === 'onReminderTrigger');

beforeAll(async () => {
  browser = await launchBrowser();
  s = await openPreview(browser, { locale: 'en_US' });
  dialog = s.page.frameLocator('iframe#dialog-frame');
});

afterAll(async () => {
  await s?.close();
  await browser?.close();
});

async function openDialog(): Promise<void> {
  await s.page.locator('#menu button[data-function="showReminderSettings"]').click();
  await dialog.locator('#status').waitFor();
}

describe('the Reminders dialog', () => {
  it('says there is no plan yet, and offers no form', async () => {
    await openDialog();
    expect(await dialog.locator('#status').textContent()).toMatch(/plan/i);
    expect(await dialog.locator('#f').isHidden()).toBe(true);
    expect(ourTriggers()).toHaveLength(0);
    await s.page.locator('#close-dialog').click();
  });

  it('switches reminders on at the chosen hour, with one trigger however often it is saved', async () => {
    const sb = s.sidebar;
    await sb.locator('#try-example').click();
    await sb.locator('#step-7').click();
    await sb.locator('#generate').click();
    await sb.locator('#results').waitFor();
    expect(ourTriggers().length).toBeLessThanOrEqual(1); // the example may switch them on already

    await openDialog();
    await dialog.locator('#hour').selectOption('7');
    await dialog.locator('#recipients').fill('maya@example.com, sam@example.com');
    await dialog.locator('button[type="submit"]').click();
    await dialog.locator('#msg:not(:empty)').waitFor();
    expect(await dialog.locator('#msg').getAttribute('class')).not.toBe('err');
    expect(ourTriggers()).toHaveLength(1);
    expect(ourTriggers()[0].schedule?.atHour).toBe(7);
    expect(await dialog.locator('#status').textContent()).toContain('maya@example.com');
    await shot(s, 'reminders-dialog', true);

    await dialog.locator('#hour').selectOption('18');
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => ourTriggers()[0]?.schedule?.atHour).toBe(18);
    expect(ourTriggers()).toHaveLength(1);
  });

  it('refuses a bad address beside the form, as text, and keeps the trigger as it was', async () => {
    await dialog.locator('#recipients').fill('<img src=x onerror=alert(1)>');
    await dialog.locator('button[type="submit"]').click();
    await dialog.locator('#msg.err').waitFor();
    expect(await dialog.locator('#msg').textContent()).not.toBe('');
    expect(await dialog.locator('img').count()).toBe(0);
    expect(ourTriggers()).toHaveLength(1);
    expect(ourTriggers()[0].schedule?.atHour).toBe(18);
  });

  it('switches reminders off: our trigger is gone, and only ours', async () => {
    await dialog.locator('#off').click();
    await expect.poll(() => ourTriggers().length).toBe(0);
    expect(await dialog.locator('#off').isHidden()).toBe(true);
  });

  it('made no request outside localhost and opened no dialog box', () => {
    expect(s.refused).toEqual([]);
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
