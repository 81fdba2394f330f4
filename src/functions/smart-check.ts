/**
 * SMART_CHECK: which SMART criteria a marketing goal meets, and what to add, for goals written in
 * English, Arabic, Persian or Hebrew (DOMAIN.md, "Goals"). The judging lives in ./smart; this file
 * is the cell edge: formats, ranges, blanks, and the spreadsheet language as a lazy fallback.
 */
import type { Lang } from '../i18n/lang';
import { isBlank, isDate } from './cells';
import type { CallContext, CatalogEntry, FunctionParam } from './catalog-types';
import { FunctionError, Problem, quote } from './problem';
import { CRITERIA, judgeGoal } from './smart';

const FORMATS = ['text', 'score', 'flags'] as const;
type Format = (typeof FORMATS)[number];
type Answer = string | number | boolean;

const params: FunctionParam[] = [
  {
    name: 'goal',
    type: 'string|Array<Array<string>>',
    description: 'A goal in English, Arabic, Persian or Hebrew, or a range of goals (one result per cell).',
  },
  {
    name: 'format',
    type: 'string',
    description: 'Optional. "text" (default): one line with what is met and missing and a tip; "score": 0–5; "flags": five TRUE/FALSE for S, M, A, R, T.',
    optional: true,
  },
];

function readFormat(value: unknown): Format {
  let format = value;
  if (Array.isArray(format) && format.length === 1 && Array.isArray(format[0]) && format[0].length === 1) format = format[0][0];
  if (format === undefined || isBlank(format)) return 'text';
  const name = typeof format === 'string' ? format.trim().toLowerCase() : '';
  const known = FORMATS.find((f) => f === name);
  if (!known) throw new FunctionError(new Problem('option', { arg: 'format', value: quote(format), options: FORMATS.join(', ') }));
  return known;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A cell as goal text: a number or a date is judged as written (it is not a goal, and scores low). */
function goalText(value: unknown): string {
  if (isBlank(value)) return '';
  if (isDate(value)) {
    const time = value.getTime();
    return Number.isNaN(time) ? '' : `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}

/** The spreadsheet language, looked up at most once per call and only when a goal has no letters. */
function lazyLang(context: CallContext): () => Lang {
  let lang: Lang | undefined;
  return () => {
    if (lang === undefined) {
      try {
        lang = context.lang();
      } catch {
        lang = 'en';
      }
    }
    return lang;
  };
}

const BLANK_FLAGS: Answer[] = ['', '', '', '', ''];

function judgeCell(value: unknown, format: Format, fallback: () => Lang): Answer | Answer[] {
  const text = goalText(value);
  if (format === 'flags') {
    if (text === '') return BLANK_FLAGS;
    const { met } = judgeGoal(text, fallback);
    return CRITERIA.map((c) => met[c]);
  }
  if (text === '') return '';
  const verdict = judgeGoal(text, fallback);
  return format === 'score' ? verdict.score : verdict.summary;
}

function run(args: unknown[], context: CallContext): Answer | Answer[][] {
  const [goal, formatArg] = args;
  if (goal === undefined) throw new FunctionError(new Problem('missing', { arg: 'goal' }));
  const format = readFormat(formatArg);
  const fallback = lazyLang(context);

  if (!Array.isArray(goal)) {
    const answer = judgeCell(goal, format, fallback);
    if (!Array.isArray(answer)) return answer;
    return answer === BLANK_FLAGS ? '' : [answer]; // one goal's flags: a row of five
  }
  const rows = (goal.length > 0 && !Array.isArray(goal[0]) ? [goal] : goal) as unknown[][];
  return rows.map((row) => {
    const out: Answer[] = [];
    for (const cell of row) {
      const answer = judgeCell(cell, format, fallback);
      if (Array.isArray(answer)) out.push(...answer);
      else out.push(answer);
    }
    return out;
  });
}

export const smartCheckFunction: CatalogEntry = {
  name: 'SMART_CHECK',
  summary: 'Checks a marketing goal (English, Arabic, Persian or Hebrew) against the SMART criteria and says what to add.',
  params,
  returnType: 'string|number|Array<Array<string|number|boolean>>',
  returns: 'In the goal’s own language: one line with the criteria met and missing and a tip; or a score 0–5; or five TRUE/FALSE (S, M, A, R, T) per goal.',
  example: '=SMART_CHECK(A2:A20)',
  moreExamples: [
    '=SMART_CHECK("3 photos a week on Instagram, each getting 30 likes and 10 comments")',
    '=SMART_CHECK("بخصوص إنستغرام، سننشر 3 صور في الأسبوع، تحقق كل صورة 30 إعجابًا و10 تعليقات", "score")',
    '=SMART_CHECK("افزایش فالوورهای اینستاگرام از ۲۰۰۰ به ۳۰۰۰ تا پایان خرداد برای فروش بیشتر")',
    '=SMART_CHECK("3 תמונות בשבוע באינסטגרם, כל אחת עם 30 לייקים ו-10 תגובות", "flags")',
  ],
  run,
};
