/**
 * The wizard in Hebrew, typed by hand, with the Situation and Budget & team steps filled field by
 * field: the SWOT, a persona found on WhatsApp and Facebook (which the Accounts step then
 * suggests first), a hashtag tied to a pillar, the monthly budget in shekels, the team and an
 * influencer. Then the Strategy tab, right to left, holds what was typed, as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { snapshot, type SheetSnapshot } from '../emulator/snapshot';
import { launchBrowser, openPreview, shot, type Session } from './support';

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

const GOALS = [
  'נפרסם באינסטגרם תמונות של מאפים טריים 3 פעמים בשבוע כדי לגדול מ-900 ל-1,500 עוקבים בתוך 3 חודשים.',
  'נעלה את שיעור המעורבות בפוסטים בפייסבוק מ-2% ל-4% בתוך 3 חודשים בעזרת מענה לכל תגובה תוך יום.',
  'נקבל 120 הזמנות דרך קישורים מעוקבים בוואטסאפ בתוך 3 חודשים, לעומת 40 היום.',
];
/** A persona name that would be a formula if it were ever written as one. */
const PERSONA = '=מיכל, אמא לשלושה';

const heading = () => s.sidebar.locator('#step-heading').textContent();

function tabOf(kind: string): SheetSnapshot {
  const sheet = snapshot(s.preview.host.addOn.emulator.spreadsheet).sheets.find((x) => x.metadata.some((m) => m.key === 'socialStrategy.tab' && m.value === kind));
  if (!sheet) throw new Error(`no ${kind} tab`);
  return sheet;
}

describe('the wizard in Hebrew, new steps by hand', () => {
  it('Start: business and focus; the objectives follow from the focus', async () => {
    const sb = s.sidebar;
    await expect.poll(() => sb.locator('html').getAttribute('dir')).toBe('rtl');
    await sb.locator('#f-businessName').fill('מאפיית השיבולת');
    expect(await sb.locator('#f-market').inputValue()).toBe('IL');
    await sb.locator('#f-focus input[value="loyalty"]').check();
    await expect.poll(() => sb.locator('#f-objectives input:checked').count()).toBe(4);
    expect(await sb.locator('#f-objectives input').first().getAttribute('value')).toBe('retention');
    await shot(s, 'he-1-start');
    await sb.locator('#next').click();
    await expect.poll(heading).toBe('מצב');
  });

  it('Situation: SWOT, persona, listening', async () => {
    const sb = s.sidebar;
    await sb.getByLabel('חוזקות').fill('מאפים טריים בכל בוקר.\nלקוחות קבועים.');
    await sb.getByLabel('חולשות').fill('אין מי שעובד על הרשתות במשרה מלאה.');
    await sb.getByLabel('הזדמנויות').fill('הזמנות לשבת בוואטסאפ.');
    await sb.getByLabel('איומים').fill('רשת מאפיות שנפתחת ליד.');
    await sb.locator('#add-persona').click();
    await s.page.keyboard.type(PERSONA);
    await sb.locator('#f-situation-personas-0-who').fill('בת 38, קונה חלות לשבת.');
    await sb.locator('#f-situation-personas-0-networks input[value="whatsapp"]').check();
    await sb.locator('#f-situation-personas-0-networks input[value="facebook"]').check();
    await sb.locator('#f-situation-personas-0-needs').fill('להזמין מראש ולאסוף ביום שישי.');
    await sb.locator('#f-situation-personas-0-barriers').fill('לא בטוחה שההזמנה תהיה מוכנה בזמן.');
    await sb.locator('#add-term').click();
    await s.page.keyboard.type('#לחםטרי');
    await sb.locator('#f-situation-listening-0-pillar').selectOption('promote');
    await shot(s, 'he-2-situation');
    await sb.locator('#next').click();
    await expect.poll(heading).toBe('יעדים');
  });

  it('Goals and Accounts: the persona’s networks are suggested first', async () => {
    const sb = s.sidebar;
    for (const [i, goal] of GOALS.entries()) await sb.locator(`#f-goals-${i}-text`).fill(goal);
    await sb.locator('#next').click();
    await expect.poll(heading).toBe('חשבונות');
    expect(await sb.locator('.chips').first().locator('button').allTextContents()).toEqual(['+ פייסבוק', '+ וואטסאפ']);
    await sb.locator('#suggest-whatsapp').click();
    await sb.locator('#f-accounts-0-handle').fill('@hashibolet');
    await sb.locator('#f-accounts-0-owner').fill('נועה');
    await sb.locator('#suggest-facebook').click();
    await sb.locator('#f-accounts-1-handle').fill('@hashibolet.bakery');
    await sb.locator('#suggest-instagram').click();
    await sb.locator('#f-accounts-2-handle').fill('@hashibolet');
    await shot(s, 'he-4-accounts');
    await sb.locator('#next').click();
    await expect.poll(heading).toBe('תוכנית תוכן');
    await sb.locator('#f-contentPlan-startDate').fill('2026-02-01');
    await sb.locator('#next').click();
    await expect.poll(heading).toBe('תקציב וצוות');
  });

  it('Budget & team: shekels, the team, an influencer', async () => {
    const sb = s.sidebar;
    expect((await sb.locator('h2').first().textContent())?.replace(/[\u2068\u2069]/g, '')).toBe('תקציב חודשי (ILS)');
    expect(await sb.locator('#f-team-0-name').inputValue()).toBe('נועה');
    await sb.locator('#f-team-0-role').fill('מפרסמת ועונה להודעות');
    await sb.locator('#f-team-0-hoursPerWeek').fill('6');
    await sb.locator('#f-team-0-hourlyCost').fill('90');
    await sb.locator('#add-budget').click();
    expect(await sb.locator('#f-budget-0-network').inputValue()).toBe('whatsapp');
    await sb.locator('#f-budget-0-network').selectOption('facebook');
    await sb.locator('#f-budget-0-monthly').fill('800');
    await sb.locator('#add-budget').click();
    await sb.locator('#f-budget-1-network').selectOption('instagram');
    await sb.locator('#f-budget-1-kind').selectOption('influencers');
    await sb.locator('#f-budget-1-monthly').fill('1,500');
    await sb.locator('#add-partner').click();
    await s.page.keyboard.type('שירה, בלוגרית אוכל');
    await sb.locator('#f-partners-0-network').selectOption('instagram');
    await sb.locator('#f-partners-0-fee').fill('1500');
    await sb.locator('#f-partners-0-end').fill('2026-02-20');
    await shot(s, 'he-6-budget');
    await sb.locator('#next').click();
    await expect.poll(heading).toBe('מדידה ובקרה');
  });

  it('Measure, then Generate: the Strategy tab first, right to left, with what was typed as text', async () => {
    const sb = s.sidebar;
    const numbers: [string, string, string][] = [
      ['followers', '900', '1500'],
      ['engagement_rate', '2%', '4%'],
      ['conversions', '40', '120'],
    ];
    for (const [i, [metric, baseline, target]] of numbers.entries()) {
      await sb.locator(`#f-goals-${i}-metric`).selectOption(metric);
      await sb.locator(`#f-goals-${i}-baseline`).fill(baseline);
      await sb.locator(`#f-goals-${i}-target`).fill(target);
    }
    await sb.locator('#next').click();
    await expect.poll(heading).toBe('יצירה');
    await shot(s, 'he-8-summary');
    await sb.locator('#generate').click();
    await sb.locator('#results').waitFor();
    await shot(s, 'he-8-generated');
    const tabs = snapshot(s.preview.host.addOn.emulator.spreadsheet).sheets.filter((x) => x.metadata.length > 0);
    const kinds = tabs.map((x) => x.metadata[0].value);
    expect(kinds[0]).toBe('strategy');
    expect(kinds).toEqual(expect.arrayContaining(['audit', 'calendar', 'kpi']));
    const strategy = tabOf('strategy');
    expect(strategy.rightToLeft).toBe(true);
    const cells = strategy.cells.flat().filter(Boolean);
    const shown = cells.map((c) => c!.display);
    for (const typed of ['מאפים טריים בכל בוקר.\nלקוחות קבועים.', PERSONA, 'פייסבוק, וואטסאפ', 'שירה, בלוגרית אוכל', 'מפרסמת ועונה להודעות', '#לחםטרי']) {
      expect(shown.some((d) => d.includes(typed.split('\n')[0])), typed).toBe(true);
    }
    // The persona's name starting with "=" stayed text.
    const persona = cells.find((c) => c!.display === PERSONA)!;
    expect(persona.formula).toBeUndefined();
    expect(persona.accidentalFormula).toBeUndefined();
    // The tab's name sits in Unicode isolates in right-to-left text (say.ts).
    await sb.getByRole('button', { name: /^פתיחת \u2068?אסטרטגיה/ }).click();
    await s.page.locator('table.grid[data-sheet="אסטרטגיה"]').waitFor();
    await shot(s, 'he-9-strategy', true);
  });

  it('made no request outside localhost and opened no dialog', () => {
    expect(s.refused).toEqual([]);
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
