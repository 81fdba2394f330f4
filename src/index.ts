/**
 * Every global that Apps Script sees, and nothing else. The build turns each export into a
 * top-level `function` declaration in dist/Code.js (custom functions get their JSDoc from the
 * catalog). Keep the bodies one line: the work lives in the modules they call.
 */
import { customFunction } from './functions/entry';
import { spreadsheetLang, spreadsheetLocale } from './sheets/locale';
import {
  disableReminders as switchOffReminders,
  enableReminders as switchOnReminders,
  onReminderTrigger as runReminders,
  reminderStatus as remindersNow,
  showReminderSettings as openReminderSettings,
} from './reminders/edge';
import { buildMenu } from './ui/menu';
import { openTab as activateTab, showSidebar as openSidebar } from './ui/sidebar';
import { loadWizard as loadWizardDraft, saveWizard as saveWizardDraft } from './ui/wizard-store';
import { examplePlanForToday, generateTabs as writePlanTabs } from './sheets/generate';
import { loadSavedPlan } from './sheets/plan-store';
import { refreshDashboardFromMenu } from './sheets/dashboard-refresh';
import { importAnalytics as writeImport, previewImport as readImport } from './sheets/import';
import { showImportDialog } from './ui/import-dialog';
import { keyDatesCall } from './plan/key-dates/call';

// ── Custom functions (src/functions/catalog.ts lists them; the build checks both agree) ──
export const ENGAGEMENT_RATE = customFunction('ENGAGEMENT_RATE', spreadsheetLang);
export const CTR = customFunction('CTR', spreadsheetLang);
export const ROI = customFunction('ROI', spreadsheetLang);
export const CPC = customFunction('CPC', spreadsheetLang);
export const CPM = customFunction('CPM', spreadsheetLang);
export const CPE = customFunction('CPE', spreadsheetLang);
export const CONVERSION_RATE = customFunction('CONVERSION_RATE', spreadsheetLang);
export const GROWTH_RATE = customFunction('GROWTH_RATE', spreadsheetLang);
export const SHARE_OF_VOICE = customFunction('SHARE_OF_VOICE', spreadsheetLang);
export const UTM_URL = customFunction('UTM_URL', spreadsheetLang);
export const SMART_CHECK = customFunction('SMART_CHECK', spreadsheetLang);
export const LOCAL_DATE = customFunction('LOCAL_DATE', spreadsheetLang, spreadsheetLocale);

// ── Menu and sidebar ──
/** Builds the add-on menu (also in AuthMode.NONE, where it makes no other service call). */
export function onOpen(e: GoogleAppsScript.Events.SheetsOnOpen) { return buildMenu(e); }
/** Runs when the add-on is installed: the same menu as onOpen. */
export function onInstall(e: GoogleAppsScript.Events.AddonOnInstall) { return buildMenu(e); }
/** Opens the plan wizard in the sidebar. */
export function showSidebar() { return openSidebar(); }
/** The wizard's saved answers (or the last generated plan) and the user's language. */
export function loadWizard() { return loadWizardDraft(); }
/** Saves the wizard's answers with the document, so reopening the sidebar resumes them. */
export function saveWizard(answers: unknown) { return saveWizardDraft(answers); }
/** Brings one of the tabs the wizard wrote to the front. */
export function openTab(sheetId: unknown) { return activateTab(sheetId); }

// ── Plan and tabs (sidebar server calls) ──
/** Checks the plan and writes the audit, calendar and KPI tabs; returns { tabs } or { problems } (nothing written). */
export function generateTabs(plan: unknown) { return writePlanTabs(plan); }
/** A complete, valid example plan in that language (en, ar, fa, he), starting next month. */
export function examplePlan(language: string) { return examplePlanForToday(language); }
/** The market's key dates (Ramadan, Nowruz, Passover, Black Friday…) from `from` to `to`, named in the language: { dates } or { problem }. */
export function keyDates(market: unknown, from: unknown, to: unknown, language: unknown) { return keyDatesCall(market, from, to, language); }
/** The plan last used to generate tabs in this spreadsheet, or null. */
export function loadPlan() { return loadSavedPlan(); }
/** Menu item: redraws the dashboard in front (else the newest) from its tabs, drawing charts whose figures are now logged. */
export function refreshDashboard() { return refreshDashboardFromMenu(); }

// ── Reminders ──
/** Switches the daily review reminders on, or changes their settings: one trigger per document and user. */
export function enableReminders(settings: unknown) { return switchOnReminders(settings); }
/** Switches the reminders off: removes this add-on's daily trigger for this document and user, nothing else. */
export function disableReminders() { return switchOffReminders(); }
/** The daily time-driven trigger: sends one digest of the reviews, goals and posts due. */
export function onReminderTrigger(e: { triggerUid?: unknown }) { return runReminders(e); }
/** Whether reminders are on, at what hour, to whom, with which cadences (sidebar and menu). */
export function reminderStatus() { return remindersNow(); }
/** Menu item: the small Reminders dialog (state, hour, recipients, cadences, switch off). */
export function showReminderSettings() { return openReminderSettings(); }

// ── Importing analytics (the Import analytics… dialog) ──
/** Menu item: the dialog that previews a platform export or an own sheet, then imports it into the KPI log. */
export function showImportAnalytics() { return showImportDialog(); }
/** What importing the file would do (platform, posts, mapping, refused rows, hand-typed cells); writes nothing. */
export function previewImport(file: unknown, choices?: unknown) { return readImport(file, choices); }
/** Imports the file into the KPI tab's log; returns what changed, or { problems } (nothing written). */
export function importAnalytics(file: unknown, choices?: unknown) { return writeImport(file, choices); }
