/**
 * Folds a goal's text so that one lexicon spelling matches the many ways people type it:
 * ٣ and ۳ become 3, Arabic diacritics and tatweel go, أ إ آ → ا, ي ى ئ → ی, ك → ک, ة → ه,
 * Hebrew points go, ZWNJ becomes a space ("فالوور‌ها" = "فالوور ها"), Latin is lower-cased.
 * The lexicons are folded by the same code, so both sides always agree. One pass per goal:
 * SMART_CHECK may read 10,000 goals in one call.
 */

const FOLDED: Record<number, string> = {
  0x0623: 'ا', // أ
  0x0625: 'ا', // إ
  0x0622: 'ا', // آ
  0x0671: 'ا', // ٱ
  0x064a: 'ی', // ي
  0x0649: 'ی', // ى
  0x0626: 'ی', // ئ
  0x0643: 'ک', // ك
  0x0629: 'ه', // ة
  0x06c0: 'ه', // ۀ
  0x0624: 'و', // ؤ
  0x06a4: 'ف', // ڤ
  0x066b: '.', // Arabic decimal separator ٫
  0x066c: ',', // Arabic thousands separator ٬
  0x066a: '%', // Arabic percent sign ٪
  0x05be: '-', // Hebrew maqaf: "ב־30" reads like "ב-30"
};

/** Arabic harakat, superscript alef, Quranic marks, tatweel; Hebrew points; quotes and gershayim; bidi marks. */
function isDropped(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x0640 ||
    (c >= 0x0591 && c <= 0x05c7 && c !== 0x05be && c !== 0x05c0 && c !== 0x05c3 && c !== 0x05c6) ||
    c === 0x27 || c === 0x22 || c === 0x60 || c === 0x2018 || c === 0x2019 || c === 0x05f3 || c === 0x05f4 ||
    c === 0x200b || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
    c === 0x061c || c === 0xfeff
  );
}

/** Characters a normalized goal keeps besides letters and digits: what numbers and dates use. */
const KEPT_MARKS = '%.,/:+-×#';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  if ((c >= 0x05d0 && c <= 0x05f2) || (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5) return true;
  if ((c >= 0x06ee && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return true;
  return LETTER_OR_DIGIT.test(ch);
}

/** One character folded: its replacement, '' when dropped; in goal mode a space for punctuation. */
function foldChar(c: number, ch: string, goal: boolean, lowerCase: boolean): string {
  let out: string;
  if (c >= 0x0660 && c <= 0x0669) out = String(c - 0x0660);
  else if (c >= 0x06f0 && c <= 0x06f9) out = String(c - 0x06f0);
  else if (FOLDED[c] !== undefined) out = FOLDED[c];
  else if (isDropped(c)) return '';
  else if (c === 0x200c || c === 0x200d) return ' '; // ZWNJ, ZWJ: the Persian half-space
  else out = lowerCase ? ch.toLowerCase().charAt(0) : ch;
  if (goal && !(KEPT_MARKS.includes(out) || isWordChar(out.charCodeAt(0), out))) return ' ';
  return out;
}

/** Lexicon patterns are folded once at load; regex syntax passes through untouched. */
export function foldLetters(text: string, lowerCase = true): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text.charCodeAt(i), text[i], false, lowerCase);
  return out;
}

/** foldChar in goal mode for the first 2,048 code points (Latin, Hebrew, Arabic), as char codes; 0 = dropped. */
const TABLE_SIZE = 0x800;
let goalTable: Uint16Array | undefined; // built on the first goal, not at every script load
function foldingTable(): Uint16Array {
  if (goalTable) return goalTable;
  goalTable = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const out = foldChar(c, String.fromCharCode(c), true, true);
    goalTable[c] = out === '' ? 0 : out.charCodeAt(0);
  }
  return goalTable;
}
const SPACE = 0x20;

/** A goal as the matchers read it: folded, punctuation spaced out, one space between words. */
export function normalizeGoal(text: string): string {
  const table = foldingTable();
  const codes: number[] = [];
  let spaced = true; // at the start or right after a space: a further space is dropped
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let m: number;
    if (c < TABLE_SIZE) m = table[c];
    else {
      const out = foldChar(c, text[i], true, true);
      m = out === '' ? 0 : out.charCodeAt(0);
    }
    if (m === 0) continue;
    if (m === SPACE) {
      if (spaced) continue;
      spaced = true;
    } else spaced = false;
    codes.push(m);
  }
  if (spaced && codes.length > 0) codes.pop();
  let out = '';
  for (let i = 0; i < codes.length; i += 1024) out += String.fromCharCode.apply(null, codes.slice(i, i + 1024));
  return out;
}
