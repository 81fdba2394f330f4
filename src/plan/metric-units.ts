/**
 * What a goal's metric counts in: a rate (a fraction, shown as a percent), money (the plan's
 * currency) or a count. The KPI tab formats a goal's baseline, target and current value by it, the
 * wizard shows rates as "2%", and the plan's checks know which metrics may go below zero.
 */
import type { Metric } from './schema';

export type MetricUnit = 'rate' | 'money' | 'count';

const UNITS: Partial<Record<Metric, MetricUnit>> = {
  engagement_rate: 'rate',
  ctr: 'rate',
  conversion_rate: 'rate',
  roi: 'rate',
  revenue: 'money',
};

export function metricUnit(metric: string): MetricUnit {
  return UNITS[metric as Metric] ?? 'count';
}

/**
 * Whether more is better: a goal grows it, so a target below the baseline is a slip of the hand.
 * Every metric a goal can pick today is one (a cost per click would not be).
 */
export function grows(metric: string): boolean {
  return metric !== '';
}

/** Metrics that can be below zero: a return on investment can be a loss. */
export function mayBeNegative(metric: string): boolean {
  return metric === 'roi';
}
