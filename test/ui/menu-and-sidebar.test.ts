/**
 * The menu and sidebar server functions in the built dist/Code.js (node:vm + emulator): onOpen in
 * AuthMode.NONE builds the menu and calls nothing else; the sidebar opens with a localized title;
 * loadWizard/saveWizard keep the draft with the document in pieces under 9 KB; openTab brings a
 * written tab to the front.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAddOn } from '../support/bundle';

const DRAFT_KEY = 'socialStrategy.wizard';

function draft(answers: Record<string, unknown>, step = 1) {
  return { version: 2, step, furthest: step, remindersOn: false, answers };
}

function utf8(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

describe('onOpen and onInstall', () => {
  it('in AuthMode.NONE build the add-on menu in English and call nothing else', () => {
    const addOn = loadAddOn({ locale: 'fa_IR' });
    addOn.open('NONE');
    expect(addOn.emulator.ui.addonMenuItems()).toEqual([
      { caption: 'Plan wizard', functionName: 'showSidebar' },
      { caption: expect.any(String), functionName: 'showReminderSettings' },
      { caption: 'Import analytics…', functionName: 'showImportAnalytics' },
      { caption: 'Refresh dashboard', functionName: 'refreshDashboard' },
    ]);
    const services = new Set(addOn.emulator.calls.sequence.map((call) => call.split('.')[0]));
    expect([...services].sort()).toEqual(['Menu', 'SpreadsheetApp', 'Ui']);
    expect(addOn.emulator.calls.count('SpreadsheetApp.')).toBe(addOn.emulator.calls.byMethod['SpreadsheetApp.getUi']);
    expect(addOn.emulator.calls.count('Session.')).toBe(0);
  });

  it('once authorised, label the items in the user language', () => {
    const addOn = loadAddOn({ locale: 'en_US', userLocale: 'fa' });
    addOn.open('LIMITED');
    expect(addOn.emulator.ui.addonMenuItems()[0]).toEqual({ caption: 'راهنمای ساخت برنامه', functionName: 'showSidebar' });
  });

  it('onInstall builds the same menu', () => {
    const addOn = loadAddOn({ locale: 'he_IL' });
    addOn.install();
    expect(addOn.emulator.ui.addonMenuItems().map((i) => i.functionName)).toEqual(['showSidebar', 'showReminderSettings', 'showImportAnalytics', 'refreshDashboard']);
    expect(addOn.emulator.ui.addonMenuItems()[0].caption).toBe('אשף התוכנית');
  });
});

describe('showSidebar', () => {
  it('shows dist/Sidebar.html with the title in the user language', () => {
    const addOn = loadAddOn({ locale: 'ar_SA' });
    addOn.open('FULL');
    addOn.clickMenu('معالج الخطة');
    const [sidebar] = addOn.emulator.ui.sidebars;
    expect(sidebar.title).toBe('خطة التواصل الاجتماعي');
    expect(sidebar.content).toBe(readFileSync(join(process.cwd(), 'dist/Sidebar.html'), 'utf8'));
  });
});

describe('loadWizard and saveWizard', () => {
  it('start empty, in the user language', () => {
    const addOn = loadAddOn({ locale: 'en_US', userLocale: 'ar' });
    expect(addOn.serverCall('loadWizard')).toEqual({ lang: 'ar', draft: null, savedPlan: null });
  });

  it('keep a draft and give it back, with one read to load and one read and one write to save', () => {
    const addOn = loadAddOn({});
    const saved = draft({ businessName: 'Corner Crumb', goals: [{ text: 'x', target: '۱۲' }] }, 2);
    addOn.emulator.resetCalls();
    expect(addOn.serverCall('saveWizard', saved)).toEqual({ saved: true });
    expect(addOn.emulator.calls.count('Properties.getProperties')).toBe(1);
    expect(addOn.emulator.calls.count('Properties.setProperties')).toBe(1);
    addOn.emulator.resetCalls();
    expect(addOn.serverCall('loadWizard')).toEqual({ lang: 'en', draft: saved, savedPlan: null });
    expect(addOn.emulator.calls.count('Properties.')).toBe(1);
  });

  it.each([
    ['at the top of the answers', '{"businessName":"Corner Crumb","__proto__":{"x":1}}'],
    ['deep in a list', '{"goals":[{"text":"x","__proto__":"y"}]}'],
  ])('refuse a "__proto__" key %s with a message in the user language, instead of dropping it', (_where, answers) => {
    const addOn = loadAddOn({ locale: 'en_US', userLocale: 'he' });
    const sent = { ...draft({}, 1), answers: JSON.parse(answers) };
    expect(() => addOn.serverCall('saveWizard', sent)).toThrow(/"__proto__"/);
    expect(() => addOn.serverCall('saveWizard', sent)).toThrow(/שום דבר לא נשמר/);
    expect(addOn.serverCall('loadWizard')).toMatchObject({ draft: null });
  });

  it('reopen a draft saved by the six-step wizard on the same step, renumbered for the eight steps', () => {
    const addOn = loadAddOn({});
    // Version 1: Start, Goals, Accounts, Content plan, Measure & review, Generate.
    for (const [step, furthest, now, reached] of [[1, 4, 2, 6], [0, 5, 0, 7], [3, 3, 4, 4]]) {
      addOn.serverCall('saveWizard', { version: 1, step, furthest, remindersOn: false, answers: { businessName: 'Old' } });
      const load = addOn.serverCall('loadWizard') as { draft: { version: number; step: number; furthest: number } };
      expect([load.draft.version, load.draft.step, load.draft.furthest]).toEqual([2, now, reached]);
    }
  });

  it('keep a later draft of the same sidebar when an earlier one arrives after it', () => {
    const addOn = loadAddOn({});
    const later = { ...draft({ businessName: 'Corner Crumb Bakery' }), session: 's1', revision: 7 };
    const earlier = { ...draft({ businessName: 'Corner Cr' }), session: 's1', revision: 6 };
    addOn.serverCall('saveWizard', later);
    addOn.serverCall('saveWizard', earlier); // google.script.run calls are not ordered
    expect((addOn.serverCall('loadWizard') as { draft: { answers: unknown } }).draft.answers).toEqual({ businessName: 'Corner Crumb Bakery' });
    // Another sidebar (reopened later) starts its own count: its first draft is kept.
    const reopened = { ...draft({ businessName: 'Corner Crumb' }), session: 's2', revision: 1 };
    addOn.serverCall('saveWizard', reopened);
    expect((addOn.serverCall('loadWizard') as { draft: { answers: unknown } }).draft.answers).toEqual({ businessName: 'Corner Crumb' });
  });

  it('cut a long draft into pieces under 9 KB and drop the pieces a shorter one leaves over', () => {
    const addOn = loadAddOn({ locale: 'fa_IR' });
    const long = 'هدف ما افزایش دنبال‌کننده‌ها در اینستاگرام است. '.repeat(10);
    const goals = Array.from({ length: 20 }, () => ({ text: long }));
    const big = draft({ businessName: 'نان‌سرای گندم', goals });
    addOn.serverCall('saveWizard', big);
    const store = addOn.emulator.properties.document.data;
    const pieces = [...store.keys()].filter((k) => k.startsWith(`${DRAFT_KEY}.`));
    expect(pieces.length).toBeGreaterThan(1);
    for (const key of pieces) expect(utf8(store.get(key)!)).toBeLessThanOrEqual(8000);
    expect((addOn.serverCall('loadWizard') as { draft: unknown }).draft).toEqual(big);

    addOn.serverCall('saveWizard', draft({ businessName: 'کوتاه' }));
    expect([...store.keys()].filter((k) => k.startsWith(`${DRAFT_KEY}.`))).toEqual([`${DRAFT_KEY}.0`]);
    expect((addOn.serverCall('loadWizard') as { draft: { answers: unknown } }).draft.answers).toEqual({ businessName: 'کوتاه' });
  });

  it('refuse what is not a draft, saying why in the user language, and keep the saved one', () => {
    const addOn = loadAddOn({ locale: 'he_IL' });
    const good = draft({ businessName: 'מאפייה' });
    addOn.serverCall('saveWizard', good);
    expect(() => addOn.serverCall('saveWizard', 'hello')).toThrow('לא ניתן לקרוא את התשובות.');
    expect(() => addOn.serverCall('saveWizard', { ...good, step: 9 })).toThrow('לא ניתן לקרוא את התשובות.');
    expect(() => addOn.serverCall('saveWizard', draft({ businessName: 'x'.repeat(120_000) }))).toThrow('התשובות ארוכות מכדי להישמר עם הגיליון.');
    expect((addOn.serverCall('loadWizard') as { draft: unknown }).draft).toEqual(good);
  });

  it('open with the last generated plan when there is no draft, and ignore a broken draft', () => {
    const addOn = loadAddOn({});
    const plan = addOn.serverCall('examplePlan', 'en');
    addOn.serverCall('generateTabs', plan);
    addOn.emulator.properties.document.data.set(DRAFT_KEY, '{"version":1,"pieces":2}');
    addOn.emulator.properties.document.data.set(`${DRAFT_KEY}.0`, '{"broken');
    const load = addOn.serverCall('loadWizard') as { draft: unknown; savedPlan: { businessName: string } };
    expect(load.draft).toBeNull();
    expect(load.savedPlan.businessName).toBe('Corner Crumb Bakery');
  });
});

describe('openTab', () => {
  it('activates the tab with that id, and refuses an id that is gone', () => {
    const addOn = loadAddOn({});
    const out = addOn.serverCall('generateTabs', addOn.serverCall('examplePlan', 'en')) as { tabs: { kind: string; name: string; sheetId: number }[] };
    const calendar = out.tabs.find((x) => x.kind === 'calendar')!;
    expect(addOn.serverCall('openTab', calendar.sheetId)).toEqual({ name: calendar.name });
    expect(addOn.emulator.spreadsheet._active._name).toBe(calendar.name);
    expect(() => addOn.serverCall('openTab', 987654)).toThrow('That tab no longer exists.');
    expect(() => addOn.serverCall('openTab', '1; drop')).toThrow('That tab no longer exists.');
  });
});
