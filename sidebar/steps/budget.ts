/**
 * Step 6, Budget & team (SOSTAC's Action): the monthly budget per network and kind in the
 * market's currency; the team, with what each does, the networks they work on, hours a week and
 * hourly cost (the KPI tab's cost of time and ROI come from these); the influencers and bloggers
 * paid, with their fee and dates.
 */
import { marketOf } from '../../src/plan/markets';
import type { StepContext } from '../context';
import { h, type Child } from '../dom';
import { choiceField, idOf, selectField, textField } from '../fields';
import { labels, m, netName, t } from '../i18n';
import { addButton, card, listSection, networkOptions, optionsOf } from '../parts';

export function budgetStep(ctx: StepContext): Child[] {
  const a = ctx.a;
  const planned = Array.from(new Set(a.contentPlan.networks.map((n) => n.network).filter(Boolean)));
  const plannedOptions = planned.map((n) => ({ value: n, label: netName(n) }));
  const input = (field: string, label: string, value: string, set: (v: string) => void, kind: 'text' | 'number' | 'date' = 'text') =>
    textField({
      field,
      label,
      value,
      maxLength: kind === 'number' ? 20 : 100,
      number: kind === 'number',
      type: kind === 'date' ? 'date' : 'text',
      onInput: (v) => (set(v), ctx.changed(field)),
    });
  const network = (field: string, value: string, set: (v: string) => void, all: boolean) =>
    selectField({
      field,
      label: m().network,
      value,
      options: all ? [{ value: '', label: m().allNetworks }, ...networkOptions()] : networkOptions(),
      placeholder: all ? undefined : m().choose,
      onChange: (v) => (set(v), ctx.changed(field)),
    });
  const remove = (list: unknown[], i: number, field: string, focus: string) => () => {
    list.splice(i, 1);
    ctx.changed(field, { redraw: true, focus });
  };

  const lines = a.budget.map((x, i) =>
    card(
      `budget.${i}`,
      t(m().budgetLine, { n: i + 1 }),
      remove(a.budget, i, 'budget', 'add-budget'),
      network(`budget.${i}.network`, x.network, (v) => (x.network = v), true),
      selectField({
        field: `budget.${i}.kind`,
        label: m().budgetKind,
        value: x.kind,
        options: optionsOf(labels().budgetKinds),
        placeholder: m().choose,
        onChange: (v) => ((x.kind = v), ctx.changed(`budget.${i}.kind`)),
      }),
      input(`budget.${i}.monthly`, m().monthly, x.monthly, (v) => (x.monthly = v), 'number'),
    ),
  );

  const team = a.team.map((x, i) =>
    card(
      `team.${i}`,
      x.name.trim() ? `${t(m().member, { n: i + 1 })} · ${x.name.trim()}` : t(m().member, { n: i + 1 }),
      remove(a.team, i, 'team', 'add-member'),
      input(`team.${i}.name`, m().memberName, x.name, (v) => (x.name = v)),
      input(`team.${i}.role`, m().role, x.role, (v) => (x.role = v)),
      plannedOptions.length
        ? choiceField({
            field: `team.${i}.networks`,
            label: m().memberNetworks,
            kind: 'checkbox',
            values: x.networks,
            options: plannedOptions,
            onChange: (values) => ((x.networks = values), ctx.changed(`team.${i}.networks`)),
          })
        : null,
      input(`team.${i}.hoursPerWeek`, m().hoursPerWeek, x.hoursPerWeek, (v) => (x.hoursPerWeek = v), 'number'),
      input(`team.${i}.hourlyCost`, m().hourlyCost, x.hourlyCost, (v) => (x.hourlyCost = v), 'number'),
    ),
  );

  const partners = a.partners.map((x, i) =>
    card(
      `partners.${i}`,
      t(m().partner, { n: i + 1 }),
      remove(a.partners, i, 'partners', 'add-partner'),
      input(`partners.${i}.name`, m().partnerName, x.name, (v) => (x.name = v)),
      network(`partners.${i}.network`, x.network, (v) => (x.network = v), false),
      input(`partners.${i}.fee`, m().fee, x.fee, (v) => (x.fee = v), 'number'),
      input(`partners.${i}.start`, m().from, x.start, (v) => (x.start = v), 'date'),
      input(`partners.${i}.end`, m().to, x.end, (v) => (x.end = v), 'date'),
    ),
  );

  return [
    h('h2', null, t(m().budget, { currency: marketOf(a.market || 'ZZ').currency })),
    listSection('budget', lines),
    addButton('add-budget', m().addBudget, () => {
      a.budget.push({ network: planned[a.budget.length] ?? '', kind: 'ads', monthly: '' });
      ctx.changed('budget', { redraw: true, focus: idOf(`budget.${a.budget.length - 1}.monthly`) });
    }),
    h('h2', null, m().team),
    h('p', { class: 'muted' }, m().teamHint),
    listSection('team', team),
    addButton('add-member', m().addMember, () => {
      a.team.push({ name: '', role: '', networks: [], hoursPerWeek: '', hourlyCost: '' });
      ctx.changed('team', { redraw: true, focus: idOf(`team.${a.team.length - 1}.name`) });
    }),
    h('h2', null, m().partners),
    listSection('partners', partners),
    addButton('add-partner', m().addPartner, () => {
      a.partners.push({ name: '', network: planned[0] ?? '', fee: '', start: a.contentPlan.startDate, end: '' });
      ctx.changed('partners', { redraw: true, focus: idOf(`partners.${a.partners.length - 1}.name`) });
    }),
  ];
}
