/**
 * The KPI log's periods: the plan's length cut into weeks or months by the KPI cadence, each
 * named by its first day. Weeks run as the market's do (Saturday in Iran, Sunday in Saudi
 * Arabia), so the first one starts on the week start on or before the plan's first day.
 */
import { addDays, addMonths, weekdayOf, type IsoDate } from '../dates';
import { planEndDate, type Plan } from '../schema';

export function kpiPeriods(plan: Plan): IsoDate[] {
  const start = plan.contentPlan.startDate;
  const end = planEndDate(plan);
  const periods: IsoDate[] = [];
  if (plan.reviews.kpi === 'monthly') {
    for (let i = 0; i < plan.contentPlan.months; i++) periods.push(addMonths(start, i));
  } else {
    const firstWeek = addDays(start, -((weekdayOf(start) - plan.weekStart + 7) % 7));
    for (let d = firstWeek; d <= end; d = addDays(d, 7)) periods.push(d);
  }
  return periods;
}
