// SMART_CHECK in the built dist/Code.js (made by the global setup), loaded as Apps Script loads it
// and called through the global scope the way Sheets calls a custom function.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../scripts/lib/vm-bundle.mjs';
import { fakeSpreadsheetApp } from '../support/fake-locale';


function sheets(locale = 'fa_IR') {
  const { SpreadsheetApp, asked } = fakeSpreadsheetApp(locale);
  const { context } = loadBundle({ SpreadsheetApp });
  const call = (args: unknown[]) => vm.runInContext('SMART_CHECK.apply(null, args)', Object.assign(context, { args }));
  return { call, asked };
}

const goals = [
  ['3 photos a week on Instagram, each getting 30 likes and 10 comments'],
  ['بخصوص إنستغرام، سنقوم بنشر 3 صور في الأسبوع، التي ستحقق لنا 30 إعجاب و10 تعليقات عن كل صورة'],
  ['افزایش فالوورهای اینستاگرام از ۲۰۰۰ به ۳۰۰۰ تا پایان خرداد برای فروش بیشتر'],
  ['3 תמונות בשבוע באינסטגרם, כל אחת עם 30 לייקים ו-10 תגובות'],
  ['همه مردم ایران'],
  [''],
];

describe('SMART_CHECK in dist/Code.js', () => {
  it('is a top-level custom function with its real parameter names', () => {
    const { call } = sheets();
    expect(call([[['x']]])).toEqual([[expect.any(String)]]);
    const { context } = loadBundle({});
    expect(vm.runInContext('typeof SMART_CHECK === "function" && SMART_CHECK.length', context)).toBe(2);
  });

  it('gives a row of five flags per goal for a column, with no locale lookup when every goal has letters', () => {
    const { call, asked } = sheets('fa_IR');
    const flags = call([goals, 'flags']);
    expect(JSON.parse(JSON.stringify(flags))).toEqual([
      [true, true, true, true, true],
      [true, true, true, true, true],
      [true, true, true, true, true],
      [true, true, true, true, true],
      [false, false, false, false, false],
      ['', '', '', '', ''],
    ]);
    expect(asked.count).toBe(0);
  });

  it('answers each goal in its own language, and a goal without letters in the spreadsheet’s', () => {
    const { call, asked } = sheets('fa_IR');
    const lines = call([[...goals, [5000]]]) as string[][];
    expect(lines[0][0]).toMatch(/^5\/5 SMART:/);
    expect(lines[1][0]).toMatch(/^5\/5 هدف ذكي/);
    expect(lines[2][0]).toMatch(/^۵\/۵ هدف SMART: مشخص/);
    expect(lines[3][0]).toMatch(/^5\/5 יעד SMART/);
    expect(lines[4][0]).toContain('پیشنهاد:');
    expect(lines[5][0]).toBe('');
    expect(lines[6][0]).toContain('پیشنهاد:');
    expect(asked.count).toBe(1);
  });

  it('scores a single cell, and rejects an unknown format in the spreadsheet’s language', () => {
    const { call } = sheets('iw_IL');
    expect(call(['Become famous', 'score'])).toBe(1);
    expect(() => call(['Become famous', 'stars'])).toThrow('format: "stars" אינו אחת מהאפשרויות: text, score, flags.');
  });
});
