/**
 * The KPI log's periods: the plan's length cut into weeks or months by the KPI cadence, each
 * named by its first day.
 */
import { addDays, addMonths, type IsoDate } from '../dates';
import { planEndDate, type Plan } from '../schema';

export function kpiPeriods(plan: Plan): IsoDate[] {
  const start = plan.contentPlan.startDate;
  const end = planEndDate(plan);
  const periods: IsoDate[] = [];
  if (plan.reviews.kpi === 'monthly') {
    for (let i = 0; i < plan.contentPlan.months; i++) periods.push(addMonths(start, i));
  } else {
    for (let d = start; d <= end; d = addDays(d, 7)) periods.push(d);
  }
  return periods;
}
