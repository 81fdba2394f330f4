/**
 * The content step's "Key dates": in Arabic (Saudi Arabia) Ramadan, in Persian (Iran) Nowruz, each
 * added as a campaign with one click, then found in the Calendar tab with its before, during and
 * after phases (Ramadan's "after" is Eid al-Fitr), beside the local-date column's formula.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { tabMessages } from '../../src/i18n/messages';
import type { Lang } from '../../src/i18n/lang';
import { addDays } from '../../src/plan/dates';
import { snapshot, type SheetSnapshot } from '../emulator/snapshot';
import { isoFromSerial } from '../support/formula-engine';
import { launchBrowser, openPreview, shot, type Session } from './support';

let browser: Browser | undefined;
const sessions: Session[] = [];

afterAll(async () => {
  for (const s of sessions) await s.close();
  await browser?.close();
});

function calendarOf(s: Session): SheetSnapshot {
  const sheet = snapshot(s.preview.host.addOn.emulator.spreadsheet).sheets.find((x) => x.metadata.some((m) => m.key === 'socialStrategy.tab' && m.value === 'calendar'));
  if (!sheet) throw new Error('no calendar tab');
  return sheet;
}

// The preview's clock is pinned to 2026-01-05: the example plan runs February to April 2026.
describe.each([
  { locale: 'ar_SA', lang: 'ar' as Lang, id: 'ramadan-2026-02-18', name: 'رمضان', start: '2026-02-18', end: '2026-03-19', after: 3, local: 'LOCAL_DATE(', calendar: '"islamic"' },
  { locale: 'fa_IR', lang: 'fa' as Lang, id: 'nowruz-2026-03-21', name: 'نوروز', start: '2026-03-21', end: '2026-03-24', after: 7, local: 'LOCAL_DATE(', calendar: '"persian"' },
])('key dates in $locale', ({ locale, lang, id, name, start, end, after, local, calendar }) => {
  let s: Session;

  it('lists the market’s key dates and adds one as a campaign in one click', async () => {
    browser ??= await launchBrowser();
    s = await openPreview(browser, { locale });
    sessions.push(s);
    const sb = s.sidebar;
    await sb.locator('#try-example').click();
    await expect.poll(() => sb.locator('#f-market').inputValue()).not.toBe('');
    await sb.locator('#step-4').click();
    // Start from no campaigns: the example's own sit on key dates too.
    const remove = sb.locator('section.card[data-field^="campaigns."] button.remove');
    while ((await remove.count()) > 0) await remove.first().click();
    const button = sb.locator(`#key-date-${id}`);
    await button.waitFor();
    expect(await sb.locator('ul.key-dates li').count()).toBeGreaterThan(2);
    await shot(s, `${lang}-key-dates`);
    await button.click();
    await expect.poll(() => sb.locator('#f-campaigns-0-name').inputValue()).toBe(name);
    expect(await sb.locator('#f-campaigns-0-start').inputValue()).toBe(start);
    expect(await sb.locator('#f-campaigns-0-end').inputValue()).toBe(end);
    expect(await sb.locator(`#key-date-${id}`).isDisabled()).toBe(true); // added: not twice
  });

  it('finds the campaign’s before, during and after phases in the Calendar tab', async () => {
    const sb = s.sidebar;
    await sb.locator('#step-7').click();
    await sb.locator('#generate').click();
    await sb.locator('#results').waitFor();
    const t = tabMessages[lang];
    const tab = calendarOf(s);
    const header = tab.cells[1].map((c) => c?.display ?? '');
    const [dateAt, campaignAt, phaseAt] = [header.indexOf(t.columns.date), header.indexOf(t.columns.campaign), header.indexOf(t.columns.phase)];
    const posts = tab.cells.slice(2).filter((row) => typeof row[dateAt]?.value === 'number').map((row) => ({
      date: isoFromSerial(row[dateAt]!.value as number),
      campaign: row[campaignAt]?.display ?? '',
      phase: row[phaseAt]?.display ?? '',
    }));
    const expected = (date: string) =>
      date >= addDays(start, -14) && date < start ? t.phases.before
        : date >= start && date <= end ? t.phases.during
          : date > end && date <= addDays(end, after) ? t.phases.after
            : t.phases.quiet;
    for (const p of posts) {
      expect(p.phase, p.date).toBe(expected(p.date));
      expect(p.campaign, p.date).toBe(p.phase === t.phases.quiet ? '' : name);
    }
    for (const phase of [t.phases.before, t.phases.during, t.phases.after]) expect(posts.some((p) => p.phase === phase), phase).toBe(true);
    // Beside the Gregorian date, the local date: one formula spilling down the column.
    const formulas = tab.cells.flat().filter((c) => c?.formula?.includes(local));
    expect(formulas).toHaveLength(1);
    expect(formulas[0]!.formula).toContain(calendar);
    await shot(s, `${lang}-key-date-calendar`, true);
  });

  it('made no request outside localhost and opened no dialog', () => {
    expect(s.refused).toEqual([]);
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
