/**
 * The fixture exports (test/import/fixtures/, written for the tests from each platform's header
 * list cited in src/import/vocabulary.ts) and what each holds, summed by hand from the files:
 * the figures the KPI log must show after importing them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, 'fixtures');

export function fixture(name: string): { name: string; text: string } {
  return { name, text: readFileSync(join(FIXTURES, name), 'utf8') };
}

type Sums = Partial<Record<'reach' | 'impressions' | 'engagements' | 'clicks', number>>;

export interface Expected {
  file: string;
  platform: string | null;
  posts: number;
  /** Per network, the sums of the posts inside the plan (2027-01-04 onward, weekly). */
  sums: Record<string, Sums>;
  refused?: number;
}

export const EXPECTED: Expected[] = [
  {
    file: 'meta-instagram-posts.csv',
    platform: 'meta-instagram',
    posts: 5,
    // views stand for impressions (no Impressions column); likes+shares+comments+saves
    sums: { instagram: { reach: 1210 + 2875 + 802 + 934 + 1890, impressions: 1520 + 3400 + 980 + 1105 + 2210, engagements: 98 + 4 + 11 + 7 + (240 + 18 + 25 + 31) + (61 + 6 + 3) + (70 + 2 + 5) + (133 + 9 + 14 + 12) } },
  },
  {
    file: 'meta-facebook-posts.csv',
    platform: 'meta-facebook',
    posts: 4,
    // the parts, never "Reactions, comments and shares" too; Link clicks, never Total clicks
    sums: { facebook: { reach: 1800 + 1320 + 3900 + 980, impressions: 2400 + 1700 + 5100, engagements: 64 + 33 + 150 + 20, clicks: 41 + 12 + 77 } },
  },
  {
    file: 'linkedin-page-updates.csv',
    platform: 'linkedin',
    posts: 3,
    sums: { linkedin: { impressions: 2100 + 3450 + 1800, clicks: 87 + 132 + 40, engagements: 54 + 7 + 5 + (96 + 12 + 9) + (33 + 2 + 1) } },
  },
  {
    file: 'Overview_2027-02-01_2027-02-28.csv',
    platform: 'tiktok',
    posts: 5,
    sums: { tiktok: { impressions: 1203 + 980 + 2290 + 655 + 4100, engagements: 150 + 12 + 9 + (111 + 7 + 4) + (301 + 25 + 18) + (80 + 3 + 1) + (560 + 41 + 33) } },
  },
  {
    file: 'tweet_activity_metrics_ovenandco_20270101_20270201_en.csv',
    platform: 'x',
    posts: 3,
    // retweets + replies + likes, never "engagements" (which counts clicks too)
    sums: { x: { impressions: 1777 + 2289 + 9535, engagements: 3 + 1 + 12 + (3 + 0 + 5) + (6 + 0 + 10), clicks: 10 + 10 + 26 } },
  },
  {
    file: 'Table data.csv',
    platform: 'youtube',
    posts: 3,
    // the "Total" row skipped
    sums: { youtube: { impressions: 61000 + 30000 + 7000, engagements: 480 + 50 + 40 + (130 + 17 + 10) + (30 + 4 + 2) } },
  },
  {
    file: 'persian-own-sheet.csv',
    platform: null,
    posts: 5,
    refused: 1, // "نامشخص" is not a number
    // Telegram is not in the test plan: outside. ۱۴۰۵/۱۱/۱۵ is 2027-02-04.
    sums: {
      instagram: { reach: 12500 + 9800 + 1000, impressions: 18200 + 14100 + 1500, engagements: 940 + 61 + 22 + (710 + 40 + 18) + (50 + 2 + 1), clicks: 130 + 95 + 3 },
      linkedin: { reach: 2100, impressions: 2900, engagements: 80 + 6 + 3, clicks: 22 },
    },
  },
  {
    file: 'arabic-own-sheet.tsv',
    platform: null,
    posts: 3,
    sums: {
      facebook: { reach: 4200, impressions: 6100, engagements: 310 + 25 + 12 },
      instagram: { reach: 5000, impressions: 7300, engagements: 440 + 30 + 9 },
      tiktok: { reach: 8100, impressions: 12000, engagements: 900 + 60 + 40 },
    },
  },
  {
    file: 'hebrew-own-sheet.csv',
    platform: null,
    posts: 2,
    // חשיפה is the log's own "reach" header; views are passed over beside impressions; סה״כ skipped
    sums: {
      instagram: { reach: 1200, impressions: 2000, engagements: 80 + 6 + 2 },
      facebook: { reach: 700, impressions: 1100, engagements: 30 + 2 + 1 },
    },
  },
  {
    file: 'hostile-captions.csv',
    platform: null,
    posts: 5,
    refused: 1, // "=cmd|…" is not a network
    sums: {
      instagram: { reach: 1000 + 900 + 800 + 700, impressions: 1500 + 1200 + 1100 + 1000, engagements: 43 + 32 + 21 + 10 },
      facebook: { reach: 500, impressions: 800, engagements: 5 },
    },
  },
];
