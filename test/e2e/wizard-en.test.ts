/**
 * The whole wizard in English, typed by hand in headless Chromium against the preview (the real
 * dist/Sidebar.html, google.script.run wired to dist/Code.js in the emulator): every step (the
 * situation, personas, budget and team included), live
 * SMART letters, back/next keeping answers, Generate with progress, then the four tabs in the
 * emulated spreadsheet with the expected rows, a tab brought to the front, reminders switched on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { snapshot, type SheetSnapshot } from '../emulator/snapshot';
import { launchBrowser, openPreview, shot, type Session } from './support';

let browser: Browser;
let s: Session;

beforeAll(async () => {
  browser = await launchBrowser();
  s = await openPreview(browser, { locale: 'en_US', latencyMs: 150 });
});

afterAll(async () => {
  await s?.close();
  await browser?.close();
});

const GOALS = [
  'On Instagram we will post photos of our fresh bakes 3 times a week to grow from 900 to 1,500 followers within 3 months.',
  'Raise the engagement rate of our Facebook posts from 2% to 4% within 3 months by answering every comment within a day.',
  'Get 120 online orders from our Facebook offers (tracked links) within 3 months, up from 40.',
];

function tabOf(kind: string): SheetSnapshot {
  const sheet = snapshot(s.preview.host.addOn.emulator.spreadsheet).sheets.find((x) => x.metadata.some((m) => m.key === 'socialStrategy.tab' && m.value === kind));
  if (!sheet) throw new Error(`no ${kind} tab`);
  return sheet;
}

function texts(sheet: SheetSnapshot): string[][] {
  return sheet.cells.map((row) => row.map((c) => (c ? c.display : '')));
}

describe('the wizard in English', () => {
  it('opens in English, left to right, from the user locale', async () => {
    const html = s.sidebar.locator('html');
    await expect.poll(() => html.getAttribute('dir')).toBe('ltr');
    expect(await html.getAttribute('lang')).toBe('en');
    expect(await s.sidebar.locator('#f-language').inputValue()).toBe('en');
    expect(await s.sidebar.locator('#step-heading').textContent()).toBe('Start');
    // Every control has a label the browser associates with it.
    const unlabelled = await (await s.frame()).evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea'))
        .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label'))
        .map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);
  });

  it('step 1, Start: business, market, focus, objectives', async () => {
    const sb = s.sidebar;
    await sb.getByLabel('Business name').fill('Corner Crumb Bakery');
    expect(await sb.getByLabel('Market (country)').inputValue()).toBe('US');
    // A focus is not offered again as an objective; the objectives that follow from it are ticked.
    expect(await sb.locator('#f-objectives input[value="sales"]').count()).toBe(0);
    expect(await sb.locator('#f-objectives input[value="awareness"]').count()).toBe(0);
    await sb.getByLabel('Sales', { exact: true }).check();
    await expect.poll(() => sb.locator('#f-objectives input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['leads', 'traffic', 'roi', 'sales_quality']);
    await sb.getByLabel('Better return on investment').uncheck();
    await sb.getByLabel('Engagement', { exact: true }).check();
    await shot(s, 'en-1-start');
    await sb.locator('#next').click();
    await expect.poll(() => sb.locator('#step-heading').textContent()).toBe('Situation');
  });

  it('step 2, Situation: SWOT, a PESTEL note, a persona and where they are online, a hashtag', async () => {
    const sb = s.sidebar;
    await sb.getByLabel('Strengths').fill('Everything baked fresh on site.\nLoyal regulars.');
    await sb.getByLabel('Weaknesses').fill('No one works on social media full time.');
    await sb.getByLabel('Opportunities').fill('New offices opening on the street.');
    await sb.getByLabel('Threats').fill('A bakery chain two blocks away.');
    await sb.locator('details summary').click();
    await sb.getByLabel('Economic').fill('Ingredient costs up 8% this year.');
    await sb.locator('#add-persona').click();
    await s.page.keyboard.type('Office breakfast Olivia');
    await sb.locator('#f-situation-personas-0-who').fill('30, works nearby, buys breakfast on the way in.');
    await sb.locator('#f-situation-personas-0-networks input[value="instagram"]').check();
    await sb.locator('#f-situation-personas-0-networks input[value="tiktok"]').check();
    await sb.locator('#f-situation-personas-0-needs').fill('A quick breakfast she can order ahead.');
    await sb.locator('#f-situation-personas-0-barriers').fill('Thinks we have no online ordering.');
    await sb.locator('#add-term').click();
    await s.page.keyboard.type('#freshbread');
    await sb.locator('#f-situation-listening-0-pillar').selectOption('promote');
    await sb.locator('#add-term').click();
    await sb.locator('#f-situation-listening-1-term').fill('Corner Crumb');
    await sb.locator('#f-situation-listening-1-kind').selectOption('about');
    await shot(s, 'en-2-situation');
    await sb.locator('#next').click();
    await expect.poll(() => sb.locator('#step-heading').textContent()).toBe('Goals');
  });

  it('step 3, Goals: live SMART letters and what is missing', async () => {
    const sb = s.sidebar;
    const first = sb.getByLabel('Goal 1: what, how much, by when');
    await first.fill('Grow our followers');
    const letters = sb.locator('[data-field="goals.0"] .smart span');
    await expect.poll(() => letters.count()).toBe(5);
    expect(await sb.locator('[data-field="goals.0"] .smart span.met').count()).toBeLessThan(5);
    expect(await sb.locator('[data-field="goals.0"] .smart-missing').textContent()).toMatch(/^Missing: /);
    for (const [i, goal] of GOALS.entries()) await sb.getByLabel(`Goal ${i + 1}: what, how much, by when`).fill(goal);
    await expect.poll(() => sb.locator('[data-field="goals.0"] .smart span.met').count()).toBe(5);
    await shot(s, 'en-2-goals');
    // Back and next keep every answer.
    await sb.locator('#step-0').click();
    expect(await sb.getByLabel('Business name').inputValue()).toBe('Corner Crumb Bakery');
    expect(await sb.getByLabel('Sales', { exact: true }).isChecked()).toBe(true);
    await sb.locator('#next').click();
    expect(await sb.getByLabel('Strengths').inputValue()).toBe('Everything baked fresh on site.\nLoyal regulars.');
    await sb.locator('#next').click();
    expect(await sb.getByLabel('Goal 3: what, how much, by when').inputValue()).toBe(GOALS[2]);
    await sb.locator('#next').click();
    await expect.poll(() => sb.locator('#step-heading').textContent()).toBe('Accounts');
  });

  it('step 4, Accounts: the personas’ networks first, then the market’s; competitors; impostors', async () => {
    const sb = s.sidebar;
    // Where Olivia is online, then the rest of what the United States uses.
    expect(await sb.locator('.chips').nth(0).locator('button').allTextContents()).toEqual(['+ Instagram', '+ TikTok']);
    expect(await sb.locator('.chips').nth(1).locator('button').allTextContents()).toEqual(['+ Facebook', '+ YouTube', '+ LinkedIn']);
    await sb.getByRole('button', { name: 'Add Instagram' }).click();
    // The new account's handle has the focus: keyboard users type on.
    await s.page.keyboard.type('@cornercrumb');
    expect(await sb.locator('#f-accounts-0-handle').inputValue()).toBe('@cornercrumb');
    await sb.locator('#f-accounts-0-url').fill('instagram.com/cornercrumb');
    await sb.locator('#f-accounts-0-owner').fill('Maya');
    await sb.locator('#f-accounts-0-mission').fill('We use Instagram to show our bakes fresh from the oven so neighbours drop by.');
    await sb.getByRole('button', { name: 'Add Facebook' }).click();
    await sb.locator('#f-accounts-1-handle').fill('@cornercrumb.bakery');
    await sb.locator('#f-accounts-1-mission').fill('We use Facebook to talk with regular customers.');
    await sb.locator('#add-competitor').click();
    await sb.locator('#f-competitors-0-network').selectOption('instagram');
    await sb.locator('#f-competitors-0-handle').fill('@oven_and_co');
    await sb.locator('#add-impostor').click();
    await sb.locator('#f-impostors-0-network').selectOption('instagram');
    await sb.locator('#f-impostors-0-url').fill('https://instagram.com/cornercrumb.official');
    await shot(s, 'en-4-accounts');
    await sb.locator('#next').click();
    await expect.poll(() => sb.locator('#step-heading').textContent()).toBe('Content plan');
  });

  it('step 5, Content plan: the accounts become posting plans; mix; campaigns', async () => {
    const sb = s.sidebar;
    await sb.getByLabel('Start date').fill('2026-02-01');
    await sb.getByLabel('Length in months (1–36)').fill('3');
    // One posting plan per account network, working days (Mon–Fri in the US) ticked.
    expect(await sb.locator('[data-field^="contentPlan.networks."] h3').allTextContents()).toEqual(['Instagram', 'Facebook']);
    const days = sb.locator('#f-contentPlan-networks-0-weekdays input');
    expect(await days.count()).toBe(7);
    expect(await sb.locator('#f-contentPlan-networks-0-weekdays input:checked').count()).toBe(5);
    await sb.locator('#f-contentPlan-networks-0-postsPerWeek').fill('4');
    await sb.locator('#f-contentPlan-networks-0-times').fill('08:30');
    await sb.locator('#f-contentPlan-networks-1-times').fill('12:00, 18:00');
    await sb.getByLabel('Rule of thirds: promote, share ideas, interact').check();
    await sb.locator('#add-campaign').click();
    await sb.locator('#f-campaigns-0-name').fill('Spring menu');
    await sb.locator('#f-campaigns-0-start').fill('2026-03-02');
    await sb.locator('#f-campaigns-0-end').fill('2026-03-15');
    await shot(s, 'en-5-content');
    await sb.locator('#next').click();
    await expect.poll(() => sb.locator('#step-heading').textContent()).toBe('Budget & team');
  });

  it('step 6, Budget & team: monthly budget per network in dollars, the team from the accounts’ owners, an influencer', async () => {
    const sb = s.sidebar;
    expect(await sb.locator('h2').first().textContent()).toBe('Monthly budget (USD)');
    // Maya manages the Instagram account: she is the first team member, on Instagram.
    expect(await sb.locator('#f-team-0-name').inputValue()).toBe('Maya');
    expect(await sb.locator('#f-team-0-networks input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['instagram']);
    await sb.locator('#f-team-0-role').fill('Publishes and answers comments');
    await sb.locator('#f-team-0-hoursPerWeek').fill('6');
    await sb.locator('#f-team-0-hourlyCost').fill('25');
    await sb.locator('#add-member').click();
    await s.page.keyboard.type('Sam');
    await sb.locator('#f-team-1-role').fill('Measures the KPIs');
    await sb.locator('#f-team-1-hoursPerWeek').fill('2');
    await sb.locator('#f-team-1-hourlyCost').fill('20');
    await sb.locator('#add-budget').click();
    expect(await sb.locator('#f-budget-0-network').inputValue()).toBe('instagram');
    await s.page.keyboard.type('300');
    await sb.locator('#add-budget').click();
    await sb.locator('#f-budget-1-network').selectOption('');
    await sb.locator('#f-budget-1-kind').selectOption('tools');
    await sb.locator('#f-budget-1-monthly').fill('30');
    await sb.locator('#add-partner').click();
    await s.page.keyboard.type('Jess, local food blogger');
    await sb.locator('#f-partners-0-fee').fill('abc');
    await sb.locator('#f-partners-0-end').fill('2026-03-15');
    // A fee that is not a number is refused beside its field.
    await sb.locator('#next').click();
    await expect.poll(() => sb.locator('[data-field="partners.0.fee"] .error').textContent()).toBe('"abc" is not a number.');
    await sb.locator('#f-partners-0-fee').fill('400');
    await shot(s, 'en-6-budget');
    await sb.locator('#next').click();
    await expect.poll(() => sb.locator('#step-heading').textContent()).toBe('Measure & review');
  });

  it('step 7, Measure & review: metric, baseline, target, deadline per goal; cadences; reminders', async () => {
    const sb = s.sidebar;
    // The networks the goals name and the plan's last day are filled in.
    expect(await sb.locator('#f-goals-0-network').inputValue()).toBe('instagram');
    expect(await sb.locator('#f-goals-1-network').inputValue()).toBe('facebook');
    expect(await sb.locator('#f-goals-0-deadline').inputValue()).toBe('2026-04-30');
    const numbers: [string, string, string][] = [
      ['followers', '900', '1,500'],
      ['engagement_rate', '2%', '4%'],
      ['conversions', '40', '120'],
    ];
    for (const [i, [metric, baseline, target]] of numbers.entries()) {
      await sb.locator(`#f-goals-${i}-metric`).selectOption(metric);
      await sb.locator(`#f-goals-${i}-baseline`).fill(baseline);
      await sb.locator(`#f-goals-${i}-target`).fill(target);
    }
    await sb.locator('#f-reviews-kpi').selectOption('weekly');
    await sb.getByLabel('E-mail review reminders').check();
    await sb.getByLabel('Send to (e-mail addresses, comma separated)').fill('maya@example.com, sam@example.com');
    await sb.getByLabel('Hour of the day').selectOption('8');
    await shot(s, 'en-7-measure');
    await sb.locator('#next').click();
    await expect.poll(() => sb.locator('#step-heading').textContent()).toBe('Generate');
  });

  it('step 8, Generate: summary, progress, then links that open each new tab', async () => {
    const sb = s.sidebar;
    const summary = await sb.locator('dl.summary').textContent();
    expect(summary).toContain('Corner Crumb Bakery');
    expect(summary).toContain('\u2068Feb 1, 2026\u2069 to \u2068Apr 30, 2026\u2069');
    await shot(s, 'en-8-summary');
    expect(snapshot(s.preview.host.addOn.emulator.spreadsheet).sheets.map((x) => x.name)).toEqual(['Sheet1']);
    await sb.locator('#generate').click();
    // While the server works: the button is disabled and a progress bar shows.
    await sb.locator('#progress').waitFor();
    expect(await sb.locator('#generate').isDisabled()).toBe(true);
    await sb.locator('#results').waitFor();
    await shot(s, 'en-8-generated');
    const buttons = sb.locator('#results ul.tabs button');
    expect(await buttons.count()).toBe(6); // the Strategy page first, the three working tabs, the dashboard, and the Reviews log reminders made

    // Strategy: what was typed in the new steps, on the one page.
    const strategyText = texts(tabOf('strategy')).flat();
    for (const typed of ['Everything baked fresh on site.\nLoyal regulars.', 'Office breakfast Olivia', 'Instagram, TikTok', 'Jess, local food blogger', 'Publishes and answers comments']) {
      expect(strategyText).toContain(typed);
    }
    // The budget lines in the plan's currency (their totals are formulas, computed in test/plan/generators/strategy.test.ts).
    expect(strategyText).toContain('300.00 USD');
    expect(strategyText).toContain('30.00 USD');

    const audit = tabOf('audit');
    const calendar = tabOf('calendar');
    const kpi = tabOf('kpi');
    // Audit: one row per account, the impostor and the competitor.
    const auditText = texts(audit).flat();
    expect(auditText).toContain('@cornercrumb');
    expect(auditText).toContain('@cornercrumb.bakery');
    expect(auditText).toContain('https://instagram.com/cornercrumb');
    expect(auditText).toContain('@oven_and_co');
    expect(auditText).toContain('https://instagram.com/cornercrumb.official');
    // Calendar: 13 weeks × (4 Instagram + 3 Facebook) posts, give or take the partial weeks.
    const calendarRows = texts(calendar).filter((row) => /^\d{2}\/\d{2}\/\d{4}$/.test(row[0]));
    expect(calendarRows.length).toBeGreaterThan(80);
    expect(calendarRows.length).toBeLessThan(100);
    expect(new Set(calendarRows.map((row) => row[3]))).toEqual(new Set(['Instagram', 'Facebook']));
    expect(calendarRows.some((row) => row.includes('Spring menu'))).toBe(true);
    // KPI: one row per goal, with its metric, baseline and target as numbers.
    const kpiRows = texts(kpi).filter((row) => GOALS.includes(row[0]));
    expect(kpiRows.map((row) => row[0])).toEqual(GOALS);
    expect(kpi.cells.flat().find((c) => c?.value === 1500)).toBeTruthy();
    expect(kpi.cells.flat().find((c) => c?.value === 0.04)).toBeTruthy();

    // The buttons name each tab and its rows, as generateTabs reported them.
    expect(await buttons.allTextContents()).toEqual([
      expect.stringMatching(/^Open Strategy \(\d+ rows\)$/),
      expect.stringMatching(/^Open Audit \(\d+ rows\)$/),
      expect.stringMatching(/^Open Content calendar \(\d+ rows\)$/),
      expect.stringMatching(/^Open KPI tracker \(\d+ rows\)$/),
      expect.stringMatching(/^Open Dashboard \(\d+ rows\)$/),
      'Open Reviews (0 rows)',
    ]);
    await sb.getByRole('button', { name: /^Open Content calendar/ }).click();
    await expect.poll(() => s.preview.host.addOn.emulator.spreadsheet._active._name).toBe(calendar.name);
    // The preview's view follows the active tab and shows the calendar's cells.
    await s.page.locator('table.grid[data-sheet="Content calendar"]').waitFor();
    await shot(s, 'en-9-spreadsheet', true);
    await sb.getByRole('button', { name: /^Open Strategy/ }).click();
    await s.page.locator('table.grid[data-sheet="Strategy"]').waitFor();
    await shot(s, 'en-9-strategy', true);

    // Switching reminders on made the Reviews log without bringing it to the front; its button does.
    await sb.getByRole('button', { name: /^Open Reviews/ }).click();
    await expect.poll(() => s.preview.host.addOn.emulator.spreadsheet._active._name).toBe('Reviews');

    // Reminders: one daily trigger for this document, on the US market's clock (the preview's sheet is in UTC).
    expect(await sb.locator('#results p[role="status"]').textContent()).toMatch(/^On: one e-mail a day at 08:00 \(America\/New_York\) to maya@example\.com, sam@example\.com\. Reviews: KPIs every (week|month), account audit every \d+ months?, strategy review every \d+ months?\.$/);
    expect(s.preview.host.addOn.emulator.triggers.list.map((t) => t.handler)).toEqual(['onReminderTrigger']);
  });

  it('made no request outside localhost and opened no dialog', () => {
    expect(s.refused).toEqual([]);
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    expect(s.requests.some((u) => u.includes('gstatic.com'))).toBe(true);
  });
});
