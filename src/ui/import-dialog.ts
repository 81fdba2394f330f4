/**
 * The "Import analytics…" menu item: dist/Import.html (built from importer/ like the sidebar) in a
 * modal dialog, told the user's language through its <html data-lang> so it draws at once.
 */
import { importMessages } from '../i18n/messages';
import { userLang } from './user-lang';

export const IMPORT_FILE = 'Import';

export function showImportDialog(): void {
  const lang = userLang();
  const page = HtmlService.createHtmlOutputFromFile(IMPORT_FILE).getContent().replace('data-lang="en"', `data-lang="${lang}"`);
  const html = HtmlService.createHtmlOutput(page).setWidth(640).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(html, importMessages[lang].title);
}
