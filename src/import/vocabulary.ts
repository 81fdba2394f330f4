/**
 * What an export's columns mean. Each platform's header list is written from the export named
 * beside it; a marketer's own sheet is read with the words of our four languages. A header not
 * listed is ignored unless the user maps it in the preview.
 */
import { columnHeaders } from '../i18n/former';
import { tabMessages } from '../i18n/messages';
import { NETWORK_INFO, type Network } from '../plan/networks';
import { headerKey } from './normalize';

/**
 * What a column holds. The engagement parts (likes, comments, shares, saves) add up to the log's
 * engagements; `engagements` is a column that is already that sum, used only when no part is there.
 * `views` feeds impressions only when the file has no impressions column.
 */
export type Role =
  | 'id' | 'date' | 'network'
  | 'reach' | 'impressions' | 'views'
  | 'likes' | 'comments' | 'shares' | 'saves' | 'engagements'
  | 'clicks' | 'conversions' | 'spend' | 'revenue'
  | 'ignore';

export const ENGAGEMENT_PARTS: readonly Role[] = ['likes', 'comments', 'shares', 'saves'];

export interface Platform {
  id: string;
  /** Shown in the preview. */
  name: string;
  network: Network;
  /** Headers (as written) that must all be there for the file to be this export. */
  signature: string[];
  /** This export's own headers; the generic words below apply to the rest. */
  headers: Record<string, Role>;
  /** How its slashed dates are written. */
  dateOrder: 'mdy' | 'dmy';
  /** The column naming the account or page, when one export can hold several (Meta's). */
  account?: string;
}

export const PLATFORMS: Platform[] = [
  {
    // Meta Business Suite › Insights › Content › Export data, Instagram posts (CSV, UTF-8 with a
    // BOM). Header row as observed in 2025 exports: Post ID, Account ID, Account username,
    // Account name, Description, Duration (sec), Publish time, Permalink, Post type, Data comment,
    // Date ("Lifetime"), Views, Reach, Likes, Shares, Follows, Comments, Saves. Meta replaced
    // Impressions with Views in 2025 (Instagram Platform changelog, v22.0: "impressions" deprecated).
    id: 'meta-instagram',
    name: 'Meta Business Suite (Instagram posts)',
    network: 'instagram',
    signature: ['Post ID', 'Account username', 'Publish time'],
    account: 'Account ID',
    headers: {
      'Post ID': 'id', 'Publish time': 'date', Date: 'ignore', Permalink: 'ignore', Description: 'ignore',
      Views: 'views', Impressions: 'impressions', Reach: 'reach', Likes: 'likes', Shares: 'shares',
      Comments: 'comments', Saves: 'saves', Follows: 'ignore', 'Profile visits': 'ignore',
    },
    dateOrder: 'mdy',
  },
  {
    // Meta Business Suite › Insights › Content › Export data, Facebook posts. Header row as
    // observed in 2025 exports: Post ID, Page ID, Page name, Title, Description, Duration (sec),
    // Publish time, Caption type, Permalink, Is crosspost, Is share, Post type, Languages,
    // Custom labels, Funded content status, Data comment, Date ("Lifetime"), Views, Reach,
    // "Reactions, comments and shares" (the sum of the next three), Reactions, Comments, Shares,
    // Total clicks, Link clicks, Other Clicks.
    id: 'meta-facebook',
    name: 'Meta Business Suite (Facebook posts)',
    network: 'facebook',
    signature: ['Post ID', 'Page ID', 'Publish time'],
    account: 'Page ID',
    headers: {
      'Post ID': 'id', 'Publish time': 'date', Date: 'ignore', Title: 'ignore', Description: 'ignore', Permalink: 'ignore',
      Views: 'views', Impressions: 'impressions', Reach: 'reach',
      'Reactions, comments and shares': 'engagements', Reactions: 'likes', Comments: 'comments', Shares: 'shares',
      'Total clicks': 'ignore', 'Link clicks': 'clicks', 'Other Clicks': 'ignore',
    },
    dateOrder: 'mdy',
  },
  {
    // LinkedIn Page › Analytics › Content › Export (.xls; saved as CSV): a note on row 1
    // ("All posts…"), the headers on row 2: Update title, Update link, Update type, Campaign name,
    // Posted by, Created date, Campaign start date, Campaign end date, Audience, Impressions,
    // Views (excluding off-site video views), Off-site views, Clicks, Click through rate (CTR),
    // Likes, Comments, Reposts, Follows, Engagement rate, Content Type. LinkedIn's "Clicks" are
    // clicks on the post's content and link (LinkedIn Help, "Page analytics: metric definitions").
    id: 'linkedin',
    name: 'LinkedIn Page (updates)',
    network: 'linkedin',
    signature: ['Update title', 'Created date'],
    headers: {
      'Update link': 'id', 'Created date': 'date', 'Campaign start date': 'ignore', 'Campaign end date': 'ignore',
      Impressions: 'impressions', 'Views (excluding off-site video views)': 'ignore', 'Off-site views': 'ignore',
      Clicks: 'clicks', Likes: 'likes', Comments: 'comments', Reposts: 'shares', Follows: 'ignore',
    },
    dateOrder: 'mdy',
  },
  {
    // TikTok Studio › Analytics › Overview › Download data (CSV, one row a day). Header row as
    // observed: Date, Video Views, Profile Views, Likes, Comments, Shares; the dates have no
    // year ("28 August").
    id: 'tiktok',
    name: 'TikTok Studio',
    network: 'tiktok',
    signature: ['Date', 'Video Views', 'Profile Views'],
    headers: { Date: 'date', 'Video Views': 'views', 'Profile Views': 'ignore', Likes: 'likes', Comments: 'comments', Shares: 'shares' },
    dateOrder: 'dmy',
  },
  {
    // X (Twitter) analytics › Tweets › Export data, tweet_activity_metrics_<user>_<from>_<to>_en.csv.
    // Header row copied from real exports published in github.com/ropensci-org/ropensci-tweets:
    // "Tweet id","Tweet permalink","Tweet text","time","impressions","engagements",
    // "engagement rate","retweets","replies","likes","user profile clicks","url clicks",
    // "hashtag clicks","detail expands","permalink clicks","app opens","app installs","follows",
    // "email tweet","dial phone","media views","media engagements", then "promoted …" columns
    // holding "-". "engagements" counts every interaction, clicks included: the parts are used.
    id: 'x',
    name: 'X analytics',
    network: 'x',
    signature: ['Tweet id', 'Tweet permalink', 'time'],
    headers: {
      'Tweet id': 'id', time: 'date', impressions: 'impressions', engagements: 'engagements',
      retweets: 'shares', replies: 'comments', likes: 'likes', 'url clicks': 'clicks',
      'media views': 'ignore', 'media engagements': 'ignore',
    },
    dateOrder: 'mdy',
  },
  {
    // YouTube Studio › Analytics › Advanced mode › Export current view › CSV: "Table data.csv",
    // whose first data row is "Total". Header row as observed: Content, Video title,
    // Video publish time ("Jan 5, 2027"), Duration, Views, Watch time (hours), Subscribers,
    // Impressions, Impressions click-through rate (%), with Likes, Comments added and Shares when
    // those metrics are added to the view.
    id: 'youtube',
    name: 'YouTube Studio',
    network: 'youtube',
    signature: ['Content', 'Video publish time'],
    headers: {
      Content: 'id', 'Video publish time': 'date', Views: 'views', Impressions: 'impressions',
      Likes: 'likes', 'Comments added': 'comments', Shares: 'shares', Subscribers: 'ignore',
    },
    dateOrder: 'mdy',
  },
];

/**
 * A marketer's own sheet, and any export not listed above: the words of our four languages for
 * each role. Matched whole (after headerKey), never as a part of a longer header.
 */
const WORDS: Record<Exclude<Role, 'ignore'>, string[]> = {
  id: ['Post ID', 'ID', 'Post link', 'Permalink', 'معرف المنشور', 'رابط المنشور', 'شناسه پست', 'لینک پست', 'מזהה פוסט', 'קישור לפוסט'],
  date: [
    'Date', 'Day', 'Publish time', 'Published', 'Publish date', 'Post time', 'Posted', 'Created date', 'Date posted', 'Time',
    'التاريخ', 'تاريخ', 'تاريخ النشر', 'اليوم',
    'تاریخ', 'تاریخ انتشار', 'روز',
    'תאריך', 'תאריך פרסום', 'יום',
  ],
  network: ['Network', 'Platform', 'Channel', 'Social network', 'الشبكة', 'المنصة', 'القناة', 'شبکه', 'پلتفرم', 'کانال', 'רשת', 'פלטפורמה', 'ערוץ'],
  reach: ['Reach', 'Accounts reached', 'الوصول', 'مدى الوصول', 'دسترسی', 'ریچ', 'הגעה', 'טווח הגעה'],
  impressions: ['Impressions', 'مرات الظهور', 'الظهور', 'الانطباعات', 'نمایش', 'ایمپرشن', 'חשיפות', 'הופעות'],
  views: ['Views', 'Video views', 'Plays', 'المشاهدات', 'مشاهدات', 'بازدید', 'بازدیدها', 'ویو', 'צפיות'],
  likes: ['Likes', 'Reactions', 'Favorites', 'الإعجابات', 'إعجابات', 'لایک', 'لایک‌ها', 'پسند', 'לייקים'],
  comments: ['Comments', 'Replies', 'التعليقات', 'تعليقات', 'کامنت', 'کامنت‌ها', 'نظرات', 'תגובות'],
  shares: ['Shares', 'Reposts', 'Retweets', 'المشاركات', 'مشاركات', 'اشتراک', 'اشتراک‌گذاری', 'بازنشر', 'שיתופים'],
  saves: ['Saves', 'Bookmarks', 'الحفظ', 'ذخیره', 'ذخیره‌ها', 'שמירות'],
  engagements: ['Engagements', 'Engagement', 'Total engagements', 'Interactions', 'التفاعلات', 'التفاعل', 'تعامل', 'تعاملات', 'מעורבות'],
  clicks: ['Link clicks', 'URL clicks', 'Clicks', 'النقرات', 'نقرات الرابط', 'کلیک', 'کلیک‌ها', 'کلیک لینک', 'קליקים', 'הקלקות'],
  conversions: ['Conversions', 'Results', 'Leads', 'التحويلات', 'تبدیل', 'تبدیل‌ها', 'המרות'],
  spend: ['Amount spent', 'Spend', 'Cost', 'المبلغ المنفق', 'الإنفاق', 'التكلفة', 'هزینه', 'הוצאה', 'עלות'],
  revenue: ['Revenue', 'Sales', 'الإيرادات', 'المبيعات', 'درآمد', 'فروش', 'הכנסות', 'מכירות'],
};

/** Headers that look like a figure but must never feed one ("Total clicks" counts every click). */
const NEVER = ['Total clicks', 'Other clicks', 'Engagement rate', 'Click through rate (CTR)', 'CTR', 'Follows', 'Followers', 'Watch time (hours)', 'Duration'];

/** The KPI log's own headers, in every language: a sheet copied from the log reads back. */
const LOG_HEADERS: Partial<Record<keyof typeof tabMessages.en.columns, Role>> = {
  periodStart: 'date', network: 'network', reach: 'reach', impressions: 'impressions', engagements: 'engagements',
  clicks: 'clicks', conversions: 'conversions', spend: 'spend', revenue: 'revenue',
};

let generic: Map<string, Role> | null = null;

/** Built on first use: dist/Code.js loads for every custom-function call, which never imports. */
function genericWords(): Map<string, Role> {
  if (generic) return generic;
  generic = new Map();
  for (const [role, words] of Object.entries(WORDS) as [Role, string[]][]) for (const w of words) generic.set(headerKey(w), role);
  for (const [key, role] of Object.entries(LOG_HEADERS) as [keyof typeof tabMessages.en.columns, Role][]) {
    for (const header of columnHeaders(key)) {
      const word = headerKey(header);
      if (!generic.has(word)) generic.set(word, role);
    }
  }
  for (const w of NEVER) generic.set(headerKey(w), 'ignore');
  return generic;
}

/** The export a header row comes from, or null for a sheet of the user's own. */
export function detectPlatform(headers: readonly string[]): Platform | null {
  const keys = new Set(headers.map(headerKey));
  return PLATFORMS.find((p) => p.signature.every((s) => keys.has(headerKey(s)))) ?? null;
}

/** The role of each column, by the platform's own list first, then the generic words. */
export function rolesOf(headers: readonly string[], platform: Platform | null): Role[] {
  const own = new Map<string, Role>();
  if (platform) for (const [h, role] of Object.entries(platform.headers)) own.set(headerKey(h), role);
  return headers.map((h) => {
    const key = headerKey(h);
    return own.get(key) ?? genericWords().get(key) ?? 'ignore';
  });
}

/** A row whose first filled cell says it is a total (YouTube's "Total", a sheet's "المجموع"). */
const TOTAL_WORDS = ['Total', 'Totals', 'Grand total', 'Sum', 'المجموع', 'الإجمالي', 'مجموع', 'جمع', 'جمع کل', 'סהכ', 'סה״כ', 'סך הכל'];
let totals: Set<string> | null = null;
export function isTotalLabel(text: string): boolean {
  // Rows start with an id, a date or a caption: only short words are worth folding.
  return text.length <= 16 && !/^[\d\s./:-]/.test(text) && (totals ??= new Set(TOTAL_WORDS.map(headerKey))).has(headerKey(text));
}

const NETWORK_ALIASES: Partial<Record<Network, string[]>> = {
  instagram: ['ig', 'insta', 'اینستا', 'انستقرام', 'انستغرام', 'انستا', 'אינסטה'],
  facebook: ['fb', 'فيس بوك', 'فیس‌بوک', 'פייסבוק'],
  x: ['twitter', 'x', 'تويتر', 'توییتر', 'טוויטר'],
  linkedin: ['linked in', 'لينكد إن', 'لینکدین'],
  tiktok: ['tik tok', 'تيك توك', 'تیک تاک', 'טיק טוק'],
  youtube: ['yt', 'يوتيوب', 'یوتیوب', 'יוטיוב'],
};

let networkNames: Map<string, Network> | null = null;

/** A network written by name in any of our languages, its id, or a common short name. */
export function networkOf(text: unknown): Network | null {
  if (!networkNames) {
    networkNames = new Map();
    for (const [id, info] of Object.entries(NETWORK_INFO) as [Network, { names: Record<string, string> }][]) {
      networkNames.set(headerKey(id), id);
      for (const name of Object.values(info.names)) networkNames.set(headerKey(name), id);
      for (const alias of NETWORK_ALIASES[id] ?? []) networkNames.set(headerKey(alias), id);
    }
  }
  return networkNames.get(headerKey(text)) ?? null;
}
