// The built dist/Code.js, loaded the way Apps Script loads it: one classic script in a fresh V8
// context with only Apps Script's globals. Each custom function is called through the global
// scope, as Sheets calls it, and its JSDoc stub is checked where Sheets reads it.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/functions/catalog';
import { BUNDLE_PATH, loadBundle } from '../../scripts/lib/vm-bundle.mjs';
import { fakeSpreadsheetApp } from '../support/fake-locale';

const code = readFileSync(BUNDLE_PATH, 'utf8');


describe('dist/Code.js is a script Apps Script accepts', () => {
  it('compiles as a classic script: no import, export or require', () => {
    expect(() => new vm.Script(code)).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\bprocess\.(env|argv)/);
  });

  it('runs in a context without Node or browser globals', () => {
    const { context } = loadBundle({});
    const missing = vm.runInContext(
      "['require','process','setTimeout','fetch','URL','URLSearchParams','TextEncoder','structuredClone','window','document'].filter((n) => typeof globalThis[n] !== 'undefined')",
      context,
    );
    expect(missing).toEqual([]);
  });

  it('makes no service call while loading: every service access would throw', () => {
    const trap = new Proxy({}, { get: (_t, key) => { throw new Error(`service touched at load: ${String(key)}`); } });
    const services = Object.fromEntries(
      ['SpreadsheetApp', 'HtmlService', 'ScriptApp', 'PropertiesService', 'LockService', 'MailApp', 'Session', 'Utilities'].map((n) => [n, trap]),
    );
    expect(() => loadBundle(services)).not.toThrow();
  });

  it('adds only the namespace and the top-level functions to the global scope', () => {
    const { context } = loadBundle({});
    // zod keeps its settings on globalThis; harmless, and named here so nothing else slips in.
    const added = Object.keys(context).filter((k) => !['Logger', 'console', '__zod_globalConfig'].includes(k));
    const entryPoints = Object.keys(context.SocialStrategy);
    expect(added.sort()).toEqual(['SocialStrategy', ...entryPoints].sort());
    for (const name of entryPoints) expect(code).toContain(`\nfunction ${name}(`);
  });
});

describe.each(catalog.map((e) => [e.name, e] as const))('%s in dist/Code.js', (name, entry) => {
  const names = entry.params.map((p) => p.name);

  it('is a top-level function with its real parameter names under a @customfunction JSDoc block', () => {
    const declaration = `function ${name}(${names.join(', ')}) {`;
    const at = code.indexOf(`\n${declaration}`);
    expect(at, declaration).toBeGreaterThan(0);
    const doc = code.slice(code.lastIndexOf('/**', at), at);
    expect(doc.trimEnd().endsWith('*/')).toBe(true);
    expect(doc).toContain('@customfunction');
    expect(doc).toContain(entry.summary);
    for (const p of entry.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p.name} \\S`));
    expect(doc).toMatch(/@return \{[^}]+\} \S/);
  });

  it('gives through the global scope what the catalog computes, for a cell and for ranges', () => {
    const { SpreadsheetApp, asked } = fakeSpreadsheetApp('en_US');
    const { context } = loadBundle({ SpreadsheetApp });
    expect(typeof context[name]).toBe('function');
    expect(context[name].length).toBe(names.length);

    const texts: Record<string, (i: number) => string> = {
      UTM_URL: (i) => (i === 0 ? 'https://shop.example/a' : `tag${i}`),
      SMART_CHECK: () => 'Reach 5,000 Instagram followers by 30 June to grow awareness',
      LOCAL_DATE: () => '2027-03-21',
    };
    const sample = (i: number) => texts[name]?.(i) ?? 10 * (i + 1);
    const scalarArgs = entry.params.filter((p) => !p.optional).map((_p, i) => sample(i));
    const rangeArgs = scalarArgs.map((v) => [[v], [''], [v]]);
    const direct = (args: unknown[]) => entry.run(args, { lang: () => 'en' });

    const one = vm.runInContext(`${name}(...args)`, Object.assign(context, { args: scalarArgs }));
    expect(one).toEqual(direct(scalarArgs));
    expect(typeof one === 'number' || typeof one === 'string').toBe(true);

    const many = vm.runInContext(`${name}(...args)`, Object.assign(context, { args: rangeArgs }));
    expect(JSON.parse(JSON.stringify(many))).toEqual(direct(rangeArgs));
    expect((many as unknown[][])[1][0]).toBe('');
    // The locale is only looked up to word an error; LOCAL_DATE needs it for its digits and default calendar, once a call.
    expect(asked.count).toBe(name === 'LOCAL_DATE' ? 2 : 0);
  });
});

describe('LOCAL_DATE in dist/Code.js, called as Sheets calls it', () => {
  // Date cells reach a custom function as Dates made in Apps Script's realm: midnight in the
  // spreadsheet's zone. Here they are made inside the vm context, as in Apps Script.
  it.each([
    ['fa_IR', -3.5, '۱۴۰۶/۰۱/۰۱', '۱۴۰۶/۰۱/۰۲', '۱ فروردین ۱۴۰۶'],
    ['ar_SA', -3, '١٤٤٨/١٠/١٣', '١٤٤٨/١٠/١٤', '١٣ شوال ١٤٤٨'],
    ['iw_IL', -2, '5787/07/12', '5787/07/13', 'י״ב באדר ב׳ תשפ״ז'],
    ['en_US', 5, '2027/03/21', '2027/03/22', '21 March 2027'],
  ])('a column of Date cells in a %s spreadsheet', (locale, hoursFromUtc, first, second, long) => {
    const { SpreadsheetApp, asked } = fakeSpreadsheetApp(locale);
    const { context } = loadBundle({ SpreadsheetApp });
    vm.runInContext(`var cells = [[new Date(Date.UTC(2027, 2, 21) + ${hoursFromUtc * 3_600_000})], [''], [new Date(Date.UTC(2027, 2, 22) + ${hoursFromUtc * 3_600_000})]];`, context);
    expect(JSON.parse(JSON.stringify(vm.runInContext('LOCAL_DATE(cells)', context)))).toEqual([[first], [''], [second]]);
    expect(vm.runInContext('LOCAL_DATE(cells[0][0], "", "long")', context)).toBe(long);
    expect(asked.count).toBe(2);
  });

  it('a bad cell in one call is an error in the spreadsheet’s language', () => {
    const { SpreadsheetApp } = fakeSpreadsheetApp('ar_SA');
    const { context } = loadBundle({ SpreadsheetApp });
    expect(() => context.LOCAL_DATE('غدًا')).toThrow('date: "غدًا" ليس تاريخًا');
  });
});

describe('errors reach Sheets in the spreadsheet language', () => {
  it.each([
    ['en_US', 'impressions is 0, so the result would divide by zero.'],
    ['ar_SA', 'impressions يساوي 0، فالنتيجة قسمة على صفر.'],
    ['fa_IR', 'impressions برابر 0 است و نتیجه تقسیم بر صفر می‌شود.'],
    ['iw', 'impressions שווה 0, ולכן התוצאה היא חלוקה באפס.'],
  ])('%s', (locale, message) => {
    const { SpreadsheetApp, asked } = fakeSpreadsheetApp(locale);
    const { context } = loadBundle({ SpreadsheetApp });
    expect(() => context.CTR(5, 0)).toThrow(message);
    expect(asked.count).toBe(1);
  });

  it('a locale that cannot be read falls back to English', () => {
    const { context } = loadBundle({});
    expect(() => context.CPC('abc', 3)).toThrow('spend: "abc" is not a number.');
  });
});

describe('appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../dist/appsscript.json', import.meta.url), 'utf8'));

  it('runs on V8 with Stackdriver logging and a default time zone', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.timeZone).toMatch(/\//);
  });

  it('asks only for the narrow scopes DESIGN.md allows', () => {
    const allowed = ['spreadsheets.currentonly', 'script.container.ui', 'script.scriptapp', 'script.send_mail'].map(
      (s) => `https://www.googleapis.com/auth/${s}`,
    );
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    for (const scope of manifest.oauthScopes) expect(allowed).toContain(scope);
  });

  it('is what clasp pushes: dist/ is the root and holds only the pushed files', () => {
    const clasp = JSON.parse(readFileSync(new URL('../../.clasp.json', import.meta.url), 'utf8'));
    expect(clasp.rootDir).toBe('dist');
  });
});
