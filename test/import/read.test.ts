// The pure reading of every fixture export: platform recognised, posts counted, the mapping's
// sums (a sum column never counted with its parts, views only without impressions, link clicks
// only), totals rows skipped, refused rows with their reason, non-exports refused.
import { describe, expect, it } from 'vitest';
import { readExport, type ExportContext } from '../../src/import/analyse';
import { MEASURES } from '../../src/import/types';
import { EXPECTED, fixture } from './fixtures';

const ctx: ExportContext = {
  dayOf: (ms) => new Date(ms).toISOString().slice(0, 10),
  ownOrder: 'mdy',
  window: { from: '2027-01-04', to: '2028-01-03' },
  remembered: () => null,
  today: '2027-03-01',
};
const none = { columns: {}, overwriteTyped: false };

describe('reading the fixture exports', () => {
  for (const e of EXPECTED) {
    it(`${e.file}: ${e.platform ?? 'own sheet'}, ${e.posts} posts, sums as the file's`, () => {
      const read = readExport(e.file, fixture(e.file).text, none, ctx);
      if ('problems' in read) throw new Error(JSON.stringify(read.problems));
      expect(read.table.platform?.id ?? null).toBe(e.platform);
      expect(read.read.refused).toHaveLength(e.refused ?? 0);
      expect(read.read.posts).toHaveLength(e.posts);
      const sums: Record<string, Record<string, number>> = {};
      for (const p of read.read.posts) {
        const s = (sums[p.network] ??= {});
        p.values.forEach((v, i) => {
          if (v !== null) s[MEASURES[i]] = (s[MEASURES[i]] ?? 0) + v;
        });
      }
      for (const [network, want] of Object.entries(e.sums)) {
        for (const [measure, value] of Object.entries(want)) expect(sums[network]?.[measure], `${network} ${measure}`).toBeCloseTo(value, 6);
      }
    });
  }

  it('reads TikTok’s dates without a year with the year of the file name, and says so', () => {
    const read = readExport('Overview_2027-02-01_2027-02-28.csv', fixture('Overview_2027-02-01_2027-02-28.csv').text, none, ctx);
    if ('problems' in read) throw new Error('problems');
    expect(read.read.posts.map((p) => p.day)).toEqual(['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-10', '2027-02-28']);
    expect(read.year).toEqual({ years: [2027], from: 'fileName' });
  });

  it('takes the plan’s year for a year-less date when the file name has none', () => {
    const text = fixture('Overview_2027-02-01_2027-02-28.csv').text;
    const read = readExport('Overview.csv', text, none, { ...ctx, window: { from: '2027-11-01', to: '2028-04-30' } });
    if ('problems' in read) throw new Error('problems');
    expect(read.read.posts[0].day).toBe('2028-02-01');
    expect(read.year?.from).toBe('plan');
  });

  it('puts an X post on its day in the spreadsheet’s zone (the export writes UTC)', () => {
    const read = readExport('x.csv', fixture('tweet_activity_metrics_ovenandco_20270101_20270201_en.csv').text, none, {
      ...ctx,
      dayOf: (ms) => new Date(ms + 3.5 * 3_600_000).toISOString().slice(0, 10), // Tehran
    });
    if ('problems' in read) throw new Error('problems');
    expect(read.read.posts[1].day).toBe('2027-01-18'); // 23:30 UTC on the 17th
  });

  it('refuses a file that is not an export, and an empty one', () => {
    expect(readExport('n.csv', fixture('not-an-export.csv').text, none, ctx)).toEqual({ problems: [{ code: 'notExport' }] });
    expect(readExport('e.csv', '  \n', none, ctx)).toEqual({ problems: [{ code: 'empty' }] });
  });

  it('refuses a mapping that counts a sum and its parts both, naming the columns', () => {
    const text = fixture('meta-facebook-posts.csv').text;
    const read = readExport('fb.csv', text, none, ctx);
    if ('problems' in read) throw new Error('problems');
    const sum = read.table.headers.indexOf('Reactions, comments and shares');
    const out = readExport('fb.csv', text, { columns: { [String(sum)]: 'engagements' }, overwriteTyped: false }, ctx);
    expect(out).toEqual({ problems: [{ code: 'sumAndParts', columns: ['Reactions, comments and shares', 'Reactions', 'Comments', 'Shares'] }] });
  });

  it('refuses two columns for one figure, and no date', () => {
    const text = fixture('meta-facebook-posts.csv').text;
    const read = readExport('fb.csv', text, none, ctx);
    if ('problems' in read) throw new Error('problems');
    const views = read.table.headers.indexOf('Views');
    const reach = read.table.headers.indexOf('Reach');
    const date = read.table.headers.indexOf('Publish time');
    const out = readExport('fb.csv', text, { columns: { [String(views)]: 'reach', [String(date)]: 'ignore' }, overwriteTyped: false }, ctx);
    expect(out).toEqual({ problems: [{ code: 'noDate' }, { code: 'twoColumns', target: 'reach', columns: ['Views', 'Reach'] }] });
    expect(reach).toBeGreaterThan(views);
  });
});

describe('a file that names no network', () => {
  // Meta localises its exports' headers (here in Arabic): not a platform layout we list, so the
  // rows need a network, which the preview asks for once for the whole file.
  const file = fixture('meta-instagram-posts-arabic.csv');
  it('refuses every row until a network is chosen, then reads them all', () => {
    const first = readExport(file.name, file.text, none, ctx);
    if ('problems' in first) throw new Error('problems');
    expect(first.read.posts).toHaveLength(0);
    expect(first.read.refused.map((r) => r.reason)).toEqual(['noNetwork', 'noNetwork']);
    const chosen = readExport(file.name, file.text, { ...none, network: 'instagram' }, ctx);
    if ('problems' in chosen) throw new Error('problems');
    expect(chosen.read.posts.map((p) => [p.network, p.day, p.values[0], p.values[2]])).toEqual([
      ['instagram', '2027-01-12', 1200, 90 + 7 + 3 + 4],
      ['instagram', '2027-01-19', 800, 50 + 2 + 1 + 1],
    ]);
  });
});
