/**
 * The one wrapper between Sheets and a catalog entry: a FunctionError becomes an Error whose
 * message is in the spreadsheet's language (Sheets shows it on the #ERROR! cell).
 */
import type { Lang } from '../i18n/lang';
import { catalogEntry } from './catalog';
import { FunctionError } from './problem';

export function customFunction(name: string, lang: () => Lang, locale?: () => string): (...args: unknown[]) => unknown {
  const entry = catalogEntry(name);
  const context = { lang, locale };
  return (...args: unknown[]) => {
    try {
      return entry.run(args, context);
    } catch (e) {
      if (e instanceof FunctionError) throw new Error(e.problem.describe(safeLang(lang)));
      throw e;
    }
  };
}

function safeLang(lang: () => Lang): Lang {
  try {
    return lang();
  } catch {
    return 'en';
  }
}
