/**
 * Invalid input is refused with a visible message next to the field it concerns, and nothing is
 * written: the quick checks on Next, and the server's own checks on Generate (a problem the
 * client cannot see), whose `field` paths lead back to the right step and field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { snapshot } from '../emulator/snapshot';
import { launchBrowser, openPreview, shot, type Session } from './support';

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

const sheetNames = () => snapshot(s.preview.host.addOn.emulator.spreadsheet).sheets.map((x) => x.name);
const heading = () => s.sidebar.locator('#step-heading').textContent();

describe('refusing invalid input', () => {
  it('Next refuses a missing answer, with the message under the field and the focus on it', async () => {
    const sb = s.sidebar;
    await sb.locator('#next').click();
    expect(await heading()).toBe('Start');
    const field = sb.locator('.field[data-field="businessName"]');
    expect(await field.locator('.error').textContent()).toBe('Required.');
    expect(await sb.locator('#f-businessName').getAttribute('aria-invalid')).toBe('true');
    expect(await sb.locator('#f-businessName').getAttribute('aria-describedby')).toContain('f-businessName-err');
    expect(await sb.locator('#f-businessName').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await sb.locator('.field[data-field="focus"] .error').textContent()).toBe('Required.');
    await shot(s, 'refused-required');
    // Typing clears the field's message.
    await sb.locator('#f-businessName').fill('Corner Crumb');
    expect(await field.locator('.error').textContent()).toBe('');
  });

  it('a number field refuses text and accepts Persian digits', async () => {
    const sb = s.sidebar;
    await sb.locator('#try-example').click();
    await sb.locator('#example-yes').click();
    await expect.poll(() => sb.locator('#f-businessName').inputValue()).toBe('Corner Crumb Bakery');
    await sb.locator('#step-4').click();
    await sb.locator('#f-contentPlan-networks-0-postsPerWeek').fill('four');
    await sb.locator('#next').click();
    expect(await heading()).toBe('Content plan');
    expect(await sb.locator('.field[data-field="contentPlan.networks.0.postsPerWeek"] .error').textContent()).toBe('Give a whole number from 1 to 42.');
    await shot(s, 'refused-number');
    await sb.locator('#f-contentPlan-networks-0-postsPerWeek').fill('۴');
    await sb.locator('#next').click();
    expect(await heading()).toBe('Budget & team');
    await sb.locator('#next').click();
    expect(await heading()).toBe('Measure & review');
  });

  it('Next refuses at the step what the server would: a link that is not one, with the server’s words', async () => {
    const sb = s.sidebar;
    await sb.locator('#step-3').click();
    await sb.locator('#f-accounts-0-url').fill('javascript:alert(1)');
    await sb.locator('#next').click();
    expect(await heading()).toBe('Accounts');
    expect(await sb.locator('.field[data-field="accounts.0.url"] .error').textContent()).toBe('"javascript:alert(1)" is not a web link (http or https).');
    await sb.locator('#f-accounts-0-url').fill('cornercrumb.example');
    await sb.locator('#next').click();
    expect(await heading()).toBe('Content plan');
    // A campaign ending before it starts: both are real dates, only the rule across them objects.
    await sb.locator('#f-campaigns-0-end').fill('2020-01-01');
    await sb.locator('#next').click();
    expect(await heading()).toBe('Content plan');
    expect(await sb.locator('.field[data-field="campaigns.0.end"] .error').textContent()).toContain('is before the start date');
    await sb.locator('#f-campaigns-0-end').fill(await sb.locator('#f-campaigns-0-start').inputValue());
    await sb.locator('#step-6').click();
  });

  it('Generate refuses what the steps were not asked about; the problem leads to its field; nothing is written', async () => {
    const sb = s.sidebar;
    // A deadline before the plan starts, then straight to Generate by the step buttons (no Next).
    await sb.locator('#f-goals-0-deadline').fill('2020-01-31');
    await sb.locator('#step-7').click();
    expect(await heading()).toBe('Generate');
    const callsBefore = s.preview.host.addOn.emulator.calls.byMethod['Range.setValues'] ?? 0;
    await sb.locator('#generate').click();
    const problems = sb.locator('#problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Nothing was written.');
    // The step's name and the message are apart, as read on screen.
    expect(await problems.locator('li').first().innerText()).toMatch(/^Measure & review: The deadline/);
    await shot(s, 'refused-by-server');
    expect(sheetNames()).toEqual(['Sheet1']);
    expect(s.preview.host.addOn.emulator.calls.byMethod['Range.setValues'] ?? 0).toBe(callsBefore);
    expect(s.preview.host.addOn.emulator.properties.document.data.has('socialStrategy.plan')).toBe(false);

    await problems.getByRole('button', { name: /^Measure & review/ }).click();
    expect(await heading()).toBe('Measure & review');
    const message = sb.locator('.field[data-field="goals.0.deadline"] .error');
    expect(await message.textContent()).not.toBe('');
    expect(await sb.locator('#f-goals-0-deadline').evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(s, 'refused-field');

    // Fixed, it goes through.
    await sb.locator('#f-goals-0-deadline').fill('2026-04-30');
    await sb.locator('#step-7').click();
    await sb.locator('#generate').click();
    await sb.locator('#results').waitFor();
    expect(sheetNames()).toEqual(['Sheet1', 'Strategy', 'Audit', 'Content calendar', 'KPI tracker', 'Dashboard']);
  });

  it('made no request outside localhost and opened no dialog', () => {
    expect(s.refused).toEqual([]);
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
