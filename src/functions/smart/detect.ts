/**
 * Which language a goal is written in, from its own letters: Hebrew block → he; Arabic script →
 * Persian when پ چ ژ گ ک ی and Persian words outweigh ي ك ة ى and Arabic words, else Arabic;
 * Latin only → en. Brand names in Latin ("Instagram") do not outvote a Persian or Hebrew
 * sentence. With no letters at all (digits, a date) the caller's fallback decides.
 */
import type { Lang } from '../../i18n/lang';

export type Fallback = Lang | (() => Lang);

/** Which lexicons read a text: one language's (plus English), or both Arabic and Persian when undecided. */
export type Reading = Lang | 'ar+fa';

export interface Detected {
  /** The language the verdict is written in. */
  lang: Lang;
  /** The lexicon to read the text with: the right-to-left one whenever such letters appear. */
  lexicon: Reading;
}

/** Letters that only Persian uses (strong) or prefers (weak), and the same for Arabic. */
const PERSIAN_STRONG = /[پچژگ]/g;
const PERSIAN_WEAK = /[کی]/g;
const ARABIC_STRONG = /[ة]/g;
const ARABIC_WEAK = /[يكى]/g;
const PERSIAN_WORDS = /(?:^|\s)(?:است|را|برای|از|در|که|این|تا|هر|می|های|ها|با)(?=\s|$)/g;
const ARABIC_WORDS = /(?:^|\s)(?:في|على|إلى|الى|التي|الذي|هذا|هذه|عن|خلال|كل|مع|ال\S+)(?=\s|$)/g;

/** A mixed text counts as English only when its Latin letters outnumber the right-to-left ones this many times. */
const LATIN_OUTVOTES = 3;

function count(text: string, pattern: RegExp): number {
  const m = text.match(pattern);
  return m ? m.length : 0;
}

function resolve(fallback: Fallback): Lang {
  return typeof fallback === 'function' ? fallback() : fallback;
}

/** Letters alone decide when they differ by this much; closer calls also weigh the little words. */
const CLEAR_LEAD = 4;

/** Arabic or Persian by their own letters and words; a tie is read with both lexicons. */
function arabicOrPersian(text: string, fallback: Fallback): Detected {
  let persian = 3 * count(text, PERSIAN_STRONG) + count(text, PERSIAN_WEAK);
  let arabic = 3 * count(text, ARABIC_STRONG) + count(text, ARABIC_WEAK);
  if (Math.abs(persian - arabic) < CLEAR_LEAD) {
    persian += 2 * count(text, PERSIAN_WORDS);
    arabic += 2 * count(text, ARABIC_WORDS);
  }
  if (persian > arabic) return { lang: 'fa', lexicon: 'fa' };
  if (arabic > persian) return { lang: 'ar', lexicon: 'ar' };
  return { lang: resolve(fallback) === 'fa' ? 'fa' : 'ar', lexicon: 'ar+fa' };
}

export function detectLanguage(text: string, fallback: Fallback): Detected {
  let hebrew = 0;
  let arabicScript = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x05d0 && c <= 0x05ea) hebrew++;
    else if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfeff && c !== 0xfeff)) arabicScript++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  const rightToLeft = Math.max(hebrew, arabicScript);
  if (rightToLeft === 0) {
    const lang = latin > 0 ? 'en' : resolve(fallback);
    return { lang, lexicon: lang };
  }
  const read: Detected = hebrew >= arabicScript ? { lang: 'he', lexicon: 'he' } : arabicOrPersian(text, fallback);
  return latin > LATIN_OUTVOTES * rightToLeft ? { lang: 'en', lexicon: read.lexicon } : read;
}
