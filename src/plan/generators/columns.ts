/**
 * The kinds of column the tabs are made of (text, network, date, count, money, percent,
 * checkbox, dropdown), each with its number format and validation, so the three generators
 * describe a column in one line and format the same kind of data the same way.
 */
import { computed, type Column } from './table';
import type { TabContext } from './context';
import { COUNT, PERCENT } from './formats';

const NOT_NEGATIVE = { kind: 'number', min: 0 } as const;

export function textColumn<K extends string>(key: K, header: string, width = 160): Column<K> {
  return { key, header, width };
}

export function networkColumn<K extends string>(key: K, c: TabContext): Column<K> {
  return { key, header: c.t.columns.network, width: 120, validation: { kind: 'list', values: c.networkChoices } };
}

export function dateColumn<K extends string>(key: K, header: string, c: TabContext): Column<K> {
  return { key, header, width: 105, format: c.date, validation: { kind: 'date' } };
}

/** A date a formula computes. */
export function computedDateColumn<K extends string>(key: K, header: string, c: TabContext): Column<K> {
  return computed(dateColumn(key, header, c));
}

/** Whole things counted (followers, clicks): at least 0. */
export function countColumn<K extends string>(key: K, header: string, width = 100): Column<K> {
  return { key, header, width, format: COUNT, validation: NOT_NEGATIVE };
}

/** Amounts that may have decimals (posts per week on average, hours): at least 0, shown as typed. */
export function amountColumn<K extends string>(key: K, header: string, width = 100): Column<K> {
  return { key, header, width, validation: NOT_NEGATIVE };
}

export function moneyColumn<K extends string>(key: K, header: string, c: TabContext): Column<K> {
  return { key, header, width: 110, format: c.money, validation: NOT_NEGATIVE };
}

/** A rate a formula computes (engagement rate, CTR, ROI, progress). */
export function percentColumn<K extends string>(key: K, header: string, width = 100): Column<K> {
  return { key, header, width, format: PERCENT, computed: true };
}

export function checkboxColumn<K extends string>(key: K, header: string, width = 90): Column<K> {
  return { key, header, width, validation: { kind: 'checkbox' } };
}

export function listColumn<K extends string>(key: K, header: string, values: string[], width = 120): Column<K> {
  return { key, header, width, validation: { kind: 'list', values } };
}
