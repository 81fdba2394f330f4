/** The active spreadsheet's language, time zone and locale: the edge where pure code gets them. */
import { langFromLocale, type Lang } from '../i18n/lang';

export function spreadsheetLang(): Lang {
  return langFromLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}

export function spreadsheetLocale(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
}
