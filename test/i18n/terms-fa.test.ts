/**
 * Persian terms as Iranian social-media marketers use them (issue 11, item 13; docs/terms/fa.md).
 * Every string of the fa message file is walked, plus the Persian month names the tabs show: the
 * words that misled native readers must appear nowhere, each concept has one word, and the
 * spelling is Persian (ی/ک, not ي/ك; ezafe and half-spaces where a reader expects them).
 */
import { describe, expect, it } from 'vitest';
import * as fa from '../../src/i18n/fa';
import { monthName } from '../../src/calendars/names';

function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

const months = (['persian', 'islamic', 'gregorian', 'hebrew'] as const).flatMap((cal) =>
  Array.from({ length: cal === 'hebrew' ? 13 : 12 }, (_, i): [string, string] => [`${cal}[${i + 1}]`, monthName(cal, 'fa', i + 1, true)]));
const ALL: [string, string][] = [...strings(fa, 'fa', []), ...months];

/** Where `pattern` occurs: the path of each string holding it, for a readable failure. */
const where = (pattern: RegExp) => ALL.filter(([, s]) => pattern.test(s)).map(([p, s]) => `${p}: ${s}`);

/** Persian letters (no Arabic ي/ك/ة here) as the start and end of a word. */
const L = '\\u0621-\\u064A\\u067E\\u0686\\u0698\\u06A9\\u06AF\\u06CC\\u200C';
const word = (w: string) => new RegExp(`(^|[^${L}])${w}($|[^${L}])`);

it('walks a file of several hundred strings', () => {
  expect(ALL.length).toBeGreaterThan(500);
});

describe('words that mislead Persian marketers appear nowhere', () => {
  const WRONG: [string, string][] = [
    ['ممیزی', 'reads as censorship: the audit is «بررسی حساب‌ها»'],
    ['مقصود', 'odd for objectives: «هدف‌های کسب‌وکار»'],
    ['مقصودها', 'odd for objectives'],
    ['مقصد', '"destination", not a target figure: «هدف عددی»'],
    ['پیوند', 'bookish: marketers say «لینک»'],
    ['پیوندها', 'bookish: «لینک‌ها»'],
    ['نمایه', 'bookish: «پروفایل»'],
    ['پویش', 'marketers say «کمپین»'],
    ['راهبرد', 'one word for strategy: «استراتژی»'],
    ['استراتژی محوری', 'محور is the content pillar: the focus is «استراتژی اصلی»'],
    ['کانال', 'in Iran a «کانال» is a Telegram channel: the product says «شبکه»'],
    ['زبانه', 'Sheets\' Persian word for a tab is «برگه»'],
    ['زبانهٔ', 'Sheets\' Persian word for a tab is «برگه»'],
    ['شنود', 'reads as wiretapping: social listening is «پایش»'],
    ['توسط', 'a calque of "by": «انجام‌دهنده»'],
    ['دستیار', 'the wizard is «راهنما» everywhere else'],
    ['معیار', 'one word for a metric: «شاخص»'],
    ['اهداف', 'Arabic plural: «هدف‌ها» (goals) and «هدف‌های کسب‌وکار» (objectives)'],
    ['اهدافی', 'Arabic plural'],
    ['رقیبان', 'one plural for competitors: «رقبا»'],
    ['رقیب‌هایی', 'one plural for competitors: «رقبا»'],
    ['مبنا', 'one word for a baseline: «نقطهٔ شروع»'],
    ['مقدار پایه', 'one word for a baseline: «نقطهٔ شروع»'],
    ['وضع فعلی', 'one word for a baseline: «نقطهٔ شروع»'],
    ['دنبال‌کننده', 'marketers say «فالوور»'],
    ['بازدید وب‌سایت', 'marketers say «ترافیک وب‌سایت»'],
    ['شمحات', 'Simchat Torah is «سیمحات تورا»'],
    ['ذیقعده', 'the Iranian calendar writes «ذی‌القعده»'],
    ['ذیحجه', 'the Iranian calendar writes «ذی‌الحجه»'],
    ['پنجشنبه', 'with a half-space, like سه‌شنبه: «پنج‌شنبه»'],
  ];
  for (const [w, why] of WRONG) it(`no «${w}» (${why})`, () => expect(where(word(w))).toEqual([]));
});

describe('one term per concept, and it is used', () => {
  const CHOSEN: [string, string][] = [
    ['لینک', 'link'], ['کمپین', 'campaign'], ['پست', 'post'], ['شاخص', 'metric / KPI'], ['استراتژی', 'strategy'],
    ['برگه', 'tab'], ['شبکه', 'network'], ['بررسی حساب‌ها', 'audit'], ['بازبینی', 'review'], ['هدف‌های کسب‌وکار', 'objectives'],
    ['هدف عددی', 'target'], ['نقطهٔ شروع', 'baseline'], ['رقبا', 'competitors'], ['فالوور', 'followers'], ['پایش', 'listening'],
    ['راهنما', 'wizard'], ['اینفلوئنسر', 'influencer'],
  ];
  for (const [term, concept] of CHOSEN) it(`${concept}: «${term}»`, () => expect(where(new RegExp(term)).length).toBeGreaterThan(0));
  it('the sidebar, the Strategy tab and the KPI tab name the baseline and the target alike', () => {
    expect(fa.sidebar.target).toBe(fa.tabs.columns.target);
    expect(fa.strategy.target).toBe(fa.tabs.columns.target);
    expect(fa.sidebar.baseline).toContain(fa.strategy.baseline);
    expect(fa.sidebar.focusSummary).toBe(fa.strategy.focus);
  });
});

describe('Persian spelling', () => {
  it('Persian ی and ک, never Arabic ي ك ى ة', () => expect(where(/[\u064A\u0643\u0649\u0629]/)).toEqual([]));
  it('Persian digits, never Arabic-Indic ones', () => expect(where(/[\u0660-\u0669]/)).toEqual([]));
  it('Persian quotation marks «», not ASCII double quotes', () => expect(where(/"/)).toEqual([]));
  it('می/نمی and ها/های are joined with a half-space, not a space', () => {
    expect(where(new RegExp(`(^|[^${L}])ن?می ([${L}])`))).toEqual([]);
    expect(where(new RegExp(`[${L}] (ها|های|هایی)($|[^${L}])`))).toEqual([]);
  });
  it('no half-space beside a space or doubled', () => expect(where(/\u200c[\s\u200c]|\s\u200c|\u200c$|^\u200c/)).toEqual([]));
  it('«همه» before a noun takes its ezafe («همهٔ»)', () => expect(where(new RegExp(`(^|[^${L}])همه [${L}]`))).toEqual([]));
  it('«برگه» before a name takes its ezafe («برگهٔ {tab}»)', () => expect(where(/برگه (\{|بازبینی|شاخص|تقویم|استراتژی|بررسی|داشبورد)/)).toEqual([]));
});
