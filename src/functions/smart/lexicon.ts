/**
 * The shape of one language's SMART vocabulary. Each entry is a small regex fragment written in
 * the language's ordinary spelling; `compile.ts` folds it like the goal text, lets a space also
 * match "no space" (ZWNJ, "تیک تاک" = "تیکتاک"), and wraps it in the language's word prefixes and
 * endings. A trailing `*` means "any word ending". `#` in `times`/`fromTo` stands for a number.
 * The regexes run without the `u` flag (faster), so fragments use no `\p{…}`; quotes vanish in folding.
 */
export interface Lexicon {
  /** Letters glued before a word: Hebrew ו ה ב ל מ ש כ, Arabic و ف ب ل ك ال. */
  prefix: string;
  /** Endings after a word: plurals, possessives, the Arabic adverb ـياً. */
  suffix: string;
  /** Platforms and owned or paid channels. */
  channels: string[];
  /** Outcomes one counts: followers, likes, clicks, leads, sales… Each serves an objective. */
  metrics: string[];
  /** Things one publishes and counts: posts, photos, videos, times. */
  content: string[];
  /** Business objectives: awareness, engagement, traffic, leads, sales, loyalty, service, recruitment. */
  objectives: string[];
  /** Purpose connectors, anywhere: "in order to", "برای", "כדי", "بهدف". */
  purpose: string[];
  /** Purpose infinitives ("to increase", "لزيادة", "להגדיל"): only after the first word, where they
   *  say why; a goal that starts with one is just phrased as "to do X". */
  purposeVerbs: string[];
  /** Targets nobody reaches: everyone, all people, the whole world, going viral overnight. */
  absolutes: string[];
  /** Words that say a quantity without digits: two, double, ثلاث, سه, שלוש, thousand, percent. */
  quantities: string[];
  /** Words that say "grow": a percent beside them is a growth rate. */
  growth: string[];
  /** Number words by value, index 1 to 10 (index 0 is unused). */
  numbers: string[];
  /** Scale words after (or instead of) a number. */
  thousand: string;
  million: string;
  /** Words for a percent, besides the % sign. */
  percent: string;
  /** Words that multiply by a fixed factor: double → 2, triple → 3. */
  multiples: [factor: number, words: string[]][];
  /** "N times as many", with # for N. */
  times: string[];
  /** "from X to Y", with # for each number. */
  fromTo: string[];
  /** Time units that take a number ("3 months", "שבועיים"), by length. */
  units: { day: string[]; week: string[]; month: string[]; quarter: string[]; year: string[] };
  /** Hours and minutes: time-bound, but their number stays a quantity (response times). */
  clock: string[];
  /** Month names: Gregorian, and the local calendars (Levantine, solar Hijri, Hebrew, Hijri). */
  months: string[];
  /** Other deadlines and periods: quarters, seasons, holidays, "this year", dates after "by". */
  moments: string[];
  /** How a dual unit ends ("שבועיים", "شهرين"): two of it. */
  dual?: string;
  /** Cadences ("4 reels a week", "در ماه", "בשבוע"): how often, not how long; whole expressions,
   *  so they are not read as the period a growth is spread over. */
  cadences: string[];
}

/** Numeric dates, quarters and years, the same in every language. */
export const universalMoments: string[] = [
  'q[1-4]',
  'h[12]',
  '\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?(?! ?(?:%|درصد))',
  '\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}',
  '\\d{1,2}[.-]\\d{1,2}[.-]\\d{2,4}',
  '20[2-9]\\d(?![.,]\\d| ?[%k])',
  '14\\d\\d ?ه',
];
