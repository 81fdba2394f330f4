/** Pieces the steps share: cards for repeated answers, list sections, add buttons, option lists. */
import { LANGUAGES } from '../src/i18n/lang';
import { MARKET_CODES } from '../src/plan/markets';
import { NETWORKS } from '../src/plan/networks';
import { h, type Child } from './dom';
import type { Option } from './fields';
import { countryName, LANGUAGE_NAMES, m, netName, t } from './i18n';

/** A repeated item (goal, account, campaign…) with a heading and, when allowed, a remove button. */
export function card(field: string, title: string, onRemove: (() => void) | null, ...children: Child[]): HTMLElement {
  return h(
    'section',
    { class: 'card', 'data-field': field, 'aria-label': title },
    h(
      'div',
      { class: 'card-head' },
      h('h3', null, title),
      onRemove ? h('button', { type: 'button', class: 'remove', 'aria-label': t(m().removeItem, { item: title }), onclick: onRemove }, m().remove) : null,
    ),
    children,
    h('p', { class: 'error' }),
  );
}

/** A list of cards with its own message slot (for "at least 3 goals" and the like). */
export function listSection(field: string, ...children: Child[]): HTMLElement {
  return h('div', { 'data-field': field }, children, h('p', { class: 'error' }));
}

export function addButton(id: string, label: string, onClick: () => void): HTMLElement {
  return h('button', { type: 'button', class: 'add', id, onclick: onClick }, `+ ${label}`);
}

export function networkOptions(): Option[] {
  return NETWORKS.map((n) => ({ value: n, label: netName(n) }));
}

/** Markets by name in the current language; ZZ ("other") gets the ISO week and US dollars. */
export function marketOptions(): Option[] {
  const named = MARKET_CODES.map((code) => ({ value: code, label: countryName(code) }));
  named.sort((x, y) => x.label.localeCompare(y.label));
  return [...named, { value: 'ZZ', label: m().otherMarket }];
}

export function languageOptions(): Option[] {
  return LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }));
}

/** Options from a label record, in the record's order (the plan's labels list every id). */
export function optionsOf(labels: Record<string, string>): Option[] {
  return Object.keys(labels).map((value) => ({ value, label: labels[value] }));
}
