/**
 * The plan: the wizard's answers as a zod schema, with defaults. Strict about what matters (real
 * dates, deadlines after the start, posts that fit their days and times, http(s) links only,
 * bounded sizes) and tolerant about what marketers type (spaces trimmed, ٠-٩ / ۰-۹ digits,
 * "9:30", "Instagram", "shop.com/page", null for an empty answer). Pure: no Apps Script here.
 *
 * `PlanInput` is what the sidebar sends; `Plan` is the parsed plan with every default filled,
 * which the generators, the plan store and the reminders read.
 */
import * as z from 'zod/mini';
import { parseNumberText, toAsciiDigits } from '../i18n/digits';
import { isEmail } from '../i18n/email';
import { isLang, LANGUAGES, type Lang } from '../i18n/lang';
import { addDays, addMonths, readIsoDate, type IsoDate, type Weekday } from './dates';
import { marketOf, workingDays } from './markets';
import { grows, mayBeNegative } from './metric-units';
import { defaultFormats, FORMATS, NETWORKS, type Network } from './networks';
import { problemsFrom, type FoundIssue, type PlanProblem } from './problems';
import { DAYS_AFTER, DAYS_BEFORE } from './generators/phases';
import { MAX_SAVED_BYTES, utf8Length } from './saved-plan';

export const FOCUSES = ['awareness', 'loyalty', 'sales'] as const;
export type Focus = (typeof FOCUSES)[number];

/** Typical objectives (DOMAIN.md `002`) plus the ones marketers in the articles name. */
export const OBJECTIVES = [
  'awareness', 'sales', 'roi', 'sales_quality', 'leadership', 'engagement',
  'traffic', 'leads', 'retention', 'service', 'recruitment',
] as const;
export type Objective = (typeof OBJECTIVES)[number];

/** What a goal measures; the KPI tab tracks these. */
export const METRICS = [
  'followers', 'reach', 'impressions', 'engagements', 'engagement_rate', 'clicks', 'ctr',
  'conversions', 'conversion_rate', 'leads', 'revenue', 'roi', 'mentions', 'posts',
] as const;
export type Metric = (typeof METRICS)[number];

/**
 * The objectives that follow from each focus (DOMAIN.md `002`): the focus is the one direction,
 * the objectives are what is measured on the way. The focus itself is never also an objective.
 */
export const FOCUS_OBJECTIVES: Record<Focus, readonly Objective[]> = {
  awareness: ['engagement', 'traffic', 'leadership', 'recruitment'],
  loyalty: ['retention', 'service', 'engagement', 'sales_quality'],
  sales: ['leads', 'traffic', 'roi', 'sales_quality'],
};

/** What a monthly budget line pays for (`002`: an ad budget, bloggers and influencers; `001`: tools, production). */
export const BUDGET_KINDS = ['ads', 'influencers', 'tools', 'content'] as const;
export type BudgetKind = (typeof BUDGET_KINDS)[number];

/** A listening term is ours (we use it) or about us (others use it: mentions, reviews). */
export const LISTENING_KINDS = ['ours', 'about'] as const;

/** The strategy's five PESTEL notes (optional). */
export const PESTEL = ['political', 'economic', 'social', 'technological', 'environmental', 'legal'] as const;

export const MIX_PRESETS = ['thirds', 'hootsuite'] as const;
export const KPI_CADENCES = ['weekly', 'monthly'] as const;

/** Limits against hostile or mistaken sizes; a real plan is far below each. */
export const LIMITS = {
  name: 100,
  shortText: 100,
  longText: 500,
  link: 2000,
  goals: 20,
  accounts: 40,
  competitors: 40,
  impostors: 40,
  campaigns: 60,
  networks: NETWORKS.length,
  timesPerDay: 6,
  pillars: 10,
  recipients: 10,
  months: 36,
  /** One SWOT quadrant: "a few lines". */
  swot: 1000,
  personas: 10,
  listening: 40,
  budgetLines: 40,
  team: 20,
  partners: 30,
  /** Hours a week one person works on the plan. */
  hoursPerWeek: 80,
  /** Rows the calendar may hold: 6 networks × 5 posts a week × 3 years is under 5,000. */
  calendarPosts: 20_000,
  number: 1e12,
} as const;

// ── Field types (each names its own problem, looked up in the plan's language by problems.ts) ──

type Ctx = { issues: unknown[] };

function fail(ctx: Ctx, message: string, input: unknown): never {
  ctx.issues.push({ code: 'custom', message, input, params: { value: input } });
  return z.NEVER;
}

/** Trimmed text, at most `max` characters; empty allowed. */
const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
/** Trimmed text that must say something. */
const filledText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** An answer that may be left out (or sent as null, as google.script.run does in lists). */
function withDefault<S extends z.ZodMiniType>(schema: S, fallback: () => z.output<S>) {
  return z.pipe(
    z.optional(z.nullable(schema)),
    z.transform((value: z.output<S> | null | undefined) => value ?? fallback()),
  );
}

/**
 * A list whose maximum length is checked before its items, so a hostile list gives one problem,
 * not a million; too short a list is reported beside its items' own problems.
 */
function list<S extends z.ZodMiniType>(item: S, max: number, min = 0): z.ZodMiniType<z.output<S>[], z.input<S>[]> {
  return z.pipe(z.array(z.unknown()).check(z.maxLength(max)), z.array(item).check(z.minLength(min))) as never;
}


/** One of fixed ids, forgiving case and spaces ("Instagram " → instagram). */
function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.enum(values));
}

/**
 * Text checked and normalised by `read`, which returns null when the text is not acceptable.
 * `optional`: blank is allowed and becomes ''.
 */
function readAs(problem: string, read: (text: string) => string | null, optional = false) {
  return z.transform<string, string>((value, ctx) => {
    if (optional && (value == null || (typeof value === 'string' && value.trim() === ''))) return '';
    if (typeof value !== 'string') return fail(ctx, value == null ? 'required' : 'notText', value);
    return read(value) ?? fail(ctx, value.trim() ? problem : 'required', value);
  });
}


/** "9:30", "۰۹:۳۰" → "09:30"; 24:00 and 12:60 are not times. */
export function readTime(value: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(toAsciiDigits(value.trim()));
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

/** A scheme such as `javascript:` (but not the port of `shop.com:8080`). */
const SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;
/** Host with a dot, optional port, then a path without spaces, quotes, angle brackets or backslashes. */
const WEB_LINK = /^https?:\/\/[^\s/?#@:"<>\\]+(\.[^\s/?#@:"<>\\]+)+(:\d{1,5})?([/?#][^\s"<>\\]*)?$/i;

/** http(s) links only; "shop.com/page" gets https://; javascript:, data:, mailto: are refused. */
export function readWebLink(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length > LIMITS.link) return null;
  const link = SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`;
  return WEB_LINK.test(link) ? link : null;
}




/** Distinct values in first-seen order: the same day ticked twice is one day. */
function distinct<T>(values: T[]): T[] {
  return values.filter((v, i) => values.indexOf(v) === i);
}

/** A list where ticking the same choice twice counts once. */
function choices<S extends z.ZodMiniType>(item: S, max: number, min = 0) {
  return z.pipe(list(item, max, min), z.transform((values: z.output<S>[]) => distinct(values)));
}

// ── The parts of a plan ──








function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The custom pillars' percentages added up, when they do not make 100 (else null). Shared with the wizard's step check. */
export function mixSumOff(percents: number[]): number | null {
  const sum = round2(percents.reduce((total, p) => total + p, 0));
  return Math.abs(sum - 100) >= 0.01 ? sum : null;
}

/** utm_campaign as analytics tools read it: Latin letters, digits, `_` and `-`, at most 60. */
export function readUtmTag(value: string): string | null {
  return /^[a-z0-9_-]{1,60}$/i.test(value.trim()) ? value.trim().toLowerCase() : null;
}






/**
 * The plan's fields as a zod schema. Built on first use, not at load: dist/Code.js loads on every
 * custom-function call, and a CTR call should not pay for constructing the plan's schema.
 */
function planFieldsSchema() {
  /** A number typed as a number or as text in any digits: 12, "12", "۱۲", " 1,200 ". */
  const numberLike = z.transform<number | string, number>((value, ctx) => {
    if (typeof value === 'number') return Number.isFinite(value) ? value : fail(ctx, 'notNumber', value);
    if (typeof value === 'string') return parseNumberText(value) ?? fail(ctx, value.trim() ? 'notNumber' : 'required', value);
    return fail(ctx, value == null ? 'required' : 'notNumber', value);
  });

  const amount = z.pipe(numberLike, z.number().check(z.gte(-LIMITS.number), z.lte(LIMITS.number)));

  const wholeNumber = (min: number, max: number) => z.pipe(numberLike, z.int().check(z.gte(min), z.lte(max)));

  const weekday = z.pipe(numberLike, z.int().check(z.gte(0), z.lte(6))) as unknown as z.ZodMiniType<Weekday, number | string>;

  const isoDate = readAs('date', readIsoDate);

  const time = readAs('time', readTime);

  const optionalLink = z._default(readAs('url', readWebLink, true), '');

  const email = readAs('email', (v) => (isEmail(v.trim()) ? v.trim() : null));

  const market = readAs('market', (v) => (/^[a-z]{2}$/i.test(v.trim()) ? v.trim().toUpperCase() : null));

  const currency = readAs('currency', (v) => (/^[a-z]{3}$/i.test(v.trim()) ? v.trim().toUpperCase() : null));

  /** IANA names (Asia/Tehran, America/Argentina/Buenos_Aires, UTC); Intl is not used on the server. */
  /** `en_US`, `fa_IR`, `iw`: anything else is not a locale and is simply not used. */
  const sheetLocale = z.transform((v: unknown) => (typeof v === 'string' && /^[a-z]{2,3}([_-][a-z]{2})?$/i.test(v.trim()) ? v.trim() : null));
  const timeZone = readAs('timeZone', (v) => (/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$/.test(v.trim()) && v.trim().length <= 64 ? v.trim() : null));

  const network = choice(NETWORKS);

  const weekdays = choices(weekday, 7);

  const goal = z.object({
    text: filledText(LIMITS.longText),
    network,
    metric: choice(METRICS),
    baseline: withDefault(amount, () => 0),
    target: amount,
    deadline: isoDate,
  });

  const account = z.object({
    network,
    handle: filledText(LIMITS.shortText),
    url: optionalLink,
    owner: withDefault(text(LIMITS.shortText), () => ''),
    mission: withDefault(text(LIMITS.longText), () => ''),
    audience: withDefault(text(LIMITS.longText), () => ''),
  });

  const competitor = z.object({
    network,
    handle: filledText(LIMITS.shortText),
    url: optionalLink,
    notes: withDefault(text(LIMITS.longText), () => ''),
  });

  /** A fake account to report: its link or its handle (checked in planChecks). */
  const impostor = z.object({
    network,
    url: optionalLink,
    handle: withDefault(text(LIMITS.shortText), () => ''),
  });

  const networkPlan = z.object({
    network,
    postsPerWeek: wholeNumber(1, 7 * LIMITS.timesPerDay),
    /** Days to post on; left out → the market's working days (all days if those cannot hold the posts). */
    weekdays: z.optional(z.nullable(weekdays)),
    times: withDefault(z.pipe(choices(time, LIMITS.timesPerDay, 1), z.transform((times: string[]) => times.sort())), () => ['10:00']),
    formats: z.optional(z.nullable(choices(choice(FORMATS), FORMATS.length))),
  });

  /** A share of posts in percent: "50", "50%", "٥٠٪" all mean 50 (not 0.5 as in a goal's target). */
  const percentLike = z.transform<number | string, number | string>((value) =>
    typeof value === 'string' ? toAsciiDigits(value).replace(/[%\s]/g, '') : value,
  );

  const pillarShare = z.object({
    // The pillar names become the calendar's dropdown choices, which Sheets may read as formulas.
    pillar: filledText(60).check(z.refine((v: string) => !/^[=+\-@]/.test(v), 'dropdownFormula')),
    percent: z.pipe(z.pipe(percentLike, numberLike), z.number().check(z.gt(0), z.lte(100))),
  });

  /** Rule of thirds, Hootsuite's 50/20/20/5 (rest free), or the marketer's own pillars summing to 100. */
  const contentMix = z.union(
    [
      choice(MIX_PRESETS),
      z.object({
        custom: list(pillarShare, LIMITS.pillars, 1).check(
          z.superRefine((shares, ctx) => {
            const sum = mixSumOff(shares.map((share) => share.percent));
            if (sum !== null) ctx.addIssue({ code: 'custom', message: 'mixSum', input: shares, params: { sum } });
          }),
        ),
      }),
    ],
    { error: () => 'mix' },
  );

  const contentPlan = z.object({
    startDate: isoDate,
    months: wholeNumber(1, LIMITS.months),
    networks: list(networkPlan, LIMITS.networks, 1),
    mix: withDefault(contentMix, () => 'thirds' as const),
  });

  /** utm_campaign as analytics tools read it: Latin letters, digits, `_` and `-`; blank → from the name. */
  const utmTag = z._default(readAs('tag', readUtmTag, true), '');

  /** Money and counts that cannot be negative. */
  const money = z.pipe(numberLike, z.number().check(z.gte(0), z.lte(LIMITS.number)));
  const optionalText = (max: number) => withDefault(text(max), () => '');
  /** A network, or blank for "all networks" (a scheduling tool serves every account). */
  const anyNetwork = withDefault(z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.enum(['', ...NETWORKS] as [string, ...string[]])), () => '');
  const networkList = withDefault(choices(network, NETWORKS.length), () => []);

  const swot = z.object({
    strengths: optionalText(LIMITS.swot),
    weaknesses: optionalText(LIMITS.swot),
    opportunities: optionalText(LIMITS.swot),
    threats: optionalText(LIMITS.swot),
  });
  const pestel = z.object(Object.fromEntries(PESTEL.map((k) => [k, optionalText(LIMITS.longText)])) as Record<(typeof PESTEL)[number], ReturnType<typeof optionalText>>);

  /** A persona or target segment (`002`): who, where online (which suggests networks), needs, barriers. */
  const persona = z.object({
    name: filledText(LIMITS.shortText),
    who: optionalText(LIMITS.longText),
    networks: networkList,
    needs: optionalText(LIMITS.longText),
    barriers: optionalText(LIMITS.longText),
  });

  /** A hashtag or keyword to follow (`002`, `004`); `pillar` ('' = any) is a pillar id or a custom pillar's name. */
  const listeningTerm = z.object({
    term: filledText(LIMITS.shortText),
    kind: withDefault(choice(LISTENING_KINDS), () => 'ours' as const),
    pillar: optionalText(60),
  });

  const situation = z.object({
    swot: withDefault(swot, () => ({ strengths: '', weaknesses: '', opportunities: '', threats: '' })),
    pestel: withDefault(pestel, () => ({ political: '', economic: '', social: '', technological: '', environmental: '', legal: '' })),
    personas: withDefault(list(persona, LIMITS.personas), () => []),
    listening: withDefault(list(listeningTerm, LIMITS.listening), () => []),
  });

  const budgetLine = z.object({
    network: anyNetwork,
    kind: choice(BUDGET_KINDS),
    monthly: money,
  });

  /** Who works on the plan; `networks` empty = every network of the plan. */
  const teamMember = z.object({
    name: filledText(LIMITS.shortText),
    role: optionalText(LIMITS.shortText),
    networks: networkList,
    hoursPerWeek: z.pipe(numberLike, z.number().check(z.gte(0), z.lte(LIMITS.hoursPerWeek))),
    hourlyCost: money,
  });

  /** An influencer or blogger paid for a stretch of the plan. */
  const partner = z.object({
    name: filledText(LIMITS.shortText),
    network,
    fee: money,
    start: isoDate,
    end: isoDate,
  });

  const campaign = z.object({
    name: filledText(LIMITS.shortText),
    start: isoDate,
    end: isoDate,
    /** The landing page its posts link to; blank → each network's profile link. */
    link: optionalLink,
    tag: utmTag,
    /** A campaign's days are posting days, weekend or not, unless the marketer says otherwise. */
    skipWeekend: withDefault(z.boolean(), () => false),
    /** Days of the "before" and "after" phases (source `004`); a key date may set them (Ramadan: its Eid after). */
    beforeDays: withDefault(wholeNumber(0, 60), () => DAYS_BEFORE),
    afterDays: withDefault(wholeNumber(0, 60), () => DAYS_AFTER),
    /** The key date the campaign was made from (`ramadan-2027-02-08`), so reminders can name it. */
    keyDate: withDefault(z.string().check(z.maxLength(60)), () => ''),
  });

  const reviews = z.object({
    kpi: withDefault(choice(KPI_CADENCES), () => 'monthly' as const),
    auditEveryMonths: withDefault(wholeNumber(1, 12), () => 3),
    /** DOMAIN.md `001`: the strategy is reviewed every 6 months. */
    strategyEveryMonths: withDefault(wholeNumber(1, LIMITS.months), () => 6),
  });

  /** Placeholder shared with the reminders: who gets the digest and at what hour (sheet's time zone). */
  const reminders = z.object({
    recipients: withDefault(choices(email, LIMITS.recipients), () => []),
    hour: withDefault(wholeNumber(0, 23), () => 9),
  });

  const planFields = z.object({
    businessName: filledText(LIMITS.name),
    language: choice(LANGUAGES),
    market,
    /** Overrides of the market's week; left out → the market's. */
    weekStart: z.optional(z.nullable(weekday)),
    weekend: z.optional(z.nullable(weekdays)),
    /** Left out → the spreadsheet's (filled at the edge), else the market's usual zone. */
    timeZone: z.optional(z.nullable(timeZone)),
    /** The spreadsheet's locale (filled at the edge): the tabs write dates the way it reads them. */
    dateLocale: z.optional(z.nullable(sheetLocale)),
    currency: z.optional(z.nullable(currency)),
    focus: choice(FOCUSES),
    objectives: withDefault(choices(choice(OBJECTIVES), OBJECTIVES.length), () => []),
    goals: list(goal, LIMITS.goals, 3),
    accounts: withDefault(list(account, LIMITS.accounts), () => []),
    competitors: withDefault(list(competitor, LIMITS.competitors), () => []),
    impostors: withDefault(list(impostor, LIMITS.impostors), () => []),
    contentPlan,
    campaigns: withDefault(list(campaign, LIMITS.campaigns), () => []),
    /** Plans and drafts saved before these existed get them empty (a migration test keeps it so). */
    situation: withDefault(situation, () => ({
      swot: { strengths: '', weaknesses: '', opportunities: '', threats: '' },
      pestel: { political: '', economic: '', social: '', technological: '', environmental: '', legal: '' },
      personas: [],
      listening: [],
    })),
    budget: withDefault(list(budgetLine, LIMITS.budgetLines), () => []),
    team: withDefault(list(teamMember, LIMITS.team), () => []),
    partners: withDefault(list(partner, LIMITS.partners), () => []),
    reviews: withDefault(reviews, () => ({ kpi: 'monthly' as const, auditEveryMonths: 3, strategyEveryMonths: 6 })),
    reminders: withDefault(reminders, () => ({ recipients: [], hour: 9 })),
  });

  return planFields;
}

type PlanFields = z.output<ReturnType<typeof planFieldsSchema>>;

// ── Checks across fields (run even when other fields failed, so every problem shows at once) ──

type Issue = { code: 'custom'; message: string; path: (string | number)[]; input: unknown; params?: Record<string, unknown> };

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function dateIn(value: unknown): IsoDate | null {
  return typeof value === 'string' ? readIsoDate(value) : null;
}
function numberIn(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return typeof value === 'string' ? parseNumberText(value) : null;
}
function weekdaysIn(value: unknown): Weekday[] | null {
  if (!Array.isArray(value)) return null;
  const days = value.map(numberIn);
  return days.every((d): d is number => d !== null && Number.isInteger(d) && d >= 0 && d <= 6) ? distinct(days as Weekday[]) : null;
}

/** The week the plan uses: the user's overrides, else the market's. */
function weekOf(plan: Record<string, unknown>): { weekStart: Weekday; weekend: Weekday[] } {
  const home = marketOf(typeof plan.market === 'string' ? plan.market.trim() : '');
  const start = numberIn(plan.weekStart);
  return {
    weekStart: start !== null && Number.isInteger(start) && start >= 0 && start <= 6 ? (start as Weekday) : home.weekStart,
    weekend: weekdaysIn(plan.weekend) ?? home.weekend,
  };
}

/** Default posting days: the working days, or every day when the working days cannot hold the posts. */
export function defaultWeekdays(weekStart: Weekday, weekend: readonly Weekday[], postsPerWeek: number, timesPerDay: number): Weekday[] {
  const working = workingDays(weekStart, weekend);
  return working.length * timesPerDay >= postsPerWeek ? working : workingDays(weekStart, []);
}

/**
 * The checks across fields (dates in order, posts that fit their days and times, targets…), on the
 * plan as sent. Plain code without zod, so the wizard runs the very same checks at each step.
 */
export function planChecks(value: unknown): Issue[] {
  const plan = asRecord(value);
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string, params: Record<string, unknown> = {}) =>
    issues.push({ code: 'custom', message, path, input: undefined, params });

  const content = asRecord(plan.contentPlan);
  const start = dateIn(content.startDate);
  asList(plan.goals).forEach((g, i) => {
    const goalFields = asRecord(g);
    const deadline = dateIn(goalFields.deadline);
    if (start && deadline && deadline < start) add(['goals', i, 'deadline'], 'deadlineBeforeStart', { deadline, start });
    const baseline = goalFields.baseline == null || goalFields.baseline === '' ? 0 : numberIn(goalFields.baseline);
    const target = numberIn(goalFields.target);
    if (baseline !== null && target !== null && baseline === target) add(['goals', i, 'target'], 'targetIsBaseline');
    const metric = typeof goalFields.metric === 'string' ? goalFields.metric.trim().toLowerCase() : '';
    if (target !== null && target < 0 && !mayBeNegative(metric)) add(['goals', i, 'target'], 'targetNegative', { target });
    else if (baseline !== null && target !== null && target < baseline && grows(metric)) add(['goals', i, 'target'], 'targetBelowBaseline', { target, baseline });
  });

  asList(plan.campaigns).forEach((c, i) => {
    const from = dateIn(asRecord(c).start);
    const to = dateIn(asRecord(c).end);
    if (from && to && to < from) add(['campaigns', i, 'end'], 'endBeforeStart', { start: from, end: to });
  });

  asList(plan.partners).forEach((p, i) => {
    const from = dateIn(asRecord(p).start);
    const to = dateIn(asRecord(p).end);
    if (from && to && to < from) add(['partners', i, 'end'], 'endBeforeStart', { start: from, end: to });
  });

  asList(plan.impostors).forEach((f, i) => {
    const fake = asRecord(f);
    const blank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '');
    if (blank(fake.url) && blank(fake.handle)) add(['impostors', i, 'url'], 'impostorLink');
  });

  const weekend = weekdaysIn(plan.weekend);
  if (weekend && weekend.length >= 7) add(['weekend'], 'wholeWeekend');

  const week = weekOf(plan);
  const seen = new Set<unknown>();
  let postsPerWeekInAll = 0;
  asList(content.networks).forEach((n, i) => {
    const each = asRecord(n);
    const id = typeof each.network === 'string' ? each.network.trim().toLowerCase() : each.network;
    if (seen.has(id)) add(['contentPlan', 'networks', i, 'network'], 'duplicate', { value: String(each.network) });
    seen.add(id);
    const posts = numberIn(each.postsPerWeek);
    const times = each.times == null ? 1 : Array.isArray(each.times) ? distinct(each.times.map((t) => (typeof t === 'string' ? readTime(t) : null))).length : 0;
    if (posts === null || !Number.isInteger(posts) || posts < 1 || posts > 7 * LIMITS.timesPerDay || times < 1) return;
    postsPerWeekInAll += posts;
    const days = each.weekdays == null ? defaultWeekdays(week.weekStart, week.weekend, posts, times) : weekdaysIn(each.weekdays);
    if (!days) return;
    if (days.length === 0) add(['contentPlan', 'networks', i, 'weekdays'], 'noDays');
    else if (days.length * times < posts)
      add(['contentPlan', 'networks', i, 'postsPerWeek'], 'daysTooFew', { posts, days: days.length, times, slots: days.length * times });
  });

  const months = numberIn(content.months);
  if (months !== null && months >= 1 && months <= LIMITS.months) {
    const posts = Math.ceil((postsPerWeekInAll * months * 365.25) / 12 / 7);
    if (posts > LIMITS.calendarPosts) add(['contentPlan', 'networks'], 'calendarTooBig', { posts, max: LIMITS.calendarPosts });
  }
  return issues;
}

// ── Defaults that depend on other answers ──

function withMarketDefaults(fields: PlanFields) {
  const home = marketOf(fields.market);
  const weekStart = fields.weekStart ?? home.weekStart;
  const weekend = fields.weekend ?? home.weekend;
  return {
    ...fields,
    weekStart,
    weekend,
    timeZone: fields.timeZone ?? home.timeZone,
    dateLocale: fields.dateLocale ?? '',
    currency: fields.currency ?? home.currency,
    // The focus is the direction; an objective naming the same thing would stand in both lists.
    objectives: fields.objectives.filter((o) => o !== fields.focus),
    contentPlan: {
      ...fields.contentPlan,
      networks: fields.contentPlan.networks.map((n) => ({
        ...n,
        weekdays: n.weekdays ?? defaultWeekdays(weekStart, weekend, n.postsPerWeek, n.times.length),
        formats: n.formats && n.formats.length ? n.formats : defaultFormats(n.network as Network),
      })),
    },
  };
}

function buildPlanSchema() {
  return z.pipe(
    planFieldsSchema().check(
      z.superRefine((value, ctx) => {
        for (const issue of planChecks(value)) ctx.addIssue(issue);
      }, { when: () => true }),
    ),
    z.transform(withMarketDefaults),
  );
}

let builtSchema: ReturnType<typeof buildPlanSchema> | undefined;
/** The whole plan's schema, built once on first use. */
export function planSchema(): ReturnType<typeof buildPlanSchema> {
  return (builtSchema ??= buildPlanSchema());
}

/** The parsed plan, every default filled: what generators, the store and reminders read. */
export type Plan = z.output<ReturnType<typeof buildPlanSchema>>;
/** What the sidebar (or a script) sends: numbers may be text, optional answers may be missing. */
export type PlanInput = z.input<ReturnType<typeof buildPlanSchema>>;
export type Goal = Plan['goals'][number];
export type Account = Plan['accounts'][number];
export type Competitor = Plan['competitors'][number];
export type Impostor = Plan['impostors'][number];
export type Campaign = Plan['campaigns'][number];
export type ContentPlan = Plan['contentPlan'];
export type NetworkPlan = ContentPlan['networks'][number];
export type ContentMix = ContentPlan['mix'];
export type Reviews = Plan['reviews'];
export type ReminderSettings = Plan['reminders'];
export type KpiCadence = Reviews['kpi'];
export type Situation = Plan['situation'];
export type Persona = Situation['personas'][number];
export type ListeningTerm = Situation['listening'][number];
export type BudgetLine = Plan['budget'][number];
export type TeamMember = Plan['team'][number];
export type Partner = Plan['partners'][number];

/** The last day the content plan covers (a 3-month plan from 1 March ends on 31 May). */
export function planEndDate(plan: Plan): IsoDate {
  return addDays(addMonths(plan.contentPlan.startDate, plan.contentPlan.months), -1);
}

// ── Validation, as the edge and the sidebar call it ──

export type PlanCheck = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] };
export type { PlanProblem };

/**
 * What only the edge knows: the spreadsheet's time zone and locale, used when the plan names none.
 * Either value may be a function, called only when needed (each is a service call at the edge).
 */
export interface EdgeDefaults {
  timeZone?: string | (() => string);
  locale?: string | (() => string);
}

type Lazy<T> = T | (() => T);
const valueOf = <T>(lazy: Lazy<T>): T => (typeof lazy === 'function' ? (lazy as () => T)() : lazy);

function blank(value: unknown): boolean {
  return value == null || (typeof value === 'string' && value.trim() === '');
}

/** The language the plan's problems are told in: the plan's own if it names one we speak. */
function languageOf(input: unknown, fallbackLang: Lazy<Lang>): Lang {
  const named = asRecord(input).language;
  const lang = typeof named === 'string' ? named.trim().toLowerCase() : '';
  return isLang(lang) ? lang : valueOf(fallbackLang);
}

/** Zones that say nothing about where the business is: a sheet left in one keeps the market's clock. */
const PLACELESS_ZONES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Etc/UCT', 'UCT', 'Etc/Universal', 'Universal', 'Etc/Zulu', 'Zulu']);

/**
 * The spreadsheet's zone as the plan's default, or none when it is UTC: the market's zone then
 * fills in (withMarketDefaults), so a Saudi plan in a sheet left in UTC runs on Riyadh's clock.
 */
function sheetZoneOrNone(sheetZone: string): string | null {
  return PLACELESS_ZONES.has(sheetZone) ? null : sheetZone;
}

/**
 * Checks an untrusted plan (from google.script.run or a script). Every problem is listed at once,
 * each with its field's dotted path and a message in the plan's language (else `fallbackLang`).
 * A plan without a language gets `fallbackLang`; without a time zone, the edge's, else the market's.
 * `fallbackLang` may be a function, called only when the plan names no language we speak.
 */
export function validatePlan(input: unknown, fallbackLang: Lazy<Lang>, edge: EdgeDefaults = {}): PlanCheck {
  const lang = languageOf(input, fallbackLang);
  const answers = asRecord(input);
  const filled =
    answers === input
      ? {
          ...answers,
          language: blank(answers.language) ? lang : answers.language,
          timeZone: blank(answers.timeZone) && edge.timeZone !== undefined ? sheetZoneOrNone(valueOf(edge.timeZone)) : answers.timeZone,
          dateLocale: blank(answers.dateLocale) && edge.locale !== undefined ? valueOf(edge.locale) : answers.dateLocale,
        }
      : input;
  let result: ReturnType<ReturnType<typeof planSchema>["safeParse"]>;
  try {
    result = planSchema().safeParse(filled, { reportInput: true });
  } catch {
    // Only a hostile object (a throwing getter, a cycle) gets here; JSON from the sidebar cannot.
    return { ok: false, problems: problemsFrom([{ code: 'custom', path: [], message: 'notAPlan' }], lang) };
  }
  if (result.success) {
    // Checked here, not when saving, so a plan too big to keep is refused before any tab is written.
    const bytes = utf8Length(JSON.stringify(result.data));
    if (bytes <= MAX_SAVED_BYTES) return { ok: true, plan: result.data };
    const size = { size: Math.ceil(bytes / 1000), max: MAX_SAVED_BYTES / 1000 };
    return { ok: false, problems: problemsFrom([{ code: 'custom', path: [], message: 'planTooBig', params: size }], lang) };
  }
  return { ok: false, problems: problemsFrom(result.error.issues as unknown as FoundIssue[], lang) };
}

export type { Lang };
