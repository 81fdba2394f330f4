/**
 * The server functions the wizard calls (top-level functions in dist/Code.js) and what they
 * return, as the client sees them. Types only: nothing here ships in the sidebar bundle.
 */
import type { Lang } from '../src/i18n/lang';
import type { PlanInput, PlanProblem } from '../src/plan/schema';
import type { TabKind } from '../src/sheets/spec';
import type { WizardDraft, WizardLoad } from '../src/ui/wizard-draft';

export interface GeneratedTab {
  kind: TabKind;
  name: string;
  rows: number;
  sheetId?: number;
}

export type GenerateResult = { tabs: GeneratedTab[] } | { problems: PlanProblem[] };

/** What the sidebar sends to switch reminders on (the reminders helper validates it). */
export interface ReminderRequest {
  hour: number | string;
  recipients: string[];
  kpi?: 'weekly' | 'monthly' | 'off';
  auditMonths?: number | string;
  strategyMonths?: number | string;
}

export type ReminderResult = { ok: true } | { ok: false; problems: PlanProblem[] } | Record<string, unknown>;

export interface ServerFunctions {
  loadWizard(): WizardLoad;
  saveWizard(draft: WizardDraft): { saved: true };
  examplePlan(language: Lang): PlanInput;
  generateTabs(plan: PlanInput): GenerateResult;
  openTab(sheetId: number): { name: string };
  enableReminders(settings: ReminderRequest): ReminderResult;
  disableReminders(): unknown;
}

export type { Lang, PlanInput, PlanProblem, WizardDraft, WizardLoad };
