/**
 * The wizard's current language: its messages (the `sidebar` section), the plan's labels (focus,
 * metrics, formats, weekdays…), network and country names, and the page direction.
 */
import { isRightToLeft, type Lang } from '../src/i18n/lang';
import { menuMessages, planLabels, sidebarMessages, type PlanLabels, type SidebarMessages } from '../src/i18n/messages';
import { say, type Plural } from '../src/i18n/say';
import { networkName, type Network } from '../src/plan/networks';

let current: Lang = 'en';

export function lang(): Lang {
  return current;
}

/** Switches the language and the page's direction (dir=rtl on <html> for ar, fa, he). */
export function setLang(next: Lang): void {
  current = next;
  const html = document.documentElement;
  html.lang = next;
  html.dir = isRightToLeft(next) ? 'rtl' : 'ltr';
}

/** The sidebar's own messages plus its title, which the server also gives Sheets. */
export function m(): SidebarMessages & { title: string } {
  return { ...sidebarMessages[current], title: menuMessages[current].title };
}

export function labels(): PlanLabels {
  return planLabels[current];
}

/** A message in the wizard's language: its digits, its plural form, values isolated in RTL. */
export function t(template: string | Plural, values: Record<string, string | number>): string {
  return say(template, values, current);
}

export function netName(network: string): string {
  try {
    return networkName(network as Network, current) ?? network;
  } catch {
    return network;
  }
}

/** The interface languages, each named in itself. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', ar: 'العربية', fa: 'فارسی', he: 'עברית' };

/** A country's name in the current language (the browser knows them all), or its code. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([current], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Short weekday name (0 = Sunday), from the browser; the plan's full names when Intl is missing. */
export function weekdayShort(day: number): string {
  try {
    return new Intl.DateTimeFormat(current, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day));
  } catch {
    return labels().weekdays[day];
  }
}
