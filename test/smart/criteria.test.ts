// Edge cases of each SMART criterion, in every language: what tips a goal from met to missing.
import { describe, expect, it } from 'vitest';
import {
  MAX_GROWTH_IN_ALL,
  MAX_GROWTH_PER_MONTH,
  MONTHS_WHEN_UNSTATED,
  judgeGoal,
  type Criterion,
} from '../../src/functions/smart';
import { isReachable } from '../../src/functions/smart/criteria';

const met = (goal: string, criterion: Criterion) => judgeGoal(goal, 'en').met[criterion];

describe('Specific: a channel and a metric or outcome', () => {
  it.each([
    'Get 500 followers on Instagram',
    'Get 500 followers on IG',
    'Increase brand awareness on TikTok',
    'Reply to messages on WhatsApp',
    'زيادة المتابعين على الانستقرام',
    'زيادة المتابعين على انستجرام',
    'زيادة متابعي سناب شات',
    'افزایش فالوور اینستا',
    'افزایش بازدید آپارات',
    'افزایش اعضای ایتا',
    'افزایش فالوورهای Instagram',
    'יותר עוקבים באינסטה',
    'יותר לייקים בטיקטוק',
    'יותר צפיות ב-YouTube',
  ])('met: %s', (goal) => expect(met(goal, 'specific')).toBe(true));

  it.each([
    ['a channel without a result', 'Post on Instagram every day'],
    ['a result without a channel', 'Get 500 followers by June'],
    ['a channel without a result (ar)', 'النشر على إنستغرام كل يوم'],
    ['a result without a channel (ar)', 'زيادة المبيعات 10%'],
    ['a channel without a result (fa)', 'پست گذاشتن در تلگرام'],
    ['a result without a channel (fa)', 'افزایش فروش'],
    ['a channel without a result (he)', 'לפרסם בפייסבוק'],
    ['a result without a channel (he)', 'יותר מכירות'],
  ])('missing: %s', (_why, goal) => expect(met(goal, 'specific')).toBe(false));

  it('asks for the channel, or for the result, whichever is missing', () => {
    expect(judgeGoal('Get 500 followers by June', 'en').hint).toBe("name the channel, e.g. 'on Instagram'");
    expect(judgeGoal('Post 3 reels a week on Instagram', 'en').hint).toBe("name the result you want, e.g. 'followers', 'likes' or 'sales'");
  });
});

describe('Measurable: a quantity that is not a date', () => {
  it.each([
    ['ASCII digits', 'Get 500 followers'],
    ['Arabic-Indic digits', 'الحصول على ٥٠٠ متابع'],
    ['Persian digits', 'جذب ۵۰۰ فالوور'],
    ['Persian digits with the Arabic thousands mark', 'جذب ۱۲٬۵۰۰ فالوور'],
    ['a percent sign', 'Increase sales by 20%'],
    ['the Arabic percent sign', 'زيادة المبيعات ٪٢٠'],
    ['درصد', 'افزایش فروش بیست درصد'],
    ['بالمئة', 'زيادة المبيعات عشرين بالمئة'],
    ['אחוז', 'הגדלת המכירות בעשרים אחוז'],
    ['k', 'Get 10k views'],
    ['آلاف', 'الوصول إلى عشرة آلاف مشاهدة'],
    ['هزار', 'رسیدن به ده هزار بازدید'],
    ['אלף', 'להגיע לעשרת אלפים צפיות'],
    ['from X to Y', 'Grow followers from 2,000 to 3,000'],
    ['double', 'Double our followers'],
    ['three', 'Get three new leads'],
    ['ثلاث', 'نشر ثلاث منشورات'],
    ['سه', 'انتشار سه پست'],
    ['שלוש', 'לפרסם שלוש תמונות'],
    ['twice (he)', 'להכפיל את העוקבים'],
    ['a response time', 'Reply to comments within an hour'],
  ])('met by %s', (_why, goal) => expect(met(goal, 'measurable')).toBe(true));

  it.each([
    ['a number that is only a deadline', 'Get more followers by 30 June'],
    ['a number that is only a period', 'Get more followers in 3 months'],
    ['a year', 'Get more followers in 2025'],
    ['a quarter', 'More followers in Q3'],
    ['a Persian date', 'فالوور بیشتر تا ۱۵ اسفند ۱۴۰۳'],
    ['an Arabic period', 'متابعين أكثر خلال ٣ أشهر'],
    ['a Hebrew date', 'יותר עוקבים עד 30 ביוני'],
    ['a numeric date', 'More followers by 30/6/2025'],
    ['a number with nothing to count', 'Be number 1 by 2026'],
    ['no number at all', 'Get more followers on Instagram'],
  ])('missing when %s', (_why, goal) => expect(met(goal, 'measurable')).toBe(false));
});

describe('Attainable: no absolutes, and growth within the documented threshold', () => {
  it('documents the threshold in code: ×2 a month, ×100 in all, 12 months when unstated', () => {
    expect([MAX_GROWTH_PER_MONTH, MAX_GROWTH_IN_ALL, MONTHS_WHEN_UNSTATED]).toEqual([2, 100, 12]);
    expect(isReachable(2, 1)).toBe(true);
    expect(isReachable(2.01, 1)).toBe(false);
    expect(isReachable(4, 2)).toBe(true);
    expect(isReachable(5, 2)).toBe(false);
    expect(isReachable(3, 0.25)).toBe(false); // under a month counts as a month
    expect(isReachable(2, 0.25)).toBe(true);
    expect(isReachable(100, null)).toBe(true);
    expect(isReachable(101, 120)).toBe(false);
    expect(isReachable(0.5, 1)).toBe(true); // a decrease is never out of reach
    expect(isReachable(null, null)).toBe(true);
  });

  it.each([
    'Reach all people on Instagram',
    'Everyone in Egypt should follow us on Facebook',
    'Reach 100% of people in Tehran',
    'Go viral on TikTok',
    'الوصول إلى كل الناس على فيسبوك',
    'أن يعرفنا الجميع',
    'العالم كله يتابعنا على إنستغرام',
    'همه مردم ایران فالوور ما شوند',
    'تمام کاربران اینستاگرام ما را بشناسند',
    'وایرال شدن در تیک تاک',
    'להגיע לכל האנשים בישראל',
    'שכולם יכירו אותנו',
    'כל העולם יעקוב אחרינו באינסטגרם',
  ])('absolute: %s', (goal) => {
    const verdict = judgeGoal(goal, 'en');
    expect(verdict.met.attainable).toBe(false);
    expect(verdict.findings.absolute).toBe(true);
  });

  it.each([
    'Reply to every comment on Instagram within 2 hours',
    'Each post gets 30 likes',
    'الرد على كل التعليقات خلال ساعة',
    'پاسخ به همه کامنت‌ها',
    'כל פוסט יקבל 30 לייקים',
  ])('not absolute ("every comment", "each post"): %s', (goal) => expect(met(goal, 'attainable')).toBe(true));

  it.each([
    ['from 1,000 to 1,000,000 followers in a month', false],
    ['من 1,000 إلى 1,000,000 متابع خلال شهر', false],
    ['از ۱۰۰۰ به ۱ میلیون فالوور در یک ماه', false],
    ['מ-1,000 ל-1,000,000 עוקבים בחודש', false],
    ['from 1,000 to 1,000,000 followers by June', false], // no period: ×1000 in all is over ×100
    ['from 1,000 to 2,000 followers in a month', true],
    ['from 1,000 to 5,000 followers in a year', true],
    ['from 500 to 5,000 followers in 2 months', false],
    ['from 100 to 20,000 followers in 2 years', false],
    ['از ۲ هزار به ۳ هزار فالوور تا پایان خرداد', true],
    ['Double our followers in a month', true],
    ['Triple our followers in a month', false],
    ['3x more views in a week', false],
    ['Post 3x a week', true], // a frequency, not a growth
    ['Post 3 times a week to increase sales', true],
    ['Increase sales by 300% in one month', false],
    ['Increase sales by 50% in 3 months', true],
    ['زيادة المبيعات بنسبة 300% خلال شهر', false],
    ['3 أضعاف المتابعين خلال شهر', false],
    ['افزایش ۳۰۰٪ فروش در یک ماه', false],
    ['سه برابر کردن فالوورها در یک ماه', false],
    ['ده برابر کردن فالوورها در ۱۲ ماه', true],
    ['פי 3 עוקבים תוך חודש', false],
    ['הגדלת המכירות ב-300% תוך חודש', false],
    ['הכפלת העוקבים תוך חודשיים', true],
  ])('growth: %s → attainable %s', (goal, attainable) => expect(met(goal, 'attainable')).toBe(attainable));

  it('reads the period as the longest one stated, with duals', () => {
    expect(judgeGoal('from 1,000 to 4,000 followers in 2 months, posting 3 times a week', 'en').findings.months).toBe(2);
    expect(judgeGoal('הכפלת העוקבים תוך חודשיים', 'en').findings.months).toBe(2);
    expect(judgeGoal('مضاعفة المتابعين خلال شهرين', 'en').findings.months).toBe(2);
    expect(judgeGoal('دو برابر کردن فالوورها در سه ماه', 'en').findings.months).toBe(3);
  });

  it('tells why: an absolute target, or a growth out of reach', () => {
    expect(judgeGoal('Reach all people on Instagram with 500 likes a week', 'en').hint).toBe("aim at a defined audience, not 'everyone'");
    expect(judgeGoal('Grow Instagram followers from 1,000 to 1,000,000 in a month', 'en').hint).toBe(
      'lower the target: growing more than ×2 a month is out of reach',
    );
  });
});

describe('Relevant: an objective, a purpose, or an outcome that serves one', () => {
  it.each([
    ['an objective', 'Build brand awareness'],
    ['a purpose clause', 'Post 3 reels a week in order to grow'],
    ['a purpose infinitive after the first word', 'Post 3 reels a week to attract new talent'],
    ['an outcome metric', 'Get 30 likes per photo'],
    ['هدف', 'نشر 3 صور أسبوعياً بهدف التوظيف'],
    ['لـ + masdar', 'نستخدم إنستغرام لعرض ثقافة مؤسستنا'],
    ['برای', 'انتشار ۳ پست در هفته برای معرفی محصولات'],
    ['כדי', 'שלוש תמונות בשבוע כדי שיכירו אותנו'],
    ['ל + infinitive after the first word', 'פוסט ביום להגביר את החשיפה'],
  ])('met by %s', (_why, goal) => expect(met(goal, 'relevant')).toBe(true));

  it.each([
    ['only output', 'Post 3 photos a week on Instagram'],
    ['a goal that merely starts with "to"', 'To redesign our website by June'],
    ['a Hebrew goal that starts with an infinitive', 'לשפר את האתר לפני הקיץ'],
    ['Arabic output only', 'نشر 3 صور أسبوعياً على إنستغرام'],
    ['Persian output only', 'انتشار ۳ عکس در هفته در اینستاگرام'],
  ])('missing with %s', (_why, goal) => expect(met(goal, 'relevant')).toBe(false));
});

describe('Time-bound: deadlines, periods and cadences in every calendar', () => {
  it.each([
    ['a cadence', '30 likes a week'],
    ['per month', '50 leads per month'],
    ['weekly', 'Two videos weekly'],
    ['أسبوعياً', 'نشر 3 صور أسبوعياً'],
    ['في الأسبوع', 'نشر 3 صور في الأسبوع'],
    ['شهرياً', '1000 زائر شهرياً'],
    ['ماهانه', 'ماهانه ۸ پست'],
    ['هفته‌ای', 'هفته‌ای سه پست'],
    ['روزانه', 'روزانه یک استوری'],
    ['בשבוע', 'שלוש תמונות בשבוע'],
    ['ביום', 'פוסט ביום'],
    ['a Gregorian month', 'by 30 June'],
    ['May as a month', 'by May 2026'],
    ['a Levantine month آذار', 'قبل آذار'],
    ['a Levantine month نيسان', 'حتى 15 نيسان'],
    ['كانون الثاني', 'في كانون الثاني'],
    ['تشرين الأول', 'بحلول تشرين الأول'],
    ['an Egyptian month', 'قبل نهاية يونيو'],
    ['a Hijri month', 'قبل رمضان'],
    ['a Persian month اسفند', 'تا پایان اسفند'],
    ['a Persian month خرداد', 'تا ۱۵ خرداد'],
    ['the Persian month تیر with context', 'تا آخر تیر ماه'],
    ['a Hebrew month', 'עד ניסן'],
    ['a Gregorian month in Hebrew', 'עד סוף יוני'],
    ['Q3', 'in Q3'],
    ['الربع الثالث', 'في الربع الثالث'],
    ['سه ماهه', 'در سه ماهه دوم'],
    ['فصل', 'در فصل بهار'],
    ['רבעון', 'ברבעון השלישי'],
    ['a season', 'by summer'],
    ['a holiday', 'before Black Friday'],
    ['نوروز', 'تا نوروز'],
    ['חנוכה', 'עד חנוכה'],
    ['within', 'within 90 days'],
    ['خلال', 'خلال ستة أشهر'],
    ['طی', 'طی ۲ ماه آینده'],
    ['תוך', 'תוך חצי שנה'],
    ['a numeric date', 'by 30/6/2025'],
    ['an ISO date', 'by 2025-06-30'],
    ['a solar Hijri date', 'تا ۱۴۰۳/۰۶/۳۱'],
    ['a Hebrew numeric date', 'עד 30.6.2025'],
    ['a year', 'in 2026'],
    ['a solar year', 'تا سال ۱۴۰۴'],
    ['a response time', 'within 2 hours'],
  ])('met by %s', (_why, goal) => expect(met(goal, 'timeBound')).toBe(true));

  it.each([
    ['no time at all', 'Get 500 followers on Instagram'],
    ['"may" the verb', 'We may get 500 followers on Instagram'],
    ['"per post"', 'Get 300 likes per post'],
    ['a decimal that looks like a date', 'افزایش نرخ کلیک به ۲/۵ درصد'],
    ['تیر without context (an arrow)', 'تیر به هدف خورد'],
    ['a plain thousands number', 'Get 1400 followers'],
    ['"in general" in Arabic', 'زيادة المتابعين بشكل عام'],
  ])('missing with %s', (_why, goal) => expect(met(goal, 'timeBound')).toBe(false));
});
