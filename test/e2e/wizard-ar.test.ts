/**
 * The whole wizard again in Arabic, for a Saudi market: the sidebar opens right to left in the
 * user's language, numbers are typed with Arabic-Indic digits (٠-٩), the Saudi week (Sunday first,
 * Friday–Saturday off) drives the posting days, and the tabs are written right to left in Arabic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { snapshot, type SheetSnapshot } from '../emulator/snapshot';
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

const GOALS = [
  'ننشر صور المخبوزات الطازجة على إنستغرام 3 مرات أسبوعيًا لزيادة المتابعين من 900 إلى 1500 خلال 3 أشهر.',
  'نرفع معدل التفاعل على سناب شات من 2% إلى 4% خلال 3 أشهر بالرد على كل رسالة خلال يوم.',
  'نحقق 120 طلبًا عبر الروابط المتتبعة من إنستغرام خلال 3 أشهر بدلًا من 40 طلبًا.',
];

function tabOf(kind: string): SheetSnapshot {
  const sheet = snapshot(s.preview.host.addOn.emulator.spreadsheet).sheets.find((x) => x.metadata.some((m) => m.key === 'socialStrategy.tab' && m.value === kind));
  if (!sheet) throw new Error(`no ${kind} tab`);
  return sheet;
}

const heading = () => s.sidebar.locator('#step-heading').textContent();

describe('the wizard in Arabic', () => {
  it('opens in Arabic, right to left', async () => {
    const html = s.sidebar.locator('html');
    await expect.poll(() => html.getAttribute('dir')).toBe('rtl');
    expect(await html.getAttribute('lang')).toBe('ar');
    expect(await heading()).toBe('البداية');
    // Right to left for real: the Next button sits at the left edge of the footer.
    const next = await s.sidebar.locator('#next').boundingBox();
    const back = await s.sidebar.locator('#back').boundingBox();
    expect(next!.x).toBeLessThan(back!.x);
  });

  it('step 1: business, Saudi market, focus', async () => {
    const sb = s.sidebar;
    expect(await sb.getByLabel('اللغة').inputValue()).toBe('ar');
    await sb.getByLabel('اسم النشاط التجاري').fill('مخبز السنبلة');
    expect(await sb.getByLabel('السوق (الدولة)').inputValue()).toBe('SA');
    await sb.locator('#f-focus input[value="awareness"]').check();
    // The focus is not an objective as well; the objectives serving it are ticked.
    expect(await sb.locator('#f-objectives input[value="awareness"]').count()).toBe(0);
    expect(await sb.locator('#f-objectives input[value="engagement"]').isChecked()).toBe(true);
    await shot(s, 'ar-1-start');
    await sb.locator('#next').click();
    await expect.poll(heading).toBe('الوضع الحالي');
    await sb.locator('#next').click();
    await expect.poll(heading).toBe('الأهداف');
  });

  it('step 2: three goals with live SMART feedback in Arabic', async () => {
    const sb = s.sidebar;
    for (const [i, goal] of GOALS.entries()) await sb.locator(`#f-goals-${i}-text`).fill(goal);
    await expect.poll(() => sb.locator('[data-field="goals.0"] .smart span.met').count()).toBe(5);
    await sb.locator('#f-goals-2-text').fill('نريد متابعين أكثر');
    await expect.poll(() => sb.locator('[data-field="goals.2"] .smart-missing').textContent()).toMatch(/^ينقصه: /);
    await sb.locator('#f-goals-2-text').fill(GOALS[2]);
    await shot(s, 'ar-2-goals');
    await sb.locator('#next').click();
    await expect.poll(heading).toBe('الحسابات');
  });

  it('step 3: Snapchat suggested for Saudi Arabia', async () => {
    const sb = s.sidebar;
    expect(await sb.locator('.chips button').allTextContents()).toEqual(['+ سناب شات', '+ إكس (تويتر)', '+ إنستغرام', '+ تيك توك']);
    await sb.locator('#suggest-instagram').click();
    await sb.locator('#f-accounts-0-handle').fill('@sunbula_bakery');
    await sb.locator('#f-accounts-0-mission').fill('نستخدم إنستغرام لعرض المخبوزات الطازجة من الفرن حتى يزورنا سكان الحي.');
    await sb.locator('#suggest-snapchat').click();
    await sb.locator('#f-accounts-1-handle').fill('@sunbula');
    await shot(s, 'ar-3-accounts');
    await sb.locator('#next').click();
    await expect.poll(heading).toBe('خطة المحتوى');
  });

  it('step 4: Arabic-Indic digits, the Saudi week', async () => {
    const sb = s.sidebar;
    await sb.locator('#f-contentPlan-startDate').fill('2026-02-01');
    await sb.locator('#f-contentPlan-months').fill('٣');
    // The Saudi week starts on Sunday; Friday and Saturday are off.
    const days = sb.locator('#f-contentPlan-networks-0-weekdays input');
    expect(await days.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(await sb.locator('#f-contentPlan-networks-0-weekdays input:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['0', '1', '2', '3', '4']);
    await sb.locator('#f-contentPlan-networks-0-postsPerWeek').fill('٤');
    await sb.locator('#f-contentPlan-networks-0-times').fill('٠٨:٣٠');
    await sb.locator('#f-contentPlan-networks-1-postsPerWeek').fill('٢');
    await sb.locator('#f-contentPlan-mix-1').check(); // Hootsuite's 50/20/20/5
    await shot(s, 'ar-4-content');
    await sb.locator('#next').click();
    await expect.poll(heading).toBe('الميزانية والفريق');
    await sb.locator('#next').click();
    await expect.poll(heading).toBe('القياس والمراجعة');
  });

  it('step 5: numbers per goal in Arabic-Indic digits', async () => {
    const sb = s.sidebar;
    expect(await sb.locator('#f-goals-1-network').inputValue()).toBe('snapchat');
    const numbers: [string, string, string][] = [
      ['followers', '٩٠٠', '١٥٠٠'],
      ['engagement_rate', '٢٪', '٤٪'],
      ['conversions', '٤٠', '١٢٠'],
    ];
    for (const [i, [metric, baseline, target]] of numbers.entries()) {
      await sb.locator(`#f-goals-${i}-metric`).selectOption(metric);
      await sb.locator(`#f-goals-${i}-baseline`).fill(baseline);
      await sb.locator(`#f-goals-${i}-target`).fill(target);
    }
    await shot(s, 'ar-5-measure');
    await sb.locator('#next').click();
    await expect.poll(heading).toBe('الإنشاء');
  });

  it('step 6: the three tabs, right to left, in Arabic', async () => {
    const sb = s.sidebar;
    await shot(s, 'ar-6-summary');
    await sb.locator('#generate').click();
    await sb.locator('#results').waitFor();
    await shot(s, 'ar-6-generated');
    const audit = tabOf('audit');
    const calendar = tabOf('calendar');
    const kpi = tabOf('kpi');
    for (const tab of [audit, calendar, kpi]) expect(tab.rightToLeft).toBe(true);
    const auditText = audit.cells.flat().map((c) => c?.display ?? '');
    expect(auditText).toContain('@sunbula_bakery');
    expect(auditText).toContain('إنستغرام');
    // 13 weeks × (4 + 2) posts, Sunday to Thursday only.
    const dated = calendar.cells.filter((row) => typeof row[0]?.value === 'number' && row[3]?.display);
    expect(dated.length).toBeGreaterThan(70);
    expect(dated.length).toBeLessThan(85);
    expect(kpi.cells.flat().find((c) => c?.value === 1500)).toBeTruthy();
    expect(kpi.cells.flat().find((c) => c?.value === 0.04)).toBeTruthy();
    expect(kpi.cells.map((row) => row[0]?.display ?? '')).toEqual(expect.arrayContaining(GOALS));
    await sb.locator('#results ul.tabs button[data-kind="kpi"]').click();
    await expect.poll(() => s.preview.host.addOn.emulator.spreadsheet._active._name).toBe(kpi.name);
    await s.page.locator(`table.grid[dir="rtl"][data-sheet="${kpi.name}"]`).waitFor();
    await shot(s, 'ar-7-spreadsheet', true);
  });

  it('made no request outside localhost and opened no dialog', () => {
    expect(s.refused).toEqual([]);
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
