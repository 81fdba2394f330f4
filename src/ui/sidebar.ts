/** Opens the wizard (dist/Sidebar.html, pushed as the HTML file "Sidebar") with a localized title. */
import { parseNumberText } from '../i18n/digits';
import { addOnMessages, menuMessages } from '../i18n/messages';
import { userLang } from './user-lang';

export const SIDEBAR_FILE = 'Sidebar';

export function showSidebar(): void {
  const title = menuMessages[userLang()].title;
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Brings a tab the wizard wrote to the front. `sheetId` is the tab's id, not its (renamable) name. */
export function openTab(sheetId: unknown): { name: string } {
  // Digits in any script, read like every other number the server is sent.
  const id = typeof sheetId === 'number' ? sheetId : typeof sheetId === 'string' ? (parseNumberText(sheetId) ?? NaN) : NaN;
  if (!Number.isInteger(id)) throw new Error(addOnMessages[userLang()].tabMissing);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheets().find((s) => s.getSheetId() === id);
  if (!sheet) throw new Error(addOnMessages[userLang()].tabMissing);
  spreadsheet.setActiveSheet(sheet);
  return { name: sheet.getName() };
}
