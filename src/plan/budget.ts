/**
 * What the plan costs per network: the monthly budget lines (a line for all networks is shared
 * evenly among the plan's networks) and the team's hours and their cost (a person is counted on
 * the networks they work on, evenly; no networks named means all of them). The Strategy tab shows
 * the totals; the KPI tab fills its hours, hourly rate and budget columns from these. Pure.
 */
import type { Network } from './networks';
import type { Plan } from './schema';

/** 52 weeks over 12 months: how a weekly amount of time becomes a monthly one. */
export const WEEKS_PER_MONTH = 52 / 12;

/** The networks the plan posts on: what "all networks" means for a shared budget line or a person. */
function planNetworks(plan: Plan): Network[] {
  return plan.contentPlan.networks.map((n) => n.network);
}

/** Budget per month for one network: its own lines plus its share of the lines for all networks. */
export function monthlyBudgetOf(plan: Plan, network: Network): number {
  const all = planNetworks(plan);
  let total = 0;
  for (const line of plan.budget) {
    if (line.network === network) total += line.monthly;
    else if (line.network === '' && all.includes(network)) total += line.monthly / all.length;
  }
  return total;
}

export function monthlyBudgetTotal(plan: Plan): number {
  return plan.budget.reduce((sum, line) => sum + line.monthly, 0);
}

/** The networks a person works on: those named, else every network of the plan. */
export function networksOf(plan: Plan, member: Plan['team'][number]): Network[] {
  return member.networks.length > 0 ? member.networks : planNetworks(plan);
}

/** The team's hours a week on one network, and what those hours cost a week. */
export function weeklyTimeOf(plan: Plan, network: Network): { hours: number; cost: number } {
  let hours = 0;
  let cost = 0;
  for (const member of plan.team) {
    const networks = networksOf(plan, member);
    if (!networks.includes(network)) continue;
    const share = member.hoursPerWeek / networks.length;
    hours += share;
    cost += share * member.hourlyCost;
  }
  return { hours, cost };
}

/** The average cost of an hour on a network (blank when nobody works on it). */
export function hourlyRateOf(plan: Plan, network: Network): number | null {
  const { hours, cost } = weeklyTimeOf(plan, network);
  return hours > 0 ? cost / hours : null;
}

/** Rounded to cents: amounts split among networks should not show 33.333333. */
export function cents(n: number): number {
  return Math.round(n * 100) / 100;
}
