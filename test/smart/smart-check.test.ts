// SMART_CHECK as Sheets calls it: formats, the shapes of ranges, blanks, cells that are not text,
// the format error in the sheet's language, and the locale looked up only when a goal needs it.
import { describe, expect, it, vi } from 'vitest';
import { catalogEntry } from '../../src/functions/catalog';
import { customFunction } from '../../src/functions/entry';
import { FunctionError } from '../../src/functions/problem';
import type { Lang } from '../../src/i18n/lang';

const entry = catalogEntry('SMART_CHECK');
const GOOD = '3 photos a week on Instagram, each getting 30 likes and 10 comments';
const VAGUE = 'Become famous';
const FA = 'افزایش فالوورهای اینستاگرام از ۲۰۰۰ به ۳۰۰۰ تا پایان خرداد برای فروش بیشتر';
const HE_VAGUE = 'יותר עוקבים';

function call(args: unknown[], lang: Lang = 'en') {
  const context = { lang: vi.fn(() => lang) };
  return { result: entry.run(args, context), context };
}

describe('SMART_CHECK formats', () => {
  it('text (the default): one line in the goal’s own language', () => {
    expect(call([GOOD]).result).toBe('5/5 SMART: specific, measurable, attainable, relevant and time-bound.');
    expect(call([VAGUE, 'text']).result).toBe(
      "1/5. Met: Attainable. Missing: Specific, Measurable, Relevant, Time-bound. Tip: name the channel, e.g. 'on Instagram'.",
    );
    expect(call([HE_VAGUE]).result).toBe(
      "2/5. מתקיים: בר השגה, רלוונטי. חסר: ספציפי, מדיד, תחום בזמן. טיפ: ציינו את הערוץ, למשל 'באינסטגרם'.",
    );
    expect(call([FA], 'he').result).toBe('۵/۵ هدف SMART: مشخص، قابل اندازه‌گیری، دست‌یافتنی، مرتبط و زمان‌دار.');
  });

  it('score: the number of criteria met', () => {
    expect(call([GOOD, 'score']).result).toBe(5);
    expect(call([VAGUE, 'score']).result).toBe(1);
    expect(call([[[GOOD], [VAGUE], [HE_VAGUE]], 'score']).result).toEqual([[5], [1], [2]]);
  });

  it('flags: a row of five booleans S, M, A, R, T for one goal', () => {
    expect(call([GOOD, 'flags']).result).toEqual([[true, true, true, true, true]]);
    expect(call(['Get 500 followers on Instagram', 'flags']).result).toEqual([[true, true, true, true, false]]);
  });

  it('takes the format in any case and with spaces, or from a one-cell range', () => {
    expect(call([GOOD, ' Score ']).result).toBe(5);
    expect(call([GOOD, [['FLAGS']]]).result).toEqual([[true, true, true, true, true]]);
    expect(call([GOOD, '']).result).toBe(call([GOOD]).result);
    expect(call([GOOD, [['']]]).result).toBe(call([GOOD]).result);
  });

  it('throws an error listing the valid formats, in the spreadsheet language', () => {
    expect(() => call([GOOD, 'stars'])).toThrow(FunctionError);
    expect(() => call([GOOD, 'stars'])).toThrow('format: "stars" is not one of: text, score, flags.');
    expect(() => call([GOOD, 3])).toThrow('format: "3" is not one of: text, score, flags.');
    expect(() => call([GOOD, [['text', 'score']]])).toThrow(FunctionError);
    const inPersian = customFunction('SMART_CHECK', () => 'fa');
    expect(() => inPersian(GOOD, 'stars')).toThrow('format: «stars» جزو گزینه‌ها نیست: text, score, flags.');
    const inArabic = customFunction('SMART_CHECK', () => 'ar');
    expect(() => inArabic([[GOOD], [VAGUE]], 'stars')).toThrow('format: "stars" ليس من الخيارات: text, score, flags.');
  });

  it('requires a goal', () => {
    expect(() => call([])).toThrow('goal is required.');
  });
});

describe('SMART_CHECK shapes', () => {
  const column = [[GOOD], [''], [VAGUE]];

  it('a column of N goals gives a column of N results, blanks staying blank', () => {
    const { result } = call([column]);
    expect(result).toEqual([[call([GOOD]).result], [''], [call([VAGUE]).result]]);
  });

  it('a column of N goals gives N rows of five flags; a blank goal gives five blanks', () => {
    expect(call([column, 'flags']).result).toEqual([
      [true, true, true, true, true],
      ['', '', '', '', ''],
      [false, false, true, false, false],
    ]);
  });

  it('a R×C range gives R×C results, or R×(5·C) flags', () => {
    const grid = [
      [GOOD, VAGUE],
      [HE_VAGUE, ''],
    ];
    expect(call([grid, 'score']).result).toEqual([
      [5, 1],
      [2, ''],
    ]);
    expect(call([grid, 'flags']).result).toEqual([
      [true, true, true, true, true, false, false, true, false, false],
      [false, false, true, true, false, '', '', '', '', ''],
    ]);
  });

  it('a single blank cell gives a blank in every format', () => {
    for (const format of [undefined, 'text', 'score', 'flags']) {
      expect(call(['', format]).result).toBe('');
      expect(call(['   ', format]).result).toBe('');
      expect(call([null, format]).result).toBe('');
    }
  });
});

describe('SMART_CHECK on cells that are not text', () => {
  it('judges a number as written: it is not a goal, and says so in the sheet’s language', () => {
    expect(call([5000, 'score']).result).toBe(1);
    expect(call([5000], 'ar').result).toBe(
      '1/5. متحقق: قابل للتحقيق. ناقص: محدد، قابل للقياس، ذو صلة، محدد بزمن. نصيحة: اذكر المنصة، مثل «على إنستغرام».',
    );
    expect(call([0.2, 'flags']).result).toEqual([[false, false, true, false, false]]);
  });

  it('judges a date as a deadline with no goal', () => {
    expect(call([new Date(2025, 5, 30), 'flags']).result).toEqual([[false, false, true, false, true]]);
  });

  it('judges TRUE/FALSE as words, and an invalid date as a blank', () => {
    expect(call([true, 'score']).result).toBe(1);
    expect(call([new Date(Number.NaN), 'score']).result).toBe('');
  });
});

describe('SMART_CHECK and the spreadsheet locale', () => {
  it('never looks the locale up when every goal has letters', () => {
    const { context } = call([[[GOOD], [VAGUE], [FA], [HE_VAGUE], ['']], 'text']);
    expect(context.lang).not.toHaveBeenCalled();
  });

  it('looks it up once per call for any number of goals without letters', () => {
    const { result, context } = call([[[1], [2], [3], ['۴۵'], [GOOD]], 'text'], 'he');
    expect(context.lang).toHaveBeenCalledTimes(1);
    expect((result as string[][])[0][0]).toContain('טיפ');
  });

  it('falls back to English when the locale cannot be read', () => {
    const context = {
      lang: () => {
        throw new Error('no spreadsheet');
      },
    };
    expect(entry.run([42], context)).toContain('Tip:');
  });
});
