/**
 * Every global that Apps Script sees, and nothing else. The build turns each export into a
 * top-level `function` declaration in dist/Code.js (custom functions get their JSDoc from the
 * catalog). Keep the bodies one line: the work lives in the modules they call.
 *
 * Code.js holds only the custom functions and the menu, because Apps Script loads it on every
 * custom-function call; every other entry point forwards to the rest of the add-on, which
 * `addOn()` evaluates from dist/AddOn.html on first use (src/add-on/load.ts).
 */
import { customFunction } from './functions/entry';
import { spreadsheetLang, spreadsheetLocale } from './sheets/locale';
import { buildMenu } from './ui/menu';
import { addOn } from './add-on/load';

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
export function showSidebar() { return addOn().showSidebar(); }
/** The wizard's saved answers (or the last generated plan) and the user's language. */
export function loadWizard() { return addOn().loadWizard(); }
/** Saves the wizard's answers with the document, so reopening the sidebar resumes them. */
export function saveWizard(answers: unknown) { return addOn().saveWizard(answers); }
/** Brings one of the tabs the wizard wrote to the front. */
export function openTab(sheetId: unknown) { return addOn().openTab(sheetId); }

// ── Plan and tabs (sidebar server calls) ──
/** Checks the plan and writes the audit, calendar and KPI tabs; returns { tabs } or { problems } (nothing written). */
export function generateTabs(plan: unknown) { return addOn().generateTabs(plan); }
/** A complete, valid example plan in that language (en, ar, fa, he), starting next month. */
export function examplePlan(language: string) { return addOn().examplePlan(language); }
/** The market's key dates (Ramadan, Nowruz, Passover, Black Friday…) from `from` to `to`, named in the language: { dates } or { problem }. */
export function keyDates(market: unknown, from: unknown, to: unknown, language: unknown) { return addOn().keyDates(market, from, to, language); }
/** The plan last used to generate tabs in this spreadsheet, or null. */
export function loadPlan() { return addOn().loadPlan(); }
/** Menu item: redraws the dashboard in front (else the newest) from its tabs, drawing charts whose figures are now logged. */
export function refreshDashboard() { return addOn().refreshDashboard(); }

// ── Reminders ──
/** Switches the daily review reminders on, or changes their settings: one trigger per document and user. */
export function enableReminders(settings: unknown) { return addOn().enableReminders(settings); }
/** Switches the reminders off: removes this add-on's daily trigger for this document and user, nothing else. */
export function disableReminders() { return addOn().disableReminders(); }
/** The daily time-driven trigger: sends one digest of the reviews, goals and posts due. */
export function onReminderTrigger(e: { triggerUid?: unknown }) { return addOn().onReminderTrigger(e); }
/** Whether reminders are on, at what hour, to whom, with which cadences (sidebar and menu). */
export function reminderStatus() { return addOn().reminderStatus(); }
/** Menu item: the small Reminders dialog (state, hour, recipients, cadences, switch off). */
export function showReminderSettings() { return addOn().showReminderSettings(); }

// ── Importing analytics (the Import analytics… dialog) ──
/** Menu item: the dialog that previews a platform export or an own sheet, then imports it into the KPI log. */
export function showImportAnalytics() { return addOn().showImportAnalytics(); }
/** What importing the file would do (platform, posts, mapping, refused rows, hand-typed cells); writes nothing. */
export function previewImport(file: unknown, choices?: unknown) { return addOn().previewImport(file, choices); }
/** Imports the file into the KPI tab's log; returns what changed, or { problems } (nothing written). */
export function importAnalytics(file: unknown, choices?: unknown) { return addOn().importAnalytics(file, choices); }
