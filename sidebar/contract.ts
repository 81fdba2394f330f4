/**
 * The server functions the wizard calls (top-level functions in dist/Code.js) and what they
 * return, as the client sees them. Types only: nothing here ships in the sidebar bundle.
 */
import type { Lang } from '../src/i18n/lang';
import type { PlanInput, PlanProblem } from '../src/plan/schema';
import type { KeyDatesAnswer } from '../src/plan/key-dates/call';
import type { ReminderResult } from '../src/reminders/edge';
import type { GenerateResult, WrittenTab } from '../src/sheets/generate';
import type { WizardDraft, WizardLoad } from '../src/ui/wizard-draft';

export type GeneratedTab = WrittenTab;

/** What the sidebar sends to switch reminders on (src/reminders/settings.ts validates it). */
export interface ReminderRequest {
  hour: number | string;
  recipients: string[];
  kpi?: 'weekly' | 'monthly' | 'off';
  auditMonths?: number | string;
  strategyMonths?: number | string;
}

export interface ServerFunctions {
  loadWizard(): WizardLoad;
  saveWizard(draft: WizardDraft): { saved: true };
  examplePlan(language: Lang): PlanInput;
  generateTabs(plan: PlanInput): GenerateResult;
  keyDates(market: string, from: string, to: string, language: Lang): KeyDatesAnswer;
  openTab(sheetId: number): { name: string };
  enableReminders(settings: ReminderRequest): ReminderResult;
  disableReminders(): ReminderResult;
}

export type { GenerateResult, KeyDatesAnswer, Lang, PlanInput, PlanProblem, ReminderResult, WizardDraft, WizardLoad };
