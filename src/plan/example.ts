/**
 * The wizard's "try an example": a complete, valid plan for a small neighbourhood bakery in each
 * language and its home market, with three SMART goals, three networks, three months from the
 * first of next month, two campaigns, two competitors and one impostor. Pure: "today" is passed in.
 */
import type { Lang } from '../i18n/lang';
import { addDays, addMonths, type IsoDate } from './dates';
import { marketOf, workingDays, type MarketCode } from './markets';
import { NETWORK_INFO, type Format, type Network } from './networks';
import type { PlanInput } from './schema';

/** Everything that differs between the four examples: names and sentences in the language. */
interface ExampleWords {
  market: MarketCode;
  businessName: string;
  networks: [Network, Network, Network];
  handle: string;
  owners: [string, string];
  /** One goal per network: text, then the metric it moves from baseline to target. */
  goals: [string, string, string];
  missions: [string, string, string];
  audience: string;
  competitors: [string, string];
  campaigns: [string, string];
  mix: PlanInput['contentPlan']['mix'];
}

const WORDS: Record<Lang, ExampleWords> = {
  en: {
    market: 'US',
    businessName: 'Corner Crumb Bakery',
    networks: ['instagram', 'facebook', 'tiktok'],
    handle: 'cornercrumb',
    owners: ['Maya', 'Sam'],
    goals: [
      'On Instagram we will post photos of our fresh bakes 3 times a week to grow from 900 to 1,500 followers within 3 months.',
      'Raise the engagement rate of our Facebook posts from 2% to 4% within 3 months by answering every comment within a day.',
      'Get 120 online orders from our TikTok videos (tracked links) within 3 months, up from 40.',
    ],
    missions: [
      'We use Instagram to show our bakes fresh from the oven so neighbours drop by.',
      'We use Facebook to talk with regular customers and announce opening hours and offers.',
      'We use TikTok to show how our bread is made and bring younger customers to order online.',
    ],
    audience: 'Neighbours and office workers nearby, 25–45, who buy breakfast and weekend treats.',
    competitors: ['Posts at 7 am every day; short baking videos get the most comments.', 'Runs a weekly poll on the next special bake.'],
    campaigns: ['New seasonal menu', 'Holiday pre-orders'],
    mix: 'thirds',
  },
  ar: {
    market: 'SA',
    businessName: 'مخبز السنبلة',
    networks: ['instagram', 'snapchat', 'x'],
    handle: 'sunbula_bakery',
    owners: ['سارة', 'خالد'],
    goals: [
      'ننشر صور المخبوزات الطازجة على إنستغرام 3 مرات أسبوعيًا لزيادة المتابعين من 900 إلى 1500 خلال 3 أشهر.',
      'نرفع معدل التفاعل على سناب شات من 2% إلى 4% خلال 3 أشهر بالرد على كل رسالة خلال يوم.',
      'نحقق 120 طلبًا عبر الروابط المتتبعة من إكس خلال 3 أشهر بدلًا من 40 طلبًا.',
    ],
    missions: [
      'نستخدم إنستغرام لعرض المخبوزات الطازجة من الفرن حتى يزورنا سكان الحي.',
      'نستخدم سناب شات لنشارك يوميات المخبز ونعلن العروض اليومية.',
      'نستخدم إكس للرد على استفسارات العملاء ونشر روابط الطلب.',
    ],
    audience: 'العائلات وموظفو المكاتب في الحي، من 25 إلى 45 عامًا، يشترون الفطور وحلويات نهاية الأسبوع.',
    competitors: ['ينشر في السابعة صباحًا يوميًا، ومقاطع الخَبز القصيرة تجلب أكثر التعليقات.', 'يجري استطلاعًا أسبوعيًا عن المخبوز الخاص القادم.'],
    campaigns: ['إطلاق القائمة الموسمية', 'الطلبات المسبقة للعيد'],
    mix: 'hootsuite',
  },
  fa: {
    market: 'IR',
    businessName: 'نان‌سرای گندم',
    networks: ['instagram', 'telegram', 'aparat'],
    handle: 'gandom_bakery',
    owners: ['مریم', 'علی'],
    goals: [
      'در اینستاگرام هفته‌ای ۳ بار عکس نان‌های تازه منتشر می‌کنیم تا دنبال‌کننده‌ها در ۳ ماه از ۹۰۰ به ۱۵۰۰ برسد.',
      'نرخ تعامل کانال تلگرام را در ۳ ماه از ۲٪ به ۴٪ می‌رسانیم و به همهٔ پیام‌ها در کمتر از یک روز پاسخ می‌دهیم.',
      'در ۳ ماه آینده ۱۲۰ سفارش آنلاین از ویدیوهای آپارات (با لینک ردیابی) می‌گیریم؛ اکنون ۴۰ سفارش است.',
    ],
    missions: [
      'از اینستاگرام استفاده می‌کنیم تا نان تازهٔ از تنور درآمده را نشان دهیم و اهل محل به ما سر بزنند.',
      'از تلگرام استفاده می‌کنیم تا با مشتریان ثابت گفت‌وگو کنیم و ساعت کاری و تخفیف‌ها را اعلام کنیم.',
      'از آپارات استفاده می‌کنیم تا مراحل پخت نان را نشان دهیم و سفارش آنلاین بگیریم.',
    ],
    audience: 'خانواده‌ها و کارمندان محله، ۲۵ تا ۴۵ ساله، که صبحانه و شیرینی آخر هفته می‌خرند.',
    competitors: ['هر روز ساعت ۷ صبح پست می‌گذارد؛ ویدیوهای کوتاه پخت بیشترین نظر را می‌گیرند.', 'هر هفته نظرسنجی دربارهٔ نان ویژهٔ بعدی دارد.'],
    campaigns: ['معرفی منوی فصلی', 'پیش‌سفارش شب یلدا'],
    mix: {
      custom: [
        { pillar: 'محصولات تازه', percent: 40 },
        { pillar: 'پشت صحنهٔ نانوایی', percent: 30 },
        { pillar: 'دستور پخت و نکته', percent: 20 },
        { pillar: 'نظر مشتریان', percent: 10 },
      ],
    },
  },
  he: {
    market: 'IL',
    businessName: 'מאפיית השיבולת',
    networks: ['instagram', 'facebook', 'whatsapp'],
    handle: 'hashibolet',
    owners: ['נועה', 'איתי'],
    goals: [
      'נפרסם באינסטגרם תמונות של מאפים טריים 3 פעמים בשבוע כדי לגדול מ-900 ל-1,500 עוקבים בתוך 3 חודשים.',
      'נעלה את שיעור המעורבות בפוסטים בפייסבוק מ-2% ל-4% בתוך 3 חודשים בעזרת מענה לכל תגובה תוך יום.',
      'נקבל 120 הזמנות דרך קישורים מעוקבים בוואטסאפ בתוך 3 חודשים, לעומת 40 היום.',
    ],
    missions: [
      'אנחנו משתמשים באינסטגרם כדי להראות מאפים טריים מהתנור ולהביא את השכנים לחנות.',
      'אנחנו משתמשים בפייסבוק כדי לשוחח עם לקוחות קבועים ולהודיע על שעות פתיחה ומבצעים.',
      'אנחנו משתמשים בוואטסאפ כדי לקבל הזמנות מראש ולענות לשאלות של לקוחות.',
    ],
    audience: 'משפחות ועובדי משרדים בשכונה, בני 25–45, שקונים ארוחת בוקר ומאפים לשבת.',
    competitors: ['מפרסם כל יום בשבע בבוקר; סרטוני אפייה קצרים מקבלים הכי הרבה תגובות.', 'מריץ סקר שבועי על המאפה המיוחד הבא.'],
    campaigns: ['השקת התפריט העונתי', 'הזמנות מראש לחג'],
    mix: 'thirds',
  },
};

/** Where a network keeps profiles, when it is not `network.com/handle`. */
const PROFILE_HOSTS: Partial<Record<Network, string>> = { telegram: 't.me', snapchat: 'snapchat.com/add' };

function link(network: Network, handle: string): string {
  return `https://${PROFILE_HOSTS[network] ?? `${network}.com`}/${handle}`;
}

/** The network's two most usual formats. */
function usualFormats(network: Network): Format[] {
  return NETWORK_INFO[network].formats.slice(0, 2);
}

/** The first day of the month after `today`: the example plan always starts in the future. */
function firstOfNextMonth(today: IsoDate): IsoDate {
  return addMonths(`${today.slice(0, 8)}01`, 1);
}

export function examplePlan(lang: Lang, today: IsoDate): PlanInput {
  const w = WORDS[lang];
  const start = firstOfNextMonth(today);
  const months = 3;
  const end = addDays(addMonths(start, months), -1);
  const home = marketOf(w.market);
  const days = workingDays(home.weekStart, home.weekend);
  const [first, second, third] = w.networks;

  return {
    businessName: w.businessName,
    language: lang,
    market: w.market,
    focus: 'sales',
    objectives: ['awareness', 'engagement', 'sales'],
    goals: [
      { text: w.goals[0], network: first, metric: 'followers', baseline: 900, target: 1500, deadline: end },
      { text: w.goals[1], network: second, metric: 'engagement_rate', baseline: 0.02, target: 0.04, deadline: end },
      { text: w.goals[2], network: third, metric: 'conversions', baseline: 40, target: 120, deadline: end },
    ],
    accounts: w.networks.map((network, i) => ({
      network,
      handle: `@${w.handle}`,
      url: link(network, w.handle),
      owner: w.owners[i % 2],
      mission: w.missions[i],
      audience: w.audience,
    })),
    competitors: [
      { network: first, handle: '@oven_and_co', url: link(first, 'oven_and_co'), notes: w.competitors[0] },
      { network: second, handle: '@daily_loaf', notes: w.competitors[1] },
    ],
    impostors: [{ network: first, url: link(first, `${w.handle}.official`), handle: `@${w.handle}.official` }],
    contentPlan: {
      startDate: start,
      months,
      networks: [
        // The first network posts on the market's working days (left out: the default).
        { network: first, postsPerWeek: 4, times: ['08:30'], formats: usualFormats(first) },
        { network: second, postsPerWeek: 3, weekdays: [days[0], days[2], days[4]], times: ['12:00'], formats: usualFormats(second) },
        { network: third, postsPerWeek: 2, weekdays: [days[1], days[3]], times: ['19:00'], formats: usualFormats(third) },
      ],
      mix: w.mix,
    },
    campaigns: [
      { name: w.campaigns[0], start: addDays(start, 14), end: addDays(start, 20) },
      { name: w.campaigns[1], start: addMonths(start, 2), end: addDays(addMonths(start, 2), 13) },
    ],
    reviews: { kpi: 'weekly', auditEveryMonths: 3, strategyEveryMonths: 6 },
    reminders: { recipients: [], hour: 9 },
  };
}
