/**
 * The sidebar's server calls for the plan: check the wizard's answers, write the strategy, audit,
 * calendar and KPI tabs, keep the plan with the document; and the "try an example" plan. A plan with
 * problems writes NOTHING: every check happens before the first write. A run that fails midway
 * (a service error, no room left) leaves the spreadsheet and the saved plan as they were: the
 * renderer writes all or nothing (render.ts), and the plan is saved inside its run.
 */
import { documentLock } from './lock';
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
import { renderTabs, specOf, TabsNotWritten, type DeferredSpec, type NotWritten } from './render';

export interface WrittenTab {
  kind: TabKind;
  name: string;
  rows: number;
  sheetId: number;
}

/** Why nothing was written (the sidebar says it in the user's language); see NotWritten. */
export type GenerateFailure = NotWritten;

export type GenerateResult = { tabs: WrittenTab[] } | { problems: PlanProblem[] } | { failed: GenerateFailure };

/** How long a second run waits for the first to finish writing before giving up. */
const LOCK_WAIT_MS = 20_000;

/** Today in the plan's (else the spreadsheet's) time zone, as the audit is dated. */
function todayIn(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}

export function generateTabs(planInput: unknown): GenerateResult {
  try {
    return writePlan(planInput);
  } catch (e) {
    if (e instanceof TabsNotWritten) return { failed: e.why };
    // Failed before the first write (reading the spreadsheet's zone, the lock…): nothing changed.
    return { failed: { reason: 'error', error: e instanceof Error ? e.message : String(e), tabsLeft: [], saveKept: false } };
  }
}

function writePlan(planInput: unknown): GenerateResult {
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
  const draft = generateDashboardTab(plan, { calendar: titleOf('calendar'), kpi: titleOf('kpi') });

  // Two runs at once (two sidebars) would pick the same free tab names; the second waits.
  const lock = documentLock('script');
  if (!lock.tryLock(LOCK_WAIT_MS)) return { problems: [{ field: '', message: planMessages[plan.language].busy }] };
  try {
    // The plan is saved once every tab is written and before any is tagged, so the reminders never
    // follow a plan whose tabs are not there, nor old tabs beside a new plan. The dashboard comes
    // last: its formulas name the calendar and KPI tabs by the names they got.
    const dashboard: DeferredSpec = {
      draft,
      make: (written) => {
        const calendar = written.find((t) => t.kind === 'calendar')!;
        const kpi = written.find((t) => t.kind === 'kpi')!;
        const spec = generateDashboardTab(plan, { calendar: calendar.name, kpi: kpi.name });
        spec.metadata = { [DASHBOARD_SOURCES_KEY]: JSON.stringify({ kpi: kpi.sheetId, calendar: calendar.sheetId }) };
        return spec;
      },
    };
    const entries = [...specs, dashboard];
    const written = renderTabs(spreadsheet, entries, { save: () => savePlan(plan) });
    return { tabs: written.map((tab, i): WrittenTab => ({ kind: specOf(entries[i]).kind, name: tab.name, rows: specOf(entries[i]).rows, sheetId: tab.sheetId })) };
  } finally {
    try {
      lock.releaseLock();
    } catch {
      // The lock ends with the execution anyway; the tabs are written (or taken back) already.
    }
  }
}

/** The wizard's "try an example", in the language asked for (else the spreadsheet's), from today. */
export function examplePlanForToday(language: unknown): PlanInput {
  const lang = isLang(language) ? language : spreadsheetLang();
  return examplePlan(lang, todayIn(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()));
}
