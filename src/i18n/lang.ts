/** The four interface languages, their direction, and how a locale maps onto them. */
export const LANGUAGES = ['en', 'ar', 'fa', 'he'] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isRightToLeft(lang: Lang): boolean {
  return lang !== 'en';
}

/** `ar_SA`, `fa-IR`, `iw` (Google's old code for Hebrew) → our language; anything else → English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  const code = String(locale ?? '').toLowerCase().slice(0, 2);
  if (code === 'iw') return 'he';
  return isLang(code) ? code : 'en';
}
