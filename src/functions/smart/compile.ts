/**
 * The one matcher: turns a lexicon (per-language data) into the regexes a goal is read with.
 * Every word is wrapped the same way: not glued to a letter or digit before it, the language's
 * prefixes, the word, the language's endings, not glued to a letter or digit after it. A goal is
 * read with its own language's lexicon plus English (brand names and "CTR" are typed in Latin);
 * each lexicon is compiled once, so V8 compiles its regexes once per call of the script.
 */
import { universalMoments, type Lexicon } from './lexicon';
import { foldLetters } from './normalize';

/** What separates words in a normalized goal (normalize.ts keeps only these besides letters and digits). */
const SEPARATORS = ' %.,/:+\\-×#';
const START = `(?<![^${SEPARATORS}])`;
const END = `(?![^${SEPARATORS}])`;
/** The rest of a word, after a stem marked with `*`. */
const LETTERS = `[^${SEPARATORS}\\d]*`;
/**
 * Never inside a number: a digit pattern may only start where a number starts. Without it, text
 * such as "1,1,1,…" is matched from each of its digits to the end, quadratic in its length.
 */
const NUMBER_START = '(?<!\\d)(?<!\\d[.,])';
/** Digits with thousands marks or decimals: 1,000 / 1.5 / 12. */
const DIGITS = `${NUMBER_START}\\d+(?:[.,]\\d+)*`;

function fold(fragment: string): string {
  return foldLetters(fragment, false);
}

/** One lexicon entry as a regex: folded, a space may be missing, a trailing `*` takes any ending. */
function term(entry: string): string {
  let source = fold(entry).replace(/ /g, ' ?');
  if (source.endsWith('*')) source = source.slice(0, -1) + LETTERS;
  return source;
}

/** The entries as one alternation; an empty list never matches. */
function anyOf(entries: string[]): string {
  return entries.length ? entries.map(term).join('|') : '(?!)';
}

function words(lex: Lexicon, entries: string[]): string {
  return `${fold(lex.prefix)}(?:${anyOf(entries)})${fold(lex.suffix)}`;
}

function wordRegex(lex: Lexicon, entries: string[]): RegExp {
  return new RegExp(`${START}${words(lex, entries)}${END}`);
}

/** How many of a unit: "3 months", "שלושה חודשים", "a week" (no scales: nobody plans in thousands of weeks). */
function countPattern(lex: Lexicon): string {
  return `(?:${NUMBER_START}\\d+(?:[.,]\\d+)?|${lex.numbers.slice(1).map(fold).join('|')})`;
}

/** A number as a goal writes it: "3", "1,000", "1.5k", "10 هزار", "three thousand", "مليون". */
function numberPattern(lex: Lexicon): string {
  const scale = `${fold(lex.thousand)}|${fold(lex.million)}`;
  const spelled = lex.numbers.slice(1).map(fold).join('|');
  return `(?:(?:${DIGITS}|${spelled})(?:[km]${END}| ?(?:${scale}))?|(?:${scale}))`;
}

const UNIT_KINDS = ['day', 'week', 'month', 'quarter', 'year'] as const;

/** The patterns that read amounts and periods out of one lexicon's goals (for Attainable). */
export interface Reader {
  numberWords: RegExp[];
  thousand: RegExp;
  million: RegExp;
  fromTo: RegExp[];
  times: RegExp[];
  /** Fixed multiples ("double", "triple"): capture group i + 1 is `factors[i]`. */
  multiples: RegExp;
  factors: number[];
  percent: RegExp;
  /** Group 1: the number; groups 2–6: day, week, month, quarter, year. */
  duration: RegExp;
  /** Global: cadences, blanked out before periods are read. */
  cadence: RegExp;
  dual: RegExp | null;
}

function reader(lex: Lexicon): Reader {
  const number = numberPattern(lex);
  const withNumbers = (source: string) => new RegExp(START + fold(source).replace(/#/g, `(${number})%?`));
  const P = fold(lex.prefix);
  const kinds = UNIT_KINDS.map((k) => `(${anyOf(lex.units[k])})`).join('|');
  return {
    numberWords: lex.numbers.map((n) => new RegExp(`${START}(?:${fold(n || '(?!)')})${END}`)),
    thousand: new RegExp(fold(lex.thousand)),
    million: new RegExp(fold(lex.million)),
    fromTo: lex.fromTo.map(withNumbers),
    times: lex.times.map(withNumbers),
    multiples: new RegExp(`${START}${P}(?:${lex.multiples.map(([, entries]) => `(${anyOf(entries)})`).join('|') || '(?!)'})${fold(lex.suffix)}${END}`),
    factors: lex.multiples.map(([factor]) => factor),
    percent: new RegExp(`(${DIGITS}) ?(?:%|${fold(lex.percent)})|%(${DIGITS})`, 'g'),
    duration: new RegExp(`${START}${P}(?:(${countPattern(lex)}) )?(?:${kinds})${fold(lex.suffix)}${END}`, 'g'),
    dual: lex.dual ? new RegExp(`${fold(lex.dual)}$`) : null,
    cadence: new RegExp(`${START}(?:${anyOf(lex.cadences)})${END}`, 'g'),
  };
}

/**
 * Every way one lexicon says "when", in two branches so the prefixes are tried once per word:
 * a count may precede a period or a clock unit ("3 months", "a week", "בשלושה חודשים"), moments
 * stand alone ("Q3", "نوروز"), a month may carry its day and year ("30 June 2025", "۱۵ اسفند ۱۴۰۳").
 */
function timeBranches(lex: Lexicon, withUniversal: boolean): string[] {
  const P = fold(lex.prefix);
  const S = fold(lex.suffix);
  const periods = [...UNIT_KINDS.flatMap((k) => lex.units[k]), ...lex.clock];
  const moments = withUniversal ? [...lex.moments, ...universalMoments] : lex.moments;
  const day = '(?:\\d{1,2}(?:st|nd|rd|th)? ?(?:of )?)?';
  const dayAfter = '(?: ?(?:\\d{1,2}|20\\d\\d|1[34]\\d\\d)(?!\\d))?';
  return [
    `${P}(?:(?:${countPattern(lex)} )?(?:${anyOf(periods)})|${anyOf(moments)})${S}`,
    `${day}${P}(?:${anyOf(lex.months)})${S}${dayAfter}`,
  ];
}

/** One lexicon's regexes, compiled once and shared by every reading that uses the lexicon. */
export interface CompiledLexicon extends Reader {
  channel: RegExp;
  metric: RegExp;
  content: RegExp;
  objective: RegExp;
  purpose: RegExp;
  purposeVerb: RegExp;
  absolute: RegExp;
  quantity: RegExp;
  /** Hours and minutes: "within an hour" is a response time, a quantity in itself. */
  clock: RegExp;
  growth: RegExp;
  /** Global: every time expression, so they can be blanked out before looking for quantities. */
  time: RegExp;
}

/** The lexicons one goal is read with: its language's, and English for brand names and "CTR". */
export type Matcher = readonly CompiledLexicon[];

/** Compiles one lexicon; `withUniversal` adds the numeric dates and quarters (give it to one lexicon per reading). */
export function compileLexicon(lex: Lexicon, withUniversal = false): CompiledLexicon {
  return {
    ...reader(lex),
    channel: wordRegex(lex, lex.channels),
    metric: wordRegex(lex, lex.metrics),
    content: wordRegex(lex, lex.content),
    objective: wordRegex(lex, lex.objectives),
    purpose: wordRegex(lex, lex.purpose),
    purposeVerb: wordRegex(lex, lex.purposeVerbs),
    absolute: wordRegex(lex, lex.absolutes),
    quantity: wordRegex(lex, [...lex.quantities, ...lex.multiples.flatMap(([, entries]) => entries), lex.percent, lex.thousand, lex.million]),
    clock: wordRegex(lex, lex.clock),
    growth: wordRegex(lex, lex.growth),
    time: new RegExp(`${START}(?:${timeBranches(lex, withUniversal).join('|')})${END}`, 'g'),
  };
}
