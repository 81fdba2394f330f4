/** The signed-in user's interface language (their Google account locale), for menu and sidebar. */
import { langFromLocale, type Lang } from '../i18n/lang';

export function userLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    // Session can refuse in a restricted auth mode; English is a safe label language.
    return 'en';
  }
}
