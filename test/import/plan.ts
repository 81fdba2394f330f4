/** The plan the import tests write tabs for: a year from Monday 2027-01-04, weekly KPI log, six networks. */
import { examplePlan as localExample } from '../../src/plan/example';
import { loadAddOn, type AddOn } from '../support/bundle';

export const NOW = '2027-01-02T09:00:00Z';
export const NETWORKS = ['instagram', 'facebook', 'x', 'linkedin', 'tiktok', 'youtube'];

export function testPlan(language = 'en'): Record<string, any> {
  const plan = JSON.parse(JSON.stringify(localExample(language as 'en', '2027-01-04')));
  plan.contentPlan.startDate = '2027-01-04';
  plan.contentPlan.months = 12;
  plan.contentPlan.networks = NETWORKS.map((network) => ({ network, postsPerWeek: 3, times: ['10:00'] }));
  plan.reviews.kpi = 'weekly';
  return plan;
}

/** A fresh emulated spreadsheet with the plan's tabs written (the KPI tab and its log among them). */
export function withKpiTab(locale = 'en_US', language = 'en', code?: string): AddOn {
  const addOn = loadAddOn({ locale, timeZone: 'America/New_York', now: NOW, code });
  const result = addOn.serverCall('generateTabs', testPlan(language)) as { tabs?: unknown; problems?: unknown };
  if (!result.tabs) throw new Error(`generateTabs: ${JSON.stringify(result)}`);
  return addOn;
}
