// Importing analytics through the built dist/Code.js in node:vm against the emulator, as the
// dialog calls it: after each fixture export the KPI log's totals per network equal the file's
// sums; importing it again changes nothing; a later export overlapping it replaces, never adds;
// hand-typed cells are kept unless the user chooses; hostile captions never become formulas;
// garbage and refused mappings write nothing; a few service calls whatever the file's size.
import { beforeEach, describe, expect, it } from 'vitest';
import { tabMessages } from '../../src/i18n/messages';
import { MEASURES } from '../../src/import/types';
import { snapshot } from '../emulator/snapshot';
import { loadAddOn, type AddOn } from '../support/bundle';
import { NOW, withKpiTab } from './plan';
import { EXPECTED, fixture } from './fixtures';
import { bigInstagramExport } from './big-export';

function kpiSheet(addOn: AddOn) {
  const title = tabMessages.en.titles.kpi;
  const sheet = addOn.emulator.spreadsheet.getSheets().find((s) => s.getName().startsWith(title));
  if (!sheet) throw new Error('no KPI tab');
  return sheet;
}

/** The log's totals per network and measure, read straight from the emulated cells. */
function logTotals(addOn: AddOn): Record<string, Record<string, number>> {
  const values = kpiSheet(addOn).getDataRange().getValues();
  const c = tabMessages.en.columns;
  const header = values.findIndex((row) => row.includes(c.periodStart));
  const col = (name: string) => values[header].indexOf(name);
  const names: Record<string, string> = { Instagram: 'instagram', Facebook: 'facebook', 'X (Twitter)': 'x', LinkedIn: 'linkedin', TikTok: 'tiktok', YouTube: 'youtube' };
  const totals: Record<string, Record<string, number>> = {};
  for (const row of values.slice(header + 1)) {
    const network = names[String(row[col(c.network)])];
    if (!network) continue;
    for (const m of MEASURES) {
      const v = row[col(c[m])];
      if (typeof v === 'number') (totals[network] ??= {})[m] = ((totals[network] ??= {})[m] ?? 0) + v;
    }
  }
  return totals;
}

function formulasOf(addOn: AddOn): string[] {
  return kpiSheet(addOn).getDataRange().getFormulas().flat().filter(Boolean);
}

type Done = { done: true; cells: number; message: string; lines: string[] };
type Problems = { problems: { code: string; message: string }[] };

describe('importAnalytics in the bundle', () => {
  let addOn: AddOn;
  beforeEach(() => {
    addOn = withKpiTab();
  });

  for (const e of EXPECTED) {
    it(`${e.file}: the log's totals per network equal the file's sums, and a re-import changes nothing`, () => {
      const file = fixture(e.file);
      const done = addOn.serverCall('importAnalytics', file) as Done;
      expect(done.done, JSON.stringify(done)).toBe(true);
      expect(done.cells).toBeGreaterThan(0);
      const totals = logTotals(addOn);
      for (const [network, sums] of Object.entries(e.sums)) {
        for (const [m, v] of Object.entries(sums)) expect(totals[network]?.[m], `${network} ${m}`).toBeCloseTo(v, 6);
      }
      const before = JSON.stringify(snapshot(addOn.emulator.spreadsheet));
      const props = JSON.stringify(addOn.emulator.properties.document.toObject());
      const again = addOn.serverCall('importAnalytics', file) as Done;
      expect(again.cells).toBe(0);
      expect(JSON.stringify(snapshot(addOn.emulator.spreadsheet))).toBe(before);
      expect(JSON.stringify(addOn.emulator.properties.document.toObject())).toBe(props);
    });
  }

  it('adds different exports up, and every one of them imported twice still counts once', () => {
    for (const e of EXPECTED) addOn.serverCall('importAnalytics', fixture(e.file));
    const once = logTotals(addOn);
    for (const e of EXPECTED) addOn.serverCall('importAnalytics', fixture(e.file));
    expect(logTotals(addOn)).toEqual(once);
    const want: Record<string, Record<string, number>> = {};
    for (const e of EXPECTED) for (const [n, s] of Object.entries(e.sums)) for (const [m, v] of Object.entries(s)) (want[n] ??= {})[m] = (want[n][m] ?? 0) + v;
    for (const [n, s] of Object.entries(want)) for (const [m, v] of Object.entries(s)) expect(once[n]?.[m], `${n} ${m}`).toBeCloseTo(v, 6);
  });

  it('a later export overlapping an earlier one replaces the days it covers and keeps the others', () => {
    const ig = fixture('meta-instagram-posts.csv');
    addOn.serverCall('importAnalytics', ig);
    // The later export: the last two posts only, their figures grown.
    const lines = ig.text.split('\n');
    const later = [lines[0], ...lines.slice(-3)].join('\n').replace(',2210,1890,', ',2500,2000,');
    addOn.serverCall('importAnalytics', { name: 'later.csv', text: later });
    const reach = logTotals(addOn).instagram.reach;
    expect(reach).toBe(1210 + 2875 + 802 + 934 + 2000);
  });

  it('one post is "1 post", in the preview and in what was imported (plural rules, not "1 posts")', () => {
    // One record per post: a caption may hold a line break, a post starts with its 17-digit id.
    const lines = fixture('meta-instagram-posts.csv').text.split(/\n(?=\d{17},)/);
    const single = { name: 'one-post.csv', text: [lines[0], lines[1]].join('\n') };
    const preview = addOn.serverCall('previewImport', single) as { summary: string };
    expect(preview.summary).toMatch(/^1 post from \S+ to \S+$/);
    const done = addOn.serverCall('importAnalytics', single) as Done;
    expect(done.lines).toEqual([expect.stringMatching(/^Instagram: 1 post, log cells changed: \d+$/)]);
    const two = addOn.serverCall('previewImport', { name: 'two-posts.csv', text: [lines[0], lines[1], lines[2]].join('\n') }) as { summary: string };
    expect(two.summary).toMatch(/^2 posts from /);
  });

  it('adds the exports of two Instagram accounts (Meta names the account), each re-import replacing only its own', () => {
    const one = fixture('meta-instagram-posts.csv');
    const other = { name: 'second-account.csv', text: one.text.replace(/17841400000000001/g, '17841400000000002').replace(/1804123456789000/g, '1804123456789900') };
    addOn.serverCall('importAnalytics', one);
    addOn.serverCall('importAnalytics', other);
    const reach = 1210 + 2875 + 802 + 934 + 1890;
    expect(logTotals(addOn).instagram.reach).toBe(2 * reach);
    addOn.serverCall('importAnalytics', other);
    addOn.serverCall('importAnalytics', one);
    expect(logTotals(addOn).instagram.reach).toBe(2 * reach);
  });

  it('keeps a value typed by hand unless the user chooses to replace it, and the preview lists it', () => {
    const sheet = kpiSheet(addOn);
    const file = fixture('meta-instagram-posts.csv');
    addOn.serverCall('importAnalytics', file);
    const values = sheet.getDataRange().getValues();
    const c = tabMessages.en.columns;
    const header = values.findIndex((row) => row.includes(c.periodStart));
    const reachCol = values[header].indexOf(c.reach);
    const row = values.findIndex((r, i) => i > header && typeof r[reachCol] === 'number');
    sheet.getRange(row + 1, reachCol + 1).setValue(5);
    const grown = { name: 'grown.csv', text: file.text.replace(',1210,', ',1300,').replace(',2875,', ',2900,') };

    const preview = addOn.serverCall('previewImport', grown) as { typed: { count: number; lines: string[] } };
    expect(preview.typed.count).toBe(1);
    expect(preview.typed.lines[0]).toContain('Reach');
    addOn.serverCall('importAnalytics', grown);
    expect(sheet.getRange(row + 1, reachCol + 1).getValue()).toBe(5);
    addOn.serverCall('importAnalytics', grown, { overwriteTyped: true });
    expect(sheet.getRange(row + 1, reachCol + 1).getValue()).toBe(1300 + 2900);
  });

  it('hostile captions stay text: no formula appears, and nothing but figures is written', () => {
    const formulas = formulasOf(addOn);
    const done = addOn.serverCall('importAnalytics', fixture('hostile-captions.csv')) as Done;
    expect(done.done).toBe(true);
    expect(formulasOf(addOn)).toEqual(formulas);
    const texts = kpiSheet(addOn).getDataRange().getDisplayValues().flat().join('\n');
    for (const bad of ['HYPERLINK', 'evil', 'calc', 'onerror', '@everyone']) expect(texts).not.toContain(bad);
    const preview = addOn.serverCall('previewImport', fixture('hostile-captions.csv')) as { refused: { lines: string[] } };
    expect(preview.refused.lines[0]).toContain("=cmd|' /C calc'!A0"); // shown as text by the dialog
  });

  it('writes nothing for garbage, a non-export, an Excel file or a refused mapping, and says why', () => {
    const before = JSON.stringify(snapshot(addOn.emulator.spreadsheet));
    const props = JSON.stringify(addOn.emulator.properties.document.toObject());
    const cases: [unknown, string][] = [
      [fixture('not-an-export.csv'), 'notExport'],
      [{ name: 'x.csv', text: '\u0000\u0001garbage\u00ff,,,\n"unclosed' }, 'notExport'],
      [{ name: 'empty.csv', text: '' }, 'empty'],
      [{ name: 'Content_2027.xlsx', base64: 'UEsDBA==' }, 'xlsx'],
      [null, 'empty'],
      [{ name: 'fb.csv', text: fixture('meta-facebook-posts.csv').text }, 'sumAndParts'],
    ];
    for (const [file, code] of cases) {
      const choices = code === 'sumAndParts' ? { columns: { '19': 'engagements' } } : undefined;
      const out = addOn.serverCall('importAnalytics', file, choices) as Problems;
      expect(out.problems?.[0]?.code, JSON.stringify(out)).toBe(code);
      expect(out.problems[0].message).not.toMatch(/at \w+ \(|Error:/);
    }
    expect(JSON.stringify(snapshot(addOn.emulator.spreadsheet))).toBe(before);
    expect(JSON.stringify(addOn.emulator.properties.document.toObject())).toBe(props);
  });

  it('remembers a column choice for that layout', () => {
    const file = fixture('meta-instagram-posts.csv');
    const first = addOn.serverCall('previewImport', file) as { columns: { header: string; target: string }[] };
    const follows = first.columns.findIndex((c) => c.header === 'Follows');
    expect(first.columns[follows].target).toBe('ignore');
    addOn.serverCall('importAnalytics', file, { columns: { [String(follows)]: 'conversions' } });
    const again = addOn.serverCall('previewImport', file) as { columns: { target: string }[] };
    expect(again.columns[follows].target).toBe('conversions');
    expect(logTotals(addOn).instagram.conversions).toBe(2 + 9 + 0 + 1 + 4);
  });

  it('asks for the network of a file that names none, imports with it, and remembers it', () => {
    const file = fixture('meta-instagram-posts-arabic.csv');
    const first = addOn.serverCall('previewImport', file) as { needsNetwork: boolean; refused: { count: number } };
    expect(first.needsNetwork).toBe(true);
    expect(first.refused.count).toBe(2);
    const done = addOn.serverCall('importAnalytics', file, { network: 'instagram' }) as Done;
    expect(done.done).toBe(true);
    expect(logTotals(addOn).instagram.reach).toBe(1200 + 800);
    const again = addOn.serverCall('previewImport', file) as { needsNetwork: boolean; network: string; refused: { count: number } };
    expect(again.needsNetwork).toBe(true); // still offered, to change
    expect(again.network).toBe('instagram');
    expect(again.refused.count).toBe(0);
  });

  it('answers in the user’s language', () => {
    const fa = withKpiTab('fa_IR', 'fa');
    const out = fa.serverCall('importAnalytics', fixture('not-an-export.csv')) as Problems;
    expect(out.problems[0].message).toMatch(/[\u0600-\u06FF]/);
    const done = fa.serverCall('importAnalytics', fixture('persian-own-sheet.csv')) as Done;
    expect(done.message).toMatch(/[\u0600-\u06FF]/);
    expect(done.cells).toBeGreaterThan(0);
  });

  it('has no KPI tab to write to before the plan is generated', () => {
    const bare = loadAddOn({ now: NOW });
    const out = bare.serverCall('importAnalytics', fixture('meta-instagram-posts.csv')) as Problems;
    expect(out.problems[0].code).toBe('noKpiTab');
  });
});

describe('service calls per import', () => {
  it('are the same few for 5 posts and for 20,000, and the log is written once', () => {
    const counts = [fixture('meta-instagram-posts.csv'), bigInstagramExport(20_000)].map((file) => {
      const addOn = withKpiTab();
      addOn.emulator.calls.reset();
      const done = addOn.serverCall('importAnalytics', file) as Done;
      expect(done.done).toBe(true);
      expect(addOn.emulator.calls.count('Range.setValues')).toBe(1);
      expect(addOn.emulator.calls.count('Range.getValues')).toBe(1);
      return addOn.emulator.calls.remote;
    });
    expect(counts[1]).toBe(counts[0]);
    // 26: finding the KPI tab reads the dashboard's tag too (one getValue).
    expect(counts[0]).toBeLessThanOrEqual(26);
  });

  it('a 20,000-post export: the log holds every post’s reach once', () => {
    const addOn = withKpiTab();
    const big = bigInstagramExport(20_000);
    addOn.serverCall('importAnalytics', big);
    expect(logTotals(addOn).instagram.reach).toBe(big.reach);
    addOn.serverCall('importAnalytics', big);
    expect(logTotals(addOn).instagram.reach).toBe(big.reach);
    expect(addOn.emulator.properties.document.size()).toBeLessThan(100_000);
  });
});
