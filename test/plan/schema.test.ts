// The plan schema: a good plan passes with its defaults filled; each kind of bad answer is named by
// its field, in the plan's language; every problem shows at once; marketers' digits are understood.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Lang } from '../../src/i18n/lang';
import { planMessages } from '../../src/i18n/messages';
import { examplePlan } from '../../src/plan/example';
import { validatePlan, type Plan, type PlanCheck } from '../../src/plan/schema';

const TODAY = '2026-01-17';

/** A fresh, valid English input to spoil one answer at a time. */
function input(lang: Lang = 'en'): Record<string, any> {
  return JSON.parse(JSON.stringify(examplePlan(lang, TODAY)));
}

function planOf(check: PlanCheck): Plan {
  if (!check.ok) throw new Error(`expected a valid plan, got ${JSON.stringify(check.problems)}`);
  return check.plan;
}

function problemsOf(check: PlanCheck): { field: string; message: string }[] {
  if (check.ok) throw new Error('expected problems, the plan passed');
  return check.problems;
}

/** The one problem reported for `field`, failing when there is none. */
function problemAt(check: PlanCheck, field: string): string {
  const found = problemsOf(check).filter((p) => p.field === field);
  expect(found.map((p) => p.field), JSON.stringify(problemsOf(check))).toEqual([field]);
  return found[0].message;
}

describe('a good plan', () => {
  it.each(LANGUAGES)('the %s example passes and keeps its answers', (lang) => {
    const plan = planOf(validatePlan(examplePlan(lang, TODAY), 'en'));
    expect(plan.language).toBe(lang);
    expect(plan.goals).toHaveLength(3);
    expect(plan.contentPlan.networks).toHaveLength(3);
    expect(plan.contentPlan.months).toBe(3);
    expect(plan.contentPlan.startDate).toBe('2026-02-01');
    expect(plan.campaigns.length).toBeGreaterThanOrEqual(2);
    expect(plan.impostors).toHaveLength(1);
    expect(plan.competitors.length).toBeGreaterThan(0);
    for (const n of plan.contentPlan.networks) {
      expect(n.weekdays.length * n.times.length).toBeGreaterThanOrEqual(n.postsPerWeek);
      expect(n.formats.length).toBeGreaterThan(0);
    }
  });

  it('fills the market week, currency and time zone, and the cadences', () => {
    const plan = planOf(validatePlan(input('fa'), 'en'));
    expect(plan).toMatchObject({ market: 'IR', weekStart: 6, weekend: [5], currency: 'IRR', timeZone: 'Asia/Tehran' });
    expect(plan.reviews).toEqual({ kpi: 'weekly', auditEveryMonths: 3, strategyEveryMonths: 6 });
    // The first network names no days: it posts on Iran's working days, Saturday to Thursday.
    expect(plan.contentPlan.networks[0].weekdays).toEqual([6, 0, 1, 2, 3, 4]);
  });

  it('takes the spreadsheet time zone from the edge over the market, and the user’s over both', () => {
    expect(planOf(validatePlan(input('ar'), 'en', { timeZone: 'Europe/London' })).timeZone).toBe('Europe/London');
    const own = { ...input('ar'), timeZone: 'Asia/Dubai' };
    expect(planOf(validatePlan(own, 'en', { timeZone: 'Europe/London' })).timeZone).toBe('Asia/Dubai');
  });

  it('lets the user override the week and weekend', () => {
    const plan = planOf(validatePlan({ ...input('ar'), weekStart: 1, weekend: [5] }, 'en'));
    expect(plan.weekStart).toBe(1);
    expect(plan.weekend).toEqual([5]);
    expect(plan.contentPlan.networks[0].weekdays).toEqual([1, 2, 3, 4, 6, 0]);
  });

  it('fills defaults for what a minimal plan leaves out', () => {
    const minimal = {
      businessName: 'Shop',
      market: 'gb',
      focus: 'loyalty',
      goals: input().goals,
      contentPlan: { startDate: '2026-03-01', months: 12, networks: [{ network: 'linkedin', postsPerWeek: 2 }] },
    };
    const plan = planOf(validatePlan(minimal, 'he'));
    expect(plan.language).toBe('he');
    expect(plan).toMatchObject({ market: 'GB', currency: 'GBP', weekStart: 1, weekend: [6, 0], objectives: [], accounts: [], competitors: [], impostors: [], campaigns: [] });
    expect(plan.contentPlan.mix).toBe('thirds');
    expect(plan.contentPlan.networks[0]).toEqual({ network: 'linkedin', postsPerWeek: 2, weekdays: [1, 2, 3, 4, 5], times: ['10:00'], formats: ['text'] });
    expect(plan.reviews).toEqual({ kpi: 'monthly', auditEveryMonths: 3, strategyEveryMonths: 6 });
    expect(plan.reminders).toEqual({ recipients: [], hour: 9 });
  });

  it('is tolerant of what marketers type: spaces, case, digits, short times, bare links, nulls', () => {
    const typed = input('fa');
    typed.businessName = '  نان‌سرای گندم \n';
    typed.market = ' ir ';
    typed.focus = 'Sales';
    typed.goals[0].baseline = '۹۰۰';
    typed.goals[0].target = '١٬٥٠٠';
    typed.goals[1].target = '۴٪';
    typed.goals[0].deadline = '۲۰۲۶-۰۴-۳۰';
    typed.contentPlan.months = '۳';
    typed.contentPlan.startDate = ' 2026-02-01 ';
    typed.contentPlan.networks[0].network = 'Instagram';
    typed.contentPlan.networks[0].times = ['۸:۳۰', '18:00', '08:30'];
    typed.contentPlan.networks[1].weekdays = ['۶', 0, 0, '2'];
    typed.contentPlan.mix = { custom: [{ pillar: ' a ', percent: '٥٠' }, { pillar: 'b', percent: '50%' }] };
    typed.accounts[0].url = 'instagram.com/gandom_bakery';
    typed.accounts[0].owner = null;
    typed.competitors[1].url = null;
    const plan = planOf(validatePlan(typed, 'en'));
    expect(plan.businessName).toBe('نان‌سرای گندم');
    expect(plan.market).toBe('IR');
    expect(plan.goals[0]).toMatchObject({ baseline: 900, target: 1500, deadline: '2026-04-30' });
    expect(plan.goals[1].target).toBeCloseTo(0.04);
    expect(plan.contentPlan.months).toBe(3);
    expect(plan.contentPlan.startDate).toBe('2026-02-01');
    expect(plan.contentPlan.networks[0]).toMatchObject({ network: 'instagram', times: ['08:30', '18:00'] });
    expect(plan.contentPlan.networks[1].weekdays).toEqual([6, 0, 2]);
    expect(plan.contentPlan.mix).toEqual({ custom: [{ pillar: 'a', percent: 50 }, { pillar: 'b', percent: 50 }] });
    expect(plan.accounts[0]).toMatchObject({ url: 'https://instagram.com/gandom_bakery', owner: '' });
    expect(plan.competitors[1].url).toBe('');
  });

  it('keeps text that looks like a formula as the text it is (the renderer keeps it text)', () => {
    const typed = input();
    typed.goals[0].text = '=HYPERLINK("http://evil.example")';
    typed.accounts[0].handle = '@shop';
    typed.accounts[0].mission = '+1 for bread';
    typed.campaigns[0].name = '-50% sale';
    const plan = planOf(validatePlan(typed, 'en'));
    expect(plan.goals[0].text).toBe('=HYPERLINK("http://evil.example")');
    expect(plan.campaigns[0].name).toBe('-50% sale');
  });

  it('drops answers it does not know', () => {
    const plan = planOf(validatePlan({ ...input(), password: 'x', __proto__: { y: 1 } }, 'en'));
    expect(plan).not.toHaveProperty('password');
  });
});

describe('each kind of bad answer is named by its field, in the plan’s language', () => {
  const m = planMessages;

  it('a date that does not exist', () => {
    const bad = input('ar');
    bad.goals[1].deadline = '2026-02-30';
    expect(problemAt(validatePlan(bad, 'en'), 'goals.1.deadline')).toBe(m.ar.date.replace('{value}', '2026-02-30'));
  });

  it('a deadline before the plan starts', () => {
    const bad = input('he');
    bad.goals[2].deadline = '2026-01-31';
    expect(problemAt(validatePlan(bad, 'en'), 'goals.2.deadline')).toBe(m.he.deadlineBeforeStart.replace('{deadline}', '2026-01-31').replace('{start}', '2026-02-01'));
  });

  it('a campaign that ends before it starts', () => {
    const bad = input();
    bad.campaigns[0] = { name: 'x', start: '2026-03-10', end: '2026-03-01' };
    expect(problemAt(validatePlan(bad, 'en'), 'campaigns.0.end')).toContain('2026-03-01');
  });

  it('posting days that fall on nothing', () => {
    const bad = input('fa');
    bad.contentPlan.networks[1].weekdays = [];
    expect(problemAt(validatePlan(bad, 'en'), 'contentPlan.networks.1.weekdays')).toBe(m.fa.noDays);
  });

  it('more posts a week than the days and times hold', () => {
    const bad = input();
    bad.contentPlan.networks[2] = { network: 'tiktok', postsPerWeek: 8, weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['10:00'] };
    expect(problemAt(validatePlan(bad, 'en'), 'contentPlan.networks.2.postsPerWeek')).toBe('8 posts a week need more slots: 7 days × 1 times give 7.');
    bad.contentPlan.networks[2].postsPerWeek = 43;
    expect(problemAt(validatePlan(bad, 'en'), 'contentPlan.networks.2.postsPerWeek')).toBe('Use at most 42.');
  });

  it('a weekday that is not one', () => {
    const bad = input();
    bad.contentPlan.networks[1].weekdays = [1, 7];
    expect(problemAt(validatePlan(bad, 'en'), 'contentPlan.networks.1.weekdays.1')).toBe('Use at most 6.');
  });

  it.each(['24:00', '12:60', 'noon', '7'])('the time %s', (time) => {
    const bad = input();
    bad.contentPlan.networks[0].times = ['09:00', time];
    expect(problemAt(validatePlan(bad, 'en'), 'contentPlan.networks.0.times.1')).toBe(`"${time}" is not a time from 00:00 to 23:59.`);
  });

  it('accepts web links as marketers paste them', () => {
    const good = input();
    const links = ['https://shop.example/a?b=1#c', 'HTTP://Shop.Example', 'shop.example:8080/x', 'www.shop.example/page'];
    good.accounts = links.map((url) => ({ network: 'website', handle: 'site', url }));
    expect(planOf(validatePlan(good, 'en')).accounts.map((a) => a.url)).toEqual([
      'https://shop.example/a?b=1#c',
      'HTTP://Shop.Example',
      'https://shop.example:8080/x',
      'https://www.shop.example/page',
    ]);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:1', 'data:text/html,<b>x</b>', 'ftp://shop.example/a', 'mailto:a@b.c', 'not a link', 'http://', 'http://localhost', 'https://shop.example/"&IMPORTXML("x")&"', 'https://user@evil.example'])(
    'the link %s',
    (url) => {
      const bad = input();
      bad.accounts[0].url = url;
      expect(problemAt(validatePlan(bad, 'en'), 'accounts.0.url')).toMatch(/is not a web link \(http or https\)/);
    },
  );

  it('text too long, lists too long, numbers out of range', () => {
    const bad = input();
    bad.businessName = 'x'.repeat(101);
    bad.contentPlan.months = 37;
    bad.reminders = { hour: 24, recipients: [] };
    bad.reviews = { auditEveryMonths: 0 };
    const check = validatePlan(bad, 'en');
    expect(problemAt(check, 'businessName')).toBe('Too long: at most 100 characters.');
    expect(problemAt(check, 'contentPlan.months')).toBe('Use at most 36.');
    expect(problemAt(check, 'reminders.hour')).toBe('Use at most 23.');
    expect(problemAt(check, 'reviews.auditEveryMonths')).toBe('Use at least 1.');
  });

  it('a hostile list gives one problem, not one per item', () => {
    const bad = input();
    bad.goals = Array.from({ length: 100_000 }, () => ({ text: '' }));
    expect(problemsOf(validatePlan(bad, 'en'))).toEqual([{ field: 'goals', message: 'Too many: at most 20.' }]);
  });

  it('fewer than three goals', () => {
    const bad = input('fa');
    bad.goals = bad.goals.slice(0, 2);
    expect(problemAt(validatePlan(bad, 'en'), 'goals')).toBe(m.fa.goalsTooFew.replace('{min}', '3'));
  });

  it('a network, focus or metric that is not one of the choices', () => {
    const bad = input();
    bad.contentPlan.networks[0].network = 'myspace';
    bad.focus = 'fame';
    bad.goals[0].metric = 'vibes';
    const check = validatePlan(bad, 'en');
    expect(problemAt(check, 'contentPlan.networks.0.network')).toMatch(/^"myspace" is not one of: instagram, facebook/);
    expect(problemAt(check, 'focus')).toBe('"fame" is not one of: awareness, loyalty, sales.');
    expect(problemAt(check, 'goals.0.metric')).toMatch(/^"vibes" is not one of: followers/);
  });

  it('the same network planned twice', () => {
    const bad = input();
    bad.contentPlan.networks[2].network = 'Instagram';
    expect(problemAt(validatePlan(bad, 'en'), 'contentPlan.networks.2.network')).toBe('instagram is listed twice.');
  });

  it('a content mix that does not add up to 100, or is not a mix', () => {
    const bad = input('ar');
    bad.contentPlan.mix = { custom: [{ pillar: 'a', percent: 60 }, { pillar: 'b', percent: '30' }] };
    expect(problemAt(validatePlan(bad, 'en'), 'contentPlan.mix.custom')).toBe(m.ar.mixSum.replace('{sum}', '90'));
    bad.contentPlan.mix = 'quarters';
    expect(problemAt(validatePlan(bad, 'en'), 'contentPlan.mix')).toBe(m.ar.mix);
    bad.contentPlan.mix = { custom: [{ pillar: '', percent: 100 }] };
    expect(problemAt(validatePlan(bad, 'en'), 'contentPlan.mix.custom.0.pillar')).toBe(m.ar.required);
  });

  it.each(['=x', '+1 tips', '-50% sale', '@team', ' =IMPORTXML("http://x","//a")'])('a pillar named %j, which a dropdown would read as a formula', (name) => {
    const bad = input('fa');
    bad.contentPlan.mix = { custom: [{ pillar: name, percent: 50 }, { pillar: 'b', percent: 50 }] };
    expect(problemAt(validatePlan(bad, 'en'), 'contentPlan.mix.custom.0.pillar')).toBe(m.fa.dropdownFormula);
  });

  it('a target equal to its baseline', () => {
    const bad = input();
    bad.goals[0].target = '900';
    expect(problemAt(validatePlan(bad, 'en'), 'goals.0.target')).toBe(m.en.targetIsBaseline);
  });

  it('a negative target, or one below the baseline of a metric a goal grows, in the plan’s language', () => {
    const bad = input();
    bad.goals[0].target = '-50';
    expect(problemAt(validatePlan(bad, 'en'), 'goals.0.target')).toBe(m.en.targetNegative.replace('{target}', '-50'));
    bad.goals[0].target = '۵۰۰'; // baseline 900 followers
    bad.language = 'fa';
    expect(problemAt(validatePlan(bad, 'en'), 'goals.0.target')).toBe(m.fa.targetBelowBaseline.replace('{target}', '500').replace('{baseline}', '900'));
    // A return on investment may be a loss, and a loss may shrink.
    Object.assign(bad.goals[0], { metric: 'roi', baseline: -0.5, target: -0.1 });
    expect(validatePlan(bad, 'en').ok).toBe(true);
  });

  it('an impostor with neither link nor handle', () => {
    const bad = input();
    bad.impostors[0] = { network: 'instagram', url: '', handle: ' ' };
    expect(problemAt(validatePlan(bad, 'en'), 'impostors.0.url')).toBe(m.en.impostorLink);
  });

  it('a recipient that is not an email address, a market or currency that is not a code', () => {
    const bad = input();
    bad.reminders = { recipients: ['owner@shop.example', 'owner at shop'] };
    bad.market = 'Iran';
    bad.currency = 'dollars';
    bad.timeZone = 'Mars Time';
    const check = validatePlan(bad, 'en');
    expect(problemAt(check, 'reminders.recipients.1')).toBe('"owner at shop" is not an email address.');
    expect(problemAt(check, 'market')).toMatch(/two-letter country code/);
    expect(problemAt(check, 'currency')).toMatch(/three-letter currency code/);
    expect(problemAt(check, 'timeZone')).toMatch(/time zone/);
  });

  it('a weekend of the whole week', () => {
    const bad = { ...input(), weekend: [0, 1, 2, 3, 4, 5, 6] };
    expect(problemAt(validatePlan(bad, 'en'), 'weekend')).toBe('The weekend cannot be the whole week.');
  });

  it('a calendar too big to write', () => {
    const bad = input();
    bad.contentPlan.months = 36;
    bad.contentPlan.networks = ['instagram', 'facebook', 'x', 'linkedin', 'tiktok', 'youtube', 'snapchat', 'telegram'].map((network) => ({
      network,
      postsPerWeek: 42,
      weekdays: [0, 1, 2, 3, 4, 5, 6],
      times: ['08:00', '10:00', '12:00', '14:00', '16:00', '18:00'],
    }));
    expect(problemAt(validatePlan(bad, 'en'), 'contentPlan.networks')).toMatch(/^The calendar would hold 5\d{4} posts; at most 20000 fit/);
  });

  it('a plan too large to keep with the document', () => {
    const big = input('fa');
    const long = (n: number) => 'ن'.repeat(n);
    big.accounts = Array.from({ length: 40 }, (_, i) => ({ network: 'instagram', handle: `@a${i}${long(90)}`, url: `https://instagram.com/${'a'.repeat(1900)}`, owner: long(100), mission: long(500), audience: long(500) }));
    big.competitors = Array.from({ length: 40 }, (_, i) => ({ network: 'telegram', handle: `@c${i}`, url: `https://t.me/${'c'.repeat(1900)}`, notes: long(500) }));
    expect(problemsOf(validatePlan(big, 'en'))).toEqual([{ field: '', message: expect.stringMatching(/^برنامه برای ذخیره .* \(\d{3} کیلوبایت؛ حداکثر 200 کیلوبایت\)/) }]);
  });

  it('something that is not a plan at all', () => {
    for (const notAPlan of [null, undefined, 42, 'plan', [], true]) {
      expect(problemsOf(validatePlan(notAPlan, 'fa'))).toEqual([{ field: '', message: m.fa.notAPlan }]);
    }
  });
});

describe('problems are told in the plan’s language, all at once', () => {
  it('uses the plan’s language, else the fallback', () => {
    const bad = input('he');
    bad.goals[0].deadline = 'tomorrow';
    expect(problemAt(validatePlan(bad, 'en'), 'goals.0.deadline')).toBe(planMessages.he.date.replace('{value}', 'tomorrow'));
    bad.language = 'de';
    const check = validatePlan(bad, 'ar');
    expect(problemAt(check, 'language')).toBe(planMessages.ar.notOneOf.replace('{value}', 'de').replace('{options}', 'en, ar, fa, he'));
    expect(problemAt(check, 'goals.0.deadline')).toBe(planMessages.ar.date.replace('{value}', 'tomorrow'));
  });

  it('lists every problem of a plan with many, each once, with no placeholder left unfilled', () => {
    const bad = input('fa');
    bad.businessName = '   ';
    bad.goals[0].deadline = '2026-02-30';
    bad.goals[1].target = 'a lot';
    bad.goals[2].network = 'myspace';
    bad.accounts[1].url = 'javascript:alert(1)';
    bad.contentPlan.networks[0].times = ['25:00'];
    bad.contentPlan.networks[1].weekdays = [];
    bad.contentPlan.months = 0;
    bad.campaigns[1].end = '2026-01-01';
    bad.impostors[0] = { network: 'x' };
    const problems = problemsOf(validatePlan(bad, 'en'));
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'businessName',
        'goals.0.deadline',
        'goals.1.target',
        'goals.2.network',
        'accounts.1.url',
        'contentPlan.networks.0.times.0',
        'contentPlan.networks.1.weekdays',
        'contentPlan.months',
        'campaigns.1.end',
        'impostors.0.url',
      ].sort(),
    );
    for (const p of problems) {
      expect(p.message).not.toMatch(/[{}]/);
      expect(p.message).toMatch(/[\u0600-\u06FF]/); // Persian, not English
    }
  });
});
