/**
 * Arabic-Indic (٠-٩) and Persian (۰-۹) digits and the Arabic number marks, folded to ASCII.
 * Shared by the custom functions, SMART_CHECK and the sidebar so "۱۲٬۵۰۰" means 12500 everywhere.
 */
const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

export function toAsciiDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) out += String(code - ARABIC_INDIC_ZERO);
    else if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) out += String(code - PERSIAN_ZERO);
    else if (text[i] === '\u066B') out += '.'; // Arabic decimal separator ٫
    else if (text[i] === '\u066C') out += ','; // Arabic thousands separator ٬
    else if (text[i] === '\u066A') out += '%'; // Arabic percent sign ٪
    else out += text[i];
  }
  return out;
}

/** Bidi marks that RTL keyboards and copy-paste leave around numbers. */
const INVISIBLE_MARKS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/g;
const SPACES = /[\s\u00A0\u2007\u202F\u2009]/g;

/** Digits folded, bidi marks and spaces removed: the text a number parser can read. */
export function normalizeNumberText(text: string): string {
  return toAsciiDigits(text).replace(INVISIBLE_MARKS, '').replace(SPACES, '');
}

const STRICT_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * Reads a number typed as text: "1,234", "12.5 %", "٪۵۰", "۱۲٬۵۰۰", " 3 ".
 * Returns null when the text is not a number; a comma is only a thousands mark when it groups by three.
 */
export function parseNumberText(text: string): number | null {
  let s = normalizeNumberText(text);
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  } else if (s.startsWith('%')) {
    percent = true;
    s = s.slice(1);
  }
  if (GROUPED_THOUSANDS.test(s)) s = s.replace(/,/g, '');
  if (!STRICT_NUMBER.test(s)) return null;
  const n = Number(s);
  // "-0" is 0: a -0 would show as "-0" in a result and compare oddly nowhere else.
  if (n === 0) return 0;
  return percent ? n / 100 : n;
}

/** ASCII digits written in a language's own: Arabic-Indic for Arabic, Persian for Persian; English and Hebrew keep 0-9. */
export function toLangDigits(text: string, lang: 'en' | 'ar' | 'fa' | 'he'): string {
  const digits = lang === 'ar' ? ARABIC_INDIC_DIGITS : lang === 'fa' ? PERSIAN_DIGITS : null;
  if (digits === null) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) - 48;
    out += code >= 0 && code <= 9 ? digits[code] : text[i];
  }
  return out;
}

const ARABIC_INDIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
