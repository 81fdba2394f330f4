// The user's account language is apart from the spreadsheet's locale, as in Sheets: a Persian
// spreadsheet opened by someone whose Google account is in English gets the English sidebar and
// Persian tabs. The emulator models both; the preview sets them apart (no browser needed here).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewClock } from '../../scripts/preview/clock';
import { createHost } from '../../scripts/preview/host';
import { menuMessages } from '../../src/i18n/messages';
import { createAppsScript } from '../emulator/index';

const root = join(import.meta.dirname, '../..');
const en = menuMessages.en;
const fa = menuMessages.fa;

describe('user locale apart from the spreadsheet locale', () => {
  it('the emulator keeps the account language when the spreadsheet locale changes, and can set it', () => {
    const { globals, emulator } = createAppsScript({ locale: 'fa_IR' });
    expect(globals.Session.getActiveUserLocale()).toBe('fa');
    globals.SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetLocale('en_US');
    expect(globals.Session.getActiveUserLocale()).toBe('fa');
    emulator.setUserLocale('he');
    expect(globals.Session.getActiveUserLocale()).toBe('he');
    expect(globals.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()).toBe('en_US');
  });

  it('the preview: a fa_IR spreadsheet with an English-speaking user shows the English wizard', () => {
    const host = createHost({ root, locale: 'fa_IR', clock: previewClock('2026-03-01T09:00', 'Asia/Tehran') });
    const titleOf = () => {
      host.clickMenu('showSidebar');
      const shown = host.addOn.emulator.ui.sidebars;
      return shown[shown.length - 1].title;
    };
    expect(titleOf()).toBe(fa.title);
    host.reset('fa_IR', 'en');
    expect(host.view().userLocale).toBe('en');
    expect(host.view().locale).toBe('fa_IR');
    expect(titleOf()).toBe(en.title);
    host.reset(undefined, '');
    expect(titleOf()).toBe(fa.title);
  });
});
