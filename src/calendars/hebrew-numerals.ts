/**
 * Hebrew numerals (gematria) as dates are written in Hebrew: א׳ for 1, ט״ו for 15 (not י״ה),
 * and the year without its thousands, תשפ״ח for 5788, with a final letter at its end (תש״ף).
 */

/** Held in the module: in Apps Script (and node:vm) a global lookup in a hot loop is slow. */
const floor = Math.floor;
const ONES = ['', 'א', 'ב', 'ג', 'ד', 'ה', 'ו', 'ז', 'ח', 'ט'];
const TENS = ['', 'י', 'כ', 'ל', 'מ', 'נ', 'ס', 'ע', 'פ', 'צ'];
const HUNDREDS = ['', 'ק', 'ר', 'ש', 'ת'];
const FINALS: Record<string, string> = { כ: 'ך', מ: 'ם', נ: 'ן', פ: 'ף', צ: 'ץ' };
const GERESH = '\u05F3';
const GERSHAYIM = '\u05F4';

function letters(n: number): string {
  let out = '';
  let hundreds = floor(n / 100);
  while (hundreds >= 4) {
    out += 'ת';
    hundreds -= 4;
  }
  out += HUNDREDS[hundreds];
  const rest = n % 100;
  if (rest === 15) return `${out}טו`;
  if (rest === 16) return `${out}טז`;
  return out + TENS[floor(rest / 10)] + ONES[rest % 10];
}

function punctuate(text: string): string {
  return text.length === 1 ? text + GERESH : text.slice(0, -1) + GERSHAYIM + text.slice(-1);
}

export function hebrewDay(day: number): string {
  return punctuate(letters(day));
}

export function hebrewYear(year: number): string {
  const text = letters(year % 1000);
  const last = text.slice(-1);
  return punctuate(text.length > 1 && FINALS[last] ? text.slice(0, -1) + FINALS[last] : text);
}
