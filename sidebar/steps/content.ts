/**
 * Step 4, Content plan: start and length; per network the posts a week, days, times and formats
 * (days follow the market's week, its working days ticked until the user chooses); the content
 * mix; campaigns and key dates.
 */
import { parseNumberText } from '../../src/i18n/digits';
import { digitLocale } from '../../src/i18n/say';
import type { Lang } from '../../src/i18n/lang';
import { marketOf, workingDays } from '../../src/plan/markets';
import { NETWORK_INFO, NETWORKS, defaultFormats, type Network } from '../../src/plan/networks';
import { campaignTag } from '../../src/plan/generators/phases';
import { campaignOfKeyDate } from '../../src/plan/key-dates/campaign';
import type { KeyDate } from '../../src/plan/key-dates';
import { emptyCampaign, emptyNetworkPlan, pillarPercent, planEnd, type NetworkAnswer } from '../answers';
import type { StepContext } from '../context';
import { h, type Child } from '../dom';
import { choiceField, idOf, selectField, splitList, textField } from '../fields';
import { labels, m, netName, t, weekdayShort } from '../i18n';
import { addButton, card, listSection, networkOptions } from '../parts';

function isNetwork(value: string): value is Network {
  return (NETWORKS as string[]).includes(value);
}

/** The days ticked while the user has not chosen: the plan's own default (schema.defaultWeekdays). */
function shownDays(n: NetworkAnswer, market: string): number[] {
  if (n.weekdays) return n.weekdays;
  const home = marketOf(market || 'ZZ');
  const working = workingDays(home.weekStart, home.weekend);
  const posts = parseNumberText(n.postsPerWeek) ?? 0;
  return working.length * Math.max(1, n.times.length) >= posts ? working : workingDays(home.weekStart, []);
}

/** A new network row: the first account network not planned yet, else the market's, else any. */
export function nextNetwork(ctx: StepContext): string {
  const planned = new Set(ctx.a.contentPlan.networks.map((n) => n.network));
  const candidates = [...ctx.a.accounts.map((x) => x.network), ...marketOf(ctx.a.market || 'ZZ').networks, ...NETWORKS];
  return candidates.find((n) => n && !planned.has(n)) ?? '';
}

export function newNetworkPlan(network: string): NetworkAnswer {
  return emptyNetworkPlan(network, isNetwork(network) ? defaultFormats(network) : []);
}

export function contentStep(ctx: StepContext): Child[] {
  const a = ctx.a;
  const plan = a.contentPlan;
  const home = marketOf(a.market || 'ZZ');
  const weekOrder = workingDays(home.weekStart, []);

  const networks = plan.networks.map((n, i) => {
    const at = `contentPlan.networks.${i}`;
    const formats = isNetwork(n.network) ? NETWORK_INFO[n.network].formats : [];
    return card(
      at,
      n.network ? netName(n.network) : m().network,
      () => {
        plan.networks.splice(i, 1);
        ctx.changed('contentPlan.networks', { redraw: true, focus: 'add-network' });
      },
      selectField({
        field: `${at}.network`,
        label: m().network,
        value: n.network,
        options: networkOptions(),
        placeholder: m().choose,
        onChange: (v) => {
          n.network = v;
          // Formats the new network does not take are dropped; none left → its usual one.
          const allowed = isNetwork(v) ? (NETWORK_INFO[v].formats as readonly string[]) : [];
          n.formats = n.formats.filter((f) => allowed.includes(f));
          if (n.formats.length === 0 && isNetwork(v)) n.formats = defaultFormats(v);
          ctx.changed(at, { redraw: true, focus: idOf(`${at}.network`) });
        },
      }),
      textField({
        field: `${at}.postsPerWeek`,
        label: m().postsPerWeek,
        value: n.postsPerWeek,
        number: true,
        maxLength: 4,
        onInput: (v) => {
          n.postsPerWeek = v;
          ctx.changed(`${at}.postsPerWeek`);
        },
      }),
      choiceField({
        field: `${at}.weekdays`,
        label: m().days,
        kind: 'checkbox',
        values: shownDays(n, a.market).map(String),
        options: weekOrder.map((d) => ({ value: String(d), label: weekdayShort(d) })),
        onChange: (values) => {
          n.weekdays = values.map(Number);
          ctx.changed(`${at}.weekdays`);
        },
      }),
      textField({
        field: `${at}.times`,
        label: m().times,
        value: n.times.join(', '),
        placeholder: '09:30, 18:00',
        maxLength: 60,
        onInput: (v) => {
          n.times = splitList(v);
          ctx.changed(`${at}.times`);
        },
      }),
      choiceField({
        field: `${at}.formats`,
        label: m().formats,
        kind: 'checkbox',
        values: n.formats,
        options: formats.map((f) => ({ value: f, label: labels().formats[f] })),
        onChange: (values) => {
          n.formats = values;
          ctx.changed(`${at}.formats`);
        },
      }),
    );
  });

  const planned = new Set(plan.networks.map((n) => n.network));
  const fromAccounts = Array.from(new Set(a.accounts.map((x) => x.network))).filter((n) => n && !planned.has(n));
  const addNetwork = (network: string) => {
    plan.networks.push(newNetworkPlan(network));
    const i = plan.networks.length - 1;
    ctx.changed('contentPlan.networks', { redraw: true, focus: idOf(`contentPlan.networks.${i}.postsPerWeek`) });
  };

  const custom =
    plan.mix === 'custom'
      ? [
          listSection(
            'contentPlan.mix.custom',
            plan.custom.map((p, i) =>
              h(
                'div',
                { class: 'row', 'data-field': `contentPlan.mix.custom.${i}` },
                textField({
                  field: `contentPlan.mix.custom.${i}.pillar`,
                  label: t(m().pillarName, { n: i + 1 }),
                  value: p.pillar,
                  maxLength: 60,
                  onInput: (v) => {
                    p.pillar = v;
                    ctx.changed(`contentPlan.mix.custom.${i}.pillar`);
                  },
                }),
                textField({
                  field: `contentPlan.mix.custom.${i}.percent`,
                  label: m().percent,
                  value: p.percent,
                  number: true,
                  maxLength: 6,
                  onInput: (v) => {
                    p.percent = v;
                    ctx.changed(`contentPlan.mix.custom.${i}.percent`);
                    total.textContent = mixTotal();
                  },
                }),
              ),
            ),
          ),
          addButton('add-pillar', m().addPillar, () => {
            plan.custom.push({ pillar: '', percent: '' });
            ctx.changed('contentPlan.mix', { redraw: true, focus: idOf(`contentPlan.mix.custom.${plan.custom.length - 1}.pillar`) });
          }),
        ]
      : [];
  const mixTotal = () => {
    const sum = plan.custom.reduce((s, p) => { const n = pillarPercent(p.percent); return s + (typeof n === 'number' ? n : 0); }, 0);
    return t(m().mixTotal, { sum: Math.round(sum * 100) / 100 });
  };
  const total = h('p', { class: 'muted', 'aria-live': 'polite' }, plan.mix === 'custom' ? mixTotal() : '');

  const campaigns = a.campaigns.map((c, i) =>
    card(
      `campaigns.${i}`,
      t(m().campaign, { n: i + 1 }),
      () => {
        a.campaigns.splice(i, 1);
        ctx.changed('campaigns', { redraw: true, focus: 'add-campaign' });
      },
      textField({
        field: `campaigns.${i}.name`,
        label: m().campaignName,
        value: c.name,
        maxLength: 100,
        onInput: (v) => {
          c.name = v;
          ctx.changed(`campaigns.${i}.name`);
        },
      }),
      h(
        'div',
        { class: 'row' },
        textField({ field: `campaigns.${i}.start`, label: m().from, type: 'date', value: c.start, onInput: (v) => { c.start = v; ctx.changed(`campaigns.${i}.start`); } }),
        textField({ field: `campaigns.${i}.end`, label: m().to, type: 'date', value: c.end, onInput: (v) => { c.end = v; ctx.changed(`campaigns.${i}.end`); } }),
      ),
      textField({ field: `campaigns.${i}.link`, label: m().campaignLink, type: 'url', value: c.link, maxLength: 2000, onInput: (v) => { c.link = v; ctx.changed(`campaigns.${i}.link`); } }),
      textField({
        field: `campaigns.${i}.tag`,
        label: m().campaignTag,
        type: 'url', // read left to right, like the link it ends up in
        value: c.tag,
        maxLength: 60,
        placeholder: campaignTag(c.name, `campaign_${i + 1}`),
        onInput: (v) => { c.tag = v; ctx.changed(`campaigns.${i}.tag`); },
      }),
      choiceField({
        field: `campaigns.${i}.skipWeekend`,
        label: m().campaignSkipWeekend,
        kind: 'checkbox',
        options: [{ value: 'skip', label: m().campaignSkipWeekend }],
        values: c.skipWeekend ? ['skip'] : [],
        onChange: (values) => { c.skipWeekend = values.includes('skip'); ctx.changed(`campaigns.${i}.skipWeekend`); },
      }),
    ),
  );

  const fields: Child[] = [
    h(
      'div',
      { class: 'row' },
      textField({ field: 'contentPlan.startDate', label: m().startDate, type: 'date', value: plan.startDate, onInput: (v) => { plan.startDate = v; ctx.changed('contentPlan.startDate'); } }),
      textField({ field: 'contentPlan.months', label: m().months, value: plan.months, number: true, maxLength: 3, onInput: (v) => { plan.months = v; ctx.changed('contentPlan.months'); } }),
    ),
    h('h2', null, m().postingTitle),
    fromAccounts.length
      ? h('div', { class: 'chips' }, fromAccounts.map((n) => h('button', { type: 'button', id: `plan-${n}`, onclick: () => addNetwork(n) }, `+ ${netName(n)}`)))
      : null,
    listSection('contentPlan.networks', networks),
    plan.networks.length < NETWORKS.length ? addButton('add-network', m().addNetworkAny, () => addNetwork(nextNetwork(ctx))) : null,
    choiceField({
      field: 'contentPlan.mix',
      label: m().mix,
      kind: 'radio',
      column: true,
      values: [plan.mix],
      options: [
        { value: 'thirds', label: m().mixThirds },
        { value: 'hootsuite', label: m().mixHootsuite },
        { value: 'custom', label: m().mixCustom },
      ],
      onChange: ([v]) => {
        plan.mix = v === 'hootsuite' || v === 'custom' ? v : 'thirds';
        if (plan.mix === 'custom' && plan.custom.length === 0) plan.custom.push({ pillar: '', percent: '' });
        ctx.changed('contentPlan.mix', { redraw: true, focus: `${idOf('contentPlan.mix')}-${['thirds', 'hootsuite', 'custom'].indexOf(plan.mix)}` });
      },
    }),
    custom,
    total,
    h('h2', null, m().campaigns),
    listSection('campaigns', campaigns),
    addButton('add-campaign', m().addCampaign, () => {
      a.campaigns.push(emptyCampaign());
      ctx.changed('campaigns', { redraw: true, focus: idOf(`campaigns.${a.campaigns.length - 1}.name`) });
    }),
  ];
  return [...fields, h('h3', { id: 'key-dates' }, m().keyDates), keyDateList(ctx)];
}

/** Day and month in the wizard's language and its digits, from an ISO date (the browser's Intl is fine here). */
function shortDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(digitLocale(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * The market's key dates in the plan's period, each with one button that adds it as a campaign
 * with its before/during/after phases (Ramadan: the 14 days before, the month, the Eid after).
 */
function keyDateList(ctx: StepContext): Child {
  const { a } = ctx;
  const all = ctx.keyDates;
  if (all === null) return h('p', { class: 'muted', 'aria-live': 'polite' }, a.market ? m().keyDatesLoading : '');
  const end = planEnd(a) ?? '';
  const shown = all.filter((k) => k.start <= end);
  if (shown.length === 0) return h('p', { class: 'muted' }, m().keyDatesNone);
  const add = (k: KeyDate) => {
    const c = campaignOfKeyDate(k, all);
    a.campaigns.push({ ...emptyCampaign(), ...c });
    ctx.changed('campaigns', { redraw: true, focus: idOf(`campaigns.${a.campaigns.length - 1}.name`) });
  };
  return h(
    'ul',
    { class: 'key-dates' },
    shown.map((k) => {
      const added = a.campaigns.some((c) => c.keyDate === k.id);
      const when = k.start === k.end ? shortDate(k.start, a.language) : `${shortDate(k.start, a.language)} – ${shortDate(k.end, a.language)}`;
      const phases = campaignOfKeyDate(k, all);
      return h(
        'li',
        { class: 'key-date', 'data-key-date': k.id },
        h('strong', null, k.name),
        ' ',
        h('span', null, when),
        k.note ? h('div', { class: 'muted' }, k.note) : null,
        h('div', { class: 'muted' }, t(m().keyDatePhases, { before: phases.beforeDays, after: phases.afterDays })),
        h(
          'button',
          { type: 'button', id: `key-date-${k.id}`, disabled: added, 'aria-label': `${m().addKeyDate}: ${k.name}`, onclick: () => add(k) },
          added ? m().keyDateAdded : `+ ${m().addKeyDate}`,
        ),
      );
    }),
  );
}
