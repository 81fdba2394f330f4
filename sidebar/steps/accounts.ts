/**
 * Step 3, Accounts: the accounts in use (the market's common networks suggested), each with a
 * one-sentence mission; competitors to learn from; impostor accounts to report.
 */
import { marketOf } from '../../src/plan/markets';
import { emptyAccount } from '../answers';
import type { StepContext } from '../context';
import { h, type Child } from '../dom';
import { idOf, selectField, textField } from '../fields';
import { m, netName, t } from '../i18n';
import { addButton, card, listSection, networkOptions } from '../parts';

export function accountsStep(ctx: StepContext): Child[] {
  const a = ctx.a;
  const text = (field: string, label: string, value: string, set: (v: string) => void, extra: { type?: 'url'; multiline?: boolean; hint?: string } = {}) =>
    textField({
      field,
      label,
      value,
      maxLength: extra.type === 'url' ? 2000 : extra.multiline ? 500 : 100,
      ...extra,
      onInput: (v) => {
        set(v);
        ctx.changed(field);
      },
    });
  const network = (field: string, value: string, set: (v: string) => void) =>
    selectField({
      field,
      label: m().network,
      value,
      options: networkOptions(),
      placeholder: m().choose,
      onChange: (v) => {
        set(v);
        ctx.changed(field, { redraw: true, focus: idOf(field) });
      },
    });
  const removeFrom = (list: unknown[], i: number, field: string, focus: string) => () => {
    list.splice(i, 1);
    ctx.changed(field, { redraw: true, focus });
  };

  const used = new Set<string>(a.accounts.map((x) => x.network));
  // Where the personas are online comes first: that is where the accounts should be.
  const fromPersonas = Array.from(new Set(a.situation.personas.flatMap((p) => p.networks))).filter((n) => !used.has(n));
  const suggestions = marketOf(a.market || 'ZZ').networks.filter((n) => !used.has(n) && !fromPersonas.includes(n));
  const chips = (id: string, label: string, networks: readonly string[]) =>
    networks.length
      ? h(
          'div',
          null,
          h('p', { class: 'muted', id }, label),
          h(
            'div',
            { class: 'chips', role: 'group', 'aria-labelledby': id },
            networks.map((n) =>
              h('button', { type: 'button', id: `suggest-${n}`, 'aria-label': t(m().addNetwork, { network: netName(n) }), onclick: () => addAccount(n) }, `+ ${netName(n)}`),
            ),
          ),
        )
      : null;

  const accounts = a.accounts.map((x, i) =>
    card(
      `accounts.${i}`,
      x.network ? `${t(m().account, { n: i + 1 })} · ${netName(x.network)}` : t(m().account, { n: i + 1 }),
      removeFrom(a.accounts, i, 'accounts', 'add-account'),
      network(`accounts.${i}.network`, x.network, (v) => (x.network = v)),
      text(`accounts.${i}.handle`, m().handle, x.handle, (v) => (x.handle = v)),
      text(`accounts.${i}.url`, m().url, x.url, (v) => (x.url = v), { type: 'url' }),
      text(`accounts.${i}.owner`, m().owner, x.owner, (v) => (x.owner = v)),
      text(`accounts.${i}.mission`, m().mission, x.mission, (v) => (x.mission = v), { multiline: true, hint: m().missionHint }),
      text(`accounts.${i}.audience`, m().audience, x.audience, (v) => (x.audience = v)),
    ),
  );
  const competitors = a.competitors.map((x, i) =>
    card(
      `competitors.${i}`,
      t(m().competitor, { n: i + 1 }),
      removeFrom(a.competitors, i, 'competitors', 'add-competitor'),
      network(`competitors.${i}.network`, x.network, (v) => (x.network = v)),
      text(`competitors.${i}.handle`, m().handle, x.handle, (v) => (x.handle = v)),
      text(`competitors.${i}.url`, m().url, x.url, (v) => (x.url = v), { type: 'url' }),
      text(`competitors.${i}.notes`, m().competitorNotes, x.notes, (v) => (x.notes = v), { multiline: true }),
    ),
  );
  const impostors = a.impostors.map((x, i) =>
    card(
      `impostors.${i}`,
      t(m().impostor, { n: i + 1 }),
      removeFrom(a.impostors, i, 'impostors', 'add-impostor'),
      network(`impostors.${i}.network`, x.network, (v) => (x.network = v)),
      text(`impostors.${i}.handle`, m().handle, x.handle, (v) => (x.handle = v)),
      text(`impostors.${i}.url`, m().url, x.url, (v) => (x.url = v), { type: 'url' }),
    ),
  );

  const addAccount = (networkId: string) => {
    a.accounts.push(emptyAccount(networkId));
    const i = a.accounts.length - 1;
    ctx.changed('accounts', { redraw: true, focus: idOf(networkId ? `accounts.${i}.handle` : `accounts.${i}.network`) });
  };

  return [
    chips('suggest-personas-label', m().suggestedPersonas, fromPersonas),
    chips('suggest-label', m().suggested, suggestions),
    listSection('accounts', accounts),
    addButton('add-account', m().addAccount, () => addAccount('')),
    h('h2', null, m().competitors),
    listSection('competitors', competitors),
    addButton('add-competitor', m().addCompetitor, () => {
      a.competitors.push({ network: '', handle: '', url: '', notes: '' });
      ctx.changed('competitors', { redraw: true, focus: idOf(`competitors.${a.competitors.length - 1}.network`) });
    }),
    h('h2', null, m().impostors),
    h('p', { class: 'muted' }, m().impostorsHint),
    listSection('impostors', impostors),
    addButton('add-impostor', m().addImpostor, () => {
      a.impostors.push({ network: '', url: '', handle: '' });
      ctx.changed('impostors', { redraw: true, focus: idOf(`impostors.${a.impostors.length - 1}.network`) });
    }),
  ];
}
