/**
 * The sidebar's server calls for the plan: check the wizard's answers, write the strategy, audit,
 * calendar and KPI tabs, keep the plan with the document; and the "try an example" plan. A plan with
 * problems writes NOTHING: every check happens before the first write.
 */
import { isLang } from '../i18n/lang';
import { planMessages } from '../i18n/messages';
import { examplePlan } from '../plan/example';
import { generateAuditTab } from '../plan/generators/audit';
import { generateCalendarTab } from '../plan/generators/calendar';
import { generateDashboardTab } from '../plan/generators/dashboard';
import { generateKpiTab } from '../plan/generators/kpi';
import { generateStrategyTab } from '../plan/generators/strategy';
import { validatePlan, type PlanInput, type PlanProblem } from '../plan/schema';
import { spreadsheetLang } from './locale';
import { DASHBOARD_SOURCES_KEY, type TabKind } from './spec';
import { savePlan } from './plan-store';
import { renderTab } from './render';

export interface WrittenTab {
  kind: TabKind;
  name: string;
  rows: number;
  sheetId: number;
}

export type GenerateResult = { tabs: WrittenTab[] } | { problems: PlanProblem[] };

/** How long a second run waits for the first to finish writing before giving up. */
const LOCK_WAIT_MS = 20_000;

/** Today in the plan's (else the spreadsheet's) time zone, as the audit is dated. */
function todayIn(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}

export function generateTabs(planInput: unknown): GenerateResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // Language, time zone and locale are asked only when the plan leaves them out: every call counts (test/generate).
  const check = validatePlan(planInput, spreadsheetLang, {
    timeZone: () => spreadsheet.getSpreadsheetTimeZone(),
    locale: () => spreadsheet.getSpreadsheetLocale(),
  });
  if (!check.ok) return { problems: check.problems };
  const plan = check.plan;
  // Generated before taking the lock or writing: a generator that throws leaves the sheet untouched.
  // The Strategy tab first: the one page that states the plan, then the tabs that carry it out.
  const specs = [generateStrategyTab(plan), generateAuditTab(plan, todayIn(plan.timeZone)), generateCalendarTab(plan), generateKpiTab(plan)];
  // The dashboard names the tabs it reads, known once they are written; laid out here with their
  // wanted names all the same, so a dashboard that cannot be made stops the run before any write.
  const titleOf = (kind: TabKind) => specs.find((s) => s.kind === kind)!.title;
  generateDashboardTab(plan, { calendar: titleOf('calendar'), kpi: titleOf('kpi') });

  // Two runs at once (two sidebars) would pick the same free tab names; the second waits.
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { problems: [{ field: '', message: planMessages[plan.language].busy }] };
  try {
    const tabs = specs.map((spec): WrittenTab => {
      const written = renderTab(spreadsheet, spec);
      return { kind: spec.kind, name: written.name, rows: spec.rows, sheetId: written.sheetId };
    });
    const calendar = tabs.find((t) => t.kind === 'calendar')!;
    const kpi = tabs.find((t) => t.kind === 'kpi')!;
    const dashboard = generateDashboardTab(plan, { calendar: calendar.name, kpi: kpi.name });
    dashboard.metadata = { [DASHBOARD_SOURCES_KEY]: JSON.stringify({ kpi: kpi.sheetId, calendar: calendar.sheetId }) };
    const written = renderTab(spreadsheet, dashboard);
    tabs.push({ kind: 'dashboard', name: written.name, rows: dashboard.rows, sheetId: written.sheetId });
    savePlan(plan);
    return { tabs };
  } finally {
    lock.releaseLock();
  }
}

/** The wizard's "try an example", in the language asked for (else the spreadsheet's), from today. */
export function examplePlanForToday(language: unknown): PlanInput {
  const lang = isLang(language) ? language : spreadsheetLang();
  return examplePlan(lang, todayIn(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()));
}
