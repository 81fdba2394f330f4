/**
 * The add-on menu. onOpen may run in AuthMode.NONE (before the user has authorised the add-on in
 * this document): then it only builds the menu — no other service call — in English; once
 * authorised it labels the items in the user's language. Every item lives in MENU_ITEMS, so adding
 * one (the reminders' "Reminders…") is a one-line change. Its labels are the messages' small
 * `menu` section: this module is in dist/Code.js, which every custom-function call loads.
 */
import type { Lang } from '../i18n/lang';
import { menuMessages } from '../i18n/messages';
import { userLang } from './user-lang';

export interface MenuItem {
  /** The top-level function in dist/Code.js the item runs. */
  functionName: string;
  label: (lang: Lang) => string;
}

export const MENU_ITEMS: MenuItem[] = [
  { functionName: 'showSidebar', label: (lang) => menuMessages[lang].open },
  { functionName: 'showReminderSettings', label: (lang) => menuMessages[lang].reminders },
  { functionName: 'showImportAnalytics', label: (lang) => menuMessages[lang].importAnalytics },
  { functionName: 'refreshDashboard', label: (lang) => menuMessages[lang].refreshDashboard },
];

interface OpenEvent {
  authMode?: unknown;
}

/** `e.authMode` is an enum whose text is NONE / LIMITED / FULL; no event means a run from the editor. */
function mayCallServices(e: OpenEvent | undefined): boolean {
  return !e || (e.authMode != null && String(e.authMode) !== 'NONE');
}

export function buildMenu(e?: OpenEvent): void {
  const lang: Lang = mayCallServices(e) ? userLang() : 'en';
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.label(lang), item.functionName);
  menu.addToUi();
}
