/**
 * The content calendar: properties over random plans (days, times, posts per week, weekends,
 * period, pillar shares, determinism), the campaign phases, and its formulas (tracked links, the
 * year at a glance) computed by a real engine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n/lang';
import { planLabels, tabMessages } from '../../../src/i18n/messages';
import { addDays, daysBetween, weekdayOf, type Weekday } from '../../../src/plan/dates';
import { generateCalendarTab } from '../../../src/plan/generators/calendar';
import { campaignTag } from '../../../src/plan/generators/phases';
import { weeklySlots } from '../../../src/plan/generators/schedule';
import { workingDays } from '../../../src/plan/markets';
import { contentPillars } from '../../../src/plan/mix';
import { networkName, NETWORKS, type Network } from '../../../src/plan/networks';
import { planEndDate, validatePlan, type Plan, type PlanInput } from '../../../src/plan/schema';
import type { SheetSpec } from '../../../src/sheets/spec';
import { evaluateSpec } from '../../support/formula-engine';
import { example, FoundTable, HOSTILE, hostilePlanInput, LANGS, parsePlan } from './support';

interface Post {
  date: string;
  time: string;
  network: Network;
  pillar: string;
  phase: string;
  campaign: string;
}

/** The posts of a calendar tab, read back from its cells. */
function postsOf(spec: SheetSpec, lang: Lang): Post[] {
  const t = tabMessages[lang];
  const table = FoundTable.find(spec, t.columns.copy);
  const byName = new Map(NETWORKS.map((n) => [networkName(n, lang), n]));
  return table.rows.map((_, i) => ({
    date: (table.cell(i, t.columns.date) as { date: string }).date,
    time: (table.cell(i, t.columns.time) as { time: string }).time,
    network: byName.get(table.cell(i, t.columns.network) as string)!,
    pillar: table.cell(i, t.columns.pillar) as string,
    phase: table.cell(i, t.columns.phase) as string,
    campaign: table.cell(i, t.columns.campaign) as string,
  }));
}

/** Whether a campaign that posts on the weekend runs on that date, and the date is a weekend day. */
function campaignWeekendDay(plan: Plan, date: string): boolean {
  return plan.weekend.includes(weekdayOf(date)) && plan.campaigns.some((k) => !k.skipWeekend && k.start <= date && date <= k.end);
}

/** Monday-based ISO week number of a date (days since 1970-01-01 was a Thursday). */
function isoWeek(date: string): number {
  return Math.floor((daysBetween('1970-01-01', date) + 3) / 7);
}

// ── Random plans ──

const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const weekdays = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 });

const networkPlan = fc.record({
  network: fc.constantFrom<Network>('instagram', 'facebook', 'x', 'linkedin', 'tiktok', 'youtube', 'telegram', 'website'),
  postsPerWeek: fc.integer({ min: 1, max: 14 }),
  weekdays: fc.option(weekdays, { nil: undefined }),
  times: fc.uniqueArray(time, { minLength: 1, maxLength: 3 }),
});

/** Whole percents summing to exactly 100 over 1–5 pillars. */
const customMix = fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 5 }).map((weights) => {
  const sum = weights.reduce((a, b) => a + b, 0);
  const percents = weights.map((w) => Math.floor((w * 100) / sum));
  percents[0] += 100 - percents.reduce((a, b) => a + b, 0);
  return { custom: percents.map((percent, i) => ({ pillar: `Pillar ${i + 1} "${'='.repeat(i)}"`, percent })) };
});

const planInput = fc
  .record({
    language: fc.constantFrom<Lang>(...LANGS),
    market: fc.constantFrom('IR', 'SA', 'AE', 'IL', 'US', 'ZZ'),
    startOffset: fc.integer({ min: 0, max: 3 * 365 }),
    months: fc.integer({ min: 1, max: 4 }),
    networks: fc.uniqueArray(networkPlan, { minLength: 1, maxLength: 6, selector: (n) => n.network }),
    mix: fc.oneof(fc.constant<'thirds'>('thirds'), fc.constant<'hootsuite'>('hootsuite'), customMix),
    campaigns: fc.array(fc.record({ offset: fc.integer({ min: -30, max: 130 }), length: fc.integer({ min: 0, max: 20 }) }), { maxLength: 3 }),
  })
  .map((r): PlanInput => {
    const start = addDays('2025-01-01', r.startOffset);
    return {
      businessName: 'Shop',
      language: r.language,
      market: r.market,
      focus: 'sales',
      goals: [1, 2, 3].map((i) => ({ text: `Goal ${i}`, network: r.networks[0].network, metric: 'reach' as const, target: 100 * i, deadline: addDays(start, 20) })),
      contentPlan: {
        startDate: start,
        months: r.months,
        // Never more posts than the chosen days and times hold (the schema refuses those plans).
        networks: r.networks.map((n) => ({
          ...n,
          postsPerWeek: Math.min(n.postsPerWeek, (n.weekdays?.length ?? 7) * n.times.length),
        })),
        mix: r.mix,
      },
      campaigns: r.campaigns.map((k, i) => ({ name: `Campaign ${i + 1}`, start: addDays(start, k.offset), end: addDays(start, k.offset + k.length) })),
    };
  });

function parsed(input: PlanInput): Plan {
  const check = validatePlan(input, 'en');
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return check.plan;
}

describe('calendar properties over random plans', () => {
  it('posts fall within the plan, on the network’s days at its times, in date order', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = parsed(input);
        const posts = postsOf(generateCalendarTab(plan), plan.language);
        const end = planEndDate(plan);
        const home = { weekStart: plan.weekStart, weekend: plan.weekend };
        posts.forEach((p, i) => {
          expect(p.date >= plan.contentPlan.startDate && p.date <= end).toBe(true);
          if (i > 0) expect(p.date >= posts[i - 1].date).toBe(true);
          const np = plan.contentPlan.networks.find((n) => n.network === p.network)!;
          // Off the network's days only on a weekend day a campaign runs.
          if (!np.weekdays.includes(weekdayOf(p.date))) expect(campaignWeekendDay(plan, p.date)).toBe(true);
          expect(np.times).toContain(p.time);
          // Days the user did not choose: never on the market's weekend, unless the working days
          // cannot hold the posts asked for.
          const asked = input.contentPlan.networks.find((n) => n.network === p.network)!;
          const fits = workingDays(home.weekStart, home.weekend).length * np.times.length >= np.postsPerWeek;
          if (asked.weekdays === undefined && fits && !campaignWeekendDay(plan, p.date)) expect(home.weekend).not.toContain(weekdayOf(p.date));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('never more than postsPerWeek per ISO week per network, and exactly that many in every whole week', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = parsed(input);
        const posts = postsOf(generateCalendarTab(plan), plan.language);
        const start = plan.contentPlan.startDate;
        const end = planEndDate(plan);
        for (const np of plan.contentPlan.networks) {
          // The weekly pattern; a running campaign's weekend posts come on top (tested below).
          const patternDays = new Set(weeklySlots(np, plan.weekStart).map((slot) => slot.weekday));
          const mine = posts.filter((p) => p.network === np.network && (patternDays.has(weekdayOf(p.date)) || !campaignWeekendDay(plan, p.date)));
          const perWeek = new Map<number, number>();
          for (const p of mine) perWeek.set(isoWeek(p.date), (perWeek.get(isoWeek(p.date)) ?? 0) + 1);
          for (const count of perWeek.values()) expect(count).toBeLessThanOrEqual(np.postsPerWeek);
          // Any 7 days in a row wholly inside the plan hold exactly postsPerWeek posts.
          const dayCounts = new Array(daysBetween(start, end) + 1).fill(0);
          for (const p of mine) dayCounts[daysBetween(start, p.date)]++;
          for (let d = 0; d + 7 <= dayCounts.length; d += 5) {
            const week = dayCounts.slice(d, d + 7).reduce((a: number, b: number) => a + b, 0);
            expect(week).toBe(np.postsPerWeek);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('each network’s pillars follow the content mix within one post', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = parsed(input);
        const posts = postsOf(generateCalendarTab(plan), plan.language);
        const pillars = contentPillars(plan.contentPlan.mix, plan.language);
        const total = pillars.reduce((a, p) => a + p.percent, 0);
        for (const np of plan.contentPlan.networks) {
          const mine = posts.filter((p) => p.network === np.network);
          for (const pillar of pillars) {
            const count = mine.filter((p) => p.pillar === pillar.name).length;
            expect(Math.abs(count - (mine.length * pillar.percent) / total)).toBeLessThanOrEqual(1);
          }
          expect(mine.every((p) => pillars.some((k) => k.name === p.pillar))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic: the same plan gives the same tab', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const first = generateCalendarTab(parsed(input));
        const again = generateCalendarTab(parsed(JSON.parse(JSON.stringify(input))));
        expect(again).toEqual(first);
      }),
      { numRuns: 25 },
    );
  });

  it('during-phase posts fall inside their campaign, quiet ones carry no campaign', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = parsed(input);
        const t = tabMessages[plan.language];
        for (const p of postsOf(generateCalendarTab(plan), plan.language)) {
          if (p.phase === t.phases.quiet) expect(p.campaign).toBe('');
          else expect(plan.campaigns.map((k) => k.name)).toContain(p.campaign);
          if (p.phase === t.phases.during) {
            expect(plan.campaigns.some((k) => k.name === p.campaign && k.start <= p.date && p.date <= k.end)).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('calendar content', () => {
  it('networks posting on the same days do not all carry the same pillar that day', () => {
    const input = hostilePlanInput();
    const same = { postsPerWeek: 5, weekdays: [1, 2, 3, 4, 5], times: ['09:00'] };
    input.contentPlan.networks = (['instagram', 'facebook', 'linkedin'] as const).map((network) => ({ network, ...same }));
    input.contentPlan.months = 12;
    for (const mix of ['thirds', 'hootsuite'] as const) {
      input.contentPlan.mix = mix;
      const plan = parsePlan(input);
      const byDay = new Map<string, Set<string>>();
      for (const p of postsOf(generateCalendarTab(plan), 'en')) byDay.set(p.date, (byDay.get(p.date) ?? new Set()).add(p.pillar));
      expect(byDay.size).toBeGreaterThan(200);
      for (const [date, pillars] of byDay) expect(pillars.size, `${mix} ${date}`).toBeGreaterThan(1);
    }
  });

  it('weekday names, formats and owners come from the plan', () => {
    const plan = example('fa');
    const t = tabMessages.fa;
    const table = FoundTable.find(generateCalendarTab(plan), t.columns.copy);
    table.rows.forEach((_, i) => {
      const date = (table.cell(i, t.columns.date) as { date: string }).date;
      expect(table.cell(i, t.columns.weekday)).toBe(planLabels.fa.weekdays[weekdayOf(date)]);
    });
    // The Persian example's market is Iran: Friday off, the week starts on Saturday.
    expect(plan.weekend).toEqual([5]);
    const firstNetwork = networkName(plan.contentPlan.networks[0].network, 'fa');
    const rows = table.rows.map((_, i) => i).filter((i) => table.cell(i, t.columns.network) === firstNetwork);
    const outsideCampaigns = rows.filter((i) => table.cell(i, t.columns.phase) !== t.phases.during);
    expect(outsideCampaigns.map((i) => weekdayOf((table.cell(i, t.columns.date) as { date: string }).date) as Weekday)).not.toContain(5);
    expect(table.cell(rows[0], t.columns.owner)).toBe(plan.accounts[0].owner);
    const formats = plan.contentPlan.networks[0].formats.map((f) => planLabels.fa.formats[f]);
    expect(rows.slice(0, 4).map((i) => table.cell(i, t.columns.format))).toEqual([formats[0], formats[1], formats[0], formats[1]]);
  });

  it('a three-year plan of six networks at seven posts a week: every post, one row each', () => {
    const input = hostilePlanInput();
    input.contentPlan.months = 36;
    input.contentPlan.startDate = '2025-01-01';
    input.contentPlan.networks = (['instagram', 'facebook', 'linkedin', 'tiktok', 'x', 'youtube'] as const).map((network) => ({
      network,
      postsPerWeek: 7,
      weekdays: [0, 1, 2, 3, 4, 5, 6],
      times: ['09:00'],
    }));
    const plan = parsePlan(input);
    const spec = generateCalendarTab(plan);
    const days = daysBetween('2025-01-01', planEndDate(plan)) + 1;
    expect(spec.rows).toBe(6 * days);
    expect(FoundTable.find(spec, tabMessages.en.columns.copy).rows).toHaveLength(6 * days);
  });
});

describe('calendar formulas, computed', () => {
  const plan = example('en');
  const t = tabMessages.en;
  const spec = generateCalendarTab(plan);
  const posts = FoundTable.find(spec, t.columns.copy);
  const glance = FoundTable.find(spec, t.columns.campaigns);

  it('the tracked link tags each post’s link with its network, "social" and its campaign', () => {
    const during = posts.values(t.columns.phase).indexOf(t.phases.during);
    const quiet = posts.values(t.columns.phase).indexOf(t.phases.quiet);
    const ev = evaluateSpec(spec, {
      [posts.a1(0, t.columns.link)]: 'shop.example/menu',
      [posts.a1(during, t.columns.link)]: 'https://shop.example/p?id=7#top',
      [posts.a1(quiet, t.columns.link)]: 'https://shop.example/',
    });
    const source = posts.cell(during, t.columns.source) as string;
    expect(source).toBe((posts.cell(during, t.columns.network) as string).toLowerCase());
    // The example's first campaign sits on a key date ("Valentine’s Day menu"): its tag comes from its name.
    const firstTag = campaignTag(plan.campaigns[0].name, 'campaign_1');
    expect(firstTag).toMatch(/^[a-z0-9_]+$/);
    expect(ev.get(posts.a1(0, t.columns.trackedLink))).toBe(
      `https://shop.example/menu?utm_source=${posts.cell(0, t.columns.source)}&utm_medium=social&utm_campaign=${firstTag}`,
    );
    expect(ev.get(posts.a1(during, t.columns.trackedLink))).toBe(
      `https://shop.example/p?id=7&utm_source=${source}&utm_medium=social&utm_campaign=${firstTag}#top`,
    );
    expect(ev.get(posts.a1(quiet, t.columns.trackedLink))).toBe(
      `https://shop.example/?utm_source=${posts.cell(quiet, t.columns.source)}&utm_medium=social&utm_campaign=always_on`,
    );
    // A post without a landing page links to its network's profile, tagged too.
    const profile = plan.accounts.find((a) => networkName(a.network, 'en') === posts.cell(1, t.columns.network))!.url;
    expect(posts.cell(1, t.columns.link)).toBe(profile);
    expect(ev.get(posts.a1(1, t.columns.trackedLink))).toMatch(new RegExp(`^${profile.replace(/[.?]/g, '\\$&')}[?&]utm_source=`));
  });

  it('a campaign name with quotes and = is tagged safely and the link still computes', () => {
    const hostile = parsePlan(hostilePlanInput());
    const hostileSpec = generateCalendarTab(hostile);
    const table = FoundTable.find(hostileSpec, t.columns.copy);
    const i = table.values(t.columns.campaign).indexOf(HOSTILE.campaign);
    expect(table.cell(i, t.columns.campaignTag)).toBe('spring_sale_hyperlink_x');
    const ev = evaluateSpec(hostileSpec, { [table.a1(i, t.columns.link)]: 'shop.example' });
    expect(ev.get(table.a1(i, t.columns.trackedLink))).toBe(
      `https://shop.example?utm_source=${table.cell(i, t.columns.source)}&utm_medium=social&utm_campaign=spring_sale_hyperlink_x`,
    );
  });

  it('year at a glance: per month, the campaigns running and the posts per network, counted from the calendar', () => {
    const ev = evaluateSpec(spec);
    const all = postsOf(spec, 'en');
    const months = glance.values(t.columns.month).map((m) => (m as { date: string }).date);
    expect(months).toEqual(['2025-02-01', '2025-03-01', '2025-04-01']);
    expect(glance.values(t.columns.campaigns)).toEqual([plan.campaigns[0].name, '', plan.campaigns[1].name]);
    months.forEach((month, i) => {
      const inMonth = all.filter((p) => p.date.slice(0, 7) === month.slice(0, 7));
      for (const np of plan.contentPlan.networks) {
        const name = networkName(np.network, 'en');
        expect(ev.get(glance.a1(i, name)), `${month} ${name}`).toBe(inMonth.filter((p) => p.network === np.network).length);
      }
      expect(ev.get(glance.a1(i, t.columns.totalPosts))).toBe(inMonth.length);
    });
  });

  it('the counts follow the user’s edits of the calendar', () => {
    const ig = networkName('instagram', 'en');
    const fb = networkName('facebook', 'en');
    const i = posts.values(t.columns.network).indexOf(ig);
    const j = posts.values(t.columns.network).indexOf(networkName('tiktok', 'en'));
    const before = evaluateSpec(spec);
    // An Instagram post of February moved to Facebook; a TikTok post of February moved to March.
    const after = evaluateSpec(spec, { [posts.a1(i, t.columns.network)]: fb, [posts.a1(j, t.columns.date)]: { date: '2025-03-03' } });
    expect(after.get(glance.a1(0, ig))).toBe((before.get(glance.a1(0, ig)) as number) - 1);
    expect(after.get(glance.a1(0, fb))).toBe((before.get(glance.a1(0, fb)) as number) + 1);
    expect(after.get(glance.a1(0, t.columns.totalPosts))).toBe((before.get(glance.a1(0, t.columns.totalPosts)) as number) - 1);
    expect(after.get(glance.a1(1, t.columns.totalPosts))).toBe((before.get(glance.a1(1, t.columns.totalPosts)) as number) + 1);
  });

  it('campaigns spanning months are listed in each, joined in the language', () => {
    const input = hostilePlanInput();
    input.language = 'ar';
    input.campaigns = [
      { name: 'أ', start: '2025-03-25', end: '2025-04-05' },
      { name: 'ب', start: '2025-04-01', end: '2025-04-02' },
    ];
    const ar = generateCalendarTab(parsePlan(input, 'ar'));
    const arGlance = FoundTable.find(ar, tabMessages.ar.columns.campaigns);
    expect(arGlance.values(tabMessages.ar.columns.campaigns)).toEqual(['أ', 'أ، ب', '']);
  });
});

describe('campaigns in the calendar (first walk: a Saudi coffee shop, a Tehran clothing brand)', () => {
  const t = tabMessages.ar;
  function saudiPlan(campaigns: PlanInput['campaigns']): Plan {
    const input = hostilePlanInput();
    Object.assign(input, { language: 'ar', market: 'SA', campaigns });
    input.accounts = [{ network: 'instagram', handle: '@qahwa', url: 'instagram.com/qahwa' }];
    input.contentPlan.startDate = '2026-02-01';
    input.goals = input.goals.map((g) => ({ ...g, deadline: '2026-04-30' }));
    input.contentPlan.networks = [{ network: 'instagram', postsPerWeek: 5, times: ['09:00'] }, { network: 'snapchat', postsPerWeek: 3, times: ['20:00'] }];
    return parsePlan(input, 'ar');
  }
  const ramadan = { name: 'رمضان', start: '2026-02-18', end: '2026-03-19' };
  const foundingDay = { name: 'يوم التأسيس', start: '2026-02-22', end: '2026-02-22' };
  const eid = { name: 'عيد الفطر', start: '2026-03-20', end: '2026-03-22' };
  const rowsOn = (plan: Plan, date: string) => {
    const table = FoundTable.find(generateCalendarTab(plan), t.columns.copy);
    return table.rows.map((_, i) => i).filter((i) => (table.cell(i, t.columns.date) as { date: string }).date === date).map((i) => ({
      campaign: table.cell(i, t.columns.campaign),
      tag: table.cell(i, t.columns.campaignTag),
      link: table.cell(i, t.columns.link),
      network: table.cell(i, t.columns.network),
    }));
  };

  it('Founding Day inside Ramadan gets the posts of its day; Ramadan keeps the others', () => {
    const plan = saudiPlan([ramadan, foundingDay]);
    const day = rowsOn(plan, '2026-02-22');
    expect(day.length).toBeGreaterThan(0);
    for (const post of day) expect(post.campaign).toBe(foundingDay.name);
    for (const post of rowsOn(plan, '2026-02-23')) expect(post.campaign).toBe(ramadan.name);
  });

  it('Eid’s first two days, a Saudi weekend (Friday and Saturday), get posts on every network', () => {
    const plan = saudiPlan([eid]);
    expect(plan.weekend).toEqual([5, 6]);
    for (const date of ['2026-03-20', '2026-03-21']) {
      const day = rowsOn(plan, date);
      expect(day.map((p) => p.network).sort()).toEqual(plan.contentPlan.networks.map((n) => networkName(n.network, 'ar')).sort());
      for (const post of day) expect(post.campaign).toBe(eid.name);
    }
    // An ordinary weekend keeps its rest, and a campaign may ask to skip the weekend.
    expect(rowsOn(plan, '2026-03-13')).toEqual([]);
    const skipping = saudiPlan([{ ...eid, skipWeekend: true }]);
    expect(rowsOn(skipping, '2026-03-20')).toEqual([]);
  });

  it('posts link to their campaign’s landing page, else to the network’s profile; tags are ASCII', () => {
    const plan = saudiPlan([{ ...eid, link: 'qahwa.example/eid' }, { ...foundingDay, tag: 'founding-day' }]);
    const eidPosts = rowsOn(plan, '2026-03-22');
    expect(eidPosts.map((p) => p.link)).toEqual(eidPosts.map(() => 'https://qahwa.example/eid'));
    expect(eidPosts.map((p) => p.tag)).toEqual(eidPosts.map(() => 'campaign_1'));
    const founding = rowsOn(plan, '2026-02-22');
    const instagram = founding.find((p) => p.network === networkName('instagram', 'ar'))!;
    expect(instagram.link).toBe('https://instagram.com/qahwa');
    expect(instagram.tag).toBe('founding-day');
    // Snapchat has no account with a link: nothing to link to.
    expect(founding.find((p) => p.network === networkName('snapchat', 'ar'))?.link ?? null).toBeNull();
  });

  it('a tag that is not an ASCII slug is refused at the campaign, in the plan’s language', () => {
    const input = hostilePlanInput();
    input.campaigns = [{ name: 'نوروز', start: '2025-03-20', end: '2025-03-25', tag: 'حراج_نوروز' }];
    const check = validatePlan(input, 'en');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems).toEqual([{ field: 'campaigns.0.tag', message: expect.stringContaining('حراج_نوروز') }]);
  });

  it('copy and link, the columns marketers fill most, are wide and wrap', () => {
    const spec = generateCalendarTab(saudiPlan([eid]));
    const table = FoundTable.find(spec, t.columns.copy);
    for (const [header, min] of [[t.columns.copy, 300], [t.columns.link, 240]] as const) {
      const column = table.column(header);
      expect(spec.columnWidths[column - 1]).toBeGreaterThanOrEqual(min);
      expect(spec.styles.some((s) => s.wrap === true && s.area.column === column && s.area.row === table.block.row + 1 && s.area.numRows === table.rows.length)).toBe(true);
    }
  });
});
