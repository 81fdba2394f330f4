/**
 * The answers as the wizard holds them while the user types: the plan's shape, with every list
 * present and numbers kept as typed (so "۱۲" or "2%" survive back and next). `readAnswers` turns
 * anything saved or sent (a draft, the example plan, the last generated plan) into this shape;
 * `toPlan` turns it into the PlanInput generateTabs checks.
 */
import { parseNumberText } from '../src/i18n/digits';
import { isLang, type Lang } from '../src/i18n/lang';
import { addDays, addMonths, readIsoDate } from '../src/plan/dates';
import { metricUnit } from '../src/plan/metric-units';
import { FOCUSES, LIMITS, type PlanInput } from '../src/plan/schema';

export interface GoalAnswer {
  text: string;
  network: string;
  metric: string;
  baseline: string;
  target: string;
  deadline: string;
}
export interface AccountAnswer {
  network: string;
  handle: string;
  url: string;
  owner: string;
  mission: string;
  audience: string;
}
export interface CompetitorAnswer {
  network: string;
  handle: string;
  url: string;
  notes: string;
}
export interface ImpostorAnswer {
  network: string;
  url: string;
  handle: string;
}
export interface NetworkAnswer {
  network: string;
  postsPerWeek: string;
  /** null: the market's working days (the plan's default). */
  weekdays: number[] | null;
  times: string[];
  formats: string[];
}
export interface PillarAnswer {
  pillar: string;
  percent: string;
}
export interface CampaignAnswer {
  name: string;
  start: string;
  end: string;
  /** Landing page; blank → each network's profile link. */
  link: string;
  /** utm_campaign; blank → from the name. */
  tag: string;
  skipWeekend: boolean;
  /** Set when the campaign comes from a key date: its phases' lengths and the key date's id. */
  beforeDays?: number;
  afterDays?: number;
  keyDate?: string;
}
export type MixChoice = 'thirds' | 'hootsuite' | 'custom';
export interface PersonaAnswer {
  name: string;
  who: string;
  networks: string[];
  needs: string;
  barriers: string;
}
export interface ListeningAnswer {
  term: string;
  kind: string;
  pillar: string;
}
export interface SituationAnswers {
  swot: { strengths: string; weaknesses: string; opportunities: string; threats: string };
  pestel: { political: string; economic: string; social: string; technological: string; environmental: string; legal: string };
  personas: PersonaAnswer[];
  listening: ListeningAnswer[];
}
export interface BudgetAnswer {
  network: string;
  kind: string;
  monthly: string;
}
export interface TeamAnswer {
  name: string;
  role: string;
  networks: string[];
  hoursPerWeek: string;
  hourlyCost: string;
}
export interface PartnerAnswer {
  name: string;
  network: string;
  fee: string;
  start: string;
  end: string;
}

export interface Answers {
  businessName: string;
  language: Lang;
  market: string;
  focus: string;
  objectives: string[];
  goals: GoalAnswer[];
  accounts: AccountAnswer[];
  competitors: CompetitorAnswer[];
  impostors: ImpostorAnswer[];
  contentPlan: {
    startDate: string;
    months: string;
    networks: NetworkAnswer[];
    mix: MixChoice;
    /** Kept while another mix is chosen, so switching back loses nothing. */
    custom: PillarAnswer[];
  };
  campaigns: CampaignAnswer[];
  situation: SituationAnswers;
  budget: BudgetAnswer[];
  team: TeamAnswer[];
  partners: PartnerAnswer[];
  reviews: { kpi: string; auditEveryMonths: string; strategyEveryMonths: string };
  reminders: { recipients: string[]; hour: string };
}

/** The market a language's speakers most likely work in, before the user picks one. */
const HOME_MARKET: Record<Lang, string> = { en: 'US', ar: 'SA', fa: 'IR', he: 'IL' };

export function emptySituation(): SituationAnswers {
  return {
    swot: { strengths: '', weaknesses: '', opportunities: '', threats: '' },
    pestel: { political: '', economic: '', social: '', technological: '', environmental: '', legal: '' },
    personas: [],
    listening: [],
  };
}
export function emptyPersona(): PersonaAnswer {
  return { name: '', who: '', networks: [], needs: '', barriers: '' };
}
export function emptyGoal(): GoalAnswer {
  return { text: '', network: '', metric: '', baseline: '', target: '', deadline: '' };
}
export function emptyAccount(network = ''): AccountAnswer {
  return { network, handle: '', url: '', owner: '', mission: '', audience: '' };
}
export function emptyCampaign(): CampaignAnswer {
  return { name: '', start: '', end: '', link: '', tag: '', skipWeekend: false };
}
export function emptyNetworkPlan(network: string, formats: string[]): NetworkAnswer {
  return { network, postsPerWeek: '3', weekdays: null, times: ['10:00'], formats };
}

/** The first day of next month, from the browser's clock. */
export function nextMonthStart(now = new Date()): string {
  const first = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-01`;
  return addMonths(first, 1);
}

export function blankAnswers(lang: Lang, now = new Date()): Answers {
  return {
    businessName: '',
    language: lang,
    market: HOME_MARKET[lang],
    focus: '',
    objectives: [],
    goals: [emptyGoal(), emptyGoal(), emptyGoal()],
    accounts: [],
    competitors: [],
    impostors: [],
    contentPlan: { startDate: nextMonthStart(now), months: '3', networks: [], mix: 'thirds', custom: [] },
    campaigns: [],
    situation: emptySituation(),
    budget: [],
    team: [],
    partners: [],
    reviews: { kpi: 'monthly', auditEveryMonths: '3', strategyEveryMonths: '6' },
    reminders: { recipients: [], hour: '9' },
  };
}

// ── Reading anything saved or sent, defensively (a draft from an older version, a script's plan) ──

type Loose = Record<string, unknown>;

function record(value: unknown): Loose {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
}
function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}
function strings(value: unknown): string[] {
  return list(value).map(str).filter((s) => s !== '');
}
/** A rate from a plan (0.02) reads better as "2%"; parseNumberText reads it back as 0.02. */
function rateText(value: unknown, metric: string): string {
  if (typeof value === 'number' && metricUnit(metric) === 'rate' && Math.abs(value) <= 1) {
    return `${Math.round(value * 1e6) / 1e4}%`;
  }
  return str(value);
}

function readMix(plan: Loose): { mix: MixChoice; custom: PillarAnswer[] } {
  const mix = plan.mix;
  const custom = list(plan.custom).map((p) => ({ pillar: str(record(p).pillar), percent: str(record(p).percent) }));
  if (mix === 'thirds' || mix === 'hootsuite') return { mix, custom };
  if (mix === 'custom') return { mix, custom };
  const rows = list(record(mix).custom);
  if (rows.length) return { mix: 'custom', custom: rows.map((p) => ({ pillar: str(record(p).pillar), percent: str(record(p).percent) })) };
  return { mix: 'thirds', custom };
}

/** The fields of `keys` as text, from any record. */
function texts<K extends string>(value: unknown, keys: readonly K[]): Record<K, string> {
  const r = record(value);
  return Object.fromEntries(keys.map((k) => [k, str(r[k])])) as Record<K, string>;
}

function readSituation(value: unknown): SituationAnswers {
  const s = record(value);
  return {
    swot: texts(s.swot, ['strengths', 'weaknesses', 'opportunities', 'threats'] as const),
    pestel: texts(s.pestel, ['political', 'economic', 'social', 'technological', 'environmental', 'legal'] as const),
    personas: list(s.personas).map((x) => ({ ...texts(x, ['name', 'who', 'needs', 'barriers'] as const), networks: strings(record(x).networks) })),
    listening: list(s.listening).map((x) => {
      const t = texts(x, ['term', 'kind', 'pillar'] as const);
      return { ...t, kind: t.kind || 'ours' };
    }),
  };
}

/** Any saved draft's answers or any plan → Answers; `lang` fills a missing language. */
export function readAnswers(input: unknown, lang: Lang): Answers {
  const a = record(input);
  const language = isLang(a.language) ? a.language : lang;
  const base = blankAnswers(language);
  const content = record(a.contentPlan);
  const reviews = record(a.reviews);
  const reminders = record(a.reminders);
  const goals = list(a.goals).map((g) => {
    const r = record(g);
    const metric = str(r.metric);
    return {
      text: str(r.text),
      network: str(r.network),
      metric,
      baseline: rateText(r.baseline, metric),
      target: rateText(r.target, metric),
      deadline: str(r.deadline),
    };
  });
  while (goals.length < 3) goals.push(emptyGoal());
  return {
    businessName: str(a.businessName),
    language,
    market: str(a.market) || base.market,
    focus: str(a.focus),
    // A focus is never also an objective (older drafts could tick "Brand awareness" in both).
    objectives: strings(a.objectives).filter((o) => !(FOCUSES as readonly string[]).includes(o)),
    goals,
    accounts: list(a.accounts).map((x) => {
      const r = record(x);
      return { network: str(r.network), handle: str(r.handle), url: str(r.url), owner: str(r.owner), mission: str(r.mission), audience: str(r.audience) };
    }),
    competitors: list(a.competitors).map((x) => {
      const r = record(x);
      return { network: str(r.network), handle: str(r.handle), url: str(r.url), notes: str(r.notes) };
    }),
    impostors: list(a.impostors).map((x) => {
      const r = record(x);
      return { network: str(r.network), url: str(r.url), handle: str(r.handle) };
    }),
    contentPlan: {
      startDate: str(content.startDate) || base.contentPlan.startDate,
      months: str(content.months) || base.contentPlan.months,
      networks: list(content.networks).map((x) => {
        const r = record(x);
        const days = Array.isArray(r.weekdays) ? r.weekdays.map(Number).filter((d) => Number.isInteger(d) && d >= 0 && d <= 6) : null;
        return { network: str(r.network), postsPerWeek: str(r.postsPerWeek), weekdays: days, times: strings(r.times), formats: strings(r.formats) };
      }),
      ...readMix(content),
    },
    campaigns: list(a.campaigns).map((x) => {
      const r = record(x);
      const days = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 60 ? v : undefined);
      const fromKeyDate = typeof r.keyDate === 'string' && r.keyDate !== '' ? { beforeDays: days(r.beforeDays), afterDays: days(r.afterDays), keyDate: r.keyDate } : {};
      return { name: str(r.name), start: str(r.start), end: str(r.end), link: str(r.link), tag: str(r.tag), skipWeekend: r.skipWeekend === true, ...fromKeyDate };
    }),
    // Drafts and plans from before these steps have none of them: they start empty.
    situation: readSituation(a.situation),
    budget: list(a.budget).map((x) => texts(x, ['network', 'kind', 'monthly'] as const)),
    team: list(a.team).map((x) => ({ ...texts(x, ['name', 'role', 'hoursPerWeek', 'hourlyCost'] as const), networks: strings(record(x).networks) })),
    partners: list(a.partners).map((x) => texts(x, ['name', 'network', 'fee', 'start', 'end'] as const)),
    reviews: {
      kpi: str(reviews.kpi) || base.reviews.kpi,
      auditEveryMonths: str(reviews.auditEveryMonths) || base.reviews.auditEveryMonths,
      strategyEveryMonths: str(reviews.strategyEveryMonths) || base.reviews.strategyEveryMonths,
    },
    reminders: {
      recipients: strings(reminders.recipients),
      hour: str(reminders.hour) || base.reminders.hour,
    },
  };
}

// ── To the plan generateTabs checks ──

/** A number when the text reads as one (any digits), else the text itself, for the server to name. */
export function numberOrText(text: string): number | string {
  const n = parseNumberText(text);
  return n === null ? text : n;
}

/** A pillar's share is in percent: "20%" is 20 (not 0.2, as a goal's "20%" would be). */
export function pillarPercent(text: string): number | string {
  return numberOrText(text.replace(/[%٪]/g, ''));
}

function blank(...values: string[]): boolean {
  return values.every((v) => v.trim() === '');
}

/** Answers → PlanInput. Rows left wholly blank in optional lists are dropped, not reported. */
export function toPlan(a: Answers): PlanInput {
  const c = a.contentPlan;
  return {
    businessName: a.businessName,
    language: a.language,
    market: a.market,
    focus: a.focus,
    objectives: a.objectives,
    goals: a.goals.map((g) => ({
      text: g.text,
      network: g.network,
      metric: g.metric,
      baseline: g.baseline.trim() === '' ? null : numberOrText(g.baseline),
      target: numberOrText(g.target),
      deadline: g.deadline,
    })),
    accounts: a.accounts.filter((x) => !blank(x.handle, x.url, x.owner, x.mission, x.audience)),
    competitors: a.competitors.filter((x) => !blank(x.handle, x.url, x.notes)),
    impostors: a.impostors.filter((x) => !blank(x.url, x.handle)),
    contentPlan: {
      startDate: c.startDate,
      months: numberOrText(c.months),
      networks: c.networks.map((n) => ({
        network: n.network,
        postsPerWeek: numberOrText(n.postsPerWeek),
        weekdays: n.weekdays,
        times: n.times,
        formats: n.formats,
      })),
      mix: c.mix === 'custom' ? { custom: c.custom.map((p) => ({ pillar: p.pillar, percent: pillarPercent(p.percent) })) } : c.mix,
    },
    campaigns: a.campaigns.filter((x) => !blank(x.name, x.start, x.end, x.link, x.tag)),
    situation: {
      swot: a.situation.swot,
      pestel: a.situation.pestel,
      personas: a.situation.personas.filter((x) => !blank(x.name, x.who, x.needs, x.barriers)),
      listening: a.situation.listening.filter((x) => !blank(x.term)),
    },
    budget: a.budget.filter((x) => !blank(x.monthly)).map((x) => ({ network: x.network, kind: x.kind, monthly: numberOrText(x.monthly) })),
    team: a.team
      .filter((x) => !blank(x.name, x.role, x.hoursPerWeek, x.hourlyCost))
      .map((x) => ({ ...x, hoursPerWeek: numberOrText(x.hoursPerWeek), hourlyCost: numberOrText(x.hourlyCost) })),
    partners: a.partners.filter((x) => !blank(x.name, x.fee, x.start, x.end)).map((x) => ({ ...x, fee: numberOrText(x.fee) })),
    reviews: {
      kpi: a.reviews.kpi,
      auditEveryMonths: numberOrText(a.reviews.auditEveryMonths),
      strategyEveryMonths: numberOrText(a.reviews.strategyEveryMonths),
    },
    reminders: { recipients: a.reminders.recipients, hour: numberOrText(a.reminders.hour) },
  };
}

/** The plan's last day, when the start date and months read. */
export function planEnd(a: Answers): string | null {
  const months = parseNumberText(a.contentPlan.months);
  const start = readIsoDate(a.contentPlan.startDate);
  if (start === null || months === null || !Number.isInteger(months) || months < 1) return null;
  return addDays(addMonths(start, Math.min(months, LIMITS.months)), -1);
}

/** Whether the user has typed anything worth keeping (before an example replaces it). */
export function hasContent(a: Answers): boolean {
  return (
    a.businessName.trim() !== '' ||
    a.goals.some((g) => g.text.trim() !== '') ||
    a.accounts.length > 0 ||
    a.competitors.length > 0 ||
    a.campaigns.length > 0
  );
}
