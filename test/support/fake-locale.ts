// A spreadsheet service that only knows its locale and counts how often it is asked: enough for
// custom functions, which read the locale only to word an error or to judge a goal with no letters.
export function fakeSpreadsheetApp(locale: string) {
  const asked = { count: 0 };
  const SpreadsheetApp = {
    getActiveSpreadsheet: () => {
      asked.count++;
      return { getSpreadsheetLocale: () => locale };
    },
  };
  return { SpreadsheetApp, asked };
}
