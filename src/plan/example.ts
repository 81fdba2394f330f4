/**
 * The wizard's "try an example": a complete, valid plan for a small neighbourhood bakery in each
 * language and its home market, with three SMART goals, three networks, three months from the
 * first of next month, two campaigns on the market's real key dates in that period (Ramadan,
 * Nowruz, Passover…), two competitors and one impostor; its situation (SWOT,
 * PESTEL notes, two personas, the hashtags and keywords it listens to), and its monthly budget,
 * team and influencer, in the market's currency and at its prices. Pure: "today" is passed in.
 */
import { fill } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { keyDates, type KeyDate } from './key-dates';
import { campaignOfKeyDate } from './key-dates/campaign';
import type { KeyDateNames } from './key-dates/names';
import { addDays, addMonths, type IsoDate } from './dates';
import { marketOf, workingDays, type MarketCode } from './markets';
import { NETWORK_INFO, type Format, type Network } from './networks';
import type { Objective, PESTEL, PlanInput } from './schema';

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
  /**
   * The two campaigns, each on a key date of the market in the plan's period: `{keyDate}` is its
   * name. Then the key dates the bakery cares about most, best first; then names for when the
   * period holds fewer than two of them.
   */
  campaigns: [string, string];
  keyDates: KeyDateNames[];
  fallbackCampaigns: [string, string];
  mix: PlanInput['contentPlan']['mix'];
  /** Follows from the focus (FOCUS_OBJECTIVES). */
  objectives: Objective[];
  swot: { strengths: string; weaknesses: string; opportunities: string; threats: string };
  pestel: Partial<Record<(typeof PESTEL)[number], string>>;
  /** Two personas; the networks are indexes into `networks`. */
  personas: [PersonaWords, PersonaWords];
  /** Hashtags and keywords: [term, ours or about us, pillar ('' = any)]. */
  listening: [string, 'ours' | 'about', string][];
  /** Monthly amounts in the market's currency: ads per network (by index), then influencers, tools, content. */
  ads: [number, number, number];
  influencers: number;
  tools: number;
  content: number;
  /** The two owners' roles, hours a week and hourly cost; the networks each works on by index. */
  team: [TeamWords, TeamWords];
  /** One influencer or blogger during the first campaign, on the first network. */
  partner: { name: string; fee: number };
}

interface PersonaWords {
  name: string;
  who: string;
  networks: number[];
  needs: string;
  barriers: string;
}

interface TeamWords {
  role: string;
  networks: number[];
  hoursPerWeek: number;
  hourlyCost: number;
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
    campaigns: ['{keyDate} menu', '{keyDate} pre-orders'],
    keyDates: ['christmas', 'thanksgiving', 'mothersDay', 'valentinesDay', 'easter', 'independenceDay', 'halloween', 'backToSchool', 'hanukkah', 'blackFriday', 'newYear'],
    fallbackCampaigns: ['New seasonal menu', 'Seasonal specials'],
    mix: 'thirds',
    objectives: ['leads', 'traffic', 'sales_quality'],
    swot: {
      strengths: 'Everything baked fresh on site every morning.\nLoyal regulars who already tag us.\nA shop window on a busy corner.',
      weaknesses: 'No one works on social media full time.\nFew photos and videos of the team.\nOnline orders only by phone until now.',
      opportunities: 'New offices opening on the street.\nNeighbours look for local food on Instagram and TikTok.\nHoliday pre-orders grow each year.',
      threats: 'A bakery chain opening two blocks away.\nFlour and butter prices rising.\nDelivery apps taking a large commission.',
    },
    pestel: {
      economic: 'Ingredient costs up about 8% this year; customers compare prices more.',
      social: 'People want local, handmade food and like to see how it is made.',
      technological: 'Short video drives discovery; ordering from a link in the profile is expected.',
    },
    personas: [
      {
        name: 'Office breakfast Olivia',
        who: '30, works in an office nearby, buys coffee and a pastry on the way in.',
        networks: [0, 2],
        needs: 'A quick breakfast she can order ahead and pick up in two minutes.',
        barriers: 'Thinks a small bakery has no online ordering; short on time.',
      },
      {
        name: 'Weekend family Frank',
        who: '42, two children, buys bread and treats for the weekend.',
        networks: [1, 0],
        needs: 'Fresh bread on Saturday morning and a cake for birthdays.',
        barriers: 'Used to the supermarket; does not know our opening hours.',
      },
    ],
    listening: [
      ['#cornercrumb', 'ours', ''],
      ['#freshbread', 'ours', 'promote'],
      ['#bakerylife', 'ours', 'ideas'],
      ['#shoplocal', 'ours', 'interact'],
      ['Corner Crumb', 'about', ''],
      ['best croissant near me', 'about', ''],
    ],
    ads: [300, 150, 200],
    influencers: 400,
    tools: 30,
    content: 200,
    team: [
      { role: 'Publishes and answers comments', networks: [0, 1], hoursPerWeek: 6, hourlyCost: 25 },
      { role: 'Films videos and measures the KPIs', networks: [2], hoursPerWeek: 4, hourlyCost: 20 },
    ],
    partner: { name: 'Jess, local food blogger (@eatlocal_jess)', fee: 400 },
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
    campaigns: ['قائمة {keyDate}', 'الطلبات المسبقة: {keyDate}'],
    keyDates: ['ramadan', 'eidAlAdha', 'nationalDay', 'foundingDay', 'mothersDay', 'whiteFriday', 'backToSchool', 'valentinesDay', 'eidAlFitr', 'hijriNewYear', 'singlesDay'],
    fallbackCampaigns: ['إطلاق القائمة الموسمية', 'عروض الموسم'],
    mix: 'hootsuite',
    objectives: ['leads', 'traffic', 'roi'],
    swot: {
      strengths: 'مخبوزات طازجة كل صباح بوصفات بيتية.\nموقع قريب من المدارس والمكاتب.\nعملاء دائمون يوصون بنا لأقاربهم.',
      weaknesses: 'لا يوجد موظف متفرغ للتواصل الاجتماعي.\nالطلب المسبق عبر الهاتف فقط.\nصور قليلة للمنتجات.',
      opportunities: 'سناب شات هو المنصة الأكثر استخدامًا في الحي.\nالطلب على صواني المناسبات يزداد في رمضان والعيد.\nتطبيقات التوصيل تتوسع في المدينة.',
      threats: 'سلاسل مخابز كبيرة تفتح فروعًا قريبة.\nارتفاع أسعار الطحين والزبدة.\nعمولات تطبيقات التوصيل المرتفعة.',
    },
    pestel: {
      economic: 'ارتفاع تكلفة المواد الخام بنحو 8% هذا العام.',
      social: 'الأسر تفضل الطلب المسبق لمناسبات رمضان والعيد والضيافة.',
      legal: 'الإعلان مع المشاهير يتطلب ترخيص موثوق من الهيئة العامة للإعلام المرئي والمسموع.',
    },
    personas: [
      {
        name: 'أم فهد، ربة أسرة',
        who: '38 عامًا، تجهز الضيافة للعائلة والمناسبات.',
        networks: [1, 0],
        needs: 'صواني مخبوزات جاهزة تطلبها مسبقًا وتستلمها في الوقت المحدد.',
        barriers: 'تخاف ألا تكون الكمية أو الجودة كما في الصور.',
      },
      {
        name: 'عبدالله، موظف شاب',
        who: '27 عامًا، يعمل في مكتب قريب ويشتري الفطور يوميًا.',
        networks: [2, 1],
        needs: 'فطور سريع وعروض يومية يعرفها قبل الخروج من البيت.',
        barriers: 'لا يعرف أن لدينا طلبًا عبر الإنترنت.',
      },
    ],
    listening: [
      ['#مخبز_السنبلة', 'ours', ''],
      ['#مخبوزات_طازجة', 'ours', 'company'],
      ['#فطور_الرياض', 'ours', 'blog'],
      ['#ضيافة_رمضان', 'ours', 'curated'],
      ['مخبز السنبلة', 'about', ''],
      ['أفضل مخبز في الرياض', 'about', ''],
    ],
    ads: [900, 1200, 500],
    influencers: 4500,
    tools: 120,
    content: 800,
    team: [
      { role: 'تنشر المحتوى وترد على الرسائل', networks: [0, 1], hoursPerWeek: 8, hourlyCost: 60 },
      { role: 'يصور المقاطع ويقيس المؤشرات', networks: [2], hoursPerWeek: 5, hourlyCost: 45 },
    ],
    partner: { name: 'نورة، صانعة محتوى طبخ في الرياض (@noura_kitchen)', fee: 4500 },
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
    campaigns: ['منوی ویژهٔ {keyDate}', 'پیش‌سفارش {keyDate}'],
    keyDates: ['nowruz', 'yalda', 'ramadan', 'mothersDay', 'chaharshanbeSuri', 'sizdahBedar', 'backToSchool', 'eidAlFitr', 'eidAlAdha'],
    fallbackCampaigns: ['معرفی منوی فصلی', 'پیشنهادهای فصل'],
    mix: {
      custom: [
        { pillar: 'محصولات تازه', percent: 40 },
        { pillar: 'پشت صحنهٔ نانوایی', percent: 30 },
        { pillar: 'دستور پخت و نکته', percent: 20 },
        { pillar: 'نظر مشتریان', percent: 10 },
      ],
    },
    objectives: ['leads', 'traffic', 'sales_quality'],
    swot: {
      strengths: 'نان تازه از تنور، هر صبح و هر عصر.\nمشتریان ثابت محله که ما را معرفی می‌کنند.\nقیمت مناسب‌تر از شیرینی‌فروشی‌های بزرگ.',
      weaknesses: 'کسی به‌طور تمام‌وقت به شبکه‌های اجتماعی نمی‌رسد.\nسفارش فقط تلفنی است.\nعکس و ویدیوی کمی از محصولات داریم.',
      opportunities: 'کانال‌های تلگرام محلی مخاطب زیادی دارند.\nسفارش شیرینی برای شب یلدا و نوروز هر سال بیشتر می‌شود.\nسرویس‌های ارسال آنلاین در شهر گسترش یافته‌اند.',
      threats: 'فیلترینگ و کندی اینترنت دسترسی به اینستاگرام را سخت می‌کند.\nتورم و گرانی آرد و روغن.\nنانوایی‌های زنجیره‌ای تازه‌تأسیس.',
    },
    pestel: {
      political: 'اینستاگرام فیلتر است و بخشی از مخاطبان فقط از تلگرام و آپارات استفاده می‌کنند.',
      economic: 'تورم بالا: قیمت مواد اولیه هر فصل بالا می‌رود و مشتریان قیمت‌ها را مقایسه می‌کنند.',
      social: 'خانواده‌ها برای یلدا و نوروز زودتر سفارش می‌دهند.',
    },
    personas: [
      {
        name: 'خانم رضایی، مادر خانواده',
        who: '۴۰ ساله، برای صبحانهٔ خانواده و مهمانی‌ها خرید می‌کند.',
        networks: [1, 0],
        needs: 'سفارش از پیش و تحویل به‌موقع نان و شیرینی برای مهمانی.',
        barriers: 'نگران است کیفیت سفارش آنلاین مثل خرید حضوری نباشد.',
      },
      {
        name: 'امیر، دانشجو',
        who: '۲۲ ساله، نزدیک دانشگاه زندگی می‌کند و ویدیو زیاد می‌بیند.',
        networks: [2, 0],
        needs: 'صبحانهٔ ارزان و سریع و تخفیف دانشجویی.',
        barriers: 'ما را نمی‌شناسد و بیشتر از سوپرمارکت خرید می‌کند.',
      },
    ],
    listening: [
      ['#نانسرای_گندم', 'ours', ''],
      ['#نان_تازه', 'ours', 'محصولات تازه'],
      ['#پشت_صحنه', 'ours', 'پشت صحنهٔ نانوایی'],
      ['#دستور_پخت', 'ours', 'دستور پخت و نکته'],
      ['نان‌سرای گندم', 'about', ''],
      ['بهترین نانوایی محله', 'about', ''],
    ],
    ads: [0, 60000000, 40000000],
    influencers: 200000000,
    tools: 25000000,
    content: 80000000,
    team: [
      { role: 'محتوا منتشر می‌کند و به پیام‌ها پاسخ می‌دهد', networks: [0, 1], hoursPerWeek: 8, hourlyCost: 1500000 },
      { role: 'ویدیو می‌سازد و شاخص‌ها را اندازه می‌گیرد', networks: [2], hoursPerWeek: 5, hourlyCost: 1200000 },
    ],
    partner: { name: 'صفحهٔ آشپزی محلی (@ashpazi_mahalle)', fee: 200000000 },
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
    campaigns: ['תפריט {keyDate}', 'הזמנות מראש: {keyDate}'],
    keyDates: ['roshHashanah', 'passover', 'hanukkah', 'shavuot', 'independenceDay', 'sukkot', 'purim', 'familyDay', 'backToSchool', 'blackFriday', 'valentinesDay'],
    fallbackCampaigns: ['השקת התפריט העונתי', 'מבצעי העונה'],
    mix: 'thirds',
    objectives: ['leads', 'traffic', 'roi'],
    swot: {
      strengths: 'מאפים טריים בכל בוקר, בעבודת יד.\nלקוחות קבועים שממליצים עלינו.\nחנות ברחוב ראשי בשכונה.',
      weaknesses: 'אין מי שעובד על הרשתות במשרה מלאה.\nהזמנות רק בטלפון.\nמעט תמונות של הצוות והמוצרים.',
      opportunities: 'הזמנות לשבת ולחגים בוואטסאפ.\nשכנים מחפשים אוכל מקומי באינסטגרם.\nמשרדים חדשים שנפתחים באזור.',
      threats: 'רשת מאפיות שנפתחת ליד.\nעליית מחירי הקמח והחמאה.\nעמלות גבוהות של אפליקציות המשלוחים.',
    },
    pestel: {
      economic: 'עליית מחירים של כ-8% בחומרי הגלם השנה.',
      social: 'משפחות מזמינות מראש לשבת ולחגים ואוהבות לראות איך המאפים נעשים.',
      legal: 'שיתוף פעולה ממומן חייב להיות מסומן כפרסומת לפי חוק הגנת הצרכן.',
    },
    personas: [
      {
        name: 'מיכל, אמא לשלושה',
        who: 'בת 38, קונה חלות ועוגות לשבת ולאירועים משפחתיים.',
        networks: [2, 1],
        needs: 'להזמין מראש בוואטסאפ ולאסוף ביום שישי בלי תור.',
        barriers: 'לא בטוחה שההזמנה תהיה מוכנה בזמן.',
      },
      {
        name: 'יונתן, עובד הייטק',
        who: 'בן 29, עובד במשרד קרוב וקונה ארוחת בוקר בדרך.',
        networks: [0],
        needs: 'קרואסון וקפה מהירים ומבצעי בוקר.',
        barriers: 'לא מכיר אותנו ורגיל לרשת בתי הקפה.',
      },
    ],
    listening: [
      ['#מאפייתהשיבולת', 'ours', ''],
      ['#לחםטרי', 'ours', 'promote'],
      ['#אפייהביתית', 'ours', 'ideas'],
      ['#קונים_מקומי', 'ours', 'interact'],
      ['מאפיית השיבולת', 'about', ''],
      ['מאפייה מומלצת בשכונה', 'about', ''],
    ],
    ads: [1000, 800, 0],
    influencers: 1500,
    tools: 100,
    content: 600,
    team: [
      { role: 'מפרסמת ועונה לתגובות ולהודעות', networks: [0, 2], hoursPerWeek: 6, hourlyCost: 90 },
      { role: 'מצלם ומודד את המדדים', networks: [1], hoursPerWeek: 4, hourlyCost: 70 },
    ],
    partner: { name: 'שירה, בלוגרית אוכל (@shira_bakes)', fee: 1500 },
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

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const earlier = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

/**
 * The two campaigns on the market's real key dates starting in [start, end]: the bakery's
 * favourite ones, in its order (the first gets the first name: "Ramadan menu"), the second not
 * running into the first; each with the phases its key date gives (Ramadan's "after" is the Eid).
 * A period with a single key date (Iran's summer) gives the other campaign fixed dates.
 */
function exampleCampaigns(w: ExampleWords, start: IsoDate, end: IsoDate, lang: Lang): NonNullable<PlanInput['campaigns']> {
  const all = keyDates(w.market, start, addDays(end, 40), lang);
  const inPlan = all.filter((k) => k.start >= start && k.start <= end);
  const ranked = w.keyDates.flatMap((key) => inPlan.filter((k) => k.key === key));
  const chosen: KeyDate[] = [];
  for (const k of ranked) {
    if (chosen.length === 2) break;
    if (chosen.every((c) => k.end < c.start || k.start > addDays(c.end, campaignOfKeyDate(c, all).afterDays))) chosen.push(k);
  }
  const campaigns: NonNullable<PlanInput['campaigns']> = chosen.map((k, i) => ({ ...campaignOfKeyDate(k, all), name: fill(w.campaigns[i], { keyDate: k.name }) }));
  if (campaigns.length === 0) campaigns.push({ name: w.fallbackCampaigns[0], start: addDays(start, 14), end: addDays(start, 20) });
  if (campaigns.length === 1) {
    const late = campaigns[0].start >= addMonths(start, 1);
    const from = late ? addDays(start, 7) : addMonths(start, 2);
    campaigns.push({ name: w.fallbackCampaigns[1], start: from, end: addDays(from, 6) });
  }
  return campaigns;
}

export function examplePlan(lang: Lang, today: IsoDate): PlanInput {
  const w = WORDS[lang];
  const start = firstOfNextMonth(today);
  const months = 3;
  const end = addDays(addMonths(start, months), -1);
  const home = marketOf(w.market);
  const days = workingDays(home.weekStart, home.weekend);
  const [first, second, third] = w.networks;
  const campaigns = exampleCampaigns(w, start, end, lang);

  return {
    businessName: w.businessName,
    language: lang,
    market: w.market,
    focus: 'sales',
    objectives: w.objectives,
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
    campaigns,
    situation: {
      swot: w.swot,
      pestel: w.pestel,
      personas: w.personas.map((p) => ({ ...p, networks: p.networks.map((i) => w.networks[i]) })),
      listening: w.listening.map(([term, kind, pillar]) => ({ term, kind, pillar })),
    },
    budget: [
      ...w.networks.map((network, i) => ({ network, kind: 'ads' as const, monthly: w.ads[i] })).filter((line) => line.monthly > 0),
      { network: first, kind: 'influencers', monthly: w.influencers },
      { network: '', kind: 'tools', monthly: w.tools },
      { network: '', kind: 'content', monthly: w.content },
    ],
    team: w.team.map((member, i) => ({
      name: w.owners[i],
      role: member.role,
      networks: member.networks.map((n) => w.networks[n]),
      hoursPerWeek: member.hoursPerWeek,
      hourlyCost: member.hourlyCost,
    })),
    // The influencer works the first campaign (the bakery's favourite key date), from a week before it.
    partners: [{ name: w.partner.name, network: first, fee: w.partner.fee, start: later(start, addDays(campaigns[0].start, -7)), end: earlier(end, campaigns[0].end) }],
    reviews: { kpi: 'weekly', auditEveryMonths: 3, strategyEveryMonths: 6 },
    reminders: { recipients: [], hour: 9 },
  };
}
